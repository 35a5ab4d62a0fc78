// Sentry importers: the real SDK envelopes of ../shared/fixtures against the figures their
// READMEs list, hand-made edge cases of the envelope framing and of the sample formats,
// and bad input refused with a clear message and the cache left as it was.

#include "importharness.h"
#include "tests/support/testcompression.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"
#include "importers/common/inputstream.h"
#include "importers/sentry/sentryenvelopeimporter.h"
#include "importers/sentry/sentryenvelopereader.h"

#include "models/store/cache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace eg;
using importers::ImportError;

namespace {

QString fixturesDir()
{
    return QStringLiteral(EG_SHARED_DIR "/fixtures");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The figures a fixture README lists, per profile (one per thread): samples, distinct
// stacks sampled, distinct frames (name, file, line) sampled.
struct Figures
{
    QString name;
    QString thread;
    int64_t samples = 0;
    int64_t stacks = 0;
    int64_t frames = 0;
    double total = 0;
};

Figures figuresOf(const store::ProfileInfo &info, const store::ProfileData &profile)
{
    Figures f;
    f.name = info.name;
    f.thread = info.thread;
    f.samples = info.sampleCount;
    f.total = info.totalWeight;
    std::set<int32_t> stacks;
    std::set<std::tuple<std::string, std::string, int32_t>> frames;
    for (const int32_t stack : profile.sampleStack) {
        if (!stacks.insert(stack).second)
            continue;
        for (int32_t s = stack; s >= 0; s = profile.stacks[size_t(s)].parent) {
            const store::Frame &frame = profile.frames[size_t(profile.stacks[size_t(s)].frame)];
            frames.emplace(frame.name, frame.file, frame.line);
        }
    }
    f.stacks = int64_t(stacks.size());
    f.frames = int64_t(frames.size());
    return f;
}

QString describe(const std::vector<Figures> &figures)
{
    QStringList out;
    for (const Figures &f : figures)
        out << QStringLiteral("%1 [%2] samples=%3 stacks=%4 frames=%5 total=%6")
                   .arg(f.name, f.thread)
                   .arg(f.samples)
                   .arg(f.stacks)
                   .arg(f.frames)
                   .arg(QString::number(f.total, 'g', 15));
    return out.join(QLatin1Char('\n'));
}

// A cache in a temporary folder, and imports into it through the whole pipeline.
// The shared harness plus the figures this file compares.
class Harness : public eg::testing::ImportHarness
{
public:
    std::vector<Figures> figures(int64_t sourceId)
    {
        std::vector<Figures> out;
        for (const store::ProfileInfo &info : cache().profiles(sourceId))
            out.push_back(figuresOf(info, cache().loadProfile(info.id)));
        return out;
    }
};

std::vector<Figures> importFigures(const QByteArray &bytes, const QString &name,
                                   size_t chunkSize = 0, QString *format = nullptr)
{
    Harness harness;
    const importers::ImportResult result = harness.import(bytes, name, chunkSize);
    if (format)
        *format = result.format;
    return harness.figures(result.sourceId);
}

// The figures of the fixture READMEs (sentry-sdk/*/README.md, "Profile chunks" and
// "Transaction profiles" tables): file, samples, stacks, distinct frames (fn,file,line),
// thread. One profile per file: every fixture samples one thread, "0".
struct FixtureRow
{
    const char *path;
    int64_t samples;
    int64_t stacks;
    int64_t frames;
};

const FixtureRow kFixtureRows[] = {
    {"sentry-sdk/node-legacy-v10/0001_transaction+profile.envelope", 8, 5, 83},
    {"sentry-sdk/node-legacy-v10/0002_transaction+profile.envelope", 36, 10, 81},
    {"sentry-sdk/node-legacy-v10/0005_transaction+profile.envelope", 2, 2, 48},
    {"sentry-sdk/node-legacy-v10/0006_transaction+profile.envelope", 67, 31, 204},
    {"sentry-sdk/node-legacy-v10/0008_transaction+profile.envelope", 5, 2, 48},
    {"sentry-sdk/node-legacy-v10/0009_transaction+profile.envelope", 29, 9, 79},
    {"sentry-sdk/node-legacy-v10/0010_transaction+profile.envelope", 51, 21, 134},
    {"sentry-sdk/node-legacy-v10/0011_transaction+profile.envelope", 5, 2, 48},
    {"sentry-sdk/node-legacy-v10/0012_transaction+profile.envelope", 29, 13, 88},
    {"sentry-sdk/node-legacy-v10/0013_transaction+profile.envelope", 53, 25, 131},
    {"sentry-sdk/node-run1/0005_profile_chunk.envelope", 65, 26, 159},
    {"sentry-sdk/node-run1/0011_profile_chunk.envelope", 46, 19, 87},
    {"sentry-sdk/node-run1/0015_profile_chunk.envelope", 46, 19, 115},
    {"sentry-sdk/node-run3-stream/0002_profile_chunk.envelope", 88, 27, 124},
    {"sentry-sdk/node-run3-stream/0007_profile_chunk.envelope", 64, 22, 100},
    {"sentry-sdk/node-run3-stream/0010_profile_chunk.envelope", 63, 22, 102},
    {"sentry-sdk/node-run3-stream/0013_profile_chunk.envelope", 58, 18, 94},
    {"sentry-sdk/browser-run1/0003_profile_chunk.envelope", 106, 80, 69},
    {"sentry-sdk/browser-run1/0005_profile_chunk.envelope", 13, 21, 20},
    {"sentry-sdk/browser-run1/0007_profile_chunk.envelope", 48, 35, 31},
    {"sentry-sdk/browser-run1/0016_profile_chunk.envelope", 7, 20, 19},
    {"sentry-sdk/browser-run1/0018_profile_chunk.envelope", 98, 33, 29},
    {"sentry-sdk/browser-run1/0022_profile_chunk.envelope", 2, 33, 30},
};

// A v1 profile by hand: two threads with names, the second the transaction's active one,
// offsets as strings and numbers, in_app flags, module and package, an empty stack.
const QByteArray kProfileV1 = R"({"version":"1","platform":"node",
 "timestamp":"2025-03-03T14:26:31.281Z",
 "transactions":[{"id":"a","name":"GET /x","trace_id":"b","active_thread_id":"7"}],
 "profile":{
  "samples":[
   {"elapsed_since_start_ns":"1000","stack_id":0,"thread_id":"1"},
   {"elapsed_since_start_ns":2000,"stack_id":1,"thread_id":7},
   {"elapsed_since_start_ns":"3000","stack_id":1,"thread_id":"1"},
   {"elapsed_since_start_ns":"5000","stack_id":2,"thread_id":"7"},
   {"elapsed_since_start_ns":"4000","stack_id":0,"thread_id":"7"},
   {"elapsed_since_start_ns":"9000","stack_id":3,"thread_id":"1"}],
  "stacks":[[1,0],[2,1,0],[0],[]],
  "frames":[
   {"function":"main","abs_path":"/app/main.js","filename":"main.js","lineno":1,"colno":2,"in_app":true,"module":"app"},
   {"function":"work","filename":"lib.js","lineno":10,"in_app":false,"package":"lib"},
   {"filename":"/srv/app/anon.js","lineno":7,"colno":3,"in_app":null}],
  "thread_metadata":{"1":{"name":"worker","priority":31},"7":{"name":"main"}}}})";

// Weights: the time to the thread's next sample, the last one nothing (vroom).
const char *const kProfileV1Figures
    = "GET /x [main (thread 7)] samples=3 stacks=3 frames=3 total=3000\n"
      "GET /x [worker (thread 1)] samples=3 stacks=3 frames=3 total=8000";

const QByteArray kChunkA = R"({"version":"2","profiler_id":"p1","chunk_id":"c1","platform":"node",
 "profile":{"samples":[{"timestamp":1724777211.5,"stack_id":0,"thread_id":"0"},
                       {"timestamp":1724777211.51,"stack_id":1,"thread_id":"0"}],
            "stacks":[[0],[1,0]],
            "frames":[{"function":"main","filename":"a.js","lineno":1},{"function":"f","filename":"a.js","lineno":5}],
            "thread_metadata":{"0":{"name":"main"}}}})";
const QByteArray kChunkB = R"({"version":"2","profiler_id":"p1","chunk_id":"c2","platform":"node",
 "profile":{"samples":[{"timestamp":1724777211.53,"stack_id":0,"thread_id":"0"},
                       {"timestamp":1724777211.520001,"stack_id":1,"thread_id":"0"}],
            "stacks":[[1,0],[0,1]],
            "frames":[{"function":"g","filename":"b.js","lineno":2},{"function":"main","filename":"a.js","lineno":1}],
            "thread_metadata":{"0":{"name":"main"}}}})";

QByteArray envelope(const QList<QPair<QByteArray, QByteArray>> &items, bool withLength,
                    bool trailingNewline = true)
{
    QByteArray out
        = R"({"event_id":"9ec79c33ec9942ab8353589fcb2e04dc","sent_at":"2025-03-03T14:26:34.708Z","sdk":{"name":"sentry.javascript.node","version":"9.0.1"}})";
    out += '\n';
    for (const auto &[type, payload] : items) {
        // Plain literals: moc misreads a raw string that ends in a quote.
        out += "{\"type\":\"" + type + "\"";
        if (withLength)
            out += ",\"length\":" + QByteArray::number(payload.size());
        out += "}\n" + payload + '\n';
    }
    if (!trailingNewline)
        out.chop(1);
    return out;
}

QByteArray oneLine(QByteArray json)
{
    return json.replace('\n', ' ');
}

} // namespace

class TestSentry : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void fixturesGzipBodies();
    void joinedChunks();
    void exampleFiles();
    void vroomFiles();
    void profileV1();
    void chunkTimeline();
    void envelopeFraming_data();
    void envelopeFraming();
    void skippedItems();
    void noProfileItems();
    void probes();
    void badInputs_data();
    void badInputs();
    void truncatedProfile();
};

void TestSentry::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("samples");
    QTest::addColumn<qint64>("stacks");
    QTest::addColumn<qint64>("frames");
    for (const FixtureRow &row : kFixtureRows)
        QTest::newRow(row.path) << QString::fromLatin1(row.path) << qint64(row.samples)
                                << qint64(row.stacks) << qint64(row.frames);
}

void TestSentry::fixtures()
{
    QFETCH(QString, path);
    QFETCH(qint64, samples);
    QFETCH(qint64, stacks);
    QFETCH(qint64, frames);
    const QByteArray bytes = readFile(QDir(fixturesDir()).filePath(path));
    if (bytes.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the shared fixtures are not there: %1").arg(path)));

    QString format;
    const std::vector<Figures> figures = importFigures(bytes, path, 0, &format);
    QCOMPARE(format, QStringLiteral("sentry-envelope"));
    QCOMPARE(figures.size(), size_t(1));
    const Figures &f = figures.front();
    QCOMPARE(f.samples, samples);
    QVERIFY2(f.thread.endsWith(QLatin1String("(thread 0)"))
                 || f.thread == QLatin1String("thread 0"),
             qPrintable(f.thread));
    QCOMPARE(f.frames, frames);
    // The README counts the file's stack table. Browser chunks list stacks no sample uses,
    // and Node tables repeat a stack whose frames differ only by their index in a frame
    // table that lists one frame twice: we intern both away, so ours may only be fewer.
    QVERIFY2(f.stacks <= stacks, qPrintable(describe(figures)));
    if (path.contains(QLatin1String("node-")))
        QVERIFY2(f.stacks >= stacks - 2, qPrintable(describe(figures)));

    // The same bytes a few at a time give the same figures.
    const std::vector<Figures> tiny = importFigures(bytes, path, 3);
    QCOMPARE(describe(tiny), describe(figures));
}

void TestSentry::fixturesGzipBodies()
{
    // The bodies as the Node transport sent them (Content-Encoding: gzip).
    const QDir dir(fixturesDir() + QStringLiteral("/sentry-sdk/node-legacy-v10"));
    if (!dir.exists())
        QSKIP("the shared fixtures are not there");
    const QString gz = dir.filePath(QStringLiteral("0006_transaction+profile.body.gzip"));
    const std::vector<Figures> figures = importFigures(readFile(gz), gz);
    QCOMPARE(figures.size(), size_t(1));
    QCOMPARE(figures.front().samples, int64_t(67));
}

void TestSentry::joinedChunks()
{
    // The three chunks of node-run1 (one profiler_id) in one envelope: one timeline.
    const QDir dir(fixturesDir() + QStringLiteral("/sentry-sdk/node-run1"));
    if (!dir.exists())
        QSKIP("the shared fixtures are not there");
    QByteArray joined;
    for (const char *name : {"0005_profile_chunk.envelope", "0015_profile_chunk.envelope",
                             "0011_profile_chunk.envelope"}) {
        const QByteArray bytes = readFile(dir.filePath(QLatin1String(name)));
        // Keep the first envelope header; every file holds one header line and one item.
        joined += joined.isEmpty() ? bytes : bytes.mid(bytes.indexOf('\n') + 1);
        if (!joined.endsWith('\n'))
            joined += '\n';
    }
    const std::vector<Figures> figures = importFigures(joined, QStringLiteral("joined.envelope"));
    QCOMPARE(figures.size(), size_t(1));
    QCOMPARE(figures.front().samples, int64_t(65 + 46 + 46));
    QVERIFY(figures.front().name.contains(QLatin1String("363291159e3345e799d6c2d9e0981930")));

    Harness harness;
    const auto result = harness.import(joined, QStringLiteral("joined.envelope"));
    const store::ProfileData profile = harness.profiles(result.sourceId).front();
    QVERIFY(std::is_sorted(profile.sampleTime.begin(), profile.sampleTime.end()));
    QCOMPARE(profile.sampleTime.front(), 0.0);
    // One timeline: the total spans the three chunks, gaps between them included.
    QCOMPARE(profile.endValue - profile.startValue, figures.front().total);
    QVERIFY(figures.front().total > 1.4e9);
}

void TestSentry::exampleFiles()
{
    const QDir dir(fixturesDir() + QStringLiteral("/sentry-examples"));
    if (!dir.exists())
        QSKIP("the shared fixtures are not there");
    struct Row
    {
        const char *path;
        const char *format;
        int64_t samples; // over all profiles
        size_t profiles;
    };
    const Row rows[] = {
        {"profiles/transaction_plus_profile_v1_browser_js.envelope", "sentry-envelope", 368, 1},
        {"profiles/stored_profile_v1_node_vroom.json", "sentry-profile", 44, 1},
        // Declared lengths 28 bytes too long: read to the newline instead.
        {"profiles/profile_chunk_1_cocoa_handmade.envelope", "sentry-envelope", 7, 1},
        {"profiles/profile_chunk_2_cocoa_handmade.envelope", "sentry-envelope", -1, 1},
        {"api-responses/profile-chunk.json", "sentry-profile-chunk", 8, 0},
        {"api-responses/transaction-profile-v1.json", "sentry-profile", 3, 0},
    };
    for (const Row &row : rows) {
        QString format;
        const std::vector<Figures> figures = importFigures(
            readFile(dir.filePath(QLatin1String(row.path))), QLatin1String(row.path), 0, &format);
        QCOMPARE(format, QLatin1String(row.format));
        int64_t samples = 0;
        for (const Figures &f : figures)
            samples += f.samples;
        if (row.samples >= 0)
            QCOMPARE(samples, row.samples);
        if (row.profiles > 0)
            QCOMPARE(figures.size(), row.profiles);
    }
    // The two hand-made cocoa chunks share a profiler_id: one timeline in one envelope.
    QByteArray both = readFile(
        dir.filePath(QStringLiteral("profiles/profile_chunk_1_cocoa_handmade.envelope")));
    const QByteArray second = readFile(
        dir.filePath(QStringLiteral("profiles/profile_chunk_2_cocoa_handmade.envelope")));
    both += second.mid(second.indexOf('\n') + 1);
    const std::vector<Figures> joined = importFigures(both, QStringLiteral("both.envelope"));
    QCOMPARE(joined.size(), size_t(1));
    QVERIFY(joined.front().thread.contains(QLatin1String("259")));

    // An envelope with a transaction and no profile holds spans (tst_sentrytraces.cpp);
    // one of nothing but an error event holds that error (tst_sentryerrors.cpp).
    Harness harness;
    const auto spans = harness.import(
        readFile(dir.filePath(QStringLiteral("envelopes/transaction_java_spring.envelope"))),
        QStringLiteral("t.envelope"));
    QCOMPARE(spans.profileCount, 0);
    QCOMPARE(spans.spanCount, int64_t(3));
    const QString error = harness.importError(
        readFile(dir.filePath(QStringLiteral("envelopes/error_php.envelope"))),
        QStringLiteral("e.envelope"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSentry::vroomFiles()
{
    const QDir dir(QStringLiteral(EG_SHARED_DIR "/acceptance/sentry/vroom"));
    if (!dir.exists())
        QSKIP("the acceptance corpus is not there");
    QString format;
    std::vector<Figures> node = importFigures(readFile(dir.filePath(QStringLiteral("node.json"))),
                                              QStringLiteral("node.json"), 0, &format);
    QCOMPARE(format, QStringLiteral("sentry-profile"));
    QCOMPARE(node.size(), size_t(1));
    QCOMPARE(node.front().samples, int64_t(44));
    QCOMPARE(node.front().thread, QStringLiteral("main (thread 0)"));
    // vroom: the profile spans first to last sample.
    QCOMPARE(node.front().total, double(484554000 - 55000));

    std::vector<Figures> cocoa = importFigures(readFile(dir.filePath(QStringLiteral("cocoa.json"))),
                                               QStringLiteral("cocoa.json"), 0, &format);
    QCOMPARE(format, QStringLiteral("sentry-profile"));
    QCOMPARE(cocoa.size(), size_t(11));
    int64_t samples = 0;
    for (const Figures &f : cocoa)
        samples += f.samples;
    QCOMPARE(samples, int64_t(425));
    QVERIFY2(cocoa.front().thread.contains(QLatin1String("thread 259")),
             qPrintable(cocoa.front().thread));
}

void TestSentry::profileV1()
{
    Harness harness;
    const auto result = harness.import(kProfileV1, QStringLiteral("p.json"));
    QCOMPARE(result.format, QStringLiteral("sentry-profile"));
    QCOMPARE(describe(harness.figures(result.sourceId)), QLatin1String(kProfileV1Figures));

    const std::vector<store::ProfileData> profiles = harness.profiles(result.sourceId);
    // Thread 7 sorted by time: 2000 (stack 1), 4000 (stack 0), 5000 (stack 2).
    const store::ProfileData &main = profiles[0];
    QCOMPARE(main.sampleTime, (std::vector<double> {2000, 4000, 5000}));
    QCOMPARE(main.sampleWeight, (std::vector<double> {2000, 1000, 0}));
    QCOMPARE(main.startValue, 2000.0);
    QCOMPARE(main.endValue, 5000.0);
    QCOMPARE(main.unit, store::WeightUnit::Nanoseconds);
    std::map<std::string, store::Frame> frames;
    for (const store::Frame &f : main.frames)
        frames[f.name] = f;
    QCOMPARE(frames.size(), size_t(3));
    QCOMPARE(int(frames["main"].inApp), 1);
    QCOMPARE(frames["main"].module, std::string("app"));
    QCOMPARE(frames["main"].file, std::string("main.js")); // filename before abs_path
    QCOMPARE(frames["main"].column, 2);
    QCOMPARE(int(frames["work"].inApp), 0);
    QCOMPARE(frames["work"].module, std::string("lib"));
    QCOMPARE(int(frames["(anonymous anon.js:7)"].inApp), -1);
    // Stacks are innermost first: the sample at 2000 is main > work > anon.
    const store::StackNode leaf = main.stacks[size_t(main.sampleStack[0])];
    QCOMPARE(main.frames[size_t(leaf.frame)].name, std::string("(anonymous anon.js:7)"));
    // The empty stack of thread 1 is idle time.
    QCOMPARE(profiles[1].sampleStack.back(), -1);

    // Tiny reads give the same figures.
    QCOMPARE(describe(importFigures(kProfileV1, QStringLiteral("p.json"), 3)),
             QLatin1String(kProfileV1Figures));
}

void TestSentry::chunkTimeline()
{
    // A single chunk file.
    QString format;
    std::vector<Figures> one = importFigures(kChunkA, QStringLiteral("c.json"), 0, &format);
    QCOMPARE(format, QStringLiteral("sentry-profile-chunk"));
    QCOMPARE(describe(one),
             QStringLiteral("continuous profile p1 [main (thread 0)] samples=2 "
                            "stacks=2 frames=2 total=10000000"));

    // Two chunks of p1, the later one first and its samples out of order, and exact
    // microseconds from float seconds (1724777211.520001 would lose them in a double).
    const QByteArray both = envelope(
        {{"profile_chunk", oneLine(kChunkB)}, {"profile_chunk", oneLine(kChunkA)}}, false);
    Harness harness;
    const auto result = harness.import(both, QStringLiteral("both.envelope"));
    const std::vector<store::ProfileData> profiles = harness.profiles(result.sourceId);
    QCOMPARE(profiles.size(), size_t(1));
    QCOMPARE(profiles[0].sampleTime, (std::vector<double> {0, 10000000, 20001000, 30000000}));
    QCOMPARE(profiles[0].sampleWeight, (std::vector<double> {10000000, 10001000, 9999000, 0}));
    // Frames are shared across chunks: main, f, g.
    QCOMPARE(profiles[0].frames.size(), size_t(3));
}

void TestSentry::envelopeFraming_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray pretty = kProfileV1; // holds newlines: needs `length`
    const QByteArray line = oneLine(kProfileV1);
    QTest::newRow("length, embedded newlines") << envelope({{"profile", pretty}}, true);
    QTest::newRow("length, no trailing newline") << envelope({{"profile", pretty}}, true, false);
    QTest::newRow("no length") << envelope({{"profile", line}}, false);
    QTest::newRow("no length, no trailing newline") << envelope({{"profile", line}}, false, false);
    QTest::newRow("gzip payload") << envelope(
        {{"profile", eg::testing::TestCompression::gzip(pretty)}}, true);
    QTest::newRow("other items around") << envelope({{"transaction", R"({"type":"transaction"})"},
                                                     {"attachment", QByteArray("bin\n\0\xff\n", 7)},
                                                     {"profile", pretty},
                                                     {"client_report", "{}"}},
                                                    true);
    QByteArray blank = envelope({{"event", "{}"}, {"profile", line}}, false);
    blank.replace("}\n{\"type\":\"profile\"", "}\n\n\r\n{\"type\":\"profile\"");
    QTest::newRow("blank lines between items") << blank;
    QByteArray crlf = envelope({{"profile", line}}, false);
    crlf.replace("}\n", "}\r\n");
    QTest::newRow("CRLF") << crlf;
    QByteArray tooLong = envelope({{"profile", line}}, true);
    const QByteArray declared = QByteArray(R"("length":)") + QByteArray::number(line.size());
    const QByteArray wrong = QByteArray(R"("length":)") + QByteArray::number(line.size() + 28);
    tooLong.replace(declared, wrong);
    QTest::newRow("length too long") << tooLong;
}

void TestSentry::envelopeFraming()
{
    QFETCH(QByteArray, bytes);
    QString format;
    QCOMPARE(describe(importFigures(bytes, QStringLiteral("e.envelope"), 0, &format)),
             QLatin1String(kProfileV1Figures));
    QCOMPARE(format, QStringLiteral("sentry-envelope"));
    QCOMPARE(describe(importFigures(bytes, QStringLiteral("e.envelope"), 3)),
             QLatin1String(kProfileV1Figures));
}

void TestSentry::skippedItems()
{
    const QByteArray bytes = envelope({{"event", "{}"},
                                       {"replay_recording", QByteArray("{\"segment_id\":0}\nx\ny")},
                                       {"log", R"({"items":[]})"},
                                       {"log", R"({"items":[]})"},
                                       {"profile", kProfileV1}},
                                      true);
    importers::ImportContext context;
    const auto contents = importers::SentryEnvelopeImporter::read(
        std::string_view(bytes.constData(), size_t(bytes.size())), "e", context);
    QCOMPARE(contents.profiles.size(), size_t(2));
    QCOMPARE(contents.profileItems, int64_t(1));
    // An empty event is read (and is an error: the level defaults to error); empty log
    // containers hold no logs.
    const std::map<std::string, int64_t> expected = {{"replay_recording", 1}};
    QVERIFY(contents.skippedItems == expected);
    QCOMPARE(contents.eventItems, int64_t(1));
    QCOMPARE(contents.logItems, int64_t(2));
    QCOMPARE(contents.logs.size(), size_t(0));

    // The framing alone, for later importers: payloads come out byte for byte.
    importers::SentryEnvelopeReader reader(
        std::string_view(bytes.constData(), size_t(bytes.size())));
    importers::SentryEnvelopeReader::Item item;
    QVERIFY(reader.next(&item));
    QVERIFY(reader.next(&item));
    QCOMPARE(item.type, std::string("replay_recording"));
    QCOMPARE(item.payload, std::string_view("{\"segment_id\":0}\nx\ny"));
    QCOMPARE(reader.eventId(), std::string("9ec79c33ec9942ab8353589fcb2e04dc"));
}

void TestSentry::noProfileItems()
{
    Harness harness;
    const QString error = harness.importError(envelope({{"replay_event", "{}"}}, false),
                                              QStringLiteral("e.envelope"));
    QVERIFY2(error.contains(QLatin1String("holds nothing Emberglass can show: only 1 "
                                          "replay_event item, which it does not read yet")),
             qPrintable(error));
    // An envelope of only a header: still an envelope, still nothing to show.
    QVERIFY(harness
                .importError(R"({"event_id":"x","sent_at":"y"})", QStringLiteral("e.envelope"),
                             QStringLiteral("sentry-envelope"))
                .contains(QLatin1String("holds nothing")));
}

void TestSentry::probes()
{
    const auto &registry = importers::ImporterRegistry::instance();
    const auto sniff = [&](const QByteArray &bytes) {
        const importers::Importer *importer
            = registry.sniff(std::string_view(bytes.constData(), size_t(bytes.size())));
        return importer ? importer->format().id : QString();
    };
    QCOMPARE(sniff(envelope({{"profile", oneLine(kProfileV1)}}, false)),
             QStringLiteral("sentry-envelope"));
    QCOMPARE(sniff(R"({"dsn":"https://k@o.ingest.sentry.io/1"})"
                   "\n{\"type\":\"event\",\"length\":2}\n{}\n"),
             QStringLiteral("sentry-envelope"));
    QCOMPARE(sniff(kProfileV1), QStringLiteral("sentry-profile"));
    QCOMPARE(sniff(kChunkA), QStringLiteral("sentry-profile-chunk"));
    // Not ours: a JSON lines log (jsonl-logs takes it), a cpuprofile, a pretty-printed object.
    QCOMPARE(sniff("{\"time\":1,\"msg\":\"a\"}\n{\"time\":2,\"msg\":\"b\"}\n"),
             QStringLiteral("jsonl-logs"));
    QVERIFY(sniff(R"({"nodes":[{"id":1,"callFrame":{}}],"samples":[1]})")
            != QStringLiteral("sentry-profile"));
    // A single event is `sentry-event`'s (tst_sentrytraceinputs.cpp).
    QCOMPARE(sniff("{\n  \"event_id\": \"x\",\n  \"type\": \"error\"\n}\n"),
             QStringLiteral("sentry-event"));
}

void TestSentry::badInputs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray line = oneLine(kProfileV1);
    const QString v1 = QStringLiteral("sentry-profile");
    const QString env = QStringLiteral("sentry-envelope");
    const QString chunk = QStringLiteral("sentry-profile-chunk");

    QByteArray cut = envelope({{"profile", kProfileV1}}, true);
    cut.chop(40);
    QTest::newRow("truncated envelope") << env << cut << QStringLiteral("item 1 (`profile`)");
    QTest::newRow("garbage") << QString() << QByteArray("\x01\x02garbage\xff", 10)
                             << QStringLiteral("not a format Emberglass reads");
    QTest::newRow("garbage as envelope")
        << env << QByteArray("garbage\n{\"type\":1}\n") << QStringLiteral("envelope header");
    QTest::newRow("item header not JSON") << env << QByteArray("{\"event_id\":\"x\"}\nnot json\n")
                                          << QStringLiteral("an item header");
    QTest::newRow("length not a number")
        << env << QByteArray("{}\n{\"type\":\"profile\",\"length\":\"12\"}\n{}\n")
        << QStringLiteral("`length`");
    QTest::newRow("type not a string")
        << env << QByteArray("{}\n{\"type\":3}\n{}\n") << QStringLiteral("`type`");
    QTest::newRow("stack_id a string")
        << v1 << QByteArray(line).replace("\"stack_id\":0", "\"stack_id\":\"0\"")
        << QStringLiteral("`stack_id`");
    QTest::newRow("elapsed not a number")
        << v1
        << QByteArray(line).replace("\"elapsed_since_start_ns\":\"1000\"",
                                    "\"elapsed_since_start_ns\":\"abc\"")
        << QStringLiteral("`elapsed_since_start_ns`");
    QTest::newRow("in_app a string")
        << v1 << QByteArray(line).replace("\"in_app\":true", "\"in_app\":\"yes\"")
        << QStringLiteral("`in_app`");
    QTest::newRow("frames not an array")
        << v1 << QByteArray(line).replace("\"frames\":[", "\"frames\":7,\"x\":[")
        << QStringLiteral("expected an array in `profile.frames`");
    QTest::newRow("dangling stack")
        << v1 << QByteArray(line).replace("\"stack_id\":2", "\"stack_id\":9")
        << QStringLiteral("names stack 9");
    QTest::newRow("dangling frame")
        << v1 << QByteArray(line).replace("[[1,0]", "[[1,5]") << QStringLiteral("names frame 5");
    QTest::newRow("no samples")
        << v1 << QByteArray(R"({"version":"1","profile":{"samples":[],"stacks":[],"frames":[]}})")
        << QStringLiteral("no samples");
    QTest::newRow("no profile") << v1 << QByteArray(R"({"version":"1"})")
                                << QStringLiteral("missing `profile`");
    QTest::newRow("android trace")
        << v1 << QByteArray(R"({"platform":"android","sampled_profile":"AAAA","profile":{}})")
        << QStringLiteral("Android");
    QTest::newRow("chunk timestamp a string")
        << chunk << QByteArray(kChunkA).replace("1724777211.5,", "\"x\",")
        << QStringLiteral("`timestamp`");
    QTest::newRow("deep nesting") << v1 << QByteArray(5000, '[') << QStringLiteral("JSON");
}

void TestSentry::badInputs()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    Harness harness;
    const auto earlier = harness.import(kProfileV1, QStringLiteral("earlier.json"));
    const QString before = describe(harness.figures(earlier.sourceId));
    const size_t sources = harness.cache().sources().size();
    const size_t profiles = harness.cache().profiles().size();

    for (const size_t chunkSize : {size_t(0), size_t(3)}) {
        const QString error = harness.importError(bytes, QStringLiteral("bad"), format, chunkSize);
        QVERIFY2(!error.isEmpty(), "the import succeeded");
        QVERIFY2(error.contains(message), qPrintable(error));
    }
    QCOMPARE(harness.cache().sources().size(), sources);
    QCOMPARE(harness.cache().profiles().size(), profiles);
    QCOMPARE(describe(harness.figures(earlier.sourceId)), before);
}

void TestSentry::truncatedProfile()
{
    // Every strict prefix of a profile, and of an envelope cut inside its profile item,
    // is refused without a crash.
    Harness harness;
    const QByteArray env = envelope({{"profile", kProfileV1}}, true);
    const qsizetype start = env.indexOf("{\"version\"");
    for (qsizetype length = 1; length < kProfileV1.size(); length += 7) {
        QVERIFY(!harness
                     .importError(kProfileV1.left(length), QStringLiteral("cut"),
                                  QStringLiteral("sentry-profile"))
                     .isEmpty());
        QVERIFY(!harness
                     .importError(env.left(start + length), QStringLiteral("cut"),
                                  QStringLiteral("sentry-envelope"))
                     .isEmpty());
    }
    QVERIFY(harness.cache().sources().empty());
}

int runSentryImporterTests(int argc, char *argv[])
{
    TestSentry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sentry.moc"
