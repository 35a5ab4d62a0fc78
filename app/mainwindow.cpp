#include "mainwindow.h"

#include "errorpages.h"
#include "exportactions.h"
#include "importjob.h"
#include "logfieldsdialog.h"
#include "logpages.h"
#include "settings.h"
#include "tracepages.h"

#include "models/item/sourcesmodel.h"
#include "models/store/cache.h"
#include "models/store/errorreader.h"
#include "models/store/storeerror.h"
#include "models/store/tracereader.h"
#include "views/diffpage.h"
#include "views/profilepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace eg::app {

namespace {
const QString kDemoPath = QStringLiteral(":/demo/order-report.cpuprofile.zst");
}

MainWindow::MainWindow(const QString &cachePath, QWidget *parent)
    : QMainWindow(parent)
    , m_cachePath(cachePath)
    , m_cache(std::make_unique<store::Cache>(cachePath))
    , m_navigator(new Navigator(this))
    , m_importJob(new ImportJob(cachePath, this))
    , m_sourcesModel(new itemmodels::SourcesModel(this))
{
    setWindowTitle(tr("Emberglass"));
    setAcceptDrops(true);
    m_importJob->setLogFieldNames(Settings::logFieldNames());
    resize(1400, 860);

    m_pages = new QStackedWidget(this);
    m_welcomePage = createWelcomePage();
    m_profilePanel = new views::ProfilePanel(this);
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_profilePanel);
    m_diffPage = new views::DiffPage(this);
    m_pages->addWidget(m_diffPage);
    m_tracePages = new TracePages(cachePath, *m_cache, m_navigator, m_pages);
    connect(m_tracePages, &TracePages::statusMessage, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message, 8000);
    });
    connect(m_tracePages, &TracePages::titleChanged, this,
            [this](const QString &title) { setWindowTitle(tr("%1 — Emberglass").arg(title)); });
    m_logPages = new LogPages(cachePath, *m_cache, m_navigator, m_pages);
    connect(m_logPages, &LogPages::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_logPages, &LogPages::titleChanged, this,
            [this](const QString &title) { setWindowTitle(tr("%1 — Emberglass").arg(title)); });
    connect(m_logPages, &LogPages::traceRequested, m_tracePages, &TracePages::openTrace);
    m_errorPages = new ErrorPages(*m_cache, m_navigator, m_pages);
    connect(m_errorPages, &ErrorPages::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_errorPages, &ErrorPages::titleChanged, this,
            [this](const QString &title) { setWindowTitle(tr("%1 — Emberglass").arg(title)); });
    connect(m_errorPages, &ErrorPages::traceRequested, m_tracePages, &TracePages::openTrace);
    setCentralWidget(m_pages);

    createSourcesDock();
    createMenus();
    createStatusBar();

    connect(m_navigator, &Navigator::currentChanged, this, &MainWindow::showEntity);
    connect(m_navigator, &Navigator::historyChanged, this, [this] {
        m_backAction->setEnabled(m_navigator->canGoBack());
        m_forwardAction->setEnabled(m_navigator->canGoForward());
    });
    connect(m_importJob, &ImportJob::fileStarted, this, &MainWindow::onFileStarted);
    connect(m_importJob, &ImportJob::progressChanged, m_progressBar, &QProgressBar::setValue);
    connect(m_importJob, &ImportJob::fileImported, this, &MainWindow::onFileImported);
    connect(m_importJob, &ImportJob::fileFailed, this, &MainWindow::onFileFailed);
    connect(m_importJob, &ImportJob::finished, this, &MainWindow::onImportFinished);

    reloadSources();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *text = new QLabel(
        tr("<h2>Emberglass</h2>"
           "<p>Open a CPU profile to see where its time went, or a trace to follow one request "
           "through every service it touched. Emberglass reads speedscope, V8 "
           "<code>.cpuprofile</code>, Chrome and Firefox profiles, <code>perf script</code>, "
           "pprof, collapsed stacks, Sentry envelopes, and OpenTelemetry, Jaeger and Zipkin "
           "traces, plain or gzip-, zlib- or zstd-compressed.</p>"
           "<p>Drop a file on this window, use <b>File → Open</b>, or start with a demo "
           "profile of a small Node.js program.</p>"),
        page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(620);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open a file…"), page);
    auto *demo = new QPushButton(tr("Open the demo profile"), page);
    connect(open, &QPushButton::clicked, this, &MainWindow::showOpenDialog);
    connect(demo, &QPushButton::clicked, this, &MainWindow::openDemo);
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(demo);
    buttons->addStretch();
    m_welcomeSources = new QLabel(page);
    m_welcomeSources->setAlignment(Qt::AlignCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addWidget(m_welcomeSources, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void MainWindow::createSourcesDock()
{
    auto *dock = new QDockWidget(tr("Sources"), this);
    dock->setObjectName(QStringLiteral("sourcesDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_sourcesView = new QTreeView(dock);
    m_sourcesView->setObjectName(QStringLiteral("sourcesView"));
    m_sourcesView->setModel(m_sourcesModel);
    m_sourcesView->setRootIsDecorated(false);
    m_sourcesView->setUniformRowHeights(true);
    // Two sources selected (Ctrl+click) can be compared.
    m_sourcesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sourcesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The name takes what the figures leave; the figures are short and always whole.
    m_sourcesView->header()->setStretchLastSection(false);
    m_sourcesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourcesView->header()->setSectionResizeMode(itemmodels::SourcesModel::NameColumn,
                                                  QHeaderView::Stretch);
    auto *remove = new QAction(tr("Remove from cache"), m_sourcesView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &MainWindow::removeSelectedSource);
    m_sourcesView->addAction(remove);
    connect(m_sourcesView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const store::SourceInfo *source = m_sourcesModel->sourceAt(index.row());
        if (source)
            m_navigator->navigate({EntityRef::Kind::Source, source->id});
    });
    m_compareAction = new QAction(tr("&Compare the Selected Sources"), this);
    m_compareAction->setToolTip(tr("Select two sources (Ctrl+click) to see what changed "
                                   "between their profiles"));
    m_compareAction->setEnabled(false);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareSelectedSources);
    connect(m_sourcesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_compareAction->setEnabled(m_sourcesView->selectionModel()->selectedRows().size() == 2);
    });
    auto *compare = new QPushButton(tr("Compare"), dock);
    compare->setToolTip(m_compareAction->toolTip());
    compare->setEnabled(false);
    connect(m_compareAction, &QAction::enabledChanged, compare, &QPushButton::setEnabled);
    connect(compare, &QPushButton::clicked, m_compareAction, &QAction::trigger);
    m_tracesButton = new QPushButton(tr("All traces"), dock);
    m_tracesButton->setObjectName(QStringLiteral("allTracesButton"));
    m_tracesButton->setToolTip(tr("Every trace in the cache, from all files: spans of one trace "
                                  "from several files are joined"));
    connect(m_tracesButton, &QPushButton::clicked, this, [this] {
        m_navigator->navigate({EntityRef::Kind::TraceList, 0});
    });
    m_logsButton = new QPushButton(tr("All logs"), dock);
    m_logsButton->setObjectName(QStringLiteral("allLogsButton"));
    m_logsButton->setToolTip(tr("Every log line in the cache, from all files, on one timeline"));
    connect(m_logsButton, &QPushButton::clicked, this,
            [this] { m_navigator->navigate(EntityRef::logs()); });
    m_errorsButton = new QPushButton(tr("All errors"), dock);
    m_errorsButton->setObjectName(QStringLiteral("allErrorsButton"));
    m_errorsButton->setToolTip(tr("Every error event in the cache, grouped by kind"));
    connect(m_errorsButton, &QPushButton::clicked, this,
            [this] { m_navigator->navigate(EntityRef::errors()); });
    auto *sources = new QWidget(dock);
    auto *sourcesLayout = new QVBoxLayout(sources);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    sourcesLayout->addWidget(m_sourcesView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(compare);
    buttons->addWidget(m_tracesButton);
    buttons->addWidget(m_logsButton);
    buttons->addWidget(m_errorsButton);
    sourcesLayout->addLayout(buttons);
    dock->setWidget(sources);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {480}, Qt::Horizontal);
}

void MainWindow::showLogFieldsDialog()
{
    LogFieldsDialog dialog(Settings::logFieldNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setLogFieldNames(dialog.names());
    m_importJob->setLogFieldNames(dialog.names());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(tr("Open the &Demo Profile"), this, &MainWindow::openDemo);
    file->addAction(tr("Log &Fields…"), this, &MainWindow::showLogFieldsDialog);
    file->addSeparator();
    m_exportActions = new ExportActions(m_profilePanel, this);
    file->addMenu(m_exportActions->menu());
    connect(file, &QMenu::aboutToShow, m_exportActions, &ExportActions::updateEnabled);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(tr("&Back"), m_navigator, &Navigator::goBack);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setEnabled(false);
    m_forwardAction = go->addAction(tr("&Forward"), m_navigator, &Navigator::goForward);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setEnabled(false);
    go->addSeparator();
    go->addAction(m_compareAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Emberglass"), this, [this] {
        QMessageBox::about(this, tr("About Emberglass"),
                           tr("<p><b>Emberglass %1</b></p><p>A native viewer for profiles, "
                              "traces, logs and replays. Files are imported into a local cache "
                              "at <code>%2</code>; nothing leaves this computer.</p>")
                               .arg(QApplication::applicationVersion(), m_cachePath));
    });

    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolBar"));
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addSeparator();
    toolbar->addAction(open);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(240);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_queuedFiles.clear();
        m_importJob->cancel();
        m_statusLabel->setText(tr("Cancelling…"));
    });
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progressBar->hide();
    m_cancelButton->hide();
}

void MainWindow::showOpenDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open profiles and traces"), QString(),
        tr("Profiles and traces (*.json *.cpuprofile *.speedscope.json *.txt *.folded "
           "*.collapsed *.pb *.envelope *.gz *.zst *.zlib);;All files (*)"));
    openFiles(files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(file).fileName(), this,
                                                  [this, file] { openFiles({file}); });
        action->setToolTip(file);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else
        m_recentMenu->addAction(tr("Clear the list"), this, [] { Settings::clearRecentFiles(); });
}

void MainWindow::openFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (m_importJob->isRunning()) {
        m_queuedFiles.append(files);
        return;
    }
    m_lastImportedSource = 0;
    m_importJob->start(files);
}

void MainWindow::openDemo()
{
    openFiles({kDemoPath});
}

void MainWindow::reloadSources()
{
    m_sourcesModel->setSources(m_cache->sources());
    const int count = m_sourcesModel->rowCount();
    m_welcomeSources->setText(
        count == 1 ? tr("Or pick the file imported before, on the left.")
            : count
            ? tr("Or pick one of the %n files imported before, on the left.", nullptr, count)
            : QString());
    const int64_t traces = store::TraceReader(*m_cache).traceCount();
    m_tracesButton->setText(tr("All traces (%1)").arg(QLocale().toString(traces)));
    m_tracesButton->setEnabled(traces > 0);
    // Counted at import: summing the sources' figures reads no log row.
    int64_t logs = 0;
    for (int row = 0; row < count; ++row)
        logs += m_sourcesModel->sourceAt(row)->logCount;
    m_logsButton->setText(tr("All logs (%1)").arg(QLocale().toString(qlonglong(logs))));
    m_logsButton->setEnabled(logs > 0);
    const int64_t errors = store::ErrorReader(*m_cache).count(store::ErrorFilter {});
    m_errorsButton->setText(tr("All errors (%1)").arg(QLocale().toString(qlonglong(errors))));
    m_errorsButton->setEnabled(errors > 0);
}

void MainWindow::removeSelectedSource()
{
    const QModelIndex index = m_sourcesView->currentIndex();
    const store::SourceInfo *source = m_sourcesModel->sourceAt(index.row());
    if (!source || m_importJob->isRunning())
        return;
    const int64_t id = source->id;
    const QString name = source->name;
    try {
        m_cache->removeSource(id);
    } catch (const store::StoreError &error) {
        QMessageBox::warning(this, tr("Cannot remove %1").arg(name),
                             QString::fromUtf8(error.what()));
        return;
    }
    reloadSources();
    m_navigator->forget({EntityRef::Kind::Source, id});
    m_navigator->forget({EntityRef::Kind::TraceList, id});
    m_navigator->forget(EntityRef::logs(id));
    m_navigator->forget(EntityRef::errors(id));
    if (m_navigator->current().kind == EntityRef::Kind::None)
        showEntity({});
    statusBar()->showMessage(tr("Removed %1 from the cache").arg(name), 4000);
}

void MainWindow::compareSelectedSources()
{
    QModelIndexList rows = m_sourcesView->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    const store::SourceInfo *first = m_sourcesModel->sourceAt(rows[0].row());
    const store::SourceInfo *second = m_sourcesModel->sourceAt(rows[1].row());
    if (!first || !second)
        return;
    // The one imported first is "before": usually the older run.
    if (second->id < first->id)
        std::swap(first, second);
    compareSources(first->id, second->id);
}

void MainWindow::compareSources(int64_t beforeId, int64_t afterId)
{
    const auto before = m_cache->source(beforeId);
    const auto after = m_cache->source(afterId);
    if (!before || !after)
        return;
    m_diffPage->compare(m_cachePath, m_cache->profiles(before->id), m_cache->profiles(after->id),
                        before->name, after->name);
    setWindowTitle(tr("%1 vs %2 — Emberglass").arg(before->name, after->name));
    m_pages->setCurrentWidget(m_diffPage);
}

void MainWindow::showEntity(const EntityRef &entity)
{
    if (entity.kind == EntityRef::Kind::TraceList) {
        m_tracePages->showList(entity.id);
        return;
    }
    if (entity.kind == EntityRef::Kind::Trace) {
        m_tracePages->showTrace(entity.key, entity.id);
        return;
    }
    if (entity.kind == EntityRef::Kind::Logs || entity.kind == EntityRef::Kind::TraceLogs) {
        m_logPages->show(entity);
        return;
    }
    if (entity.kind == EntityRef::Kind::Errors || entity.kind == EntityRef::Kind::TraceErrors
        || entity.kind == EntityRef::Kind::ErrorEvent) {
        m_errorPages->show(entity);
        return;
    }
    std::optional<int64_t> sourceId;
    int index = 0;
    if (entity.kind == EntityRef::Kind::Source) {
        sourceId = entity.id;
    } else if (entity.kind == EntityRef::Kind::Profile) {
        if (const auto profile = m_cache->profile(entity.id)) {
            sourceId = profile->sourceId;
            index = profile->ordinal;
        }
    }
    const auto source = sourceId ? m_cache->source(*sourceId) : std::nullopt;
    if (!source) {
        m_pages->setCurrentWidget(m_welcomePage);
        setWindowTitle(tr("Emberglass"));
        return;
    }
    const int row = m_sourcesModel->rowOfSource(source->id);
    if (row >= 0)
        m_sourcesView->setCurrentIndex(m_sourcesModel->index(row, 0));
    // A file of traces alone (OTLP, Jaeger, a Sentry transaction) opens on its traces.
    if (entity.kind == EntityRef::Kind::Source && source->profileCount == 0
        && source->traceCount > 0) {
        m_tracePages->showList(source->id);
        return;
    }
    // A file of log lines alone opens on its log timeline.
    if (entity.kind == EntityRef::Kind::Source && source->profileCount == 0
        && source->traceCount == 0 && source->logCount > 0) {
        EntityRef logs = EntityRef::logs(source->id, entity.fromNs, entity.toNs);
        logs.logFilter = entity.logFilter;
        m_logPages->show(logs);
        return;
    }
    // And a file of error events alone on its errors list.
    if (entity.kind == EntityRef::Kind::Source && source->profileCount == 0
        && source->traceCount == 0 && source->logCount == 0 && source->errorCount > 0) {
        m_errorPages->show(EntityRef::errors(source->id));
        return;
    }
    setWindowTitle(tr("%1 — Emberglass").arg(source->name));
    if (entity.kind == EntityRef::Kind::Profile && entity.toNs > entity.fromNs)
        m_profilePanel->setTimeWindow(entity.fromNs, entity.toNs, entity.key);
    else
        m_profilePanel->clearTimeWindow();
    m_profilePanel->showProfiles(m_cachePath, m_cache->profiles(source->id), index);
    m_pages->setCurrentWidget(m_profilePanel);
}

void MainWindow::onFileStarted(const QString &file, int index, int count)
{
    const QString name = file == kDemoPath ? tr("the demo profile") : QFileInfo(file).fileName();
    m_statusLabel->setText(count > 1
                               ? tr("Importing %1 (%2 of %3)…").arg(name).arg(index + 1).arg(count)
                               : tr("Importing %1…").arg(name));
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_cancelButton->show();
}

void MainWindow::onFileImported(const QString &file, const importers::ImportResult &result)
{
    if (file != kDemoPath)
        Settings::addRecentFile(QFileInfo(file).absoluteFilePath());
    reloadSources();
    m_lastImportedSource = result.sourceId;
    statusBar()->showMessage(result.duplicate
                                 ? tr("%1 was already in the cache").arg(QFileInfo(file).fileName())
                                 : tr("Imported %1").arg(QFileInfo(file).fileName()),
                             4000);
}

void MainWindow::onFileFailed(const QString &file, const QString &message)
{
    const QString name = file == kDemoPath ? tr("the demo profile") : file;
    m_lastError = tr("%1: %2").arg(name, message);
    // Window-modal and non-blocking: the window stays responsive and queued imports go on.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Cannot open %1").arg(QFileInfo(file).fileName()),
        tr("Emberglass could not import %1.").arg(name), QMessageBox::Ok, this);
    // Importer messages are written to follow "FILE: " on a command line; here they
    // stand alone as a sentence.
    QString sentence = message;
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    box->setInformativeText(sentence + QLatin1Char('\n') + tr("Nothing in the cache was changed."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::onImportFinished(bool cancelled)
{
    m_progressBar->hide();
    m_cancelButton->hide();
    m_statusLabel->setText(cancelled ? tr("Import cancelled; the cache is as it was before.")
                                     : QString());
    if (m_lastImportedSource)
        m_navigator->navigate({EntityRef::Kind::Source, m_lastImportedSource});
    if (!m_queuedFiles.isEmpty()) {
        const QStringList next = std::exchange(m_queuedFiles, {});
        openFiles(next);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    openFiles(files);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_importJob->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace eg::app
