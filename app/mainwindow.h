#pragma once

#include "navigator.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace eg::store {
class Cache;
}
namespace eg::itemmodels {
class SourcesModel;
}
namespace eg::views {
class DiffPage;
class ProfilePanel;
} // namespace eg::views
namespace eg::importers {
struct ImportResult;
}

namespace eg::app {

class ExportActions;
class ImportJob;
class LogPages;
class ErrorPages;
class TracePages;

// The main window: the sources list on the left, the view of the current entity in the
// middle, imports in the status bar with a progress bar and a Cancel button.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &cachePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports the files off the GUI thread and shows the last one that worked.
    void openFiles(const QStringList &files);
    void openDemo();

    Navigator *navigator() const { return m_navigator; }
    ImportJob *importJob() const { return m_importJob; }
    itemmodels::SourcesModel *sourcesModel() const { return m_sourcesModel; }
    views::ProfilePanel *profilePanel() const { return m_profilePanel; }
    views::DiffPage *diffPage() const { return m_diffPage; }
    TracePages *tracePages() const { return m_tracePages; }
    LogPages *logPages() const { return m_logPages; }
    ErrorPages *errorPages() const { return m_errorPages; }
    // Compares the two sources selected in the list (the older one as "before").
    QAction *compareAction() const { return m_compareAction; }
    // Shows the Compare page for two imported sources.
    void compareSources(int64_t beforeId, int64_t afterId);
    QTreeView *sourcesView() const { return m_sourcesView; }
    ExportActions *exportActions() const { return m_exportActions; }
    // The last import problem shown to the user, for tests.
    QString lastError() const { return m_lastError; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showLogFieldsDialog();
    void createMenus();
    void createSourcesDock();
    void createStatusBar();
    QWidget *createWelcomePage();

    void showOpenDialog();
    void rebuildRecentMenu();
    void reloadSources();
    void removeSelectedSource();
    void compareSelectedSources();
    void showEntity(const EntityRef &entity);

    void onFileStarted(const QString &file, int index, int count);
    void onFileImported(const QString &file, const importers::ImportResult &result);
    void onFileFailed(const QString &file, const QString &message);
    void onImportFinished(bool cancelled);

    QString m_cachePath;
    std::unique_ptr<store::Cache> m_cache;
    Navigator *m_navigator;
    ImportJob *m_importJob;
    QStringList m_queuedFiles;
    int64_t m_lastImportedSource = 0;

    itemmodels::SourcesModel *m_sourcesModel;
    QTreeView *m_sourcesView = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcomePage = nullptr;
    QLabel *m_welcomeSources = nullptr;
    views::ProfilePanel *m_profilePanel = nullptr;
    views::DiffPage *m_diffPage = nullptr;
    TracePages *m_tracePages = nullptr;
    QPushButton *m_tracesButton = nullptr;
    LogPages *m_logPages = nullptr;
    QPushButton *m_logsButton = nullptr;
    ErrorPages *m_errorPages = nullptr;
    QPushButton *m_errorsButton = nullptr;
    QAction *m_compareAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    ExportActions *m_exportActions = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QString m_lastError;
};

} // namespace eg::app
