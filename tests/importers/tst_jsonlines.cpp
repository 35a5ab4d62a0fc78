// JSON-lines logs: the loggers people use, and the lines that go wrong in real log files.
#include "importharness.h"

#include "importers/jsonl/jsonlinesimporter.h"
#include "models/store/logreader.h"
#include "tests/support/testcompression.h"

#include <QTest>

using eg::importers::JsonLinesImporter;
using eg::store::LogFilter;
using eg::store::LogLevel;
using eg::store::LogReader;
using eg::store::LogRecord;
using eg::testing::ImportHarness;

namespace {

std::vector<eg::store::LogRow> allRows(ImportHarness &harness)
{
    return LogReader(harness.cache()).page(LogFilter(), 0, 1000);
}

const char *const kPino
    = "{\"level\":30,\"time\":1700000000123,\"pid\":1,\"name\":\"orders\",\"msg\":\"user signed "
      "in\",\"user\":{\"id\":42},\"trace_id\":\"6D12DF59FD034AEC889A4B6D9CDF1B51\"}\n"
      "{\"level\":50,\"time\":1700000001123,\"name\":\"orders\",\"msg\":\"payment declined\","
      "\"err\":{\"type\":\"Error\",\"stack\":\"Error: x\\n at y\"}}\n";

} // namespace

class TestJsonLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPino()
    {
        ImportHarness harness;
        const auto result = harness.import(kPino, QStringLiteral("app.log"));
        QCOMPARE(result.format, QStringLiteral("jsonl-logs"));
        const auto rows = allRows(harness);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].body, std::string("user signed in"));
        QCOMPARE(rows[0].timeNs.value_or(0), int64_t(1700000000123000000)); // milliseconds
        QCOMPARE(rows[0].level, LogLevel::Info); // pino's 30
        QCOMPARE(rows[0].levelText, std::string("30"));
        QCOMPARE(rows[0].service, std::string("orders"));
        QCOMPARE(rows[0].traceId, std::string("6d12df59fd034aec889a4b6d9cdf1b51"));
        QCOMPARE(rows[1].level, LogLevel::Error);
        LogReader reader(harness.cache());
        QCOMPARE(reader.attributes(rows[0].id), std::string("{\"pid\":1,\"user\":{\"id\":42}}"));
        // Nested values stay JSON; escapes survive.
        QCOMPARE(reader.attributes(rows[1].id),
                 std::string("{\"err\":{\"type\":\"Error\",\"stack\":\"Error: x\\n at y\"}}"));
        QVERIFY(result.warnings.isEmpty());
    }

    // A field only later lines have (a trace id once a request starts) is still found.
    void findsFieldsThatLaterLinesHave()
    {
        const QByteArray lines = "{\"time\":1700000000000,\"level\":\"info\",\"msg\":\"started\"}\n"
                                 "{\"time\":1700000000001,\"level\":\"info\",\"msg\":\"request\","
                                 "\"trace_id\":\"6d12df59fd034aec889a4b6d9cdf1b51\",\"span_id\":"
                                 "\"bfc9afbfa571d21a\"}\n";
        ImportHarness harness;
        harness.import(lines, QStringLiteral("later.jsonl"));
        const auto rows = allRows(harness);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].traceId, std::string());
        QCOMPARE(rows[1].traceId, std::string("6d12df59fd034aec889a4b6d9cdf1b51"));
        QCOMPARE(rows[1].spanId, std::string("bfc9afbfa571d21a"));
        QCOMPARE(LogReader(harness.cache()).attributes(rows[1].id), std::string("{}"));
    }

    void readsOtherLoggers()
    {
        // winston / ECS / zap / structlog spellings, times as text and as seconds.
        const QByteArray lines
            = "{\"@timestamp\":\"2024-03-01T10:00:00.250Z\",\"log.level\":\"WARNING\",\"message\":"
              "\"disk almost full\",\"service.name\":\"storage\"}\n"
              "{\"ts\":1709287200.5,\"level\":\"error\",\"msg\":\"write "
              "failed\",\"caller\":\"a.go:1\"}\n"
              "{\"timestamp\":\"2024-03-01 "
              "10:00:01,125\",\"severity\":\"CRITICAL\",\"event\":\"down\"}\n";
        ImportHarness harness;
        harness.import(lines, QStringLiteral("mixed.jsonl"), 0, QStringLiteral("jsonl-logs"));
        const auto rows = allRows(harness);
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].body, std::string("disk almost full"));
        QCOMPARE(rows[0].level, LogLevel::Warn);
        QCOMPARE(rows[0].service, std::string("storage"));
        QCOMPARE(rows[0].timeNs.value_or(0), int64_t(1709287200250000000));
        QCOMPARE(JsonLinesImporter::detectFields({"ts", "level", "msg", "caller"}).time,
                 std::string("ts"));
        int64_t ns = 0;
        QVERIFY(JsonLinesImporter::parseTime("1709287200.5", true, &ns));
        QCOMPARE(ns, int64_t(1709287200500000000));
        QVERIFY(JsonLinesImporter::parseTime("1709287200500000", true, &ns)); // µs
        QCOMPARE(ns, int64_t(1709287200500000000));
        QVERIFY(JsonLinesImporter::parseTime("2024-03-01 10:00:01,125", false, &ns));
        QCOMPARE(ns, int64_t(1709287201125000000));
        QVERIFY(!JsonLinesImporter::parseTime("yesterday", false, &ns));
    }

    // Nothing readable is lost: bad lines are kept or counted, with one warning per kind.
    void keepsWhatItCanOfBadLines()
    {
        QByteArray lines = kPino;
        lines += "Error: boom\n    at main (app.js:1:1)\n";
        lines += "{\"level\":\"chatty\",\"time\":\"not a time\",\"msg\":\"odd\"}\n";
        lines += "{\"level\":40,\"msg\":\"no time here\"}\n";
        lines += QByteArray("\x00\x01\x02\x03\x04\x05\x06\x07 binary\n", 16);
        lines += "{\"time\":1700000002000,\"msg\":\"caf\xe9 \xff\"}\n"; // Latin-1, not UTF-8
        lines += "{\"time\":1700000003000,\"msg\":\"" + QByteArray(1100 * 1024, 'x') + "\"}\n";
        lines += "{\"time\":1700000004000,\"msg\":\"truncated";
        ImportHarness harness;
        const auto result
            = harness.import(lines, QStringLiteral("bad.jsonl"), 0, QStringLiteral("jsonl-logs"));
        const auto rows = allRows(harness);
        QCOMPARE(rows.size(), size_t(9)); // everything but the binary line
        const QString warnings = result.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("3 lines are not JSON objects")),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("1 line of binary data was left out")));
        QVERIFY(warnings.contains(QStringLiteral("1 line held invalid UTF-8")));
        QVERIFY(warnings.contains(QStringLiteral("1 line was longer than 1 MB")));
        QVERIFY(warnings.contains(QStringLiteral("a time that could not be read")));
        QVERIFY(warnings.contains(QStringLiteral("no time;")));
        QVERIFY(warnings.contains(QStringLiteral("as info, and the level is kept")));

        LogFilter text;
        text.text = QStringLiteral("caf");
        const auto repaired = LogReader(harness.cache()).page(text, 0, 10);
        QCOMPARE(repaired.size(), size_t(1));
        QCOMPARE(repaired.front().body, std::string("caf\xef\xbf\xbd \xef\xbf\xbd"));
        text.text = QStringLiteral("boom");
        QCOMPARE(LogReader(harness.cache()).count(text), int64_t(1));
        for (const auto &row : rows)
            QVERIFY(row.body.size() <= JsonLinesImporter::kMaxLineBytes);
    }

    void readsCompressedAndChunkedInput()
    {
        ImportHarness plain;
        plain.import(kPino, QStringLiteral("a.jsonl"));
        for (const QByteArray &bytes : {eg::testing::TestCompression::gzip(kPino),
                                        eg::testing::TestCompression::zstd(kPino)}) {
            ImportHarness harness;
            harness.import(bytes, QStringLiteral("a.jsonl.gz"), 3);
            QCOMPARE(allRows(harness).size(), size_t(2));
            QCOMPARE(allRows(harness)[1].body, std::string("payment declined"));
        }
    }

    void probesOnlyLogs()
    {
        JsonLinesImporter importer;
        QVERIFY(importer.probe(kPino) >= 70);
        QCOMPARE(importer.probe("{\"traceEvents\":[]}\n{\"traceEvents\":[]}\n"), 0);
        QCOMPARE(importer.probe("not json at all\nstill not\n"), 0);
        QCOMPARE(importer.probe("[{\"time\":1,\"msg\":\"x\"}]\n"), 0);
        ImportHarness harness;
        QVERIFY(harness.importError("", QStringLiteral("empty.jsonl"), QStringLiteral("jsonl-logs"))
                    .contains(QStringLiteral("empty")));
    }
};

int runJsonLinesImporterTests(int argc, char *argv[])
{
    TestJsonLines test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_jsonlines.moc"
