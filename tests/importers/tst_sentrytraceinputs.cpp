// Sentry traces from hand-made inputs: a transaction, streamed spans and a trace response
// of one trace, the web API's event shape, times in both spellings, data problems worked
// around with one warning per kind, and malformed input refused with the cache unchanged.
// Moc cannot read raw string literals: JSON here is written with ' for " (see json()).

#include "spantreetext.h"
#include "traceharness.h"

#include "importers/common/importerregistry.h"
#include "importers/sentry/sentrytimestamp.h"

#include "models/store/cache.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace eg;
using eg::testing::SpanTreeText;
using eg::testing::TraceHarness;

namespace {

// JSON written with single quotes, which C++ string literals do not need escaped.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// An envelope: the header line, then each item as {item header, payload} with its `length`.
QByteArray envelope(const QList<QPair<QByteArray, QByteArray>> &items)
{
    QByteArray out = json("{'event_id':'00112233445566778899aabbccddeeff',"
                          "'sdk':{'name':'sentry.javascript.node'}}")
        + '\n';
    for (const auto &[itemHeader, payload] : items) {
        QByteArray header = itemHeader;
        header.chop(1);
        out += header + ",\"length\":" + QByteArray::number(payload.size()) + "}\n" + payload
            + '\n';
    }
    return out;
}

const QByteArray kTransactionItem = json("{'type':'transaction'}");
const QByteArray kSpanItem = json(
    "{'type':'span','item_count':3,'content_type':'application/vnd.sentry.items.span.v2+json'}");
const QByteArray kProfileItem = json("{'type':'profile'}");

// Root GET /x (a server, ok, on thread 7), a db span, a failing http span under it with
// RFC 3339 times in two zones and tags as pairs. The event id is dashed and upper-case.
const QByteArray kTransaction = json(
    "{'type':'transaction','transaction':'GET "
    "/x','event_id':'AAAAAAAA-0000-0000-0000-000000000001',"
    "'start_timestamp':1700000000.5,'timestamp':'2023-11-14T22:13:21.5Z',"
    "'server_name':'host-1','release':'app@1','tags':{'team':'a \\'q\\''},"
    "'measurements':{'lcp':{'value':156,'unit':'millisecond'}},"
    "'sdk':{'name':'sentry.python'},"
    "'contexts':{'trace':{'trace_id':'0AF7651916CD43DD8448EB211C80319C','span_id':'"
    "b000000000000001',"
    "'op':'http.server','status':'ok','type':'trace','data':{'sentry.kind':'SERVER',"
    "'thread.id':7}},'profile':{'profiler_id':'11111111111111111111111111111111'}},"
    "'spans':[{'span_id':'c000000000000001','parent_span_id':'b000000000000001',"
    "'op':'db.query','description':'SELECT \\'x\\' FROM t','start_timestamp':1700000000.6,"
    "'timestamp':1700000000.7,'status':'ok','data':{'db.system':'postgresql','thread.id':'8'}},"
    "{'span_id':'c000000000000002','parent_span_id':'c000000000000001','op':'http.client',"
    "'description':'GET http://a','start_timestamp':'2023-11-14T22:13:20.65Z',"
    "'timestamp':'2023-11-14T23:13:20.69+01:00','status':'not_found',"
    "'tags':[['http.status_code','404']]}]}");

// A v1 profile that names the transaction above.
const QByteArray kProfile = json(
    "{'version':'1','event_id':'99999999999999999999999999999999','platform':'python',"
    "'timestamp':'2023-11-14T22:13:20.5Z','transactions':[{'id':'aaaaaaaa000000000000000000000001',"
    "'trace_id':'0af7651916cd43dd8448eb211c80319c','name':'GET /x','active_thread_id':'7'}],"
    "'profile':{'samples':[{'elapsed_since_start_ns':'0','stack_id':0,'thread_id':'7'},"
    "{'elapsed_since_start_ns':'10000000','stack_id':0,'thread_id':'7'}],'stacks':[[0]],"
    "'frames':[{'function':'main'}]}}");

// Streamed spans of the same trace under the http span: a server segment, a child with an
// integer written as a string and a link, and a failing child without an op.
const QByteArray kSpansV2
    = json("{'version':2,'items':[{'trace_id':'0af7651916cd43dd8448eb211c80319c',"
           "'span_id':'d000000000000001','parent_span_id':'c000000000000002','name':'GET',"
           "'status':'ok','is_segment':true,'kind':'server','start_timestamp':1700000000.66,"
           "'end_timestamp':1700000000.68,'attributes':{'sentry.op':{'value':'http.server','type':"
           "'string'},'sentry.segment.id':{'value':'d000000000000001','type':'string'},"
           "'sentry.sdk.name':{'value':'sentry.javascript.node','type':'string'},"
           "'sentry.profiler_id':{'value':'22222222222222222222222222222222','type':'string'},"
           "'thread.id':{'value':'0','type':'string'}}},"
           "{'trace_id':'0af7651916cd43dd8448eb211c80319c','span_id':'d000000000000002',"
           "'parent_span_id':'d000000000000001','name':'work','status':'ok','is_segment':false,"
           "'start_timestamp':1700000000.665,'end_timestamp':1700000000.67,'attributes':{"
           "'sentry.op':{'value':'function','type':'string'},"
           "'big':{'value':'1544712660300000000','type':'integer'},"
           "'sentry.segment.id':{'value':'d000000000000001','type':'string'}},"
           "'links':[{'trace_id':'1111','span_id':'AB','sampled':true,'attributes':{"
           "'sentry.link.type':{'value':'previous_trace','type':'string'}}}]},"
           "{'trace_id':'0af7651916cd43dd8448eb211c80319c','span_id':'d000000000000003',"
           "'parent_span_id':'d000000000000001','name':'fail','status':'error',"
           "'start_timestamp':1700000000.67,'end_timestamp':1700000000.675,'attributes':{}}]}");

// A trace response as the web API writes it: span ids in event_id, nested children, an
// error attached to an ok span, an orphan after the roots, and an issue node.
const QByteArray kTraceResponse
    = json("[{'event_id':'a000000000000001','transaction_id':'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
           "'is_transaction':true,'transaction':'GET /r','description':'GET /r','op':'http.server',"
           "'project_slug':'backend','sdk_name':'sentry.python','parent_span_id':null,"
           "'start_timestamp':1700000001.0,'end_timestamp':1700000002.0,'duration':1000.0,"
           "'profile_id':'','profiler_id':'','measurements':{},'errors':[{'event_id':'e1',"
           "'level':'error','title':'Boom'}],'occurrences':[],'children':[{'children':[],"
           "'event_id':'a000000000000002','transaction_id':'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
           "'is_transaction':false,'description':'SELECT 1','op':'db','parent_span_id':"
           "'a000000000000001','start_timestamp':1700000001.1,'duration':200,"
           "'status':'deadline_exceeded','profile_id':'33333333333333333333333333333333',"
           "'profiler_id':'','errors':[]}]},"
           "{'event_id':'a000000000000003','transaction_id':'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',"
           "'is_transaction':true,'description':'orphan','op':'task','parent_span_id':"
           "'ffffffffffffffff','start_timestamp':1700000003.0,'end_timestamp':1700000003.5,"
           "'children':[]},{'event_id':'e2','issue_id':7,'level':'error','title':'Lost',"
           "'start_timestamp':1700000001.5}]");

const store::TraceSpan *spanNamed(const store::TraceData &trace, std::string_view name)
{
    const auto it
        = std::find_if(trace.spans.begin(), trace.spans.end(),
                       [&](const store::TraceSpan &s) { return trace.text(s.name) == name; });
    return it == trace.spans.end() ? nullptr : &*it;
}

} // namespace

class TestSentryTraceInputs : public QObject
{
    Q_OBJECT

private slots:
    void timestamps();
    void transactionSpansAndProfile();
    void events();
    void traceResponse();
    void dataProblems();
    void probes();
    void badInputs_data();
    void badInputs();
};

void TestSentryTraceInputs::timestamps()
{
    using importers::SentryTimestamp;
    int64_t ns = 0;
    for (const char *text : {"2023-11-22T16:23:49.525798Z", "2023-11-22 16:23:49.525798+00:00",
                             "2023-11-22T17:23:49.525798+01:00", "2023-11-22t16:23:49.525798z",
                             "2023-11-22T16:23:49.525798"}) {
        QVERIFY2(SentryTimestamp::parseRfc3339(text, &ns), text);
        QCOMPARE(ns, int64_t(1700670229525798000));
    }
    QVERIFY(SentryTimestamp::parseRfc3339("1970-01-01T00:00:00Z", &ns));
    QCOMPARE(ns, int64_t(0));
    QVERIFY(SentryTimestamp::parseRfc3339("2023-11-22T16:23:49.9999999996Z", &ns));
    QCOMPARE(ns, int64_t(1700670230000000000));
    for (const char *bad : {"2023-13-01T00:00:00Z", "2023-11-22", "yesterday",
                            "2023-11-22T16:23:49.Z", "2023-11-22T16:23:49Zjunk"})
        QVERIFY2(!SentryTimestamp::parseRfc3339(bad, &ns), bad);
    QVERIFY(SentryTimestamp::parseSeconds("1795547563.68623", &ns));
    QCOMPARE(ns, int64_t(1795547563686230000));
    QVERIFY(SentryTimestamp::parseSeconds("1.7e9", &ns));
    QCOMPARE(ns, int64_t(1700000000000000000));
    QVERIFY(!SentryTimestamp::parseSeconds("soon", &ns));
}

void TestSentryTraceInputs::transactionSpansAndProfile()
{
    const QByteArray bytes = envelope(
        {{kTransactionItem, kTransaction}, {kSpanItem, kSpansV2}, {kProfileItem, kProfile}});
    for (const size_t chunkSize : {size_t(0), size_t(3)}) {
        TraceHarness harness;
        const auto result = harness.import(bytes, QStringLiteral("e.envelope"), chunkSize);
        QCOMPARE(result.format, QStringLiteral("sentry-envelope"));
        QCOMPARE(result.profileCount, 1);
        QVERIFY2(harness.warnings(result.sourceId).isEmpty(),
                 qPrintable(harness.warnings(result.sourceId).join(u'\n')));
        QCOMPARE(SpanTreeText::describe(harness.traces()),
                 QStringLiteral("0af7651916cd43dd8448eb211c80319c spans=6 roots=[GET /x] "
                                "ms=1000.0 errors=2"));
        const store::TraceData trace = harness.trace("0af7651916cd43dd8448eb211c80319c");
        QCOMPARE(SpanTreeText::tree(trace),
                 QStringLiteral("http.server GET /x\n"
                                "  db.query SELECT \"x\" FROM t\n"
                                "    http.client GET http://a [error]\n"
                                "      http.server GET\n"
                                "        function work\n"
                                "         fail [error]"));

        // The transaction's spans: its event id as segment, its profiler, the profile of
        // the same envelope (SDKs leave contexts.profile.profile_id to Relay), one service.
        const store::TraceSpan *root = spanNamed(trace, "GET /x");
        QVERIFY(root);
        QVERIFY(root->isSegment);
        QCOMPARE(trace.text(root->kind), std::string_view("server"));
        QCOMPARE(trace.text(root->threadId), std::string_view("7"));
        QCOMPARE(trace.text(root->segmentId), std::string_view("aaaaaaaa000000000000000000000001"));
        QCOMPARE(trace.text(root->profilerId),
                 std::string_view("11111111111111111111111111111111"));
        QCOMPARE(trace.text(root->profileId), std::string_view("99999999999999999999999999999999"));
        QCOMPARE(trace.text(root->service), std::string_view("sentry.python"));
        QCOMPARE(root->startNs, int64_t(1700000000500000000));
        QCOMPARE(root->endNs, int64_t(1700000001500000000));
        const QJsonObject details = harness.details(*root);
        const QJsonObject attributes = details[QLatin1String("attributes")].toObject();
        QCOMPARE(attributes[QLatin1String("server_name")].toString(), QStringLiteral("host-1"));
        QCOMPARE(attributes[QLatin1String("team")].toString(), QStringLiteral("a \"q\""));
        QCOMPARE(attributes[QLatin1String("sentry.kind")].toString(), QStringLiteral("SERVER"));
        QCOMPARE(details[QLatin1String("measurements")][QLatin1String("lcp")][QLatin1String("unit")]
                     .toString(),
                 QStringLiteral("millisecond"));

        const store::TraceSpan *db = spanNamed(trace, "SELECT \"x\" FROM t");
        QVERIFY(db);
        QVERIFY(!db->isSegment);
        QCOMPARE(trace.text(db->segmentId), trace.text(root->segmentId));
        QCOMPARE(trace.text(db->threadId), std::string_view("8"));
        QCOMPARE(trace.text(db->profileId), std::string_view("99999999999999999999999999999999"));
        QCOMPARE(trace.text(db->service), std::string_view("sentry.python"));
        const store::TraceSpan *http = spanNamed(trace, "GET http://a");
        QVERIFY(http);
        QCOMPARE(http->startNs, int64_t(1700000000650000000));
        QCOMPARE(http->endNs, int64_t(1700000000690000000));
        QCOMPARE(trace.text(http->status), std::string_view("not_found"));
        QCOMPARE(
            harness.details(*http)[QLatin1String("attributes")][QLatin1String("http.status_code")]
                .toString(),
            QStringLiteral("404"));

        // The streamed spans: segment, kind, profiler and thread from their attributes.
        const store::TraceSpan *server = spanNamed(trace, "GET");
        QVERIFY(server);
        QVERIFY(server->isSegment);
        QCOMPARE(trace.text(server->kind), std::string_view("server"));
        QCOMPARE(trace.text(server->segmentId), std::string_view("d000000000000001"));
        QCOMPARE(trace.text(server->profilerId),
                 std::string_view("22222222222222222222222222222222"));
        QCOMPARE(trace.text(server->threadId), std::string_view("0"));
        QCOMPARE(trace.text(server->service), std::string_view("sentry.javascript.node"));
        const store::TraceSpan *work = spanNamed(trace, "work");
        QVERIFY(work);
        QCOMPARE(trace.text(work->segmentId), std::string_view("d000000000000001"));
        const std::string workDetails = harness.detailsText(*work);
        QVERIFY2(workDetails.find("\"big\":1544712660300000000") != std::string::npos,
                 workDetails.c_str());
        QVERIFY2(workDetails.find("\"links\":[{\"trace_id\":\"1111\",\"span_id\":\"ab\","
                                  "\"sampled\":true,\"attributes\":{\"sentry.link.type\":"
                                  "\"previous_trace\"}}]")
                     != std::string::npos,
                 workDetails.c_str());
        QVERIFY(!harness.details(*work).isEmpty());
        const store::TraceSpan *fail = spanNamed(trace, "fail");
        QVERIFY(fail);
        QVERIFY(fail->isError);
        QCOMPARE(trace.text(fail->status), std::string_view("error"));

        // The profile knows what it was recorded for, and where its time 0 is.
        const store::ProfileLinks links = harness.cache().profiles(result.sourceId).front().links;
        QCOMPARE(links.profileId, std::string("99999999999999999999999999999999"));
        QCOMPARE(links.transactionId, std::string("aaaaaaaa000000000000000000000001"));
        QCOMPARE(links.traceId, std::string("0af7651916cd43dd8448eb211c80319c"));
        QCOMPARE(links.threadId, std::string("7"));
        QCOMPARE(links.originEpochNs, int64_t(1700000000500000000));
    }
}

void TestSentryTraceInputs::events()
{
    TraceHarness harness;
    // The SDK's transaction JSON alone.
    const auto sdk = harness.import(kTransaction, QStringLiteral("t.json"));
    QCOMPARE(sdk.format, QStringLiteral("sentry-event"));
    QCOMPARE(sdk.spanCount, int64_t(3));

    // The web API's shape: eventID, startTimestamp, tags as {key, value}, and the spans in
    // an entry whose `type` follows its `data`.
    const QByteArray api = json(
        "{'id':'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb','eventID':'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',"
        "'projectID':'5','type':'transaction','title':'GET /api','startTimestamp':1700000000.0,"
        "'endTimestamp':1700000000.25,'dateCreated':'2023-11-14T22:13:21Z',"
        "'tags':[{'key':'browser','value':'Chrome'}],'sdk':{'name':'sentry.python'},"
        "'contexts':{'trace':{'trace_id':'1af7651916cd43dd8448eb211c80319c',"
        "'span_id':'e000000000000001','op':'http.server','status':'ok','type':'trace'}},"
        "'entries':[{'data':[{'span_id':'e000000000000002','parent_span_id':'e000000000000001',"
        "'op':'db','description':'SELECT 2','start_timestamp':1700000000.1,"
        "'timestamp':1700000000.2}],'type':'spans'},{'data':{'values':[]},'type':'breadcrumbs'}]}");
    const auto fromApi = harness.import(api, QStringLiteral("api.json"));
    QCOMPARE(fromApi.format, QStringLiteral("sentry-event"));
    const store::TraceData trace = harness.trace("1af7651916cd43dd8448eb211c80319c");
    QCOMPARE(SpanTreeText::tree(trace), QStringLiteral("http.server GET /api\n  db SELECT 2"));
    QCOMPARE(trace.text(trace.spans.back().segmentId),
             std::string_view("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
    QCOMPARE(
        harness.details(trace.spans.front())[QLatin1String("attributes")][QLatin1String("browser")]
            .toString(),
        QStringLiteral("Chrome"));
    QCOMPARE(trace.spans.front().durationNs(), int64_t(250'000'000));

    // An error event is an error event (tst_sentryerrors.cpp), not spans.
    const auto error = harness.import(
        json("{'event_id':'cccccccccccccccccccccccccccccccc','level':'error','exception':"
             "{'values':[{'type':'E','value':'boom'}]},'timestamp':1700000000}"),
        QStringLiteral("err.json"));
    QCOMPARE(error.format, QStringLiteral("sentry-event"));
    QCOMPARE(error.spanCount, int64_t(0));
}

void TestSentryTraceInputs::traceResponse()
{
    TraceHarness harness;
    const auto result = harness.import(
        kTraceResponse, QStringLiteral("trace-0af7651916cd43dd8448eb211c80319c.json"));
    QCOMPARE(result.format, QStringLiteral("sentry-trace"));
    QCOMPARE(harness.warnings(result.sourceId),
             QStringList {QStringLiteral("1 error of the trace response belongs to no span and "
                                         "is not imported (errors come in a later version)")});
    // The trace id comes from the file name; the issue node is left out; the error
    // attached to GET /r stays in its details without making the span an error.
    QCOMPARE(SpanTreeText::describe(harness.traces()),
             QStringLiteral("0af7651916cd43dd8448eb211c80319c spans=3 roots=[GET /r|orphan] "
                            "ms=2500.0 errors=1"));
    const store::TraceData trace = harness.trace("0af7651916cd43dd8448eb211c80319c");
    QCOMPARE(SpanTreeText::tree(trace),
             QStringLiteral("http.server GET /r\n  db SELECT 1 [error]\ntask orphan"));
    const store::TraceSpan *root = spanNamed(trace, "GET /r");
    QVERIFY(root && root->isSegment && !root->isError);
    QCOMPARE(trace.text(root->service), std::string_view("backend"));
    QCOMPARE(trace.text(root->segmentId), std::string_view("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(trace.text(root->profileId), std::string_view());
    QCOMPARE(harness.details(*root)[QLatin1String("errors")].toArray().size(), 1);
    const store::TraceSpan *db = spanNamed(trace, "SELECT 1");
    QVERIFY(db && !db->isSegment);
    QCOMPARE(db->durationNs(), int64_t(200'000'000)); // from `duration`: no end time
    QCOMPARE(trace.text(db->profileId), std::string_view("33333333333333333333333333333333"));
    const store::TraceSpan *orphan = spanNamed(trace, "orphan");
    QVERIFY(orphan);
    QCOMPARE(trace.text(orphan->segmentId), std::string_view("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));

    // The older events-trace shape, and a response that names no trace id anywhere.
    const QByteArray old = json(
        "{'transactions':[{'event_id':'dddddddddddddddddddddddddddddddd','span_id':"
        "'f000000000000001','transaction':'old','transaction.op':'http.server',"
        "'start_timestamp':1700000000,'timestamp':1700000001,'children':[{'event_id':"
        "'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee','span_id':'f000000000000002','transaction':'child',"
        "'start_timestamp':1700000000.2,'timestamp':1700000000.4,'children':[]}]}],"
        "'orphan_errors':[{'event_id':'x','issue_id':1,'title':'E'}]}");
    const auto oldResult = harness.import(old, QStringLiteral("old.json"));
    QCOMPARE(oldResult.format, QStringLiteral("sentry-trace"));
    QCOMPARE(oldResult.spanCount, int64_t(2));
    const QStringList warnings = harness.warnings(oldResult.sourceId);
    QVERIFY2(warnings.filter(QStringLiteral("names no trace id")).size() == 1,
             qPrintable(warnings.join(u'\n')));
    const store::TraceData oldTrace = harness.trace("dddddddddddddddddddddddddddddddd");
    QCOMPARE(SpanTreeText::tree(oldTrace), QStringLiteral("http.server old\n   child"));
}

void TestSentryTraceInputs::dataProblems()
{
    // Two spans end before they start, one has only a start, one no time, one no id, one
    // repeats an id, two name each other as parent, one names a parent nobody has.
    const QByteArray transaction = json(
        "{'type':'transaction','transaction':'T','start_timestamp':100,'timestamp':101,"
        "'contexts':{'trace':{'trace_id':'2af7651916cd43dd8448eb211c80319c','span_id':"
        "'1000000000000000','op':'task'}},'spans':["
        "{'span_id':'1000000000000001','parent_span_id':'1000000000000000','op':'a',"
        "'start_timestamp':100.5,'timestamp':100.2},"
        "{'span_id':'1000000000000002','parent_span_id':'1000000000000000','op':'b',"
        "'start_timestamp':100.5,'timestamp':100.4},"
        "{'span_id':'1000000000000003','parent_span_id':'1000000000000000','op':'c',"
        "'start_timestamp':100.5},"
        "{'span_id':'1000000000000004','parent_span_id':'1000000000000000','op':'d'},"
        "{'parent_span_id':'1000000000000000','op':'e','start_timestamp':100,'timestamp':101},"
        "{'span_id':'1000000000000001','parent_span_id':'1000000000000000','op':'a2',"
        "'start_timestamp':100,'timestamp':101},"
        "{'span_id':'1000000000000005','parent_span_id':'1000000000000006','op':'x',"
        "'start_timestamp':100,'timestamp':101},"
        "{'span_id':'1000000000000006','parent_span_id':'1000000000000005','op':'y',"
        "'start_timestamp':100,'timestamp':101},"
        "{'span_id':'1000000000000007','parent_span_id':'10000000000000ff','op':'z',"
        "'start_timestamp':100,'timestamp':101}]}");
    TraceHarness harness;
    const auto result = harness.import(envelope({{kTransactionItem, transaction}}),
                                       QStringLiteral("problems.envelope"));
    QCOMPARE(harness.warnings(result.sourceId),
             (QStringList {
                 QStringLiteral("2 spans end before they start; shown with zero duration"),
                 QStringLiteral("1 span has only a start or only an end time; shown with zero "
                                "duration"),
                 QStringLiteral("1 span has no start or end time and is left out"),
                 QStringLiteral("1 span has no span id and is left out"),
                 QStringLiteral("1 span repeats the trace and span id of an earlier one and is "
                                "left out"),
                 QStringLiteral("1 span is its own ancestor (a parent cycle); shown as a root"),
                 QStringLiteral("1 span names a parent that its transaction does not hold; shown "
                                "as a root until the parent is imported")}));
    const store::TraceData trace = harness.trace("2af7651916cd43dd8448eb211c80319c");
    QCOMPARE(trace.spans.size(), size_t(7)); // T a b c x y z
    for (const store::TraceSpan &s : trace.spans)
        QVERIFY(s.endNs >= s.startNs);
    // The cycle is broken where the walk from x closed it: y becomes a root, x stays under it.
    QCOMPARE(SpanTreeText::tree(trace).count(u'\n') + 1, 7);
    QVERIFY2(SpanTreeText::tree(trace).contains(QLatin1String("y \n  x ")),
             qPrintable(SpanTreeText::tree(trace)));
}

void TestSentryTraceInputs::probes()
{
    const auto &registry = importers::ImporterRegistry::instance();
    const auto sniff = [&](const QByteArray &bytes) {
        const importers::Importer *importer
            = registry.sniff(std::string_view(bytes.constData(), size_t(bytes.size())));
        return importer ? importer->format().id : QString();
    };
    QCOMPARE(sniff(kTransaction), QStringLiteral("sentry-event"));
    QCOMPARE(sniff(json("{'eventID':'x','type':'error','entries':[]}")),
             QStringLiteral("sentry-event"));
    QCOMPARE(sniff(json("{'event_id':'x','exception':{'values':[]}}")),
             QStringLiteral("sentry-event"));
    QCOMPARE(sniff(kTraceResponse), QStringLiteral("sentry-trace"));
    QCOMPARE(sniff(json("{'transactions':[],'orphan_errors':[]}")), QStringLiteral("sentry-trace"));
    QCOMPARE(sniff(envelope({{kTransactionItem, kTransaction}})),
             QStringLiteral("sentry-envelope"));
    QCOMPARE(sniff(kProfile), QStringLiteral("sentry-profile"));
    // Not ours: a Zipkin span list, a replay event, a plain object with an event_id.
    QVERIFY(sniff(json("[{'traceId':'a','id':'b','timestamp':1,'duration':2}]"))
            != QStringLiteral("sentry-trace"));
    QVERIFY(sniff(json("{'type':'replay_event','replay_id':'r','event_id':'e'}"))
            != QStringLiteral("sentry-event"));
    QCOMPARE(sniff(json("{'event_id':'x','name':'y'}")), QString());
}

void TestSentryTraceInputs::badInputs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QString env = QStringLiteral("sentry-envelope");
    const QString event = QStringLiteral("sentry-event");
    const QString trace = QStringLiteral("sentry-trace");
    const auto transactionWith = [&](const char *from, const char *to) {
        return envelope({{kTransactionItem, QByteArray(kTransaction).replace(from, json(to))}});
    };
    const auto spansWith = [&](const char *from, const char *to) {
        return envelope({{kSpanItem, QByteArray(kSpansV2).replace(from, json(to))}});
    };

    QByteArray cut = envelope({{kTransactionItem, kTransaction}});
    cut.chop(30);
    QTest::newRow("truncated envelope") << env << cut << QStringLiteral("item 1 (`transaction`)");
    QTest::newRow("garbage payload")
        << env << envelope({{kTransactionItem, QByteArray("{garbage\x01\x02")}})
        << QStringLiteral("item 1 (`transaction`)");
    QTest::newRow("spans not an array")
        << env << transactionWith("\"spans\":[", "'spans':{},'x':[")
        << QStringLiteral("expected an array in the transaction's `spans`");
    QTest::newRow("timestamp an object")
        << env << transactionWith("\"timestamp\":1700000000.7", "'timestamp':{'s':1}")
        << QStringLiteral("a span's `timestamp`");
    QTest::newRow("start an unreadable text")
        << env << transactionWith("\"start_timestamp\":1700000000.6", "'start_timestamp':'soon'")
        << QStringLiteral("\"soon\"");
    QTest::newRow("span_id an object")
        << env << transactionWith("\"span_id\":\"c000000000000001\"", "'span_id':{}")
        << QStringLiteral("`span_id`");
    QTest::newRow("a span not an object") << env << transactionWith("\"spans\":[", "'spans':[7,")
                                          << QStringLiteral("a span (a JSON object)");
    QTest::newRow("tags a number")
        << env << transactionWith("\"tags\":{\"team\"", "'tags':3,'t':{'team'")
        << QStringLiteral("`tags`");
    QTest::newRow("v2 items not an array")
        << env << spansWith("\"items\":[", "'items':{},'x':[") << QStringLiteral("`items`");
    QTest::newRow("v2 attributes not an object")
        << env << spansWith("\"attributes\":{}", "'attributes':[]")
        << QStringLiteral("`attributes`");
    QTest::newRow("v2 links not an array")
        << env << spansWith("\"links\":[", "'links':{},'x':[") << QStringLiteral("`links`");
    QTest::newRow("event spans a string")
        << event << QByteArray(kTransaction).replace("\"spans\":[", "\"spans\":\"no\",\"x\":[")
        << QStringLiteral("`spans`");
    QTest::newRow("event truncated")
        << event << kTransaction.left(200) << QStringLiteral("truncated");
    QTest::newRow("info event") << event << json("{'event_id':'x','level':'info','message':'hi'}")
                                << QStringLiteral("neither an error nor a transaction");
    QTest::newRow("trace children not an array")
        << trace << QByteArray(kTraceResponse).replace("\"children\":[]", "\"children\":5")
        << QStringLiteral("an array of span nodes");
    QTest::newRow("trace truncated")
        << trace << kTraceResponse.left(300) << QStringLiteral("truncated");
    QTest::newRow("trace not a list")
        << trace << json("{'a':1}") << QStringLiteral("a list of span nodes");
    // Nodes nested past what simdjson can follow (1024 levels of JSON) stop with a message.
    QByteArray deep;
    for (int i = 0; i < 600; ++i)
        deep += "[{\"event_id\":\"" + QByteArray::number(i) + "\",\"children\":";
    deep += "[]";
    for (int i = 0; i < 600; ++i)
        deep += "}]";
    QTest::newRow("trace nodes nested 600 deep")
        << trace << deep << QStringLiteral("nest deeper than 400 levels of `children`");
}

void TestSentryTraceInputs::badInputs()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    TraceHarness harness;
    harness.import(envelope({{kTransactionItem, kTransaction}}), QStringLiteral("earlier"));
    const QString before = SpanTreeText::describe(harness.traces());
    const size_t sources = harness.cache().sources().size();
    for (const size_t chunkSize : {size_t(0), size_t(3)}) {
        const QString error = harness.importError(bytes, QStringLiteral("bad"), format, chunkSize);
        QVERIFY2(!error.isEmpty(), "the import succeeded");
        QVERIFY2(error.contains(message), qPrintable(error));
    }
    QCOMPARE(harness.cache().sources().size(), sources);
    QCOMPARE(SpanTreeText::describe(harness.traces()), before);
}

int runSentryTraceInputTests(int argc, char *argv[])
{
    TestSentryTraceInputs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sentrytraceinputs.moc"
