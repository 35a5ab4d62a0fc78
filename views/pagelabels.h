#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace eg::views {

// The labels the pages start with, made alike everywhere: the headline (the plain-words
// sentence on what the page shows and what stands out) and the quiet note under it that
// says how to read the view.
class PageLabels
{
public:
    // Larger, rich text (names bold), selectable, wrapped.
    static QLabel *headline(const QString &accessibleName, QWidget *parent);
    // Plain text in the placeholder colour, wrapped.
    static QLabel *quietNote(QWidget *parent);
};

} // namespace eg::views
