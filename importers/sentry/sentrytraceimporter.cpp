#include "sentrytraceimporter.h"

#include "sentryspanbatch.h"
#include "sentryspanreader.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/ids.h"

#include <QRegularExpression>

#include <vector>

namespace eg::importers {

namespace {

constexpr size_t kMaxTextBytes = size_t(4) << 30;

using JsonValue = JsonSupport::Value;
using Span = SentrySpanReader::Span;

// The nodes of one response in file order (a node before its children), each knowing the
// node it is nested in. Read before any is finished: a node's `children` may come before
// its own ids.
class TraceNodes
{
public:
    explicit TraceNodes(ImportContext &context)
        : m_context(context)
    { }

    // `atRoot`: the document's own value, which On-Demand does not let be asked whether it
    // is null (the caller has seen it is an array).
    void readList(JsonSupport &json, JsonValue &value, int parent, bool issuesOnly,
                  bool atRoot = false)
    {
        if (!atRoot && json.isNull(value))
            return;
        // Each level of `children` is a recursion here and two levels of JSON, of which
        // simdjson follows at most 1024.
        if (++m_nesting > kMaxNesting) {
            json.fail(QStringLiteral("span nodes nest deeper than %1 levels of `children`")
                          .arg(kMaxNesting));
        }
        auto list = json.array(value, "an array of span nodes");
        for (auto element : list) {
            JsonValue node = json.take(std::move(element), "a span node");
            readNode(json, node, parent, issuesOnly);
        }
        --m_nesting;
    }

    // Finished records into `batch`. Nodes that name no trace id get the first one a node
    // names, else a 32-hex id in the file name, else the first transaction id.
    void finish(SentrySpanBatch &batch, const QString &fileName)
    {
        for (Node &node : m_nodes) {
            store::SpanRecord &r = node.span.record;
            // The older shape names the span in `span_id` and the transaction in event_id.
            if (node.transactionId.empty() && !r.spanId.empty() && node.eventId.size() == 32)
                node.transactionId = node.eventId;
            if (r.spanId.empty())
                r.spanId = node.eventId;
            // Parents come before their children, so the parent's id is final here.
            if (node.parent >= 0) {
                const std::string &nestedIn = m_nodes[size_t(node.parent)].span.record.spanId;
                if (!r.parentSpanId.empty() && r.parentSpanId != nestedIn)
                    batch.count(SentrySpanBatch::Problem::NestedParentMismatch);
                r.parentSpanId = nestedIn;
            }
        }
        std::string traceId;
        for (const Node &node : m_nodes) {
            if (traceId.empty() && !node.issue)
                traceId
                    = !node.span.record.traceId.empty() ? node.span.record.traceId : node.traceId;
        }
        if (traceId.empty()) {
            // People save a response as trace-<id>.json; else any 32-hex id will do.
            static const QRegularExpression hex(QStringLiteral("[0-9a-fA-F]{32}"));
            const QRegularExpressionMatch match = hex.match(fileName);
            if (match.hasMatch()) {
                traceId = store::canonicalHexId(match.captured().toStdString());
            } else {
                for (const Node &node : m_nodes) {
                    if (traceId.empty() && !node.transactionId.empty())
                        traceId = node.transactionId;
                }
                if (!traceId.empty())
                    batch.count(SentrySpanBatch::Problem::NoTraceIdInResponse);
            }
        }
        for (Node &node : m_nodes) {
            if (node.issue) {
                batch.count(SentrySpanBatch::Problem::IssueNodesSkipped);
                continue;
            }
            Span &span = node.span;
            SentrySpanReader::finish(&span);
            store::SpanRecord &r = span.record;
            if (r.traceId.empty())
                r.traceId = !node.traceId.empty() ? node.traceId : traceId;
            if (!node.transactionId.empty())
                r.segmentId = node.transactionId;
            if (r.name.empty())
                r.name = !node.transactionName.empty() ? node.transactionName : r.op;
            if (!span.hasEnd && span.hasStart && node.durationNs >= 0) {
                r.endNs = r.startNs + node.durationNs;
                span.hasEnd = true;
            }
            // The project is what a Sentry user calls a service.
            if (!node.projectSlug.empty() && span.serviceName.empty())
                r.service = node.projectSlug;
            else if (r.service.empty())
                r.service = node.sdkName;
            batch.add(std::move(r), span.hasStart, span.hasEnd);
        }
    }

private:
    static constexpr int kMaxNesting = 400;

    struct Node
    {
        Span span;
        int parent = -1; // index of the node this one is nested in
        std::string eventId;
        std::string transactionId;
        std::string transactionName;
        std::string traceId; // `trace`
        std::string projectSlug;
        std::string sdkName;
        int64_t durationNs = -1;
        bool issue = false; // an error or issue node, not a span
    };

    void readNode(JsonSupport &json, JsonValue &value, int parent, bool issue)
    {
        // The node's place is taken now, so that its children can point at it; it is
        // filled when the whole object has been read.
        const int index = int(m_nodes.size());
        m_nodes.emplace_back();
        if ((m_nodes.size() & 0x3ff) == 0)
            m_context.checkCancelled();
        Node node;
        node.parent = parent;
        node.issue = issue;
        const auto other = [&](std::string_view key, JsonValue &v, Span &span) {
            if (key == "children") {
                readList(json, v, index, false);
            } else if (key == "errors" || key == "occurrences") {
                if (!json.isNull(v))
                    span.details.setSection(key, SentrySpanReader::rawJson(json, v, "a list"));
            } else if (key == "event_id") {
                node.eventId = SentrySpanReader::idText(json, v, "a string as `event_id`");
            } else if (key == "transaction_id") {
                node.transactionId
                    = SentrySpanReader::idText(json, v, "a string as `transaction_id`");
            } else if (key == "trace") {
                node.traceId = SentrySpanReader::idText(json, v, "a string as `trace`");
            } else if (key == "transaction" || key == "project_slug" || key == "sdk_name") {
                const std::string text
                    = SentrySpanReader::optionalString(json, v, "a string as a node's name");
                span.details.addStringAttribute(key, text);
                if (key == "transaction")
                    node.transactionName = text;
                else if (key == "sdk_name")
                    node.sdkName = text;
                else
                    node.projectSlug = text;
            } else if (key == "transaction.op") {
                // The older events-trace shape.
                if (span.record.op.empty())
                    span.record.op
                        = SentrySpanReader::optionalString(json, v, "a string as `transaction.op`");
            } else if (key == "duration") {
                // Milliseconds, for nodes without an end time.
                if (!json.isNull(v)) {
                    span.details.addAttribute(key,
                                              SentrySpanReader::rawJson(json, v, "`duration`"));
                    const double ms = json.number(v, "a number of milliseconds as `duration`");
                    if (ms >= 0 && ms < 1e12)
                        node.durationNs = int64_t(ms * 1e6 + 0.5);
                }
            } else {
                if (key == "issue_id" || key == "issue_type" || key == "short_id")
                    node.issue = true;
                return false;
            }
            return true;
        };
        SentrySpanReader::read(json, value, &node.span, other);
        // An issue node without a span is an orphan error; one with children would be odd,
        // and its children are kept.
        if (node.issue && (!node.span.record.spanId.empty() || !node.span.record.op.empty()))
            node.issue = false;
        m_nodes[size_t(index)] = std::move(node);
    }

    int m_nesting = 0; // levels of `children` open
    ImportContext &m_context;
    std::vector<Node> m_nodes;
};

} // namespace

FormatInfo SentryTraceImporter::format() const
{
    return {QStringLiteral("sentry-trace"),
            QStringLiteral("Sentry trace (web API response)"),
            {QStringLiteral("json")}};
}

int SentryTraceImporter::probe(std::string_view head) const
{
    const size_t first = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (first == std::string_view::npos)
        return 0;
    if (head[first] == '{') {
        bool transactions = false;
        bool orphans = false;
        for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
            transactions = transactions || key == "transactions";
            orphans = orphans || key == "orphan_errors";
        }
        return transactions && orphans ? 80 : 0;
    }
    if (head[first] != '[')
        return 0;
    const size_t element = head.find_first_not_of(" \t\r\n", first + 1);
    if (element == std::string_view::npos || head[element] != '{')
        return 0;
    bool eventId = false;
    bool children = false;
    bool spanKeys = false;
    for (const std::string_view key : JsonSupport::topLevelKeys(head.substr(element))) {
        eventId = eventId || key == "event_id";
        children = children || key == "children";
        spanKeys = spanKeys || key == "transaction_id" || key == "is_transaction"
            || key == "parent_span_id" || key == "start_timestamp";
    }
    if (eventId && (children || spanKeys))
        return 80;
    // The first node's keys may run past the head after a long `children`.
    return children ? 50 : 0;
}

void SentryTraceImporter::import(InputStream &input, store::CacheWriter &writer,
                                 ImportContext &context)
{
    SentrySpanBatch batch;
    {
        input.setProgressContext(&context, 0.5);
        const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
        context.checkCancelled();
        JsonSupport json(text);
        TraceNodes nodes(context);
        JsonValue root = json.take(json.document().get_value(), "a JSON value");
        if (json.take(root.type(), "a JSON value") == simdjson::ondemand::json_type::array) {
            nodes.readList(json, root, -1, false, true);
        } else {
            // The older events-trace endpoint: {"transactions": [...], "orphan_errors": [...]}.
            auto object = json.object(root,
                                      "a list of span nodes, or an object with "
                                      "`transactions` and `orphan_errors`");
            bool lists = false;
            for (auto item : object) {
                auto field = json.take(std::move(item), "a key of the trace response");
                const auto key = field.key();
                if (key == "transactions") {
                    nodes.readList(json, field.value(), -1, false);
                    lists = true;
                } else if (key == "orphan_errors") {
                    nodes.readList(json, field.value(), -1, true);
                    lists = true;
                }
            }
            if (!lists)
                throw ImportError(QStringLiteral("expected a list of span nodes, or an object "
                                                 "with `transactions` and `orphan_errors`"));
        }
        nodes.finish(batch, input.displayName().section(QLatin1Char('/'), -1));
    }
    context.setProgress(0.8);
    batch.write(writer, context);
}

} // namespace eg::importers
