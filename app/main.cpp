#include "importjob.h"
#include "mainwindow.h"

#include "models/store/cache.h"
#include "models/store/storeerror.h"
#include "views/profilepanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // The English plural forms first, so that the language installed after them wins
    // where it has its own.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/emberglass_en.qm")))
        QApplication::installTranslator(english);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("emberglass"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

// --screenshot: once imports are done and the view has settled, save the window and quit.
// Used to look at the app as a user would on a machine without a screen.
void scheduleScreenshot(eg::app::MainWindow *window, const QString &path)
{
    auto *timer = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, window, [window, path, clock, timer] {
        if (window->importJob()->isRunning() || clock->elapsed() < 1500)
            return;
        timer->stop();
        delete clock;
        window->grab().save(path);
        QApplication::quit();
    });
    timer->start(200);
}

// --compare BEFORE AFTER: once both files are imported, show the Compare page for them.
void scheduleComparison(eg::app::MainWindow *window, const QStringList &files)
{
    if (files.size() != 2) {
        qWarning("--compare takes two files, before and after");
        return;
    }
    auto sources = std::make_shared<QHash<QString, int64_t>>();
    auto *job = window->importJob();
    QObject::connect(job, &eg::app::ImportJob::fileImported, window,
                     [sources](const QString &file, const eg::importers::ImportResult &result) {
                         sources->insert(file, result.sourceId);
                     });
    // Queued: after the window has shown the last import itself.
    QObject::connect(
        job, &eg::app::ImportJob::finished, window,
        [window, sources, files] {
            if (sources->contains(files[0]) && sources->contains(files[1]))
                window->compareSources(sources->value(files[0]), sources->value(files[1]));
        },
        Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("emberglass"));
    QApplication::setApplicationName(QStringLiteral("emberglass"));
    QApplication::setApplicationDisplayName(QStringLiteral("Emberglass"));
    QApplication::setApplicationVersion(QStringLiteral(EMBERGLASS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.emberglass.Emberglass"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "A native viewer for profiles, traces, logs and session replays."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Open the embedded demo profile."));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QApplication::translate("main", "Use this cache database."),
                                   QStringLiteral("DB"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to PNG, then quit."),
        QStringLiteral("PNG"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main", "Show this tab of the profile page (0 = flame graph)."),
        QStringLiteral("N"));
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        QApplication::translate("main", "Once the files are imported, open this trace id."),
        QStringLiteral("ID"));
    const QCommandLineOption traces(
        QStringLiteral("traces"),
        QApplication::translate("main", "Once the files are imported, list every trace."));
    const QCommandLineOption logs(
        QStringLiteral("logs"),
        QApplication::translate("main", "Once the files are imported, show every log line."));
    const QCommandLineOption errors(
        QStringLiteral("errors"),
        QApplication::translate("main", "Once the files are imported, list every error."));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QApplication::translate("main", "Compare the two files given: the first is \"before\"."));
    parser.addOptions({demo, cache, screenshot, tab, trace, traces, logs, errors, compare});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    std::unique_ptr<eg::app::MainWindow> window;
    try {
        const QString cachePath
            = parser.isSet(cache) ? parser.value(cache) : eg::store::Cache::defaultPath();
        window = std::make_unique<eg::app::MainWindow>(cachePath);
    } catch (const eg::store::StoreError &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Emberglass"),
                              QApplication::translate("main", "Cannot open the cache: %1")
                                  .arg(QString::fromUtf8(error.what())));
        return 1;
    }
    window->show();
    if (parser.isSet(tab))
        window->profilePanel()->tabs()->setCurrentIndex(parser.value(tab).toInt());
    if (parser.isSet(demo))
        window->openDemo();
    if (parser.isSet(compare))
        scheduleComparison(window.get(), parser.positionalArguments());
    window->openFiles(parser.positionalArguments());
    if (parser.isSet(trace) || parser.isSet(traces) || parser.isSet(logs) || parser.isSet(errors)) {
        // After the imports, which navigate to the last file themselves.
        const eg::app::EntityRef target = parser.isSet(trace)
            ? eg::app::EntityRef::trace(parser.value(trace))
            : parser.isSet(logs)   ? eg::app::EntityRef::logs()
            : parser.isSet(errors) ? eg::app::EntityRef::errors()
                                   : eg::app::EntityRef {eg::app::EntityRef::Kind::TraceList};
        auto *navigator = window->navigator();
        if (window->importJob()->isRunning())
            QObject::connect(
                window->importJob(), &eg::app::ImportJob::finished, navigator,
                [navigator, target] { navigator->navigate(target); }, Qt::QueuedConnection);
        else
            navigator->navigate(target);
    }
    if (parser.isSet(screenshot))
        scheduleScreenshot(window.get(), parser.value(screenshot));
    return app.exec();
}
