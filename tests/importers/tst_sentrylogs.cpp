// Sentry structured logs: `log` items of real SDK envelopes (the figures their READMEs
// list), the standalone `{"items": [...]}` file (`sentry-logs`), typed attributes, and
// bad items that are left out with a warning while the rest of the envelope is imported.
#include "importharness.h"

#include "models/store/logreader.h"
#include "tests/support/testcompression.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using eg::store::LogFilter;
using eg::store::LogLevel;
using eg::store::LogReader;
using eg::store::LogRecord;
using eg::store::LogRow;
using eg::testing::ImportHarness;

namespace {

QString fixture(const QString &relative)
{
    return QStringLiteral(EG_SHARED_DIR "/fixtures/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::vector<LogRow> rowsOf(ImportHarness &harness)
{
    std::vector<LogRow> rows = LogReader(harness.cache()).page(LogFilter(), 0, 10000);
    std::sort(rows.begin(), rows.end(), [](const LogRow &a, const LogRow &b) {
        return a.sourceId != b.sourceId ? a.sourceId < b.sourceId : a.ordinal < b.ordinal;
    });
    return rows;
}

QJsonObject attributesOf(ImportHarness &harness, const LogRow &row)
{
    const std::string text = LogReader(harness.cache()).attributes(row.id);
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// "trace 3, debug 3, ..." in the six levels' order, levels without logs left out.
QString byLevel(ImportHarness &harness)
{
    const std::array<int64_t, 6> counts = LogReader(harness.cache()).countByLevel(LogFilter());
    QStringList parts;
    for (int level = 0; level < 6; ++level) {
        if (counts[size_t(level)] > 0)
            parts << QStringLiteral("%1 %2")
                         .arg(QLatin1String(eg::store::logLevelName(LogLevel(level))))
                         .arg(counts[size_t(level)]);
    }
    return parts.join(QStringLiteral(", "));
}

const char kHeader[] = "{\"sdk\":{\"name\":\"sentry.javascript.node\",\"version\":\"11.0.0\"}}\n";

QByteArray logItem(const QByteArray &logs)
{
    return "{\"type\":\"log\",\"content_type\":\"application/vnd.sentry.items.log+json\"}\n"
           "{\"items\":["
        + logs + "]}\n";
}

const char kGoodLog[] = "{\"timestamp\":1795547563.5,\"level\":\"warn\",\"body\":\"slow\","
                        "\"trace_id\":\"6D12DF59FD034AEC889A4B6D9CDF1B51\",\"span_id\":"
                        "\"881ba9ef470df73d\"}";

} // namespace

class TestSentryLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sdkFixtures_data();
    void sdkFixtures();
    void nodeRun1Records();
    void exampleFiles();
    void typedAttributes();
    void badItemsAreLeftOutWithAWarning();
    void refusesBadInput_data();
    void refusesBadInput();
    void sniffingTakesOnlyLogContainers();
};

void TestSentryLogs::sdkFixtures_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("levels");
    // The READMEs' "Logs" figures.
    const QString node = QStringLiteral("trace 3, debug 3, info 9, warn 6, error 1, fatal 1");
    QTest::newRow("node-run1") << QStringList {QStringLiteral("node-run1/0017_log.envelope")}
                               << node;
    QTest::newRow("node-legacy-v10")
        << QStringList {QStringLiteral("node-legacy-v10/0015_log.envelope")} << node;
    QTest::newRow("node-run3-stream")
        << QStringList {QStringLiteral("node-run3-stream/0015_log.envelope")}
        << QStringLiteral("trace 4, debug 4, info 12, warn 8, error 1, fatal 1");
    QTest::newRow("browser-run1") << QStringList {QStringLiteral("browser-run1/0008_log.envelope"),
                                                  QStringLiteral("browser-run1/0020_log.envelope")}
                                  << QStringLiteral("debug 1, info 3, warn 1, error 1");
}

void TestSentryLogs::sdkFixtures()
{
    QFETCH(QStringList, files);
    QFETCH(QString, levels);
    ImportHarness harness;
    for (const QString &file : files) {
        const QByteArray bytes = readFile(fixture(QStringLiteral("sentry-sdk/") + file));
        if (bytes.isEmpty())
            QSKIP(qPrintable(QStringLiteral("the shared fixtures are not there: %1").arg(file)));
        const auto result = harness.import(bytes, file);
        QCOMPARE(result.format, QStringLiteral("sentry-envelope"));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    }
    QCOMPARE(byLevel(harness), levels);
    // "with trace_id": every one of them.
    for (const LogRow &row : rowsOf(harness)) {
        QCOMPARE(row.traceId.size(), size_t(32));
        QVERIFY(row.timeNs.has_value());
        QVERIFY(row.service.rfind("sentry.javascript.", 0) == 0);
        if (files.front().startsWith(QLatin1String("browser"))) {
            QCOMPARE(attributesOf(harness, row)[QLatin1String("sentry.replay_id")].toString(),
                     QStringLiteral("bb9ac4d1f2b946dc82a497eada5b2b7c"));
        }
    }
}

void TestSentryLogs::nodeRun1Records()
{
    const QByteArray bytes
        = readFile(fixture(QStringLiteral("sentry-sdk/node-run1/0017_log.envelope")));
    if (bytes.isEmpty())
        QSKIP("the shared fixtures are not there: sentry-sdk/node-run1");
    ImportHarness harness;
    harness.import(bytes, QStringLiteral("0017_log.envelope"));
    const std::vector<LogRow> rows = rowsOf(harness);
    QCOMPARE(rows.size(), size_t(23));
    // README "Trace ids": logs per trace.
    std::map<std::string, int> perTrace;
    for (const LogRow &row : rows)
        ++perTrace[row.traceId];
    QCOMPARE(perTrace["6d12df59fd034aec889a4b6d9cdf1b51"], 9);
    QCOMPARE(perTrace["b7a0dd74608745a1a33835e653f758f9"], 7);
    QCOMPARE(perTrace["5fa543902387464687da7f3251d4e9a0"], 7);
    const LogRow &first = rows.front();
    QCOMPARE(first.body, std::string("iteration started"));
    QCOMPARE(first.level, LogLevel::Info);
    QCOMPARE(first.levelText, std::string("info"));
    QCOMPARE(first.timeNs.value_or(0), Q_INT64_C(1795547563656424800));
    QCOMPARE(first.service, std::string("sentry.javascript.node"));
    // The 11.x SDK sends the span in the older attribute.
    QCOMPARE(first.spanId, std::string("881ba9ef470df73d"));
    const QJsonObject attributes = attributesOf(harness, first);
    QCOMPARE(attributes[QLatin1String("workload.iteration")].toInteger(), Q_INT64_C(1));
    QCOMPARE(attributes[QLatin1String("workload.flag")], QJsonValue(false));
    QCOMPARE(attributes[QLatin1String("user.id")].toString(), QStringLiteral("user-1001"));
    QCOMPARE(attributes[QLatin1String("server.address")].toString(),
             QStringLiteral("sdkdata-host"));
    // Full-text search finds them.
    LogFilter filter;
    filter.text = QStringLiteral("iteration");
    QVERIFY(LogReader(harness.cache()).count(filter) >= 1);

    // Compressed, and read three raw bytes at a time: the same records.
    for (const QByteArray &packed :
         {eg::testing::TestCompression::gzip(bytes), eg::testing::TestCompression::zstd(bytes)}) {
        ImportHarness again;
        again.import(packed, QStringLiteral("0017_log.envelope.gz"), 3);
        const std::vector<LogRow> same = rowsOf(again);
        QCOMPARE(same.size(), rows.size());
        QCOMPARE(same.back().body, rows.back().body);
        QCOMPARE(LogReader(again.cache()).attributes(same.back().id),
                 LogReader(harness.cache()).attributes(rows.back().id));
    }
}

void TestSentryLogs::exampleFiles()
{
    const QByteArray nextjs = readFile(
        fixture(QStringLiteral("sentry-examples/logs/log_items_javascript_nextjs.envelope")));
    const QByteArray java
        = readFile(fixture(QStringLiteral("sentry-examples/logs/log_items_java.json")));
    if (nextjs.isEmpty() || java.isEmpty())
        QSKIP("the shared fixtures are not there: sentry-examples/logs");
    ImportHarness harness;
    QCOMPARE(harness.import(nextjs, QStringLiteral("nextjs.envelope")).format,
             QStringLiteral("sentry-envelope"));
    // SOURCES.md: 7 logs, all six levels, no span_id.
    QCOMPARE(byLevel(harness),
             QStringLiteral("trace 1, debug 1, info 1, warn 1, error 2, fatal 1"));
    for (const LogRow &row : rowsOf(harness)) {
        QCOMPARE(row.spanId, std::string());
        QCOMPARE(row.service, std::string("sentry.javascript.nextjs"));
    }

    ImportHarness standalone;
    const auto result = standalone.import(java, QStringLiteral("sentry_logs.json"));
    QCOMPARE(result.format, QStringLiteral("sentry-logs"));
    const std::vector<LogRow> rows = rowsOf(standalone);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].body, std::string("42e6bd2a-c45e-414d-8066-ed5196fbc686"));
    QCOMPARE(rows[0].timeNs.value_or(0), Q_INT64_C(1081621443000000000));
    QCOMPARE(rows[0].traceId, std::string("5c1f73d39486827b9e60ceb1fc23277a"));
    // The top-level span_id wins over the older attribute.
    QCOMPARE(rows[0].spanId, std::string("0a53026963414893"));
    QCOMPARE(rows[0].service, std::string("sentry.java.spring-boot.jakarta"));
    const QJsonObject attributes = attributesOf(standalone, rows[0]);
    QCOMPARE(attributes[QLatin1String("custom.array")].toArray(),
             (QJsonArray {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(attributes[QLatin1String("custom.integer")].toInteger(), Q_INT64_C(10));
    QCOMPARE(attributes[QLatin1String("custom.double")].toDouble(), 11.12);
    QCOMPARE(attributes[QLatin1String("custom.boolean")], QJsonValue(true));
}

void TestSentryLogs::typedAttributes()
{
    const QByteArray bytes = kHeader
        + logItem("{\"timestamp\":\"2026-11-24T19:12:43.5Z\",\"severity_number\":17,\"body\":"
                  "\"x\",\"trace_id\":\"6d12df59fd034aec889a4b6d9cdf1b51\",\"attributes\":{"
                  // unsigned 64-bit values arrive as strings; `type` may come first
                  "\"big\":{\"type\":\"integer\",\"value\":\"1544712660300000000\"},"
                  "\"ratio\":{\"value\":\"0.25\",\"type\":\"double\"},"
                  "\"plain\":7,"
                  "\"service.name\":{\"value\":\"checkout\",\"type\":\"string\"},"
                  "\"elapsed\":{\"value\":12.5,\"type\":\"double\",\"unit\":\"millisecond\"}}}");
    ImportHarness harness;
    harness.import(bytes, QStringLiteral("typed.envelope"));
    const std::vector<LogRow> rows = rowsOf(harness);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].level, LogLevel::Error); // severity 17, no level word
    QCOMPARE(rows[0].levelText, std::string("17"));
    QCOMPARE(rows[0].timeNs.value_or(0), Q_INT64_C(1795547563500000000));
    QCOMPARE(rows[0].service, std::string("checkout")); // service.name wins over the SDK
    QCOMPARE(LogReader(harness.cache()).attributes(rows[0].id),
             std::string("{\"big\":1544712660300000000,\"ratio\":0.25,\"plain\":7,"
                         "\"service.name\":\"checkout\",\"elapsed\":12.5}"));
}

void TestSentryLogs::badItemsAreLeftOutWithAWarning()
{
    // A good log item, a log item with a level of the wrong type, an item that is not
    // JSON at all, an event that is cut off, and another good log item.
    const QByteArray bytes = kHeader + logItem(kGoodLog)
        + logItem("{\"timestamp\":1795547563.6,\"level\":5,\"body\":\"bad\"}")
        + "{\"type\":\"log\"}\n\x01\x02garbage\xff\n"
        + "{\"type\":\"event\"}\n{\"event_id\":\"ab\",\n" + logItem(kGoodLog);
    ImportHarness harness;
    const auto result = harness.import(bytes, QStringLiteral("mixed.envelope"));
    QCOMPARE(rowsOf(harness).size(), size_t(2));
    QCOMPARE(result.warnings.size(), 3);
    const QString warnings = result.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("item 2 (`log`)"))
                 && warnings.contains(QLatin1String("`level`"))
                 && warnings.contains(QLatin1String("item 3 (`log`)"))
                 && warnings.contains(QLatin1String("item 4 (`event`)"))
                 && warnings.contains(QLatin1String("left out")),
             qPrintable(warnings));
    const LogRow row = rowsOf(harness).front();
    QCOMPARE(row.traceId, std::string("6d12df59fd034aec889a4b6d9cdf1b51"));
    QCOMPARE(row.spanId, std::string("881ba9ef470df73d"));
    QCOMPARE(row.level, LogLevel::Warn);
}

void TestSentryLogs::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");
    const QByteArray container = QByteArray("{\"items\":[") + kGoodLog + "]}";
    QTest::newRow("truncated file")
        << container.left(container.size() - 3) << QStringLiteral("sentry-logs") << QString();
    QTest::newRow("items not an array")
        << QByteArray("{\"items\":{}}") << QStringLiteral("sentry-logs")
        << QStringLiteral("an array of logs in `items`");
    QTest::newRow("no items") << QByteArray("{\"logs\":[]}") << QStringLiteral("sentry-logs")
                              << QStringLiteral("missing `items`");
    QTest::newRow("empty") << QByteArray("{\"items\":[]}") << QStringLiteral("sentry-logs")
                           << QStringLiteral("holds no logs");
    QTest::newRow("body of the wrong type in a file")
        << QByteArray("{\"items\":[{\"timestamp\":true,\"body\":\"x\"}]}")
        << QStringLiteral("sentry-logs") << QStringLiteral("`timestamp`");
    QTest::newRow("an envelope of bad log items only")
        << QByteArray(kHeader + logItem("{\"timestamp\":\"yesterday\"}"))
        << QStringLiteral("sentry-envelope") << QStringLiteral("item 1 (`log`)");
}

void TestSentryLogs::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, message);
    ImportHarness harness;
    const QString error = harness.importError(bytes, QStringLiteral("bad"), format);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(harness.cache().sources().empty());
    QCOMPARE(LogReader(harness.cache()).count(LogFilter()), Q_INT64_C(0));
}

void TestSentryLogs::sniffingTakesOnlyLogContainers()
{
    const auto sniffed = &ImportHarness::sniffedFormat;
    QCOMPARE(sniffed(QByteArray("{\"items\":[") + kGoodLog + "]}"), QStringLiteral("sentry-logs"));
    QCOMPARE(sniffed(QByteArray("{\"version\":2,\"items\":[") + kGoodLog + "]}"),
             QStringLiteral("sentry-logs"));
    // A streamed span container and an event are not logs.
    QVERIFY(sniffed("{\"version\":2,\"items\":[{\"trace_id\":\"a\",\"span_id\":\"b\","
                    "\"start_timestamp\":1,\"timestamp\":2,\"name\":\"n\"}]}")
            != QStringLiteral("sentry-logs"));
    QVERIFY(sniffed("{\"event_id\":\"ab\",\"level\":\"error\",\"timestamp\":1,\"items\":[]}")
            != QStringLiteral("sentry-logs"));
    QCOMPARE(sniffed(QByteArray(kHeader) + logItem(kGoodLog)), QStringLiteral("sentry-envelope"));
}

int runSentryLogImporterTests(int argc, char *argv[])
{
    TestSentryLogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sentrylogs.moc"
