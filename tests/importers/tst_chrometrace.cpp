// The chrome-trace importer fed with hand-made traces whose figures are known, re-read in
// tiny chunks, and given bad input that must fail cleanly with the cache unchanged.
#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"
#include "importers/common/inputstream.h"

#include "models/analysis/framestatistics.h"
#include "models/store/cache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;

namespace {

// Figures of every profile as text: name, kind, samples, total, and per-frame weights.
QString figures(const QByteArray &bytes, size_t chunk = 0, QString *error = nullptr)
{
    QTemporaryDir dir;
    store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    pipeline.setRawChunkSize(chunk);
    importers::ImportContext context;
    auto input = importers::InputStream::fromBytes(bytes, QStringLiteral("trace.json"));
    int64_t source = 0;
    try {
        source
            = pipeline.importStream(*input, QStringLiteral("trace.json"), cache, context).sourceId;
    } catch (const importers::ImportError &e) {
        if (error)
            *error = e.describe();
        if (!cache.profiles(0).empty())
            return QStringLiteral("cache changed");
        return QString();
    }
    QString out;
    for (const store::ProfileInfo &info : cache.profiles(source)) {
        const store::ProfileData profile = cache.loadProfile(info.id);
        out += QStringLiteral("%1 %2 samples=%3 total=%4\n")
                   .arg(info.name,
                        profile.kind == store::ProfileKind::Evented ? QStringLiteral("evented")
                                                                    : QStringLiteral("sampled"))
                   .arg(info.sampleCount)
                   .arg(info.totalWeight);
        const analysis::FrameStatistics statistics(profile);
        for (const analysis::FrameWeight &w : statistics.frames())
            out += QStringLiteral("  %1 self=%2 total=%3\n")
                       .arg(QString::fromStdString(profile.frames[size_t(w.frame)].name))
                       .arg(w.self)
                       .arg(w.total);
    }
    return out;
}

const QByteArray kNested
    = "[\n"
      "{\"name\":\"main\",\"ph\":\"X\",\"ts\":0,\"dur\":10,\"pid\":1,\"tid\":1},\n"
      "{\"name\":\"child\",\"ph\":\"X\",\"ts\":2,\"dur\":5,\"pid\":1,\"tid\":1,\"args\":{\"n\": "
      "1}},\n"
      "{\"name\":\"leaf\",\"ph\":\"X\",\"ts\":3,\"dur\":1,\"pid\":1,\"tid\":1}\n"
      "]";

const QByteArray kThreads
    = "{\"traceEvents\": [\n"
      "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":7,\"tid\":2,\"args\":{\"name\":\"worker\"}},"
      "\n"
      "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":7,\"tid\":0,\"args\":{\"name\":\"app\"}},\n"
      "{\"name\":\"a\",\"ph\":\"B\",\"ts\":100,\"pid\":7,\"tid\":2},\n"
      "{\"name\":\"b\",\"ph\":\"B\",\"ts\":100,\"pid\":7,\"tid\":1},\n"
      "{\"name\":\"C\",\"ph\":\"C\",\"ts\":101,\"pid\":7,\"tid\":1,\"args\":{\"v\":3}},\n"
      "{\"name\":\"b\",\"ph\":\"E\",\"ts\":103,\"pid\":7,\"tid\":1},\n"
      "{\"name\":\"a\",\"ph\":\"E\",\"ts\":104,\"pid\":7,\"tid\":2},\n"
      "{\"name\":\"s\",\"ph\":\"s\",\"ts\":101,\"pid\":7,\"tid\":2,\"id\":1}\n"
      "], \"metadata\": {\"x\": [1, {\"y\": \"}\"}]}}";

const QByteArray kSamples = "[\n"
                            "{\"name\":\"Profile\",\"ph\":\"P\",\"ts\":5,\"pid\":1,\"tid\":1,"
                            "\"id\":\"0x1\",\"args\":{\"data\":{\"startTime\":1000}}},\n"
                            "{\"name\":\"ProfileChunk\",\"ph\":\"P\",\"ts\":6,\"pid\":1,\"tid\":1,"
                            "\"id\":\"0x1\",\"args\":{\"data\":{\"cpuProfile\":{\n"
                            "  "
                            "\"nodes\":[{\"id\":1,\"callFrame\":{\"functionName\":\"(root)\","
                            "\"url\":\"\",\"lineNumber\":-1,\"columnNumber\":-1}},\n"
                            "           "
                            "{\"id\":2,\"parent\":1,\"callFrame\":{\"functionName\":\"f\",\"url\":"
                            "\"a.js\",\"lineNumber\":0,\"columnNumber\":0}}],\n"
                            "  \"samples\":[2,2]},\"timeDeltas\":[10,20]}}},\n"
                            "{\"name\":\"ProfileChunk\",\"ph\":\"P\",\"ts\":7,\"pid\":1,\"tid\":1,"
                            "\"id\":\"0x1\",\"args\":{\"data\":{\"cpuProfile\":{\n"
                            "  "
                            "\"nodes\":[{\"id\":3,\"parent\":2,\"callFrame\":{\"functionName\":"
                            "\"g\",\"url\":\"a.js\",\"lineNumber\":4,\"columnNumber\":2}}],\n"
                            "  \"samples\":[3,2]},\"timeDeltas\":[30,5]}}}\n"
                            "]";

} // namespace

// QCOMPARE cuts long strings short; figures are shown whole when they differ.
#define COMPARE_FIGURES(actual, expected)                                                          \
    do {                                                                                           \
        const QString actualText = (actual);                                                       \
        const QString expectedText = QString::fromUtf8(expected);                                  \
        if (actualText != expectedText)                                                            \
            qWarning("actual:\n%s\nexpected:\n%s", qPrintable(actualText),                         \
                     qPrintable(expectedText));                                                    \
        QCOMPARE(actualText, expectedText);                                                        \
    } while (false)

class TestChromeTrace : public QObject
{
    Q_OBJECT

private slots:
    void nestedComplete()
    {
        COMPARE_FIGURES(figures(kNested),
                        "pid 1, tid 1 evented samples=3 total=10\n"
                        "  main self=5 total=10\n"
                        "  child {\"n\":1} self=4 total=5\n"
                        "  leaf self=1 total=1\n");
    }

    void threadsAndNames()
    {
        COMPARE_FIGURES(figures(kThreads),
                        "app (pid 7, tid 1) evented samples=1 total=3\n"
                        "  b self=3 total=3\n"
                        "app (pid 7), worker (tid 2) evented samples=1 total=4\n"
                        "  a self=4 total=4\n");
    }

    void missingBracketAndTrailingComma()
    {
        QByteArray open = kNested;
        open.chop(2); // "\n]"
        QCOMPARE(figures(open), figures(kNested));
        QCOMPARE(figures(open + ",\n"), figures(kNested));
        // A last event cut short is dropped, as Chrome leaves it when stopped.
        QCOMPARE(figures(open + ",\n{\"name\":\"x\",\"ph\":\"X\",\"ts\""), figures(kNested));
    }

    void profileChunks()
    {
        // Samples f, f, g, f at 1010, 1030, 1060, 1065: f runs 50 (its last sample weighs
        // nothing), g 5 on top of it.
        COMPARE_FIGURES(figures(kSamples),
                        "trace.json sampled samples=4 total=55\n"
                        "  f self=50 total=55\n"
                        "  g self=5 total=5\n");
    }

    void tinyChunks()
    {
        for (const QByteArray &input : {kNested, kThreads, kSamples})
            QCOMPARE(figures(input, 3), figures(input));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated in first event")
            << QByteArray("[{\"name\":\"a\",\"ph\":\"X") << QStringLiteral("no events");
        QTest::newRow("garbage event")
            << QByteArray("[{\"ph\":\"X\",\"ts\":1,\"pid\":1,\"tid\":1 x}]")
            << QStringLiteral("malformed");
        QTest::newRow("not an object")
            << QByteArray("[{\"ph\":\"X\",\"ts\":1,\"pid\":1,\"tid\":1}, 5]")
            << QStringLiteral("expected a trace event");
        QTest::newRow("no traceEvents")
            << QByteArray("{\"traceEvents\": 5, \"x\": 1}") << QStringLiteral("no `traceEvents`");
        QTest::newRow("wrong type cpuProfile") << QByteArray(
            "[{\"name\":\"ProfileChunk\",\"ph\":\"P\",\"ts\":1,\"pid\":1,\"tid\":1,\"id\":\"1\","
            "\"args\":{\"data\":{\"cpuProfile\":{\"nodes\":5}}}}]")
                                               << QStringLiteral("expected an array in `nodes`");
        QByteArray deep = "[{\"ph\":\"X\",\"ts\":1,\"pid\":1,\"tid\":1,\"args\":";
        deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "}]";
        QTest::newRow("deeply nested") << deep << QStringLiteral("deeper");
    }

    void badInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QString error;
        QCOMPARE(figures(input, 0, &error), QString());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void realChromium()
    {
        QFile file(QStringLiteral(EG_TEST_DATA_DIR "/chromium-startup.trace.json"));
        if (!file.exists())
            QSKIP("no Chromium trace in tests/data");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString whole = figures(bytes);
        // Captured with V8's sampler on: the renderer's and the browser's CPU profiles
        // (Profile + ProfileChunk) and the X events of the browser's main thread.
        QVERIFY2(whole.count(QLatin1String(" sampled ")) == 2, qPrintable(whole.left(2000)));
        QVERIFY2(whole.contains(QLatin1String(
                     "Browser (pid 3101), CrBrowserMain (tid 3101) evented samples=652 ")),
                 qPrintable(whole.left(2000)));
        QCOMPARE(figures(bytes, 4093), whole);
    }
};

int runChromeTraceStreamTests(int argc, char *argv[]); // tst_chrometracestream.cpp

int runChromeGeckoImporterTests(int argc, char *argv[])
{
    TestChromeTrace chrome;
    return QTest::qExec(&chrome, argc, argv) + runChromeTraceStreamTests(argc, argv);
}

#include "tst_chrometrace.moc"
