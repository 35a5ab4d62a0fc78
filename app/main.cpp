#include "importjob.h"
#include "mainwindow.h"

#include "models/store/cache.h"
#include "models/store/storeerror.h"
#include "views/profilepanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

namespace {

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
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
    parser.addOptions({demo, cache, screenshot, tab});
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
    window->openFiles(parser.positionalArguments());
    if (parser.isSet(screenshot))
        scheduleScreenshot(window.get(), parser.value(screenshot));
    return app.exec();
}
