// How the chrome-trace importer holds a large trace: the packed event log gives every
// event back exactly, the streaming thread builder matches the plain sort-everything
// transcription on random threads (in time order and not), and streamed samples land in
// the cache as if the profile had been held whole. (A trace over the memory budget:
// tst_importlimits.cpp.)
#include "chrometracereference.h"

#include "importers/chrometrace/chrometraceeventlog.h"
#include "importers/chrometrace/chrometraceeventreader.h"
#include "importers/chrometrace/chrometraceimporter.h"
#include "importers/chrometrace/chrometracelogqueues.h"
#include "importers/chrometrace/chrometracethreadbuilder.h"
#include "importers/common/importcontext.h"
#include "importers/common/inputstream.h"
#include "importers/common/profilestreamer.h"

#include "models/store/cache.h"
#include "models/store/cachewriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace eg;
using importers::ChromeTraceEventLog;
using importers::TraceEventRecord;

namespace {

struct Event
{
    double ts;
    double dur;
    uint32_t key;
    TraceEventRecord::Phase phase;
};

// Keys share names ("a" with and without args) so that E events match by key or by name.
const std::vector<std::string> kKeys {"a", "a {\"x\":1}", "b", "c", "(unnamed)"};
const std::vector<uint32_t> kNameOfKey {0, 0, 1, 2, 3};

// A random thread with many ties: few times, zero-length frames, unmatched E events.
std::vector<Event> randomThread(std::mt19937 &random, bool timeOrdered)
{
    std::uniform_int_distribution<int> count(1, 120);
    std::uniform_int_distribution<int> phase(0, 9);
    std::uniform_int_distribution<int> time(0, 30);
    std::uniform_int_distribution<int> length(0, 6);
    std::uniform_int_distribution<int> key(0, int(kKeys.size()) - 1);
    std::vector<Event> events(size_t(count(random)));
    for (Event &e : events) {
        const int p = phase(random);
        e.phase = p < 4 ? TraceEventRecord::Complete
            : p < 7     ? TraceEventRecord::Begin
                        : TraceEventRecord::End;
        e.ts = time(random) * (p == 9 ? 0.5 : 1.0);
        e.dur = e.phase == TraceEventRecord::Complete ? length(random) : 0;
        e.key = uint32_t(key(random));
    }
    if (timeOrdered) {
        std::stable_sort(events.begin(), events.end(),
                         [](const Event &a, const Event &b) { return a.ts < b.ts; });
    }
    return events;
}

ChromeTraceEventLog logOf(const std::vector<Event> &events)
{
    ChromeTraceEventLog log;
    for (const Event &e : events)
        log.append(e.ts, e.dur, e.key, e.phase);
    return log;
}

// A profile as text: frames, stacks, samples and figures.
QString describe(const store::ProfileData &p)
{
    QString out;
    for (const store::Frame &f : p.frames)
        out += QString::fromStdString(f.name) + QLatin1Char(';');
    out += QLatin1Char('\n');
    for (const store::StackNode &s : p.stacks)
        out += QStringLiteral("%1>%2 ").arg(s.parent).arg(s.frame);
    out += QLatin1Char('\n');
    for (size_t i = 0; i < p.sampleCount(); ++i)
        out += QStringLiteral("%1@%2+%3 ")
                   .arg(p.sampleStack[i])
                   .arg(p.sampleTime[i])
                   .arg(p.sampleWeight[i]);
    out += QStringLiteral("\nopened %1, %2..%3")
               .arg(p.reportedSampleCount)
               .arg(p.startValue)
               .arg(p.endValue);
    return out;
}

// Nested X events (each frame has two children), written in time order or children first,
// as Chrome writes complete events when they end; or as B/E pairs.
QByteArray nestedTrace(int roots, bool childrenFirst, bool beginEnd)
{
    QByteArray out = "[\n";
    uint32_t seed = 7;
    const auto frame = [&](auto &self, int depth, int64_t start, int64_t length, int tid) -> void {
        seed = seed * 1664525u + 1013904223u;
        const QByteArray name = "f" + QByteArray::number((seed >> 8) % 40);
        const QByteArray common = "{\"name\":\"" + name + "\",\"pid\":1,\"tid\":"
            + QByteArray::number(tid) + ",\"args\":{\"d\":" + QByteArray::number(depth) + "},";
        const QByteArray x = common + "\"ph\":\"X\",\"ts\":" + QByteArray::number(start)
            + ",\"dur\":" + QByteArray::number(length) + "},\n";
        if (beginEnd)
            out += common + "\"ph\":\"B\",\"ts\":" + QByteArray::number(start) + "},\n";
        else if (!childrenFirst)
            out += x;
        if (depth < 6) {
            const int64_t slot = length / 2;
            for (int c = 0; c < 2; ++c)
                self(self, depth + 1, start + c * slot + slot / 10, slot - slot / 5, tid);
        }
        if (beginEnd)
            out += common + "\"ph\":\"E\",\"ts\":" + QByteArray::number(start + length) + "},\n";
        else if (childrenFirst)
            out += x;
    };
    for (int r = 0; r < roots; ++r) {
        frame(frame, 0, int64_t(r) * 1000000, 900000, 1);
        if (r % 3 == 0)
            frame(frame, 0, int64_t(r) * 1000000, 500000, 2);
    }
    out += "{\"name\":\"end\",\"ph\":\"i\",\"ts\":0,\"pid\":1,\"tid\":1}]\n";
    return out;
}

// Every profile of the import, loaded back, as text.
QString importedWith(const QByteArray &trace, size_t flushAt, size_t batchBytes = 0)
{
    QTemporaryDir dir;
    store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
    auto input = importers::InputStream::fromBytes(trace, QStringLiteral("nested.json"));
    store::CacheWriter writer(cache,
                              {QStringLiteral("nested.json"), QStringLiteral("nested.json"),
                               QStringLiteral("chrome-trace"), trace.size()});
    importers::ChromeTraceImporter importer;
    importer.setFlushSamplesAt(flushAt);
    if (batchBytes)
        importer.setBatchBytes(batchBytes);
    importers::ImportContext context;
    importer.import(*input, writer, context);
    const int64_t source = writer.commit(input->contentHash()).sourceId;
    QString out;
    for (const store::ProfileInfo &info : cache.profiles(source)) {
        out += QStringLiteral("%1 samples=%2 total=%3 frames=%4\n")
                   .arg(info.name)
                   .arg(info.sampleCount)
                   .arg(info.totalWeight)
                   .arg(info.frameCount);
        out += describe(cache.loadProfile(info.id)) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestChromeTraceStream : public QObject
{
    Q_OBJECT

private slots:
    void logGivesEveryEventBack()
    {
        const double tiny = std::numeric_limits<double>::denorm_min();
        const std::vector<Event> events {
            {0, 5, 1, TraceEventRecord::Complete},
            {-0.0, 0, 2, TraceEventRecord::Begin},
            {1.5e15 + 0.125, 0.001, 3, TraceEventRecord::Complete},
            {1234.5678, 1e300, 0, TraceEventRecord::Complete},
            {0.1, 1.0 / 3.0, 4, TraceEventRecord::Complete},
            {-7, 0, 70000, TraceEventRecord::End},
            {1e300, 0, 1, TraceEventRecord::End},
            {tiny, tiny, 2, TraceEventRecord::Complete},
            {0.5, 2, 1, TraceEventRecord::Complete},
            {3, 4, 1, TraceEventRecord::Complete},
            {4, 0.25, 1, TraceEventRecord::Complete},
            {4e15, 4e15, 1, TraceEventRecord::Complete},
        };
        ChromeTraceEventLog log = logOf(events);
        QCOMPARE(log.size(), events.size());
        QCOMPARE(log.beginCount(), size_t(10));
        QVERIFY(!log.inTimeOrder());
        importers::ChromeTraceEventReader reader;
        reader.add(log.extents());
        TraceEventRecord record;
        for (size_t i = 0; i < events.size(); ++i) {
            QVERIFY(reader.next(record));
            QCOMPARE(record.seq(), uint32_t(i));
            QCOMPARE(record.phase(), events[i].phase);
            QCOMPARE(record.key, events[i].key);
            QCOMPARE(std::signbit(record.ts), std::signbit(events[i].ts));
            QCOMPARE(record.ts, events[i].ts);
            QCOMPARE(record.dur, events[i].dur);
        }
        QVERIFY(!reader.next(record));
        const std::vector<TraceEventRecord> records = log.takeRecords();
        QCOMPARE(records.size(), events.size());
        QCOMPARE(records[2].ts, events[2].ts);
        QVERIFY(log.empty());

        // Begins and ends are each in time order even though they interleave.
        QVERIFY(logOf({{0, 10, 0, TraceEventRecord::Complete},
                       {5, 0, 1, TraceEventRecord::Begin},
                       {3, 0, 1, TraceEventRecord::End},
                       {5, 0, 1, TraceEventRecord::End}})
                    .inTimeOrder());
    }

    void logSpansManyBlocks()
    {
        ChromeTraceEventLog log;
        for (uint32_t i = 0; i < 200000; ++i)
            log.append(double(i) * 3.0, double(i % 1000), i % 5000, TraceEventRecord::Complete);
        QVERIFY(log.inTimeOrder());
        QVERIFY(log.bytes() < 200000 * sizeof(TraceEventRecord) / 2);
        const std::vector<TraceEventRecord> records = log.takeRecords();
        QCOMPARE(records.size(), size_t(200000));
        QCOMPARE(records[199999].ts, 199999 * 3.0);
        QCOMPARE(records[199999].dur, 999.0);
        QCOMPARE(records[199999].key, uint32_t(199999 % 5000));
    }

    void matchesTheReferenceOnRandomThreads()
    {
        QTemporaryDir dir;
        store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
        store::CacheWriter writer(cache,
                                  {QStringLiteral("random"), QStringLiteral("random"),
                                   QStringLiteral("chrome-trace"), 0});
        std::mt19937 random(12345);
        for (int round = 0; round < 2000; ++round) {
            const bool timeOrdered = round % 2 == 0;
            const std::vector<Event> events = randomThread(random, timeOrdered);
            ChromeTraceEventLog log = logOf(events);
            if (timeOrdered)
                QVERIFY(log.inTimeOrder());
            std::vector<TraceEventRecord> records = logOf(events).takeRecords();
            store::ProfileData expected;
            testing::buildReferenceThread(records, kKeys, kNameOfKey, expected);

            store::ProfileData actual;
            importers::ProfileStreamer streamer(writer, actual, std::numeric_limits<size_t>::max());
            importers::ChromeTraceThreadBuilder::build(kKeys, kNameOfKey, log, actual, streamer);
            if (describe(actual) != describe(expected)) {
                QString input;
                for (const Event &e : events)
                    input += QStringLiteral("%1:%2+%3#%4 ")
                                 .arg(int(e.phase))
                                 .arg(e.ts)
                                 .arg(e.dur)
                                 .arg(e.key);
                qWarning("round %d, events %s", round, qPrintable(input));
            }
            QCOMPARE(describe(actual), describe(expected));
            QCOMPARE(actual.unit, expected.unit);
            QCOMPARE(actual.kind, expected.kind);
        }
    }

    void matchesTheReferenceWhenBuiltWhileRead()
    {
        // Threads in time order are built while the file is still being read: their log
        // grows piece by piece and each advance() may only take what is complete.
        QTemporaryDir dir;
        store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
        store::CacheWriter writer(cache,
                                  {QStringLiteral("random"), QStringLiteral("random"),
                                   QStringLiteral("chrome-trace"), 0});
        std::mt19937 random(777);
        for (int round = 0; round < 2000; ++round) {
            std::vector<Event> events = randomThread(random, true);
            std::vector<TraceEventRecord> records = logOf(events).takeRecords();
            store::ProfileData expected;
            testing::buildReferenceThread(records, kKeys, kNameOfKey, expected);

            store::ProfileData actual;
            importers::ProfileStreamer streamer(writer, actual, std::numeric_limits<size_t>::max());
            importers::ChromeTraceThreadBuilder builder(kKeys, kNameOfKey, actual, streamer);
            importers::ChromeTraceLogQueues queues;
            ChromeTraceEventLog log;
            ChromeTraceEventLog::Mark mark;
            std::uniform_int_distribution<size_t> piece(1, 8);
            for (size_t at = 0; at < events.size();) {
                for (size_t end = std::min(events.size(), at + piece(random)); at < end; ++at)
                    log.append(events[at].ts, events[at].dur, events[at].key, events[at].phase);
                QVERIFY(log.allInTimeOrder());
                queues.add(log.extentsSince(mark));
                queues.setWatermark(log.lastTime(), false);
                builder.advance(queues.begins(), queues.ends(), log.lastTime(), false);
            }
            queues.setWatermark(0, true);
            builder.advance(queues.begins(), queues.ends(), 0, true);
            builder.finish();
            QCOMPARE(describe(actual), describe(expected));
        }
    }

    void streamsLikeItHoldsWhole_data()
    {
        QTest::addColumn<bool>("childrenFirst");
        QTest::addColumn<bool>("beginEnd");
        QTest::newRow("time order") << false << false;
        QTest::newRow("children first") << true << false;
        QTest::newRow("begin and end") << false << true;
    }

    void streamsLikeItHoldsWhole()
    {
        QFETCH(bool, childrenFirst);
        QFETCH(bool, beginEnd);
        const QByteArray trace = nestedTrace(12, childrenFirst, beginEnd);
        const QString whole = importedWith(trace, std::numeric_limits<size_t>::max());
        QVERIFY(whole.contains(QLatin1String("pid 1, tid 1 samples=")));
        QVERIFY(whole.contains(QLatin1String("pid 1, tid 2 samples=")));
        for (size_t flushAt : {size_t(1), size_t(7), size_t(1000)})
            QCOMPARE(importedWith(trace, flushAt), whole);
        // Parsed a few events at a time, threads in time order are built while the rest is
        // read.
        QCOMPARE(importedWith(trace, 7, 512), whole);
    }

    void buildsAgainWhatTurnsOutOfOrder()
    {
        // Thread 1 is in time order for most of the file and is built meanwhile; then an
        // event earlier than the ones before it comes, and it is built again, sorted.
        QByteArray trace = nestedTrace(12, false, false);
        trace.chop(trace.size() - trace.lastIndexOf("{\"name\":\"end\""));
        trace += "{\"name\":\"late\",\"ph\":\"X\",\"ts\":5,\"dur\":2,\"pid\":1,\"tid\":1},\n"
                 "{\"name\":\"end\",\"ph\":\"i\",\"ts\":0,\"pid\":1,\"tid\":1}]\n";
        const QString whole = importedWith(trace, std::numeric_limits<size_t>::max());
        QVERIFY(whole.contains(QLatin1String("late;")));
        for (size_t flushAt : {size_t(1), size_t(1000)})
            QCOMPARE(importedWith(trace, flushAt, 512), whole);
    }
};

int runChromeTraceStreamTests(int argc, char *argv[])
{
    TestChromeTraceStream test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chrometracestream.moc"
