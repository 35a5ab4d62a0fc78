// otlp-logs: the OpenTelemetry spec's own examples, the spellings exporters use (severity
// by name, ids in base64, times as numbers, one request per line), and bad input refused
// with the cache left as it was.
#include "importharness.h"

#include "models/store/logreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using eg::store::LogFilter;
using eg::store::LogLevel;
using eg::store::LogReader;
using eg::store::LogRecord;
using eg::store::LogRow;
using eg::testing::ImportHarness;

namespace {

QByteArray sharedFile(const char *relative)
{
    QFile file(QStringLiteral(EG_SHARED_DIR "/") + QLatin1String(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Rows in file order.
std::vector<LogRow> rowsOf(ImportHarness &harness)
{
    std::vector<LogRow> rows = LogReader(harness.cache()).page(LogFilter(), 0, 1000);
    std::sort(rows.begin(), rows.end(),
              [](const LogRow &a, const LogRow &b) { return a.ordinal < b.ordinal; });
    return rows;
}

QJsonObject attributesOf(ImportHarness &harness, const LogRow &row)
{
    const std::string text = LogReader(harness.cache()).attributes(row.id);
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// One export request with one resource (service "shop") and the given records.
QByteArray request(const QByteArray &records)
{
    return "{\"resourceLogs\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\","
           "\"value\":{\"stringValue\":\"shop\"}}]},\"scopeLogs\":[{\"scope\":{\"name\":"
           "\"app.logger\"},\"logRecords\":["
        + records + "]}]}]}";
}

} // namespace

class TestOtlpLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSpecExample();
    void readsTheSpecEventExample();
    void readsExporterSpellings();
    void readsOneRequestPerLine();
    void resourceAfterTheRecords();
    void refusesBadInput_data();
    void refusesBadInput();
    void isSniffed();
    void everyCutIsRefused();
};

void TestOtlpLogs::readsTheSpecExample()
{
    const QByteArray bytes = sharedFile("acceptance/otlp/opentelemetry-proto/logs.json");
    if (bytes.isEmpty())
        QSKIP("the shared acceptance corpus is not there (acceptance/otlp/opentelemetry-proto)");
    ImportHarness harness;
    const auto result = harness.import(bytes, QStringLiteral("logs.json"));
    QCOMPARE(result.format, QStringLiteral("otlp-logs"));
    QVERIFY(result.warnings.isEmpty());
    const std::vector<LogRow> rows = rowsOf(harness);
    QCOMPARE(rows.size(), size_t(1));
    const LogRow &row = rows[0];
    QCOMPARE(row.body, std::string("Example log record"));
    QCOMPARE(row.timeNs.value_or(0), Q_INT64_C(1544712660300000000));
    QCOMPARE(row.level, LogLevel::Info); // severityNumber 10 (INFO2)
    QCOMPARE(row.levelText, std::string("Information"));
    QCOMPARE(row.service, std::string("my.service"));
    QCOMPARE(row.traceId, std::string("5b8efff798038103d269b633813fc60c"));
    QCOMPARE(row.spanId, std::string("eee19b7ec3c1b174"));
    const QJsonObject attributes = attributesOf(harness, row);
    QCOMPARE(attributes[QLatin1String("string.attribute")].toString(),
             QStringLiteral("some string"));
    QCOMPARE(attributes[QLatin1String("boolean.attribute")].toBool(), true);
    QCOMPARE(attributes[QLatin1String("int.attribute")].toInteger(),
             Q_INT64_C(10)); // "10" in the file
    QCOMPARE(attributes[QLatin1String("double.attribute")].toDouble(), 637.704);
    QCOMPARE(attributes[QLatin1String("array.attribute")].toArray(),
             (QJsonArray {QStringLiteral("many"), QStringLiteral("values")}));
    QCOMPARE(attributes[QLatin1String("map.attribute")]
                 .toObject()[QLatin1String("some.map.key")]
                 .toString(),
             QStringLiteral("some value"));
    QCOMPARE(attributes[QLatin1String("scope")].toObject()[QLatin1String("name")].toString(),
             QStringLiteral("my.library"));
    QCOMPARE(
        attributes[QLatin1String("resource")].toObject()[QLatin1String("service.name")].toString(),
        QStringLiteral("my.service"));
    // Searchable like any other log.
    LogFilter filter;
    filter.text = QStringLiteral("example");
    QCOMPARE(LogReader(harness.cache()).count(filter), Q_INT64_C(1));
}

void TestOtlpLogs::readsTheSpecEventExample()
{
    const QByteArray bytes = sharedFile("acceptance/otlp/opentelemetry-proto/events.json");
    if (bytes.isEmpty())
        QSKIP("the shared acceptance corpus is not there (acceptance/otlp/opentelemetry-proto)");
    ImportHarness harness;
    harness.import(bytes, QStringLiteral("events.json"));
    const std::vector<LogRow> rows = rowsOf(harness);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].traceId, std::string());
    QCOMPARE(rows[0].levelText, std::string("test severity text"));
    QCOMPARE(rows[0].level, LogLevel::Info); // severityNumber 9 wins over the text
    // A structured body is kept as its JSON text.
    const QJsonObject body
        = QJsonDocument::fromJson(QByteArray::fromStdString(rows[0].body)).object();
    QCOMPARE(body[QLatin1String("title")].toString(), QStringLiteral("Free Online GUID Generator"));
    QCOMPARE(body[QLatin1String("type")].toInteger(), Q_INT64_C(0));
    QCOMPARE(attributesOf(harness, rows[0])[QLatin1String("event.name")].toString(),
             QStringLiteral("browser.page_view"));
}

void TestOtlpLogs::readsExporterSpellings()
{
    const QByteArray bytes = request(
        // severity by name, times as numbers, ids in base64
        "{\"timeUnixNano\":1700000000000000001,\"severityNumber\":\"SEVERITY_NUMBER_WARN\","
        "\"traceId\":\"W47/95gDgQPSabYzgT/GDA==\",\"spanId\":\"7uGbfsPBsXQ=\","
        "\"body\":{\"stringValue\":\"disk almost full\"}},"
        // only the observed time; only a severity text
        "{\"observedTimeUnixNano\":\"1700000000000000002\",\"severityText\":\"ERROR\","
        "\"body\":{\"stringValue\":\"write failed\"},\"traceId\":\"\",\"spanId\":"
        "\"0000000000000000\"},"
        // no time at all, an unknown severity text, no body
        "{\"severityText\":\"NOTICE-ish\",\"attributes\":[{\"key\":\"n\",\"value\":{\"intValue\":"
        "3}}]},"
        // severity 21: fatal
        "{\"timeUnixNano\":\"1700000000000000003\",\"severityNumber\":21,\"body\":"
        "{\"stringValue\":\"down\"}}");
    ImportHarness harness;
    const auto result = harness.import(bytes, QStringLiteral("spellings.json"));
    const std::vector<LogRow> rows = rowsOf(harness);
    QCOMPARE(rows.size(), size_t(4));
    QCOMPARE(rows[0].level, LogLevel::Warn);
    QCOMPARE(rows[0].levelText, std::string("13"));
    QCOMPARE(rows[0].timeNs.value_or(0), Q_INT64_C(1700000000000000001));
    QCOMPARE(rows[0].traceId, std::string("5b8efff798038103d269b633813fc60c"));
    QCOMPARE(rows[0].spanId, std::string("eee19b7ec3c1b174"));
    QCOMPARE(rows[0].service, std::string("shop"));
    QCOMPARE(rows[1].level, LogLevel::Error);
    QCOMPARE(rows[1].timeNs.value_or(0), Q_INT64_C(1700000000000000002));
    QCOMPARE(rows[1].traceId, std::string());
    QCOMPARE(rows[1].spanId, std::string()); // zeros: no span
    QVERIFY(!rows[2].timeNs.has_value());
    QCOMPARE(rows[2].timeProblem, LogRecord::TimeProblem::Missing);
    QCOMPARE(rows[2].level, LogLevel::Info);
    QCOMPARE(rows[2].levelText, std::string("NOTICE-ish"));
    QCOMPARE(attributesOf(harness, rows[2])[QLatin1String("n")].toInteger(), Q_INT64_C(3));
    QCOMPARE(rows[3].level, LogLevel::Fatal);
    QCOMPARE(result.warnings.size(), 2);
    QVERIFY2(result.warnings.join(QLatin1Char('\n'))
                 .contains(QLatin1String("1 log record has "
                                         "neither")),
             qPrintable(result.warnings.join(QLatin1Char('\n'))));
}

void TestOtlpLogs::readsOneRequestPerLine()
{
    const QByteArray one
        = request("{\"timeUnixNano\":\"1700000000000000001\",\"body\":{\"stringValue\":\"a\"}}");
    const QByteArray two
        = request("{\"timeUnixNano\":\"1700000000000000002\",\"body\":{\"stringValue\":\"b\"}}");
    ImportHarness harness;
    const auto result = harness.import(one + "\n" + two + "\n", QStringLiteral("logs.jsonl"), 7);
    QCOMPARE(result.format, QStringLiteral("otlp-logs"));
    const std::vector<LogRow> rows = rowsOf(harness);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[1].body, std::string("b"));
    // A bad line names its number.
    const QString error = harness.importError(one + "\n" + two + "\n{\"resourceLogs\":5}\n",
                                              QStringLiteral("bad.jsonl"));
    QVERIFY2(error.contains(QLatin1String("(line 3)")), qPrintable(error));
}

void TestOtlpLogs::resourceAfterTheRecords()
{
    const QByteArray bytes
        = "{\"resourceLogs\":[{\"scopeLogs\":[{\"logRecords\":[{\"body\":{\"stringValue\":\"x\"}}],"
          "\"scope\":{\"name\":\"late\"}}],\"resource\":{\"attributes\":[{\"key\":"
          "\"service.name\",\"value\":{\"stringValue\":\"svc\"}}]}}]}";
    ImportHarness harness;
    harness.import(bytes, QStringLiteral("late.json"));
    const std::vector<LogRow> rows = rowsOf(harness);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].service, std::string("svc"));
    QCOMPARE(attributesOf(harness, rows[0])[QLatin1String("scope")]
                 .toObject()[QLatin1String("name")]
                 .toString(),
             QStringLiteral("late"));
}

void TestOtlpLogs::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good
        = request("{\"timeUnixNano\":\"1700000000000000001\",\"body\":{\"stringValue\":\"a\"}}");
    QTest::newRow("truncated") << good.left(good.size() - 5) << QStringLiteral("");
    QTest::newRow("records not an array")
        << QByteArray("{\"resourceLogs\":[{\"scopeLogs\":[{\"logRecords\":{}}]}]}")
        << QStringLiteral("an array in `logRecords`");
    QTest::newRow("time not a number")
        << request("{\"timeUnixNano\":true}") << QStringLiteral("`timeUnixNano`");
    QTest::newRow("body not an AnyValue")
        << request("{\"body\":5}") << QStringLiteral("an attribute value");
    QTest::newRow("no resourceLogs")
        << QByteArray("{\"resourceLogs2\":[]}") << QStringLiteral("missing `resourceLogs`");
}

void TestOtlpLogs::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    ImportHarness harness;
    const QString error
        = harness.importError(bytes, QStringLiteral("bad.json"), QStringLiteral("otlp-logs"));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(harness.cache().sources().empty());
    QCOMPARE(LogReader(harness.cache()).count(LogFilter()), Q_INT64_C(0));
}

void TestOtlpLogs::isSniffed()
{
    const auto sniffed = &ImportHarness::sniffedFormat;
    QCOMPARE(sniffed(request("")), QStringLiteral("otlp-logs"));
    QCOMPARE(sniffed("{\"resourceSpans\":[]}"), QStringLiteral("otlp-traces"));
}

void TestOtlpLogs::everyCutIsRefused()
{
    const QByteArray bytes = sharedFile("acceptance/otlp/opentelemetry-proto/logs.json").trimmed();
    if (bytes.isEmpty())
        QSKIP("the shared acceptance corpus is not there (acceptance/otlp/opentelemetry-proto)");
    ImportHarness harness;
    for (qsizetype length = 1; length < bytes.size(); length += 37) {
        const QString error = harness.importError(bytes.left(length), QStringLiteral("logs.json"),
                                                  QStringLiteral("otlp-logs"));
        QVERIFY2(!error.isEmpty(),
                 qPrintable(QStringLiteral("cut at %1 was imported").arg(length)));
    }
    QVERIFY(harness.cache().sources().empty());
}

int runOtlpLogImporterTests(int argc, char *argv[])
{
    TestOtlpLogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_otlplogs.moc"
