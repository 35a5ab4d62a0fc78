// Following a trace as a user does: list the traces, open one, jump from a span to the
// profile recorded while it ran, and come back with Back.
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/tracepages.h"

#include "models/item/sourcesmodel.h"
#include "models/item/tracelistmodel.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "views/profilepanel.h"
#include "views/tracelistpage.h"
#include "views/tracepage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace eg::app;

namespace {

constexpr int64_t kOrigin = 1'700'000'000'000'000'000; // the profile's time 0, epoch ns
constexpr int64_t kMs = 1'000'000;
const char *const kProfiler = "363291159e3345e799d6c2d9e0981930";

eg::store::SpanRecord span(const char *id, const char *parent, const char *name, int64_t startMs,
                           int64_t endMs)
{
    eg::store::SpanRecord s;
    s.traceId = "6d12df59fd034aec889a4b6d9cdf1b51";
    s.spanId = id;
    s.parentSpanId = parent;
    s.name = name;
    s.service = "api";
    s.startNs = kOrigin + startMs * kMs;
    s.endNs = kOrigin + endMs * kMs;
    s.profilerId = kProfiler;
    s.threadId = "1";
    return s;
}

// A trace of three spans and the continuous profile of its thread: 100 samples, one
// every 10 ms from the trace's start.
void fillCache(const QString &path)
{
    eg::store::Cache cache(path);
    {
        eg::store::CacheWriter writer(cache,
                                      {QStringLiteral("/tmp/trace.json"),
                                       QStringLiteral("trace.json"), QStringLiteral("otlp-traces"),
                                       100});
        writer.addSpan(span("00000000000000a1", "", "GET /api/report", 0, 1000));
        writer.addSpan(span("00000000000000a2", "00000000000000a1", "build report", 100, 300));
        writer.addSpan(span("00000000000000a3", "00000000000000a1", "render", 300, 900));
        writer.commit(QStringLiteral("trace-hash"));
    }
    eg::store::CacheWriter writer(cache,
                                  {QStringLiteral("/tmp/chunk.envelope"),
                                   QStringLiteral("chunk.envelope"),
                                   QStringLiteral("sentry-envelope"), 100});
    eg::store::ProfileData profile;
    profile.name = "profiler session";
    profile.thread = "main";
    profile.unit = eg::store::WeightUnit::Nanoseconds;
    profile.frames = {{"main", "app.js", "", 1, 1, 1}, {"buildReport", "app.js", "", 9, 1, 1}};
    profile.stacks = {{-1, 0}, {0, 1}};
    for (int i = 0; i < 100; ++i)
        profile.appendSample(i >= 10 && i < 30 ? 1 : 0, double(i * 10 * kMs), double(10 * kMs));
    profile.reportedSampleCount = 100;
    profile.endValue = double(1000 * kMs);
    profile.links.profilerId = kProfiler;
    profile.links.threadId = "1";
    profile.links.originEpochNs = kOrigin;
    writer.addProfile(profile);
    writer.commit(QStringLiteral("profile-hash"));
}

QWidget *currentPage(MainWindow &window)
{
    return qobject_cast<QStackedWidget *>(window.centralWidget())->currentWidget();
}

} // namespace

class TestTraceNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void followsASpanToItsProfileAndBack()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("traces.sqlite"));
        fillCache(cachePath);
        MainWindow window(cachePath);
        window.show();
        TracePages *traces = window.tracePages();

        // The sources list offers every trace of the cache.
        auto *allTraces = window.findChild<QPushButton *>(QStringLiteral("allTracesButton"));
        QVERIFY(allTraces);
        QVERIFY(allTraces->isEnabled());
        QCOMPARE(allTraces->text(), QStringLiteral("All traces (1)"));
        allTraces->click();
        QCOMPARE(currentPage(window), traces->listPage());
        QCOMPARE(traces->listPage()->model()->rowCount(), 1);
        QVERIFY2(traces->listPage()->headline().contains(
                     QStringLiteral("The slowest, `GET /api/report`, took 1 s.")),
                 qPrintable(traces->listPage()->headline()));

        // Opening the row shows its waterfall.
        QSignalSpy shown(traces, &TracePages::traceShown);
        QTableView *table = traces->listPage()->table();
        Q_EMIT table->activated(table->model()->index(0, 0));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(currentPage(window), traces->tracePage());
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Trace);
        QCOMPARE(window.navigator()->current().key,
                 QStringLiteral("6d12df59fd034aec889a4b6d9cdf1b51"));

        // "Open the profile" on the span `build report` (100–300 ms): only its samples.
        Q_EMIT traces->tracePage()->openProfileRequested(QString(), QString::fromLatin1(kProfiler),
                                                         QStringLiteral("1"), kOrigin + 100 * kMs,
                                                         kOrigin + 300 * kMs);
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Profile);
        QCOMPARE(currentPage(window), window.profilePanel());
        QTRY_VERIFY(!window.profilePanel()->isLoading());
        const auto &loaded = window.profilePanel()->loaded();
        QVERIFY(loaded.profile);
        QCOMPARE(loaded.profile->sampleCount(), size_t(21)); // 100, 110, …, 300 ms
        QCOMPARE(loaded.profile->sampleStack[5], 1); // buildReport
        QVERIFY2(window.profilePanel()->headline().startsWith(
                     QStringLiteral("Only the samples recorded during the span's 200 ms")),
                 qPrintable(window.profilePanel()->headline()));

        // Back: the trace again, without loading it anew.
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), traces->tracePage());
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Trace);
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), traces->listPage());

        // A file of traces alone opens on its traces.
        const int row = window.sourcesModel()->rowOfSource(1);
        QVERIFY(row >= 0);
        window.navigator()->navigate({EntityRef::Kind::Source, 1});
        QCOMPARE(currentPage(window), traces->listPage());
        // The profile's file opens on the profile, whole again.
        window.navigator()->navigate({EntityRef::Kind::Source, 2});
        QCOMPARE(currentPage(window), window.profilePanel());
        QTRY_VERIFY(!window.profilePanel()->isLoading());
        QCOMPARE(window.profilePanel()->loaded().profile->sampleCount(), size_t(100));
    }

    void saysWhenTheProfileIsMissing()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("no-profile.sqlite"));
        {
            eg::store::Cache cache(cachePath);
            eg::store::CacheWriter writer(cache,
                                          {QStringLiteral("/tmp/t.json"), QStringLiteral("t.json"),
                                           QStringLiteral("otlp-traces"), 1});
            writer.addSpan(span("00000000000000a1", "", "GET /", 0, 10));
            writer.commit(QStringLiteral("t"));
        }
        MainWindow window(cachePath);
        window.show();
        QSignalSpy messages(window.tracePages(), &TracePages::statusMessage);
        window.navigator()->navigate(
            EntityRef::trace(QStringLiteral("6d12df59fd034aec889a4b6d9cdf1b51")));
        Q_EMIT window.tracePages()->tracePage()->openProfileRequested(
            QString(), QStringLiteral("ffff"), QString(), kOrigin, kOrigin + kMs);
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Trace);
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().at(0).toString().startsWith(
            QStringLiteral("The profile of this span is not in the cache.")));
    }

private:
    QTemporaryDir m_dir;
};

int runTraceNavigationTests(int argc, char *argv[])
{
    TestTraceNavigation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tracenavigation.moc"
