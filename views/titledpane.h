#pragma once

#include <QWidget>

namespace eg::views {

// A bold title above a widget, for the panes of the call tree and sandwich tabs.
class TitledPane : public QWidget
{
    Q_OBJECT

public:
    TitledPane(const QString &title, QWidget *content, QWidget *parent = nullptr);
};

} // namespace eg::views
