// The gecko importer fed with small Gecko profiles of each layout (raw tables with
// schemas, sub-processes as JSON text and in `processes`, the processed column format,
// the devtools export wrapper), re-read in tiny chunks, and given bad input that must
// fail cleanly with the cache unchanged.
#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"
#include "importers/common/inputstream.h"

#include "models/analysis/framestatistics.h"
#include "models/store/cache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eg;

namespace {

// Every profile as text: name, thread, samples, total, then each frame (name, place) with
// its self and total weight.
QString figures(const QByteArray &bytes, size_t chunk = 0, QString *error = nullptr)
{
    QTemporaryDir dir;
    store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    pipeline.setRawChunkSize(chunk);
    importers::ImportContext context;
    auto input = importers::InputStream::fromBytes(bytes, QStringLiteral("profile.json"));
    int64_t source = 0;
    try {
        source = pipeline.importStream(*input, QStringLiteral("profile.json"), cache, context)
                     .sourceId;
    } catch (const importers::ImportError &e) {
        if (error)
            *error = e.describe();
        return cache.sources().empty() ? QString() : QStringLiteral("cache changed");
    }
    QString out;
    for (const store::ProfileInfo &info : cache.profiles(source)) {
        const store::ProfileData profile = cache.loadProfile(info.id);
        out += QStringLiteral("%1 [%2] %3 samples=%4 total=%5\n")
                   .arg(info.name, QString::fromStdString(profile.thread),
                        QString::fromLatin1(store::weightUnitName(profile.unit)))
                   .arg(info.sampleCount)
                   .arg(info.totalWeight);
        const analysis::FrameStatistics statistics(profile);
        for (const analysis::FrameWeight &w : statistics.frames()) {
            const store::Frame &f = profile.frames[size_t(w.frame)];
            out += QStringLiteral("  %1 %2:%3:%4 self=%5 total=%6\n")
                       .arg(QString::fromStdString(f.name), QString::fromStdString(f.file))
                       .arg(f.line)
                       .arg(f.column)
                       .arg(w.self)
                       .arg(w.total);
        }
    }
    return out;
}

// A raw Gecko thread (version 3 to 26 layout): tables of rows described by a schema.
QByteArray rawThread(const char *name, int pid)
{
    return QByteArray(R"({"name":")") + name + R"(","pid":)" + QByteArray::number(pid)
        + R"(,"tid":)" + QByteArray::number(pid + 1)
        + ","
          "\"stringTable\":[\"main (http://x/app.js:1:4)\",\"work (http://x/app.js:9)\","
          "\"NativeLabel\"],"
        + R"("frameTable":{"schema":{"location":0,"implementation":1,"line":2},
                "data":[[0],[1,null,9],[2]]},
  "stackTable":{"schema":{"prefix":0,"frame":1},"data":[[null,0],[0,1],[1,2]]},
  "samples":{"schema":{"stack":0,"time":1,"responsiveness":2},
             "data":[[0,10,0],[1,12,0],[2,15,0],[null,16,0],[1,20,0]]},
  "markers":{"schema":{"name":0,"time":1},"data":[]}})";
}

const QByteArray kRaw = R"({"meta":{"version":13,"interval":1,"startTime":1000},"threads":[)"
    + rawThread("GeckoMain", 7) + "]}";

// Samples at 10, 12, 15, 16, 20: main, main>work, main>work>NativeLabel, none, main>work.
const QString kRawFigures = QStringLiteral("GeckoMain (pid 7, tid 8) [GeckoMain] milliseconds "
                                           "samples=5 total=10\n"
                                           "  main http://x/app.js:1:5 self=2 total=6\n"
                                           "  work http://x/app.js:9:0 self=3 total=4\n"
                                           "  NativeLabel :0:0 self=1 total=1\n");

} // namespace

class TestGecko : public QObject
{
    Q_OBJECT

private slots:
    void rawTables() { QCOMPARE(figures(kRaw), kRawFigures); }

    void subProcessesDepthFirst()
    {
        // Version 3 nests a sub-process as JSON text among the threads; later versions
        // list sub-processes in `processes`. Parent threads first, then each child.
        QByteArray child = R"({"meta":{"version":3},"threads":[)" + rawThread("Child", 30) + "]}";
        QByteArray quoted = child;
        quoted.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
        const QByteArray input = "{\"meta\":{\"version\":3},\"threads\":[\"" + quoted + "\","
            + rawThread("GeckoMain", 10) + R"(],"processes":[{"meta":{"version":3},"threads":[)"
            + rawThread("Content", 20) + "]}]}";
        const QString out = figures(input);
        const qsizetype main = out.indexOf(QLatin1String("GeckoMain (pid 10"));
        const qsizetype text = out.indexOf(QLatin1String("Child (pid 30"));
        const qsizetype listed = out.indexOf(QLatin1String("Content (pid 20"));
        QVERIFY2(main >= 0 && text > main && listed > main, qPrintable(out));
        QCOMPARE(out.count(QLatin1String("samples=5 total=10")), 3);
    }

    void processedFormat()
    {
        // The Firefox Profiler's own format: column tables, functions, shared strings.
        const QByteArray input
            = "{\"meta\":{\"version\":30,\"preprocessedProfileVersion\":50,"
              "\"interval\":1},\"shared\":{\"stringArray\":[\"main\",\"http://x/"
              "app.js\",\"work\"]},"
              "\"threads\":[{\"name\":\"GeckoMain\",\"pid\":\"7\",\"tid\":8,"
              "\"funcTable\":{\"name\":[0,2],\"fileName\":[1,1],\"lineNumber\":[1,9],"
              "\"columnNumber\":[5,null],\"length\":2},"
              "\"frameTable\":{\"func\":[0,1],\"line\":[null,null],\"length\":2},"
              "\"stackTable\":{\"prefix\":[null,0],\"frame\":[0,1],\"length\":2},"
              "\"samples\":{\"stack\":[0,1,1,null],\"timeDeltas\":[10,2,3,1],\"length\":4}}]}";
        QCOMPARE(figures(input),
                 QStringLiteral("GeckoMain (pid 7, tid 8) [GeckoMain] milliseconds "
                                "samples=4 total=6\n"
                                "  main http://x/app.js:1:5 self=2 total=6\n"
                                "  work http://x/app.js:9:0 self=4 total=4\n"));
    }

    void devtoolsExport()
    {
        // Firefox devtools' export: the profile after the markers, beyond what a sniff sees.
        QByteArray markers = "[";
        for (int i = 0; i < 4000; ++i)
            markers += QByteArray(i ? "," : "") + R"({"name":"Styles","start":1,"end":2})";
        markers += "]";
        const QByteArray input
            = R"({"label":"x","duration":20,"markers":)" + markers + R"(,"profile":)" + kRaw + "}";
        QCOMPARE(figures(input), kRawFigures);
    }

    void tinyChunks() { QCOMPARE(figures(kRaw, 3), kRawFigures); }

    void truncatedAtEveryLength()
    {
        for (qsizetype n = 0; n < kRaw.size(); n += 7) {
            QString error;
            QCOMPARE(figures(kRaw.left(n), 0, &error), QString());
            QVERIFY(!error.isEmpty());
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("no threads") << QByteArray(R"({"meta":{"version":5},"threads":5})")
                                    << QStringLiteral("no `threads` array");
        QTest::newRow("no version")
            << QByteArray(R"({"meta":{"interval":1},"threads":[]})") << QStringLiteral("version");
        QTest::newRow("thread not an object")
            << QByteArray(R"({"meta":{"version":5},"threads":[5]})")
            << QStringLiteral("not an object");
        QByteArray past = kRaw;
        past.replace("[[null,0],[0,1],[1,2]]", "[[null,0],[0,1],[1,7]]");
        QTest::newRow("frame past the table") << past << QStringLiteral("past the frame table");
        QByteArray cycle = kRaw;
        cycle.replace("[[null,0],[0,1],[1,2]]", "[[2,0],[0,1],[1,2]]");
        QTest::newRow("stack cycle") << cycle << QStringLiteral("cycle");
        QByteArray wrongType = kRaw;
        wrongType.replace(R"("samples":{)", R"("samples":5,"x":{)");
        QTest::newRow("samples not a table") << wrongType << QStringLiteral("`samples`");
        QByteArray deep = R"({"meta":{"version":5},"threads":[{"name":)";
        deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "}]}";
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
};

int runGeckoImporterTests(int argc, char *argv[])
{
    TestGecko gecko;
    return QTest::qExec(&gecko, argc, argv);
}

#include "tst_gecko.moc"
