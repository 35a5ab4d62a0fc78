#include "exportactions.h"

#include "models/analysis/foldedstacks.h"
#include "models/analysis/speedscopeexporter.h"
#include "views/flamegraphexporter.h"
#include "views/flamegraphview.h"
#include "views/profilepanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace eg::app {

using views::FlameGraphExporter;

namespace {

struct TargetInfo
{
    const char *label;
    const char *title;
    const char *filter;
    const char *suffix;
};

// In Target order; the texts are marked here and translated where they are shown.
const TargetInfo kTargets[] = {
    {QT_TRANSLATE_NOOP("eg::app::ExportActions", "Flame Graph as &SVG…"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "Export the flame graph as SVG"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "SVG images (*.svg)"), ".svg"},
    {QT_TRANSLATE_NOOP("eg::app::ExportActions", "Flame Graph as &PNG…"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "Export the flame graph as PNG"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "PNG images (*.png)"), ".png"},
    {QT_TRANSLATE_NOOP("eg::app::ExportActions", "&Whole Flame Graph as SVG…"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "Export the whole flame graph as SVG"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "SVG images (*.svg)"), ".svg"},
    {QT_TRANSLATE_NOOP("eg::app::ExportActions", "W&hole Flame Graph as PNG…"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "Export the whole flame graph as PNG"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "PNG images (*.png)"), ".png"},
    {QT_TRANSLATE_NOOP("eg::app::ExportActions", "Profile as spee&dscope JSON…"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "Export the profile for speedscope"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "speedscope files (*.speedscope.json)"),
     ".speedscope.json"},
    {QT_TRANSLATE_NOOP("eg::app::ExportActions", "&Folded Stacks…"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "Export the profile as folded stacks"),
     QT_TRANSLATE_NOOP("eg::app::ExportActions", "Folded stacks (*.folded *.txt)"), ".folded"},
};

const char *const kToolTips[] = {
    QT_TRANSLATE_NOOP("eg::app::ExportActions",
                      "The flame graph as it is on screen now, zoom and size included"),
    QT_TRANSLATE_NOOP("eg::app::ExportActions",
                      "The flame graph as it is on screen now, zoom and size included"),
    QT_TRANSLATE_NOOP("eg::app::ExportActions",
                      "Every row of the flame graph, zoomed out, 1600 pixels wide"),
    QT_TRANSLATE_NOOP("eg::app::ExportActions",
                      "Every row of the flame graph, zoomed out, 1600 pixels wide"),
    QT_TRANSLATE_NOOP("eg::app::ExportActions",
                      "A file that speedscope.app and Emberglass open again"),
    QT_TRANSLATE_NOOP("eg::app::ExportActions",
                      "One line per call stack with its weight, as Brendan Gregg's flamegraph.pl "
                      "reads it"),
};

QByteArray fromStd(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

ExportActions::ExportActions(views::ProfilePanel *panel, QWidget *window)
    : QObject(window)
    , m_panel(panel)
    , m_window(window)
    , m_menu(new QMenu(tr("&Export"), window))
{
    for (int i = 0; i < 6; ++i) {
        if (i == int(Target::Speedscope))
            m_menu->addSeparator();
        m_actions[i]
            = m_menu->addAction(tr(kTargets[i].label), this, [this, i] { ask(Target(i)); });
        m_actions[i]->setToolTip(tr(kToolTips[i]));
        m_actions[i]->setStatusTip(tr(kToolTips[i]));
    }
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &ExportActions::updateEnabled);
    connect(panel, &views::ProfilePanel::profileLoaded, this, &ExportActions::updateEnabled);
    connect(panel, &views::ProfilePanel::loadFailed, this, &ExportActions::updateEnabled);
    updateEnabled();
}

QAction *ExportActions::action(Target target) const
{
    return m_actions[int(target)];
}

void ExportActions::updateEnabled()
{
    const bool shown = m_panel->loaded().tree && m_panel->isVisibleTo(m_window);
    for (QAction *action : m_actions)
        action->setEnabled(shown);
    m_menu->setEnabled(shown);
}

QString ExportActions::suggestedName(Target target) const
{
    const auto &profile = m_panel->loaded().profile;
    QString base = profile ? QString::fromStdString(profile->name) : QString();
    // Profile names are often file names already; keep only what makes a good stem.
    base = QFileInfo(base).fileName().section(QLatin1Char('.'), 0, 0).trimmed();
    if (base.isEmpty())
        base = tr("profile");
    if (target == Target::WholeSvg || target == Target::WholePng)
        base += tr("-flamegraph");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(base + QLatin1String(kTargets[int(target)].suffix));
}

bool ExportActions::exportTo(Target target, const QString &path, QString *error) const
{
    const views::LoadedProfile &loaded = m_panel->loaded();
    if (!loaded.tree) {
        *error = tr("No profile is shown.");
        return false;
    }
    views::FlameGraphView *view = m_panel->flameGraph();
    const QString title = QString::fromStdString(loaded.profile->name);
    QByteArray bytes;
    switch (target) {
    case Target::VisibleSvg:
        bytes = FlameGraphExporter::visibleSvg(*view, title);
        break;
    case Target::VisiblePng:
        bytes = FlameGraphExporter::toPng(FlameGraphExporter::visibleImage(*view));
        break;
    case Target::WholeSvg:
        bytes = FlameGraphExporter::wholeSvg(loaded, title, view->searchText());
        break;
    case Target::WholePng:
        bytes
            = FlameGraphExporter::toPng(FlameGraphExporter::wholeImage(loaded, view->searchText()));
        break;
    case Target::Speedscope:
        bytes
            = fromStd(analysis::SpeedscopeExporter::toJson(*loaded.profile, loaded.profile->name));
        break;
    case Target::Folded:
        bytes = fromStd(analysis::FoldedStacks::fromProfile(*loaded.profile));
        break;
    }
    return FlameGraphExporter::writeFile(path, bytes, error);
}

void ExportActions::ask(Target target)
{
    const TargetInfo &info = kTargets[int(target)];
    const QString path = QFileDialog::getSaveFileName(m_window, tr(info.title),
                                                      suggestedName(target), tr(info.filter));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(target, path, &error)) {
        QMessageBox::warning(
            m_window, tr(info.title),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                       4000);
    Q_EMIT exported(path);
}

} // namespace eg::app
