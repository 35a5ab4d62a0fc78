// The main window as a user meets it: open files, see them listed and shown, get a clear
// message for bad ones, cancel a long import, remove a source, go back and forward.
#include "app/exportactions.h"
#include "app/importjob.h"
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/settings.h"

#include "models/item/sourcesmodel.h"
#include "models/store/cache.h"
#include "views/profilepanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace eg::app;

class TestApp : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    std::unique_ptr<MainWindow> newWindow()
    {
        m_cachePath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
        auto window = std::make_unique<MainWindow>(m_cachePath);
        window->show();
        return window;
    }

    static bool showsProfile(MainWindow &window)
    {
        auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
        return pages && pages->currentWidget() == window.profilePanel();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::clearRecentFiles();
        QVERIFY(m_dir.isValid());
    }

    void navigatorKeepsABrowserLikeHistory()
    {
        Navigator navigator;
        QSignalSpy changed(&navigator, &Navigator::currentChanged);
        const EntityRef a {EntityRef::Kind::Source, 1};
        const EntityRef b {EntityRef::Kind::Source, 2};
        const EntityRef c {EntityRef::Kind::Profile, 7};
        navigator.navigate(a);
        navigator.navigate(b);
        navigator.navigate(b); // the same place again is not a new step
        QCOMPARE(changed.size(), 2);
        QVERIFY(navigator.canGoBack());
        navigator.goBack();
        QVERIFY(navigator.current() == a);
        navigator.navigate(c); // drops the forward history (b)
        QVERIFY(!navigator.canGoForward());
        navigator.goBack();
        QVERIFY(navigator.current() == a);
        navigator.goForward();
        QVERIFY(navigator.current() == c);
        navigator.forget(c);
        QVERIFY(navigator.current() == a);
    }

    void opensAFileAndShowsItsProfile()
    {
        auto window = newWindow();
        QCOMPARE(window->sourcesModel()->rowCount(), 0);
        QVERIFY(!showsProfile(*window));
        window->openFiles({QStringLiteral(EG_TEST_DATA_DIR "/small.folded")});
        QTRY_COMPARE(window->sourcesModel()->rowCount(), 1);
        QTRY_VERIFY(showsProfile(*window));
        QCOMPARE(window->navigator()->current().kind, EntityRef::Kind::Source);
        QVERIFY(window->windowTitle().contains(QStringLiteral("small.folded")));
        QVERIFY(Settings::recentFiles().first().endsWith(QStringLiteral("small.folded")));

        // The same bytes again are found, not imported twice.
        window->openFiles({QStringLiteral(EG_TEST_DATA_DIR "/small.folded")});
        QTRY_VERIFY(!window->importJob()->isRunning());
        QCOMPARE(window->sourcesModel()->rowCount(), 1);
    }

    void exportsTheShownProfile()
    {
        auto window = newWindow();
        ExportActions *exports = window->exportActions();
        exports->updateEnabled();
        QVERIFY(!exports->action(ExportActions::Target::WholeSvg)->isEnabled());
        window->openFiles({QStringLiteral(EG_TEST_DATA_DIR "/small.folded")});
        QTRY_VERIFY(showsProfile(*window));
        QTRY_VERIFY(window->profilePanel()->loaded().tree != nullptr);
        exports->updateEnabled();
        const std::pair<ExportActions::Target, const char *> targets[]
            = {{ExportActions::Target::VisibleSvg, "visible.svg"},
               {ExportActions::Target::VisiblePng, "visible.png"},
               {ExportActions::Target::WholeSvg, "whole.svg"},
               {ExportActions::Target::WholePng, "whole.png"},
               {ExportActions::Target::Speedscope, "profile.speedscope.json"},
               {ExportActions::Target::Folded, "profile.folded"}};
        for (const auto &[target, name] : targets) {
            QVERIFY(exports->action(target)->isEnabled());
            const QString path = m_dir.filePath(QLatin1String(name));
            QString error;
            QVERIFY2(exports->exportTo(target, path, &error), qPrintable(error));
            QVERIFY2(QFileInfo(path).size() > 0, name);
        }
        QFile folded(m_dir.filePath(QStringLiteral("profile.folded")));
        QVERIFY(folded.open(QIODevice::ReadOnly));
        QVERIFY(folded.readAll().contains("main;load_config"));
    }

    void explainsBadInputAndKeepsTheCache()
    {
        auto window = newWindow();
        window->openFiles({QStringLiteral(EG_TEST_DATA_DIR "/small.folded")});
        QTRY_COMPARE(window->sourcesModel()->rowCount(), 1);

        const QString bad = writeFile(QStringLiteral("broken.json"), "{\"nodes\": [1, 2");
        window->openFiles({bad});
        QTRY_VERIFY(!window->lastError().isEmpty());
        QVERIFY(window->lastError().contains(bad));
        QTRY_VERIFY(!window->importJob()->isRunning());
        QCOMPARE(window->sourcesModel()->rowCount(), 1);
        QVERIFY(window->isVisible());
        // The earlier import is still there and whole.
        eg::store::Cache cache(m_cachePath);
        QCOMPARE(cache.loadProfile(cache.profiles().front().id).sampleCount(), size_t(4));
    }

    void cancelLeavesTheCacheAsItWas()
    {
        QByteArray big;
        big.reserve(90 << 20);
        for (int i = 0; i < 2000000; ++i)
            big += "main;server;handle_request;query_" + QByteArray::number(i % 5000) + ";wait 1\n";
        const QString path = writeFile(QStringLiteral("big.folded"), big);

        auto window = newWindow();
        QSignalSpy finished(window->importJob(), &ImportJob::finished);
        // Cancel as soon as the import reports progress: it is then certainly running.
        connect(window->importJob(), &ImportJob::progressChanged, window->importJob(),
                &ImportJob::cancel);
        window->openFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(window->sourcesModel()->rowCount(), 0);
        eg::store::Cache cache(m_cachePath);
        QVERIFY(cache.sources().empty());
        QVERIFY(cache.profiles().empty());
    }

    void opensDroppedFiles()
    {
        auto window = newWindow();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(EG_TEST_DATA_DIR "/small.folded"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QTRY_COMPARE(window->sourcesModel()->rowCount(), 1);
    }

    void opensTheDemoProfile()
    {
        auto window = newWindow();
        window->openDemo();
        QTRY_COMPARE_WITH_TIMEOUT(window->sourcesModel()->rowCount(), 1, 20000);
        const QModelIndex format
            = window->sourcesModel()->index(0, eg::itemmodels::SourcesModel::FormatColumn);
        QCOMPARE(format.data().toString(), QStringLiteral("chrome-cpuprofile"));
        QTRY_VERIFY(showsProfile(*window));
    }

    void removesASourceAndGoesBackToWhatRemains()
    {
        auto window = newWindow();
        window->openFiles({QStringLiteral(EG_TEST_DATA_DIR "/small.folded")});
        QTRY_COMPARE(window->sourcesModel()->rowCount(), 1);
        const QString other = writeFile(QStringLiteral("other.folded"), "a;b 1\na;c 2\n");
        window->openFiles({other});
        QTRY_COMPARE(window->sourcesModel()->rowCount(), 2);
        QTRY_VERIFY(window->windowTitle().contains(QStringLiteral("other.folded")));

        window->navigator()->goBack();
        QTRY_VERIFY(window->windowTitle().contains(QStringLiteral("small.folded")));
        window->navigator()->goForward();
        QTRY_VERIFY(window->windowTitle().contains(QStringLiteral("other.folded")));

        auto *view = window->findChild<QAbstractItemView *>(QStringLiteral("sourcesView"));
        QVERIFY(view);
        view->setCurrentIndex(window->sourcesModel()->index(1, 0));
        const auto actions = view->actions();
        QVERIFY(!actions.isEmpty());
        actions.first()->trigger();
        QCOMPARE(window->sourcesModel()->rowCount(), 1);
        QTRY_VERIFY(window->windowTitle().contains(QStringLiteral("small.folded")));
    }

private:
    QTemporaryDir m_dir;
    QString m_cachePath;
    int m_counter = 0;
};

int runAppTests(int argc, char *argv[])
{
    TestApp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app.moc"
