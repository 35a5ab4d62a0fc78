// Sentry error events: `event` items of real SDK envelopes (the READMEs' "Error events"
// tables), the example envelopes of other SDKs, single-event files in the SDK and the web
// API's shape, message events, and bad input refused with the cache left as it was.
#include "importharness.h"

#include "models/store/errorreader.h"
#include "models/store/logreader.h"
#include "models/store/tracereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using eg::store::ErrorEvent;
using eg::store::ErrorReader;
using eg::testing::ImportHarness;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(EG_SHARED_DIR "/fixtures/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every error event of the cache, in the order they were imported.
std::vector<ErrorEvent> eventsOf(ImportHarness &harness)
{
    const ErrorReader reader(harness.cache());
    std::vector<ErrorEvent> events;
    for (int64_t row = 1;; ++row) {
        std::optional<ErrorEvent> event = reader.event(row);
        if (!event)
            break;
        events.push_back(std::move(*event));
    }
    return events;
}

QJsonObject detailsOf(const ErrorEvent &event)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(event.details)).object();
}

// "RangeError: message / PaymentDeclinedError: message", as the READMEs write a chain.
QString chainOf(const QJsonObject &details)
{
    QStringList parts;
    for (const QJsonValue &exception : details[QLatin1String("exceptions")].toArray())
        parts << exception[QLatin1String("type")].toString() + QStringLiteral(": ")
                + exception[QLatin1String("value")].toString();
    return parts.join(QStringLiteral(" / "));
}

qsizetype outermostFrames(const QJsonObject &details)
{
    const QJsonArray chain = details[QLatin1String("exceptions")].toArray();
    return chain.isEmpty() ? -1 : chain.last()[QLatin1String("frames")].toArray().size();
}

const char kHeader[] = "{\"event_id\":\"0123456789abcdef0123456789abcdef\",\"trace\":{"
                       "\"trace_id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"replay_id\":"
                       "\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\",\"release\":\"r@1\"}}\n";

} // namespace

class TestSentryErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sdkFixtures_data();
    void sdkFixtures();
    void framesKeepTheirSource();
    void exampleEnvelopes_data();
    void exampleEnvelopes();
    void webApiEvent();
    void singleEventFiles();
    void messageEvents();
    void threadsOfANativeCrash();
    void envelopeHeaderFillsTheGaps();
    void errorsCountOnTheirTrace();
    void refusesBadInput_data();
    void refusesBadInput();
    void everyCutIsRefusedOrKeepsTheRest();
};

void TestSentryErrors::sdkFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QString>("spanId");
    QTest::addColumn<int>("breadcrumbs");
    QTest::addColumn<QString>("replayId");
    const QString checkout = QStringLiteral("RangeError: quantity 7 exceeds max of 5 for sku %1 / "
                                            "PaymentDeclinedError: Checkout failed: payment "
                                            "provider declined the charge");
    const QString receipt = QStringLiteral("TypeError: Cannot read receipt: server said "
                                           "\"Checkout failed: payment provider de");
    const QString replay = QStringLiteral("bb9ac4d1f2b946dc82a497eada5b2b7c");
    const auto row
        = [](const char *name, const char *file, const QString &chain, int frames,
             const char *traceId, const char *spanId, int breadcrumbs, const QString &replayId) {
              QTest::newRow(name) << QString::fromLatin1(file) << chain << frames
                                  << QString::fromLatin1(traceId) << QString::fromLatin1(spanId)
                                  << breadcrumbs << replayId;
          };
    // The READMEs' tables, row by row.
    row("node-run1 0006", "node-run1/0006_event.envelope", checkout.arg(QLatin1String("SKU-467")),
        3, "6d12df59fd034aec889a4b6d9cdf1b51", "bfc9afbfa571d21a", 4, QString());
    row("node-run1 0007", "node-run1/0007_event.envelope", receipt, 10,
        "6d12df59fd034aec889a4b6d9cdf1b51", "9dfaa998b667ed1e", 5, QString());
    row("node-run3 0003", "node-run3-stream/0003_event.envelope",
        checkout.arg(QLatin1String("SKU-691")), 3, "ba404b41b0f6477c8c4fda18fb5c4c98",
        "bd580ed83013f7e5", 4, QString());
    row("node-run3 0004", "node-run3-stream/0004_event.envelope", receipt, 10,
        "ba404b41b0f6477c8c4fda18fb5c4c98", "b5a70f723e3c5660", 5, QString());
    row("node-legacy 0004", "node-legacy-v10/0004_event.envelope",
        checkout.arg(QLatin1String("SKU-467")), 3, "60448086f5e844a19e3ed8de49d2b1ec",
        "939ef420daaf38f1", 4, QString());
    row("node-legacy 0007", "node-legacy-v10/0007_event.envelope", receipt, 10,
        "60448086f5e844a19e3ed8de49d2b1ec", "86f12fee9a96ebb6", 5, QString());
    row("browser 0012", "browser-run1/0012_event.envelope",
        QStringLiteral("TypeError: Cannot read properties of undefined (reading 'discount')"), 3,
        "798721e047984047b5d36b61d4afa28e", "97e0eed34c74d1ae", 14, replay);
    row("browser 0014", "browser-run1/0014_event.envelope",
        QStringLiteral("Error: Checkout failed with HTTP 500: payment service unavailable"), 3,
        "798721e047984047b5d36b61d4afa28e", "886425da7742fac5", 17, replay);
}

void TestSentryErrors::sdkFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, chain);
    QFETCH(int, frames);
    QFETCH(QString, traceId);
    QFETCH(QString, spanId);
    QFETCH(int, breadcrumbs);
    QFETCH(QString, replayId);
    const QByteArray bytes = fixture(QStringLiteral("sentry-sdk/") + file);
    if (bytes.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the shared fixtures are not there: %1").arg(file)));
    ImportHarness harness;
    const auto result = harness.import(bytes, file);
    QCOMPARE(result.format, QStringLiteral("sentry-envelope"));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(ErrorReader(harness.cache()).count(), Q_INT64_C(1));
    const std::vector<ErrorEvent> events = eventsOf(harness);
    QCOMPARE(events.size(), size_t(1));
    const ErrorEvent &event = events.front();
    const QJsonObject details = detailsOf(event);
    QVERIFY2(chainOf(details).startsWith(chain), qPrintable(chainOf(details)));
    QCOMPARE(outermostFrames(details), qsizetype(frames));
    QCOMPARE(QString::fromStdString(event.traceId), traceId);
    QCOMPARE(QString::fromStdString(event.spanId), spanId);
    QCOMPARE(details[QLatin1String("breadcrumbs")].toArray().size(), qsizetype(breadcrumbs));
    QCOMPARE(QString::fromStdString(event.replayId), replayId);
    QCOMPARE(event.level, std::string("error"));
    QCOMPARE(event.environment, std::string("capture"));
    // The headline is the newest exception: the last of the chain.
    const QJsonArray exceptions = details[QLatin1String("exceptions")].toArray();
    QCOMPARE(QString::fromStdString(event.type),
             exceptions.last()[QLatin1String("type")].toString());
    QVERIFY(event.timeNs.value_or(0) > Q_INT64_C(1795547500000000000));
    QCOMPARE(event.eventId.size(), size_t(32));
}

void TestSentryErrors::framesKeepTheirSource()
{
    const QByteArray bytes = fixture(QStringLiteral("sentry-sdk/node-run1/0006_event.envelope"));
    if (bytes.isEmpty())
        QSKIP("the shared fixtures are not there: sentry-sdk/node-run1");
    ImportHarness harness;
    harness.import(bytes, QStringLiteral("0006_event.envelope"));
    const ErrorEvent event = eventsOf(harness).front();
    QCOMPARE(event.eventId, std::string("18b782464b6e4151a8a30676adb819ba"));
    QCOMPARE(event.release, std::string("sdkdata-node-app@1.0.0"));
    QCOMPARE(event.culprit, std::string("POST /api/checkout"));
    QCOMPARE(event.timeNs.value_or(0), Q_INT64_C(1795547564252000000));
    const QJsonObject details = detailsOf(event);
    const QJsonObject outer = details[QLatin1String("exceptions")].toArray().last().toObject();
    QCOMPARE(outer[QLatin1String("mechanism")].toObject()[QLatin1String("type")].toString(),
             QStringLiteral("generic"));
    // Frames oldest first: the throwing frame is the last one.
    const QJsonObject top = outer[QLatin1String("frames")].toArray().last().toObject();
    QCOMPARE(top[QLatin1String("function")].toString(), QStringLiteral("validateCart"));
    QCOMPARE(top[QLatin1String("file")].toString(), QStringLiteral("/srv/app/node11/app.mjs"));
    QCOMPARE(top[QLatin1String("module")].toString(), QStringLiteral("app"));
    QCOMPARE(top[QLatin1String("line")].toInt(), 153);
    QCOMPARE(top[QLatin1String("column")].toInt(), 11);
    QCOMPARE(top[QLatin1String("in_app")].toBool(), true);
    QVERIFY(top[QLatin1String("context_line")].toString().contains(
        QLatin1String("throw new PaymentDeclinedError")));
    QCOMPARE(top[QLatin1String("pre_context")].toArray().size(), 5);
    QCOMPARE(top[QLatin1String("post_context")].toArray().size(), 5);
    QCOMPARE(details[QLatin1String("tags")].toObject()[QLatin1String("checkout.step")].toString(),
             QStringLiteral("validate"));
    QCOMPARE(details[QLatin1String("contexts")]
                 .toObject()[QLatin1String("cart")]
                 .toObject()[QLatin1String("currency")]
                 .toString(),
             QStringLiteral("EUR"));
    const QJsonObject crumb = details[QLatin1String("breadcrumbs")].toArray().first().toObject();
    QCOMPARE(crumb[QLatin1String("message")].toString(), QStringLiteral("starting seed 1"));
    QCOMPARE(crumb[QLatin1String("time_ns")].toInteger(), Q_INT64_C(1795547563652000000));
}

void TestSentryErrors::exampleEnvelopes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("breadcrumbs");
    QTest::addColumn<QString>("traceId");
    // SOURCES.md: 5 frames and 13 breadcrumbs; a 14-frame exception with an RFC 3339
    // timestamp next to a session and an attachment; a PHP error with 4 frames.
    const auto row = [](const char *file, const char *type, const char *level, int frames,
                        int breadcrumbs, const char *traceId) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(type)
                            << QString::fromLatin1(level) << frames << breadcrumbs
                            << QString::fromLatin1(traceId);
    };
    row("error_javascript_react.envelope", "SyntaxError", "error", 5, 13,
        "22f704e69fed4e5881220127fbb816ab");
    row("error_android_with_session_and_viewhierarchy.envelope", "RuntimeException", "fatal", 14, 8,
        "8cdd0836b525441c83cd4c0100ab0fd9");
    row("error_php.envelope", "Exception", "error", 4, 1, "8de90173d2384222a69492908d2e0649");
}

void TestSentryErrors::exampleEnvelopes()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, level);
    QFETCH(int, frames);
    QFETCH(int, breadcrumbs);
    QFETCH(QString, traceId);
    const QByteArray bytes = fixture(QStringLiteral("sentry-examples/envelopes/") + file);
    if (bytes.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the shared fixtures are not there: %1").arg(file)));
    ImportHarness harness;
    harness.import(bytes, file);
    const std::vector<ErrorEvent> events = eventsOf(harness);
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(QString::fromStdString(events[0].type), type);
    QCOMPARE(QString::fromStdString(events[0].level), level);
    QCOMPARE(QString::fromStdString(events[0].traceId), traceId);
    const QJsonObject details = detailsOf(events[0]);
    QCOMPARE(outermostFrames(details), qsizetype(frames));
    QCOMPARE(details[QLatin1String("breadcrumbs")].toArray().size(), qsizetype(breadcrumbs));
    QVERIFY(events[0].timeNs.has_value());
}

void TestSentryErrors::webApiEvent()
{
    const QByteArray bytes = fixture(QStringLiteral("sentry-examples/api-responses/event.json"));
    if (bytes.isEmpty())
        QSKIP("the shared fixtures are not there: sentry-examples/api-responses");
    ImportHarness harness;
    const auto result = harness.import(bytes, QStringLiteral("event.json"));
    QCOMPARE(result.format, QStringLiteral("sentry-event"));
    const std::vector<ErrorEvent> events = eventsOf(harness);
    QCOMPARE(events.size(), size_t(1));
    const ErrorEvent &event = events[0];
    QCOMPARE(event.eventId, std::string("7ca573c0f4814912aaa9bdc77d1a7d51"));
    QCOMPARE(event.type, std::string("Error"));
    QCOMPARE(event.value, std::string("Tool list_organizations is already registered"));
    QCOMPARE(event.timeNs.value_or(0), Q_INT64_C(1744146904000000000)); // dateCreated
    QCOMPARE(event.level, std::string("error")); // from the tags
    QCOMPARE(event.environment, std::string("development"));
    QCOMPARE(event.culprit, std::string("Object.fetch(index)"));
    QCOMPARE(event.traceId, std::string("3032af8bcdfe4423b937fc5c041d5d82"));
    QCOMPARE(event.spanId, std::string("953da703d2a6f4c7"));
    const QJsonObject details = detailsOf(event);
    const QJsonObject top = details[QLatin1String("exceptions")]
                                .toArray()
                                .last()[QLatin1String("frames")]
                                .toArray()
                                .last()
                                .toObject();
    // camelCase frame keys come out as the SDK spells them.
    QCOMPARE(top[QLatin1String("abs_path")].toString(), QStringLiteral("/index.js"));
    QCOMPARE(top[QLatin1String("line")].toInt(), 19631);
    QCOMPARE(top[QLatin1String("column")].toInt(), 28);
    QCOMPARE(top[QLatin1String("in_app")].toBool(), true);
    QCOMPARE(details[QLatin1String("breadcrumbs")].toArray().size(), 4);
    QCOMPARE(details[QLatin1String("tags")].toObject()[QLatin1String("mechanism")].toString(),
             QStringLiteral("cloudflare"));
    QCOMPARE(details[QLatin1String("request")].toObject()[QLatin1String("method")].toString(),
             QStringLiteral("GET"));
}

void TestSentryErrors::singleEventFiles()
{
    // SDK shape: exception as a bare array, tags as pairs, an RFC 3339 time, a replay
    // context, and the web API's `context` pairs around a frame's line.
    const QByteArray bytes
        = "{\"event_id\":\"3C29C134-E36D-48CD-B8F7-B11B4E696077\",\"level\":\"fatal\","
          "\"timestamp\":\"2024-01-26T17:27:31.414Z\",\"release\":{\"version\":\"app@2\"},"
          "\"tags\":[[\"device\",\"pixel\"],[\"build\",42]],"
          "\"contexts\":{\"replay\":{\"replay_id\":\"CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC\"},"
          "\"trace\":{\"trace_id\":\"dddddddddddddddddddddddddddddddd\",\"span_id\":"
          "\"eeeeeeeeeeeeeeee\",\"op\":\"ui.load\"}},"
          "\"exception\":[{\"type\":\"IOError\",\"value\":\"disk\",\"stacktrace\":{\"frames\":["
          "{\"function\":\"main\",\"inApp\":true,\"lineNo\":3,\"context\":[[2,\"a\"],[3,\"b\"],"
          "[4,\"c\"]]},{\"function\":\"lib\",\"in_app\":false}]}}]}";
    ImportHarness harness;
    const auto result = harness.import(bytes, QStringLiteral("crash.json"));
    QCOMPARE(result.format, QStringLiteral("sentry-event"));
    const ErrorEvent event = eventsOf(harness).front();
    QCOMPARE(event.eventId, std::string("3c29c134e36d48cdb8f7b11b4e696077"));
    QCOMPARE(event.level, std::string("fatal"));
    QCOMPARE(event.timeNs.value_or(0), Q_INT64_C(1706290051414000000));
    QCOMPARE(event.release, std::string("app@2"));
    QCOMPARE(event.replayId, std::string("cccccccccccccccccccccccccccccccc"));
    QCOMPARE(event.spanId, std::string("eeeeeeeeeeeeeeee"));
    QCOMPARE(event.culprit, std::string("main")); // the newest in-app frame
    const QJsonObject details = detailsOf(event);
    QCOMPARE(details[QLatin1String("tags")].toObject()[QLatin1String("build")].toString(),
             QStringLiteral("42"));
    const QJsonObject frame = details[QLatin1String("exceptions")]
                                  .toArray()
                                  .first()[QLatin1String("frames")]
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(frame[QLatin1String("pre_context")].toArray(), QJsonArray {QStringLiteral("a")});
    QCOMPARE(frame[QLatin1String("context_line")].toString(), QStringLiteral("b"));
    QCOMPARE(frame[QLatin1String("post_context")].toArray(), QJsonArray {QStringLiteral("c")});
}

void TestSentryErrors::messageEvents()
{
    ImportHarness harness;
    // A message event of level error counts; its message is the headline.
    harness.import("{\"event_id\":\"aa\",\"level\":\"error\",\"logentry\":{\"message\":"
                   "\"disk %s full\",\"formatted\":\"disk /var full\"},\"timestamp\":1700000000}",
                   QStringLiteral("message.json"));
    const ErrorEvent event = eventsOf(harness).front();
    QCOMPARE(event.type, std::string());
    QCOMPARE(event.value, std::string("disk /var full"));
    // Recognised by its `logentry` or `threads` alone, as the level defaults to error.
    QCOMPARE(ImportHarness::sniffedFormat("{\"event_id\":\"dd\",\"logentry\":{\"message\":\"x\"}}"),
             QStringLiteral("sentry-event"));
    QCOMPARE(ImportHarness::sniffedFormat("{\"event_id\":\"dd\",\"threads\":[]}"),
             QStringLiteral("sentry-event"));
    // One of level info does not (CLI.md): refused, the cache as it was.
    const QString error = harness.importError(
        "{\"event_id\":\"bb\",\"level\":\"info\",\"message\":\"hello\",\"timestamp\":1}",
        QStringLiteral("info.json"));
    QVERIFY2(error.contains(QLatin1String("level `info` without an exception")), qPrintable(error));
    QCOMPARE(ErrorReader(harness.cache()).count(), Q_INT64_C(1));
    QCOMPARE(harness.cache().sources().size(), size_t(1));
}

void TestSentryErrors::threadsOfANativeCrash()
{
    // The stack only in `threads` (SENTRY.md §2.4), the crashed thread's in-app frame as
    // the culprit.
    ImportHarness harness;
    harness.import("{\"event_id\":\"cc\",\"level\":\"fatal\",\"message\":\"SIGSEGV\","
                   "\"threads\":{\"values\":[{\"id\":1,\"name\":\"main\",\"crashed\":false,"
                   "\"stacktrace\":{\"frames\":[{\"function\":\"idle\",\"in_app\":true}]}},"
                   "{\"id\":2,\"name\":\"worker\",\"crashed\":true,\"stacktrace\":{\"frames\":["
                   "{\"function\":\"run\",\"in_app\":true},{\"function\":\"memcpy\","
                   "\"in_app\":false,\"instruction_addr\":\"0x10\"}]}}]}}",
                   QStringLiteral("native.json"));
    const ErrorEvent event = eventsOf(harness).front();
    QCOMPARE(event.level, std::string("fatal"));
    QCOMPARE(event.value, std::string("SIGSEGV"));
    QCOMPARE(event.culprit, std::string("run"));
    const QJsonArray threads = detailsOf(event)[QLatin1String("threads")].toArray();
    QCOMPARE(threads.size(), 2);
    QCOMPARE(threads[1][QLatin1String("name")].toString(), QStringLiteral("worker"));
    QCOMPARE(threads[1][QLatin1String("frames")]
                 .toArray()
                 .last()[QLatin1String("instruction_addr")]
                 .toString(),
             QStringLiteral("0x10"));
}

void TestSentryErrors::envelopeHeaderFillsTheGaps()
{
    // The event names no id, trace, replay or release: the envelope header does. Its
    // info-level event next to it is not an error and is left out; the log is read.
    const QByteArray bytes = kHeader
        + QByteArray("{\"type\":\"event\"}\n{\"message\":\"boom\"}\n"
                     "{\"type\":\"event\"}\n{\"event_id\":\"ff\",\"level\":\"info\",\"message\":"
                     "\"hi\"}\n"
                     "{\"type\":\"log\"}\n{\"items\":[{\"timestamp\":1,\"level\":\"info\","
                     "\"body\":\"x\"}]}\n");
    ImportHarness harness;
    harness.import(bytes, QStringLiteral("dsc.envelope"));
    const std::vector<ErrorEvent> events = eventsOf(harness);
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0].eventId, std::string("0123456789abcdef0123456789abcdef"));
    QCOMPARE(events[0].traceId, std::string("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(events[0].replayId, std::string("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
    QCOMPARE(events[0].release, std::string("r@1"));
    QCOMPARE(events[0].level, std::string("error")); // the default
    QCOMPARE(eg::store::LogReader(harness.cache()).count(eg::store::LogFilter()), Q_INT64_C(1));
}

void TestSentryErrors::errorsCountOnTheirTrace()
{
    const QByteArray transaction
        = fixture(QStringLiteral("sentry-sdk/node-run1/0003_transaction.envelope"));
    const QByteArray event = fixture(QStringLiteral("sentry-sdk/node-run1/0006_event.envelope"));
    if (transaction.isEmpty() || event.isEmpty())
        QSKIP("the shared fixtures are not there: sentry-sdk/node-run1");
    ImportHarness harness;
    const auto first = harness.import(transaction, QStringLiteral("0003_transaction.envelope"));
    const eg::store::TraceReader traces(harness.cache());
    const int64_t before = traces.tracesOfSource(first.sourceId).front().errorCount;
    harness.import(event, QStringLiteral("0006_event.envelope"));
    const int64_t after = traces.tracesOfSource(first.sourceId).front().errorCount;
    QCOMPARE(after, before + 1);
}

void TestSentryErrors::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = "{\"event_id\":\"aa\",\"exception\":{\"values\":[{\"type\":\"E\"}]}}";
    QTest::newRow("truncated") << good.left(good.size() - 4) << QString();
    QTest::newRow("exception of the wrong type")
        << QByteArray("{\"event_id\":\"aa\",\"exception\":5}") << QStringLiteral("`exception`");
    QTest::newRow("frames of the wrong type")
        << QByteArray("{\"event_id\":\"aa\",\"exception\":{\"values\":[{\"type\":\"E\","
                      "\"stacktrace\":{\"frames\":{}}}]}}")
        << QStringLiteral("an array of frames");
    QTest::newRow("line of the wrong type")
        << QByteArray("{\"event_id\":\"aa\",\"exception\":[{\"type\":\"E\",\"stacktrace\":{"
                      "\"frames\":[{\"lineno\":\"x\"}]}}]}")
        << QStringLiteral("line or column");
    QTest::newRow("timestamp unreadable")
        << QByteArray("{\"event_id\":\"aa\",\"level\":\"error\",\"timestamp\":\"soon\"}")
        << QStringLiteral("`timestamp`");
    QTest::newRow("an envelope of a bad event only")
        << QByteArray(QByteArray(kHeader) + "{\"type\":\"event\"}\n[1,2]\n")
        << QStringLiteral("item 1 (`event`)");
}

void TestSentryErrors::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    ImportHarness harness;
    const QString format = bytes.startsWith(kHeader) ? QStringLiteral("sentry-envelope")
                                                     : QStringLiteral("sentry-event");
    const QString error = harness.importError(bytes, QStringLiteral("bad.json"), format);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(harness.cache().sources().empty());
    QCOMPARE(ErrorReader(harness.cache()).count(), Q_INT64_C(0));
}

void TestSentryErrors::everyCutIsRefusedOrKeepsTheRest()
{
    const QByteArray event = fixture(QStringLiteral("sentry-examples/api-responses/event.json"));
    const QByteArray envelope = fixture(QStringLiteral("sentry-sdk/node-run1/0007_event.envelope"));
    if (event.isEmpty() || envelope.isEmpty())
        QSKIP("the shared fixtures are not there: sentry-examples, sentry-sdk/node-run1");
    ImportHarness harness;
    // A single event cut anywhere is refused, and nothing of it stays.
    const QByteArray whole = event.trimmed();
    for (qsizetype length = 1; length < whole.size(); length += 97) {
        const QString error = harness.importError(whole.left(length), QStringLiteral("e.json"),
                                                  QStringLiteral("sentry-event"));
        QVERIFY2(!error.isEmpty(),
                 qPrintable(QStringLiteral("cut at %1 was imported").arg(length)));
    }
    QVERIFY(harness.cache().sources().empty());
    // An envelope cut inside its event item: refused with the item named, never a crash.
    const qsizetype payload = envelope.indexOf("{\"type\":\"event\"}") + 17;
    for (qsizetype length = payload + 1; length < envelope.size() - 2; length += 211) {
        const QString error
            = harness.importError(envelope.left(length), QStringLiteral("e.envelope"));
        QVERIFY2(error.contains(QLatin1String("item 1 (`event`)")), qPrintable(error));
    }
    QVERIFY(harness.cache().sources().empty());
}

int runSentryErrorImporterTests(int argc, char *argv[])
{
    TestSentryErrors test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sentryerrors.moc"
