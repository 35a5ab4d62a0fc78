#pragma once

#include <QString>

namespace eg::views {

// Turns the plain-words text that analysis produces into safe rich text for labels and
// tooltips. Frame names are data from the file, so everything is escaped: a name can
// never inject markup.
class PlainWordsHtml
{
public:
    // `name` → bold name (analysis marks function names with backticks).
    static QString boldNames(const QString &plain);
    // The first line bold (the frame's name), the others plain, one per line.
    static QString toolTip(const QString &plain);
};

} // namespace eg::views
