// Trace importers (otlp-traces, jaeger, zipkin): hand-made files in tests/data read back
// through TraceReader, the edge cases of each format (ids in base64 or without leading
// zeros, typed values written as strings, halves of shared spans), the problems that are
// worked around with a warning, and bad input refused with the cache left as it was.

#include "importharness.h"
#include "tests/support/testcompression.h"

#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"

#include "models/store/cache.h"
#include "models/store/tracereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eg;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(EG_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One line per trace, in the order the file names them.
QString describe(const std::vector<store::TraceInfo> &traces)
{
    QStringList lines;
    for (const store::TraceInfo &t : traces) {
        QStringList roots;
        for (const std::string &root : t.roots)
            roots << QString::fromStdString(root);
        QStringList services;
        for (const std::string &service : t.services)
            services << QString::fromStdString(service);
        lines << QStringLiteral("%1 spans=%2 roots=[%3] services=[%4] start=%5 ns=%6 errors=%7")
                     .arg(QString::fromStdString(t.traceId))
                     .arg(t.spanCount)
                     .arg(roots.join(QLatin1Char('|')), services.join(QLatin1Char('|')))
                     .arg(t.startNs)
                     .arg(t.durationNs())
                     .arg(t.errorCount);
    }
    return lines.join(QLatin1Char('\n'));
}

// One line per span of a trace, in file order.
QString describe(const store::TraceData &trace)
{
    QStringList lines;
    for (const store::TraceSpan &s : trace.spans) {
        const auto text = [&](int32_t index) {
            return QString::fromUtf8(trace.text(index));
        };
        lines << QStringLiteral("%1 <- %2 %3 op=%4 kind=%5 service=%6 status=%7%8 %9+%10")
                     .arg(QString::fromStdString(store::TraceData::spanIdText(s.spanId)),
                          s.parentId
                              ? QString::fromStdString(store::TraceData::spanIdText(s.parentId))
                              : QStringLiteral("-"),
                          text(s.name), text(s.op), text(s.kind), text(s.service), text(s.status),
                          s.isError ? QStringLiteral(" error") : QString())
                     .arg(s.startNs)
                     .arg(s.durationNs());
    }
    return lines.join(QLatin1Char('\n'));
}

class Harness : public testing::ImportHarness
{
public:
    std::vector<store::TraceInfo> traces(int64_t sourceId)
    {
        return store::TraceReader(cache()).tracesOfSource(sourceId);
    }
    store::TraceData trace(const char *traceId)
    {
        return store::TraceReader(cache()).loadTrace(traceId);
    }
    // The details of the span called `name`, parsed; also checks they are valid JSON.
    QJsonObject details(const char *traceId, const char *name)
    {
        const store::TraceData data = trace(traceId);
        for (const store::TraceSpan &s : data.spans) {
            if (data.text(s.name) != name)
                continue;
            const auto details = store::TraceReader(cache()).spanDetails(s.rowId);
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(
                QByteArray::fromStdString(details ? details->details : std::string()), &error);
            if (error.error != QJsonParseError::NoError)
                qWarning("details of %s are not JSON: %s", name, qPrintable(error.errorString()));
            return document.object();
        }
        return {};
    }
};

constexpr const char *kTrace = "0af7651916cd43dd8448eb211c80319c";

// An OTLP span of trace kTrace, and a document holding spans of service "svc".
QByteArray otlpSpan(const char *id, const char *parent, const char *start, const char *end,
                    const QByteArray &more = {})
{
    QByteArray span = QByteArray("{\"traceId\":\"") + kTrace + "\",\"spanId\":\"" + id
        + "\",\"name\":\"s" + id + "\",\"startTimeUnixNano\":\"" + start
        + "\",\"endTimeUnixNano\":\"" + end + "\"";
    if (*parent)
        span += QByteArray(",\"parentSpanId\":\"") + parent + "\"";
    return span + more + "}";
}

QByteArray otlp(const QByteArray &spans)
{
    return "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\","
           "\"value\":{\"stringValue\":\"svc\"}}]},\"scopeSpans\":[{\"spans\":["
        + spans + "]}]}]}";
}

bool containsLine(const QStringList &lines, const char *fragment)
{
    for (const QString &line : lines) {
        if (line.contains(QLatin1String(fragment)))
            return true;
    }
    return false;
}

} // namespace

class TestTraces : public QObject
{
    Q_OBJECT

private slots:
    void otlpSpansLandInTheCache();
    void otlpAttributesKeepTheirTypes();
    void otlpIdsInBase64();
    void otlpJsonLines();
    void problemsBecomeWarnings();
    void timesInAnotherUnitOrClock();
    void jaegerTracesLandInTheCache();
    void jaegerBareShapes();
    void zipkinSharedSpans();
    void zipkinListOfTraces();
    void formatsAreSniffed();
    void chunkedAndCompressedReadsAgree();
    void badInput_data();
    void badInput();
    void truncatedFilesAreRefused();
};

void TestTraces::otlpSpansLandInTheCache()
{
    Harness harness;
    const auto result = harness.import(readData("otlp-shop.json"), QStringLiteral("shop.json"));
    QCOMPARE(result.format, QStringLiteral("otlp-traces"));
    QCOMPARE(result.spanCount, Q_INT64_C(7));
    QCOMPARE(result.traceCount, Q_INT64_C(2));
    // The second resource names its service after its spans: they still get it. The
    // batch span is the link target of POST /pay, in a trace of its own.
    QCOMPARE(describe(harness.traces(result.sourceId)),
             QStringLiteral("5b8efff798038103d269b633813fc60c spans=6 roots=[GET /checkout] "
                            "services=[frontend|orders] start=1700000000000000000 "
                            "ns=900000000 errors=1\n"
                            "0af7651916cd43dd8448eb211c80319c spans=1 roots=[nightly batch] "
                            "services=[orders] start=1699990000000000000 ns=1000000000 "
                            "errors=0"));
    QCOMPARE(
        describe(harness.trace("5b8efff798038103d269b633813fc60c")),
        QStringLiteral("eee19b7ec3c1b174 <- - GET /checkout op=http.server kind=server "
                       "service=frontend status=error error 1700000000000000000+900000000\n"
                       "eee19b7ec3c1b175 <- eee19b7ec3c1b174 POST /pay op=http.client kind=client "
                       "service=frontend status=ok 1700000000100000000+700000000\n"
                       "eee19b7ec3c1b176 <- eee19b7ec3c1b175 SELECT orders op=db kind=client "
                       "service=orders status= 1700000000300000000+100000000\n"
                       "eee19b7ec3c1b177 <- eee19b7ec3c1b175 orders publish op=messaging "
                       "kind=producer service=orders status= 1700000000400000000+50000000\n"
                       "eee19b7ec3c1b178 <- eee19b7ec3c1b175 Payments/Charge op=rpc kind=server "
                       "service=orders status= 1700000000500000000+200000000\n"
                       "eee19b7ec3c1b179 <- eee19b7ec3c1b178 compute tax op= kind=internal "
                       "service=orders status= 1700000000550000000+10000000"));
    QVERIFY(result.warnings.isEmpty());

    const QJsonObject checkout
        = harness.details("5b8efff798038103d269b633813fc60c", "GET /checkout");
    QCOMPARE(checkout[QLatin1String("status_message")].toString(),
             QStringLiteral("upstream \"payments\" failed"));
    QCOMPARE(checkout[QLatin1String("attributes")][QLatin1String("http.response.status_code")],
             QJsonValue(500));
    QCOMPARE(checkout[QLatin1String("resource")][QLatin1String("host.name")].toString(),
             QStringLiteral("web-1"));
    QCOMPARE(checkout[QLatin1String("scope")][QLatin1String("name")].toString(),
             QStringLiteral("io.opentelemetry.http"));
}

void TestTraces::otlpAttributesKeepTheirTypes()
{
    Harness harness;
    harness.import(readData("otlp-shop.json"), QStringLiteral("shop.json"));
    const QJsonObject pay = harness.details("5b8efff798038103d269b633813fc60c", "POST /pay");
    const QJsonObject attributes = pay[QLatin1String("attributes")].toObject();
    QCOMPARE(attributes[QLatin1String("retry")], QJsonValue(true));
    // intValue written as a string is a number again; strings are escaped again.
    QCOMPARE(attributes[QLatin1String("weights")].toArray(),
             QJsonArray({0.5, 7, QStringLiteral("a\"b\\c\n")}));
    QCOMPARE(attributes[QLatin1String("limits")].toObject(),
             QJsonObject({{QStringLiteral("max"), 3}}));
    QCOMPARE(attributes[QLatin1String("raw")].toString(), QStringLiteral("AAAwOQ=="));
    QCOMPARE(attributes[QLatin1String("ratio")].toString(), QStringLiteral("NaN"));
    QVERIFY(attributes[QLatin1String("unset")].isNull());

    const QJsonObject event = pay[QLatin1String("events")].toArray().at(0).toObject();
    QCOMPARE(event[QLatin1String("name")].toString(), QStringLiteral("retry"));
    QCOMPARE(event[QLatin1String("time_ns")].toInteger(), Q_INT64_C(1700000000200000000));
    QCOMPARE(event[QLatin1String("attributes")][QLatin1String("attempt")], QJsonValue(2));
    const QJsonObject link = pay[QLatin1String("links")].toArray().at(0).toObject();
    QCOMPARE(link[QLatin1String("trace_id")].toString(), QString::fromLatin1(kTrace));
    QCOMPARE(link[QLatin1String("span_id")].toString(), QStringLiteral("b7ad6b7169203331"));
    QCOMPARE(link[QLatin1String("attributes")][QLatin1String("link.kind")].toString(),
             QStringLiteral("batch"));
}

void TestTraces::otlpIdsInBase64()
{
    // protobuf's JSON mapping writes bytes as base64; an all-zero parent is no parent.
    const QByteArray bytes
        = otlp("{\"traceId\":\"W47/95gDgQPSabYzgT/GDA==\",\"spanId\":\"7uGbfsPBsXQ=\","
               "\"parentSpanId\":\"AAAAAAAAAAA=\",\"name\":\"root\","
               "\"startTimeUnixNano\":\"1700000000000000000\","
               "\"endTimeUnixNano\":\"1700000000000001000\"},"
               "{\"traceId\":\"W47/95gDgQPSabYzgT/GDA\",\"spanId\":\"7uGbfsPBsXU=\","
               "\"parentSpanId\":\"7uGbfsPBsXQ\",\"name\":\"child\","
               "\"startTimeUnixNano\":\"1700000000000000000\","
               "\"endTimeUnixNano\":\"1700000000000001000\"}");
    Harness harness;
    const auto result = harness.import(bytes, QStringLiteral("b64.json"));
    QCOMPARE(describe(harness.traces(result.sourceId)),
             QStringLiteral("5b8efff798038103d269b633813fc60c spans=2 roots=[root] "
                            "services=[svc] start=1700000000000000000 ns=1000 errors=0"));
    const store::TraceData trace = harness.trace("5b8efff798038103d269b633813fc60c");
    QCOMPARE(trace.spans.size(), size_t(2));
    QCOMPARE(trace.spans[1].parentId, trace.spans[0].spanId);
    QCOMPARE(store::TraceData::spanIdText(trace.spans[1].spanId), std::string("eee19b7ec3c1b175"));
}

void TestTraces::otlpJsonLines()
{
    // The Collector's file exporter: one export request per line.
    const QByteArray bytes
        = otlp(otlpSpan("0000000000000001", "", "1700000000000000000", "1700000000000000500"))
        + "\n\n"
        + otlp(otlpSpan("0000000000000002", "0000000000000001", "1700000000000000100",
                        "1700000000000000200"))
        + "\n";
    Harness harness;
    const auto result = harness.import(bytes, QStringLiteral("export.jsonl"));
    QCOMPARE(result.format, QStringLiteral("otlp-traces"));
    QCOMPARE(describe(harness.traces(result.sourceId)),
             QStringLiteral("0af7651916cd43dd8448eb211c80319c spans=2 roots=[s0000000000000001] "
                            "services=[svc] start=1700000000000000000 ns=500 errors=0"));
    // A bad line is named by its number.
    const QString error = harness.importError(bytes + otlp("5"), QStringLiteral("bad.jsonl"));
    QVERIFY2(error.contains(QLatin1String("expected a span")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1String("(line 4)")), qPrintable(error));
    // A first line longer than the importer looks ahead (16 MiB) is read from memory, to
    // the same effect.
    const QByteArray longLine
        = otlp(otlpSpan("0000000000000003", "", "1700000000000000000", "1700000000000000010",
                        ",\"attributes\":[{\"key\":\"pad\",\"value\":{\"stringValue\":\""
                            + QByteArray(17 << 20, 'x') + "\"}}]"))
        + "\n" + bytes;
    const auto longResult = harness.import(longLine, QStringLiteral("long.jsonl"));
    QCOMPARE(longResult.spanCount, Q_INT64_C(3));
}

void TestTraces::problemsBecomeWarnings()
{
    const QByteArray bytes
        = otlp(otlpSpan("00000000000000a1", "", "1700000000000000000", "1700000000000009000")
               + ","
               // ends before it starts: shown with zero duration
               + otlpSpan("00000000000000a2", "00000000000000a1", "1700000000000005000",
                          "1700000000000004000")
               + ","
               // the same record twice
               + otlpSpan("00000000000000a3", "00000000000000a1", "1700000000000001000",
                          "1700000000000002000")
               + ","
               + otlpSpan("00000000000000a3", "00000000000000a1", "1700000000000001000",
                          "1700000000000002000")
               + ","
               // a parent that is not in the file
               + otlpSpan("00000000000000a4", "00000000000000ff", "1700000000000001000",
                          "1700000000000002000")
               + ","
               // two spans that are each other's parent
               + otlpSpan("00000000000000b1", "00000000000000b2", "1700000000000001000",
                          "1700000000000002000")
               + ","
               + otlpSpan("00000000000000b2", "00000000000000b1", "1700000000000001000",
                          "1700000000000002000"));
    Harness harness;
    const auto result = harness.import(bytes, QStringLiteral("problems.json"));
    QCOMPARE(result.spanCount, Q_INT64_C(7));
    QCOMPARE(result.warnings.size(), 4);
    QVERIFY2(containsLine(result.warnings,
                          "1 span ends before it starts; it is shown with zero "
                          "duration"),
             qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QVERIFY(containsLine(result.warnings, "1 span record repeats the id"));
    QVERIFY(containsLine(result.warnings, "1 span names a parent that is not in the file"));
    QVERIFY(containsLine(result.warnings, "2 spans are their own ancestors"));
    const store::TraceData trace = harness.trace(kTrace);
    QCOMPARE(trace.spans[1].durationNs(), Q_INT64_C(0));
    QCOMPARE(trace.spans[1].startNs, Q_INT64_C(1700000000000005000));
    // The trace list counts the records as written.
    QCOMPARE(harness.traces(result.sourceId).front().spanCount, Q_INT64_C(7));
}

void TestTraces::timesInAnotherUnitOrClock()
{
    // An OTLP span in microseconds is read in microseconds; one on a clock that does
    // not count from 1970 is kept as written. Each is said once.
    const QByteArray bytes
        = otlp(otlpSpan("00000000000000a1", "", "1700000000000000", "1700000000000900") + ","
               + otlpSpan("00000000000000a2", "00000000000000a1", "1700000000000000000",
                          "1700000000000001000")
               + "," + otlpSpan("00000000000000a3", "00000000000000a1", "1000", "2000") + ","
               + otlpSpan("00000000000000a4", "00000000000000a1", "1700000000000000000", ""));
    Harness harness;
    const auto result = harness.import(bytes, QStringLiteral("clocks.json"));
    const store::TraceData trace = harness.trace(kTrace);
    QCOMPARE(trace.spans[0].startNs, Q_INT64_C(1700000000000000000));
    QCOMPARE(trace.spans[0].durationNs(), Q_INT64_C(900000));
    QCOMPARE(trace.spans[2].startNs, Q_INT64_C(1000));
    QVERIFY2(containsLine(result.warnings,
                          "1 span has times in microseconds where OTLP uses "
                          "nanoseconds"),
             qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QVERIFY(containsLine(result.warnings, "1 span has a start time that is not a wall-clock time"));
    // A span exported unfinished has no end: zero duration, said as such.
    QCOMPARE(trace.spans[3].durationNs(), Q_INT64_C(0));
    QVERIFY(containsLine(result.warnings, "1 span has no end time"));
    QVERIFY(!containsLine(result.warnings, "ends before it starts"));
}

void TestTraces::jaegerTracesLandInTheCache()
{
    Harness harness;
    const auto result = harness.import(readData("jaeger-shop.json"), QStringLiteral("jaeger.json"));
    QCOMPARE(result.format, QStringLiteral("jaeger"));
    // "1f" and "000000000000001f" are one trace; processes follow the spans in the file.
    QCOMPARE(describe(harness.traces(result.sourceId)),
             QStringLiteral("000000000000001f spans=4 roots=[GET /api] services=[frontend|db] "
                            "start=1700000000000000000 ns=900000000 errors=1"));
    // a3: no CHILD_OF into its own trace, so its FOLLOWS_FROM is the parent (Jaeger's
    // Span.ParentSpanID()); a4 names its parent in the legacy field.
    QCOMPARE(describe(harness.trace("000000000000001f")),
             QStringLiteral("00000000000000a1 <- - GET /api op=http.server kind=server "
                            "service=frontend status=error error 1700000000000000000+900000000\n"
                            "00000000000000a2 <- 00000000000000a1 SELECT users op=db kind=client "
                            "service=db status= 1700000000200000000+100000000\n"
                            "00000000000000a3 <- 00000000000000a1 async audit op= kind= "
                            "service=db status= 1700000000300000000+50000000\n"
                            "00000000000000a4 <- 00000000000000a2 legacy parent op= kind= "
                            "service=db status= 1700000000250000000+10000"));
    QVERIFY(result.warnings.isEmpty());

    const QJsonObject api = harness.details("000000000000001f", "GET /api");
    QCOMPARE(api[QLatin1String("attributes")][QLatin1String("error")], QJsonValue(true));
    QCOMPARE(api[QLatin1String("attributes")][QLatin1String("ratio")], QJsonValue(0.25));
    QVERIFY(api[QLatin1String("attributes")][QLatin1String("big")].isDouble());
    QCOMPARE(api[QLatin1String("resource")][QLatin1String("hostname")].toString(),
             QStringLiteral("web-1"));
    const QJsonObject log = api[QLatin1String("events")].toArray().at(0).toObject();
    QCOMPARE(log[QLatin1String("name")].toString(), QStringLiteral("cache miss"));
    QCOMPARE(log[QLatin1String("time_ns")].toInteger(), Q_INT64_C(1700000000100000000));
    QCOMPARE(log[QLatin1String("attributes")].toObject(),
             QJsonObject({{QStringLiteral("key"), QStringLiteral("user:1")}}));
    const QJsonArray links
        = harness.details("000000000000001f", "async audit")[QLatin1String("links")].toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0][QLatin1String("trace_id")].toString(), QStringLiteral("00000000000000ff"));
    QCOMPARE(
        links[0][QLatin1String("attributes")][QLatin1String("opentracing.ref_type")].toString(),
        QStringLiteral("child_of"));
}

void TestTraces::jaegerBareShapes()
{
    // The UI's download of one trace (no `data`), and an array of spans that carry
    // their process, as the anonymizer writes them.
    const QByteArray trace
        = "{\"traceID\":\"abc\",\"spans\":[{\"traceID\":\"abc\",\"spanID\":\"1\","
          "\"operationName\":\"root\",\"references\":[],\"startTime\":1700000000000000,"
          "\"duration\":10,\"tags\":[{\"key\":\"error\",\"type\":\"bool\",\"value\":\"true\"}],"
          "\"processID\":\"p1\"}],\"processes\":{\"p1\":{\"serviceName\":\"web\"}}}";
    const QByteArray spans
        = "[{\"traceID\":\"abc\",\"spanID\":\"2\",\"operationName\":\"child\","
          "\"references\":[{\"refType\":\"CHILD_OF\",\"traceID\":\"0abc\",\"spanID\":\"01\"}],"
          "\"startTime\":1700000000000002,\"duration\":3,\"process\":{\"serviceName\":\"api\","
          "\"tags\":[]}}]";
    Harness harness;
    const auto first = harness.import(trace, QStringLiteral("trace.json"));
    const auto second = harness.import(spans, QStringLiteral("spans.json"));
    QCOMPARE(first.format, QStringLiteral("jaeger"));
    QCOMPARE(second.format, QStringLiteral("jaeger"));
    // Spans of one trace from two files form one trace.
    QCOMPARE(describe(store::TraceReader(harness.cache()).traces()),
             QStringLiteral("0000000000000abc spans=2 roots=[root] services=[web|api] "
                            "start=1700000000000000000 ns=10000 errors=1"));
}

void TestTraces::zipkinSharedSpans()
{
    Harness harness;
    const auto result = harness.import(readData("zipkin-shop.json"), QStringLiteral("zipkin.json"));
    QCOMPARE(result.format, QStringLiteral("zipkin"));
    QCOMPARE(describe(harness.traces(result.sourceId)),
             QStringLiteral("5af7183fb1d4cf5f spans=4 roots=[get /checkout] "
                            "services=[frontend|payments] start=1700000000000000000 "
                            "ns=900000000 errors=1"));
    // The server half has no timestamp: it takes the client half's timing. The halves
    // differ in kind, so they are not duplicates.
    QCOMPARE(describe(harness.trace("5af7183fb1d4cf5f")),
             QStringLiteral("6b221d5bc9e6496c <- - get /checkout op=http.server kind=server "
                            "service=frontend status=error error 1700000000000000000+900000000\n"
                            "352bff9a74ca9ad2 <- 6b221d5bc9e6496c post /pay op= kind=client "
                            "service=frontend status= 1700000000100000000+700000000\n"
                            "352bff9a74ca9ad2 <- 6b221d5bc9e6496c post /pay op= kind=server "
                            "service=payments status= 1700000000100000000+700000000\n"
                            "e457b5a2e4d86bd1 <- 352bff9a74ca9ad2 select op=db kind= "
                            "service=payments status= 1700000000200000000+100000000"));
    QCOMPARE(result.warnings,
             QStringList({QStringLiteral("1 span has no timestamp (the other half of a shared "
                                         "span); shown with the timing of the half that has "
                                         "one")}));
    const QJsonObject pay = harness.details("5af7183fb1d4cf5f", "post /pay");
    QCOMPARE(pay[QLatin1String("remote_endpoint")][QLatin1String("port")], QJsonValue(8080));
    QCOMPARE(pay[QLatin1String("events")][0][QLatin1String("name")].toString(),
             QStringLiteral("retry"));
    QCOMPARE(pay[QLatin1String("events")][0][QLatin1String("time_ns")].toInteger(),
             Q_INT64_C(1700000000150000000));
}

void TestTraces::zipkinListOfTraces()
{
    // /api/v2/traces: a list of traces; 64-bit ids written without leading zeros.
    const QByteArray bytes
        = "[[{\"traceId\":\"a\",\"id\":\"1\",\"name\":\"one\",\"timestamp\":1700000000000000,"
          "\"duration\":5}],[{\"traceId\":\"463ac35c9f6413ad48485a3953bb6124\",\"id\":\"2\","
          "\"name\":\"two\",\"timestamp\":1700000000000000}]]";
    Harness harness;
    const auto result = harness.import(bytes, QStringLiteral("traces.json"));
    QCOMPARE(result.format, QStringLiteral("zipkin"));
    QCOMPARE(describe(harness.traces(result.sourceId)),
             QStringLiteral("000000000000000a spans=1 roots=[one] services=[] "
                            "start=1700000000000000000 ns=5000 errors=0\n"
                            "463ac35c9f6413ad48485a3953bb6124 spans=1 roots=[two] services=[] "
                            "start=1700000000000000000 ns=0 errors=0"));
}

void TestTraces::formatsAreSniffed()
{
    const importers::ImporterRegistry &registry = importers::ImporterRegistry::instance();
    const auto sniffed = [&](const QByteArray &bytes) {
        const importers::Importer *importer = registry.sniff(bytes.toStdString());
        return importer ? importer->format().id : QString();
    };
    QCOMPARE(sniffed(readData("otlp-shop.json")), QStringLiteral("otlp-traces"));
    QCOMPARE(sniffed(readData("jaeger-shop.json")), QStringLiteral("jaeger"));
    QCOMPARE(sniffed(readData("zipkin-shop.json")), QStringLiteral("zipkin"));
    // An OTLP logs export is another signal: the traces importer does not claim it.
    const QByteArray logs = "{\"resourceLogs\":[{\"scopeLogs\":[{\"logRecords\":[]}]}]}";
    QVERIFY(sniffed(logs) != QStringLiteral("otlp-traces"));
    Harness harness;
    const QString error
        = harness.importError(logs, QStringLiteral("logs.json"), QStringLiteral("otlp-traces"));
    QVERIFY2(error.contains(QLatin1String("logs")), qPrintable(error));
}

void TestTraces::chunkedAndCompressedReadsAgree()
{
    for (const char *file : {"otlp-shop.json", "jaeger-shop.json", "zipkin-shop.json"}) {
        const QByteArray bytes = readData(file);
        Harness plain;
        const QString expected
            = describe(plain.traces(plain.import(bytes, QLatin1String(file)).sourceId));
        QVERIFY(!expected.isEmpty());
        // Three raw bytes per read, as speedscope's chunked tests do.
        Harness chunked;
        QCOMPARE(describe(chunked.traces(chunked.import(bytes, QLatin1String(file), 3).sourceId)),
                 expected);
        for (const QByteArray &packed :
             {testing::TestCompression::gzip(bytes), testing::TestCompression::zlib(bytes),
              testing::TestCompression::zstd(bytes)}) {
            Harness compressed;
            const auto result = compressed.import(packed, QLatin1String(file));
            QCOMPARE(describe(compressed.traces(result.sourceId)), expected);
        }
    }
}

void TestTraces::badInput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QString otlpFormat = QStringLiteral("otlp-traces");
    const QByteArray good
        = otlpSpan("00000000000000a1", "", "1700000000000000000", "1700000000000000001");
    QTest::newRow("no spans") << QString() << QByteArray("{\"resourceSpans\":[]}")
                              << QStringLiteral("holds nothing");
    QTest::newRow("resourceSpans not an array")
        << otlpFormat << QByteArray("{\"resourceSpans\":5}")
        << QStringLiteral("expected an array in `resourceSpans`");
    QTest::newRow("span not an object")
        << QString() << otlp("5") << QStringLiteral("expected a span (a JSON object)");
    QTest::newRow("start a boolean")
        << QString() << otlp(QByteArray(good).replace("\"1700000000000000000\"", "true"))
        << QStringLiteral("`startTimeUnixNano`");
    QTest::newRow("trace id a number")
        << QString()
        << otlp(QByteArray(good).replace(QByteArray(QByteArray("\"") + kTrace + "\""),
                                         QByteArray("5")))
        << QStringLiteral("`traceId`");
    QTest::newRow("intValue not a number")
        << QString()
        << otlp(good.left(good.size() - 1)
                + ",\"attributes\":[{\"key\":\"n\",\"value\":{\"intValue\":\"abc\"}}]}")
        << QStringLiteral("`intValue`");
    QTest::newRow("no span id") << QString()
                                << otlp(QByteArray(good).replace("\"spanId\"", "\"spanIdX\""))
                                << QStringLiteral("no `spanId`");
    QTest::newRow("truncated") << QString() << otlp(good).chopped(3) << QStringLiteral("truncated");
    QTest::newRow("garbage") << QString() << QByteArray("{\"resourceSpans\":[{\"scopeSpans\" []}]}")
                             << QStringLiteral("malformed");
    QByteArray deepValue = "{\"stringValue\":\"x\"}";
    for (int i = 0; i < 40; ++i)
        deepValue = "{\"arrayValue\":{\"values\":[" + deepValue + "]}}";
    QTest::newRow("attribute values nested deep")
        << QString()
        << otlp(good.left(good.size() - 1)
                + ",\"attributes\":[{\"key\":\"n\",\"value\":" + deepValue + "}]}")
        << QStringLiteral("nest deeper");
    // Deep nesting where a value is copied as it is stops at a bound, not on the stack;
    // elsewhere it is the wrong type.
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    QTest::newRow("JSON nested deep")
        << otlpFormat << QByteArray("{\"resourceSpans\":" + deep + "}")
        << QStringLiteral("expected an entry of `resourceSpans`");
    QTest::newRow("jaeger tag nested deep")
        << QString()
        << QByteArray("{\"data\":[{\"traceID\":\"1\",\"spans\":[{\"traceID\":\"1\",\"spanID\":"
                      "\"2\",\"tags\":[{\"key\":\"k\",\"value\":"
                      + deep + "}]}]}]}")
        << QStringLiteral("nests deeper");
    QTest::newRow("zipkin tag nested deep")
        << QString()
        << QByteArray("[{\"traceId\":\"a\",\"id\":\"b\",\"tags\":{\"k\":" + deep + "}}]")
        << QStringLiteral("nests deeper");
    QTest::newRow("jaeger data not an array")
        << QStringLiteral("jaeger") << QByteArray("{\"data\":5}")
        << QStringLiteral("expected an array of traces in `data`");
    QTest::newRow("jaeger startTime a word")
        << QString()
        << QByteArray("{\"data\":[{\"traceID\":\"1\",\"spans\":[{\"traceID\":\"1\",\"spanID\":"
                      "\"2\",\"startTime\":\"soon\"}]}]}")
        << QStringLiteral("`startTime`");
    QTest::newRow("jaeger api errors")
        << QStringLiteral("jaeger")
        << QByteArray("{\"data\":null,\"errors\":[{\"code\":404,\"msg\":\"trace not found\"}]}")
        << QStringLiteral("trace not found");
    QTest::newRow("zipkin timestamp a word")
        << QString() << QByteArray("[{\"traceId\":\"a\",\"id\":\"b\",\"timestamp\":\"x\"}]")
        << QStringLiteral("`timestamp`");
    QTest::newRow("zipkin v1")
        << QString()
        << QByteArray("[{\"traceId\":\"a\",\"id\":\"b\",\"name\":\"x\",\"annotations\":[],"
                      "\"binaryAnnotations\":[]}]")
        << QStringLiteral("Zipkin v1");
    QTest::newRow("zipkin span not an object")
        << QStringLiteral("zipkin") << QByteArray("[5]") << QStringLiteral("expected a span");
}

void TestTraces::badInput()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    Harness harness;
    const auto earlier = harness.import(readData("zipkin-shop.json"), QStringLiteral("ok.json"));
    const QString before = describe(harness.traces(earlier.sourceId));
    const size_t sources = harness.cache().sources().size();
    for (const size_t chunkSize : {size_t(0), size_t(3)}) {
        const QString error = harness.importError(bytes, QStringLiteral("bad"), format, chunkSize);
        QVERIFY2(!error.isEmpty(), "the import succeeded");
        QVERIFY2(error.contains(message), qPrintable(error));
    }
    QCOMPARE(harness.cache().sources().size(), sources);
    QCOMPARE(store::TraceReader(harness.cache()).traces().size(), size_t(1));
    QCOMPARE(describe(harness.traces(earlier.sourceId)), before);
}

void TestTraces::truncatedFilesAreRefused()
{
    // Every strict prefix is refused without a crash, and nothing is written.
    Harness harness;
    for (const char *file : {"otlp-shop.json", "jaeger-shop.json", "zipkin-shop.json"}) {
        const QByteArray bytes = readData(file).trimmed();
        for (qsizetype length = 1; length < bytes.size(); length += 13) {
            const QString error = harness.importError(bytes.left(length), QLatin1String(file));
            QVERIFY2(!error.isEmpty(),
                     qPrintable(QStringLiteral("%1 cut at %2 was imported")
                                    .arg(QLatin1String(file))
                                    .arg(length)));
        }
    }
    QVERIFY(harness.cache().sources().empty());
}

int runTraceImporterTests(int argc, char *argv[])
{
    TestTraces test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_traces.moc"
