#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace eg::views {
class ProfilePanel;
}

namespace eg::app {

// File → Export: the shown profile's flame graph as SVG or PNG (as on screen, or the
// whole graph), the profile as speedscope JSON, and its folded stacks. Kept out of
// MainWindow so that the window only adds the menu.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Target { VisibleSvg, VisiblePng, WholeSvg, WholePng, Speedscope, Folded };

    ExportActions(views::ProfilePanel *panel, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *action(Target target) const;
    // Enables the actions when a profile is loaded and on screen.
    void updateEnabled();
    // Writes without asking, for the menu and for tests; `error` says why not.
    bool exportTo(Target target, const QString &path, QString *error) const;

Q_SIGNALS:
    void exported(const QString &path);

private:
    void ask(Target target);
    QString suggestedName(Target target) const;

    views::ProfilePanel *m_panel;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_actions[6] = {};
};

} // namespace eg::app
