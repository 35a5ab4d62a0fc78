// Inputs too large for the memory an import may use stop with an ImportError that names
// the file, says how large it is and what the limit is, and leave the cache as it was:
// importers that read a file whole refuse it up front (or once it decompresses past the
// limit), the chrome-trace importer once what it holds would pass the budget. The budget
// is made small here, so that no test needs a large file.
#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"

#include "models/store/cache.h"

#include "tests/support/testcompression.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;

namespace {

// A Sentry v1 profile of `samples` samples on two threads.
QByteArray sentryProfile(int samples)
{
    QByteArray out
        = R"json({"version":"1","platform":"node","event_id":"0123456789abcdef0123456789abcdef",)json"
          R"json("transactions":[{"name":"t","active_thread_id":"0"}],"profile":{"samples":[)json";
    for (int i = 0; i < samples; ++i) {
        out += (i ? "," : "") + QByteArray(R"json({"elapsed_since_start_ns":")json")
            + QByteArray::number(int64_t(i) * 10000000) + R"json(","stack_id":)json"
            + QByteArray::number(i % 3) + R"json(,"thread_id":")json" + QByteArray::number(i % 2)
            + "\"}";
    }
    out += R"json(],"stacks":[[0],[1,0],[2,1,0]],"frames":[{"function":"main"},{"function":"a"},)json"
           R"json({"function":"b"}],"thread_metadata":{"0":{"name":"main"}}}})json";
    return out;
}

// A V8 .cpuprofile of `samples` samples.
QByteArray cpuProfile(int samples)
{
    QByteArray out = R"json({"nodes":[{"id":1,"callFrame":{"functionName":"(root)","url":"",)json"
                     R"json("lineNumber":-1,"columnNumber":-1},"children":[2]},{"id":2,)json"
                     R"json("callFrame":{"functionName":"main","url":"a.js","lineNumber":0,)json"
                     R"json("columnNumber":0}}],"startTime":0,"endTime":)json"
        + QByteArray::number(samples * 100) + R"json(,"samples":[)json";
    for (int i = 0; i < samples; ++i)
        out += (i ? ",2" : "2");
    out += R"json(],"timeDeltas":[)json";
    for (int i = 0; i < samples; ++i)
        out += (i ? ",100" : "100");
    out += "]}";
    return out;
}

// A Chrome trace of nested X events.
QByteArray chromeTrace(int roots)
{
    QByteArray out = "[\n";
    for (int r = 0; r < roots; ++r) {
        for (int d = 0; d < 8; ++d) {
            out += R"json({"name":"f)json" + QByteArray::number((r * 7 + d) % 50)
                + R"json(","ph":"X","pid":1,"tid":1,"ts":)json" + QByteArray::number(r * 1000 + d)
                + R"json(,"dur":)json" + QByteArray::number(900 - d * 2) + "},\n";
        }
    }
    out += R"json({"name":"end","ph":"i","ts":0,"pid":1,"tid":1}])json";
    return out;
}

// A Zipkin v2 trace of `spans` spans under one root.
QByteArray zipkinTrace(int spans)
{
    QByteArray out = "[";
    for (int i = 0; i < spans; ++i) {
        out += (i ? "," : "")
            + QByteArray(R"json({"traceId":"0af7651916cd43dd8448eb211c80319c",)json")
            + R"json("id":")json" + QByteArray::number(0x1000000000000000LL + i, 16) + "\""
            + (i ? R"json(,"parentId":"1000000000000000")json" : "")
            + R"json(,"name":"get /orders","timestamp":)json"
            + QByteArray::number(1700000000000000LL + i) + R"json(,"duration":10,)json"
            + R"json("localEndpoint":{"serviceName":"shop"}})json";
    }
    out += "]";
    return out;
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void budgetFollowsTheMachine()
    {
        importers::ImportContext context;
        QVERIFY(context.memoryBudget() >= int64_t(1) << 30);
        QCOMPARE(context.memoryBudget(), importers::ImportContext::defaultMemoryBudget());
        context.setMemoryBudget(int64_t(30) << 20);
        QCOMPARE(context.wholeTextLimit(size_t(4) << 30, 3.0), size_t(10) << 20);
        QCOMPARE(context.wholeTextLimit(size_t(4) << 20, 3.0), size_t(4) << 20);
    }

    void refusesWhatItCannotHold_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("profiles"); // within a budget of 64 MB (traces: 0, spans > 0)
        QTest::addColumn<QString>("message");
        const QByteArray sentry = sentryProfile(20000);
        const QByteArray cpu = cpuProfile(100000);
        QTest::newRow("sentry profile, read whole")
            << sentry << QStringLiteral("big.profile.json") << 2
            << QStringLiteral("is *.* MB, more than the 410 KB that this format, which is read "
                              "in one piece, can take with the memory an import may use");
        QTest::newRow("cpuprofile, read whole")
            << cpu << QStringLiteral("big.cpuprofile") << 1
            << QStringLiteral("is %1 KB, more than the 342 KB that this format")
                   .arg((cpu.size() + 1023) / 1024);
        QTest::newRow("cpuprofile, gzip")
            << testing::TestCompression::gzip(cpu) << QStringLiteral("big.cpuprofile.gz") << 1
            << QStringLiteral("is larger than 342 KB once decompressed, more than this format");
        QTest::newRow("zipkin trace, read whole")
            << zipkinTrace(4000) << QStringLiteral("big.zipkin.json") << 0
            << QStringLiteral("is * KB, more than the 342 KB that this format, which is read "
                              "in one piece, can take with the memory an import may use");
        QTest::newRow("chrome trace, streamed")
            << chromeTrace(8000) << QStringLiteral("big.trace.json") << 1
            << QStringLiteral("is too large to import: the * duration events read so far would "
                              "need about * MB of memory, more than the 1 MB an import may use");
    }

    void refusesWhatItCannotHold()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, profiles);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        store::Cache cache(m_dir.filePath(name + QStringLiteral(".db")));
        importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());

        importers::ImportContext context;
        context.setMemoryBudget(1 << 20);
        try {
            pipeline.importFile(path, cache, context);
            QFAIL("an import over its memory budget must stop");
        } catch (const importers::ImportError &error) {
            QCOMPARE(error.fileName(), path);
            // `*` stands for any text.
            const QString pattern = QRegularExpression::escape(message).replace(
                QStringLiteral("\\*"), QStringLiteral(".*"));
            QVERIFY2(
                QRegularExpression(QLatin1Char('^') + pattern).match(error.describe()).hasMatch(),
                qPrintable(error.describe()));
        }
        QVERIFY(cache.sources().empty());
        QVERIFY(cache.profiles().empty());

        context.setMemoryBudget(int64_t(64) << 20);
        const importers::ImportResult result = pipeline.importFile(path, cache, context);
        QCOMPARE(result.profileCount, profiles);
        QVERIFY(result.profileCount + result.spanCount > 0);
    }

private:
    QTemporaryDir m_dir;
};

int runImportLimitTests(int argc, char *argv[])
{
    TestImportLimits test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_importlimits.moc"
