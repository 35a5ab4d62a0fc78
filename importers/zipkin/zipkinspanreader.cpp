#include "zipkinspanreader.h"

#include "importers/common/importcontext.h"
#include "importers/common/jsonwholenumber.h"
#include "importers/common/spanidtext.h"

#include "models/store/cachewriter.h"

#include <string>
#include <unordered_map>

namespace eg::importers {

namespace {

using JsonObject = JsonSupport::Object;
using JsonValue = JsonSupport::Value;
using simdjson::ondemand::json_type;

constexpr int kSpansPerTick = 256;

// Zipkin's Span.Kind, as SpanRecord spells it, with a code per kind.
std::string_view kindName(std::string_view kind, uint32_t &code)
{
    static const char *const kinds[][2] = {{"CLIENT", "client"},
                                           {"SERVER", "server"},
                                           {"PRODUCER", "producer"},
                                           {"CONSUMER", "consumer"}};
    for (uint32_t i = 0; i < 4; ++i) {
        if (kind == kinds[i][0] || kind == kinds[i][1]) {
            code = i + 1;
            return kinds[i][1];
        }
    }
    code = 0;
    return {};
}

std::string idKey(const store::SpanRecord &span, const std::string &spanId)
{
    std::string key;
    key.reserve(span.traceId.size() + spanId.size() + 1);
    key.append(span.traceId).append(1, '/').append(spanId);
    return key;
}

} // namespace

ZipkinSpanReader::ZipkinSpanReader(JsonSupport &json, ImportContext &context)
    : m_json(json)
    , m_context(context)
    , m_clock(1000, "Zipkin", "microseconds")
{ }

void ZipkinSpanReader::read()
{
    auto &document = m_json.document();
    document.rewind();
    auto list = m_json.take(document.get_array(), "a Zipkin v2 span list (a JSON array)");
    readList(list);
    placeUntimedSpans();
}

void ZipkinSpanReader::readList(JsonSupport::Array &list)
{
    for (auto element : list) {
        JsonValue value = m_json.take(std::move(element), "a span");
        const json_type type = m_json.take(value.type(), "a span (a JSON object)");
        if (type == json_type::array) {
            // /api/v2/traces answers with a list of traces, each a list of spans.
            auto trace = m_json.array(value, "a trace (a list of spans)");
            for (auto spanElement : trace) {
                JsonValue span = m_json.take(std::move(spanElement), "a span in a trace");
                readSpan(span);
            }
        } else {
            readSpan(value);
        }
    }
}

void ZipkinSpanReader::readId(JsonValue &value, std::string &out, const char *expected)
{
    if (SpanIdText::fromHex(m_json.string(value, expected), out) == SpanIdText::Spelling::AsWritten)
        ++m_idsAsWritten;
}

void ZipkinSpanReader::readSpan(JsonValue &value)
{
    JsonObject object = m_json.object(value, "a span (a JSON object)");
    PendingSpan &pending = m_spans.emplace_back();
    store::SpanRecord &span = pending.record;
    m_ops.reset();
    JsonTextBuilder details(span.details);
    details.beginObject();
    int64_t timestamp = 0;
    int64_t duration = 0;
    for (auto item : object) {
        auto field = m_json.take(std::move(item), "a key of a span");
        const auto key = field.key();
        JsonValue &v = field.value();
        if (key == "traceId") {
            readId(v, span.traceId, "a trace id (a string) as a span's `traceId`");
        } else if (key == "id") {
            readId(v, span.spanId, "a span id (a string) as a span's `id`");
        } else if (key == "parentId") {
            if (m_json.isNull(v))
                continue;
            readId(v, span.parentSpanId, "a span id (a string) as a span's `parentId`");
            if (SpanIdText::isZero(span.parentSpanId))
                span.parentSpanId.clear();
        } else if (key == "name") {
            if (!m_json.isNull(v))
                span.name.assign(m_json.string(v, "a string as a span's `name`"));
        } else if (key == "kind") {
            if (!m_json.isNull(v))
                span.kind.assign(kindName(m_json.string(v,
                                                        "CLIENT, SERVER, PRODUCER or "
                                                        "CONSUMER as a span's `kind`"),
                                          pending.kindCode));
        } else if (key == "timestamp") {
            if (!m_json.isNull(v))
                timestamp = JsonWholeNumber::read(m_json, v,
                                                  "microseconds since the epoch (a "
                                                  "number) as a span's `timestamp`");
        } else if (key == "duration") {
            if (!m_json.isNull(v))
                duration = JsonWholeNumber::read(m_json, v,
                                                 "microseconds (a number) as a "
                                                 "span's `duration`");
        } else if (key == "localEndpoint" || key == "remoteEndpoint") {
            if (m_json.isNull(v))
                continue;
            const bool local = key == "localEndpoint";
            JsonObject endpoint = m_json.object(v, "an endpoint (a JSON object)");
            details.key(local ? "local_endpoint" : "remote_endpoint").beginObject();
            for (auto endpointItem : endpoint) {
                auto endpointField = m_json.take(std::move(endpointItem), "a key of an endpoint");
                const std::string_view name
                    = m_json.take(endpointField.unescaped_key(), "a key of an endpoint");
                JsonValue &endpointValue = endpointField.value();
                if (local && name == "serviceName" && !m_json.isNull(endpointValue)) {
                    span.service.assign(
                        m_json.string(endpointValue, "a string as `localEndpoint.serviceName`"));
                    details.key(name).string(span.service);
                } else {
                    details.key(name);
                    details.copy(m_json, endpointValue, "an endpoint's value");
                }
            }
            details.endObject();
        } else if (key == "annotations") {
            readAnnotations(v, details);
        } else if (key == "tags") {
            readTags(v, details, pending);
        } else if (key == "shared" || key == "debug") {
            if (m_json.isNull(v))
                continue;
            const bool flag = m_json.take(v.get_bool(), "true or false as `shared` or `debug`");
            details.key(key == "shared" ? "shared" : "debug").boolean(flag);
        } else if (key == "binaryAnnotations") {
            m_json.fail(QStringLiteral("this is Zipkin v1 JSON (`binaryAnnotations`), which "
                                       "Emberglass does not read; Zipkin serves v2 at "
                                       "/api/v2/trace/{id}"));
        }
    }
    details.endObject();
    if (span.traceId.empty())
        m_json.fail(QStringLiteral("a span has no `traceId`"));
    if (span.spanId.empty())
        m_json.fail(QStringLiteral("a span has no `id`"));
    span.op.assign(m_ops.op(span.kind));
    // A span without a timestamp (zero counts as none, as in Zipkin) is placed later.
    pending.timed = timestamp != 0;
    if (pending.timed) {
        const int64_t unit = m_clock.unitOfSpan(timestamp);
        span.startNs = EpochClock::scaled(timestamp, unit);
        span.endNs = span.startNs + EpochClock::scaled(duration, unit);
    }
    if (m_spans.size() % kSpansPerTick == 0) {
        m_context.checkCancelled();
        m_context.setProgress(0.5 + 0.4 * m_json.fractionDone());
    }
}

void ZipkinSpanReader::readAnnotations(JsonValue &value, JsonTextBuilder &details)
{
    if (m_json.isNull(value))
        return;
    auto list = m_json.array(value, "an array in a span's `annotations`");
    details.key("events").beginArray();
    for (auto element : list) {
        JsonValue annotationValue = m_json.take(std::move(element), "an annotation");
        JsonObject annotation = m_json.object(annotationValue, "an annotation (a JSON object)");
        details.beginObject();
        bool named = false;
        for (auto item : annotation) {
            auto field = m_json.take(std::move(item), "a key of an annotation");
            const auto key = field.key();
            if (key == "timestamp") {
                const int64_t raw
                    = JsonWholeNumber::read(m_json, field.value(),
                                            "microseconds (a number) as an annotation's "
                                            "`timestamp`");
                details.key("time_ns").integer(m_clock.toNs(raw));
            } else if (key == "value") {
                details.key("name").string(
                    m_json.string(field.value(), "a string as an annotation's `value`"));
                named = true;
            }
        }
        if (!named)
            details.key("name").string("");
        details.key("attributes").beginObject().endObject();
        details.endObject();
    }
    details.endArray();
}

void ZipkinSpanReader::readTags(JsonValue &value, JsonTextBuilder &details, PendingSpan &span)
{
    if (m_json.isNull(value))
        return;
    JsonObject tags = m_json.object(value, "an object of strings as a span's `tags`");
    details.key("attributes").beginObject();
    for (auto item : tags) {
        auto field = m_json.take(std::move(item), "a tag");
        const std::string_view key = m_json.take(field.unescaped_key(), "a tag's name");
        m_ops.observe(key);
        // Zipkin marks a failed span by the presence of an `error` tag, whose value is
        // the message (often empty).
        if (key == "error") {
            span.record.isError = true;
            span.record.status = "error";
        }
        details.key(key);
        details.copy(m_json, field.value(), "a tag's value");
    }
    details.endObject();
}

void ZipkinSpanReader::placeUntimedSpans()
{
    std::unordered_map<std::string, size_t> firstTimed; // "trace/span" → index
    std::unordered_map<std::string, int64_t> traceStart; // earliest timed start
    bool anyUntimed = false;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const PendingSpan &pending = m_spans[i];
        if (!pending.timed) {
            anyUntimed = true;
            continue;
        }
        firstTimed.emplace(idKey(pending.record, pending.record.spanId), i);
        auto [it, added] = traceStart.emplace(pending.record.traceId, pending.record.startNs);
        if (!added)
            it->second = std::min(it->second, pending.record.startNs);
    }
    if (!anyUntimed)
        return;
    for (PendingSpan &pending : m_spans) {
        if (pending.timed)
            continue;
        store::SpanRecord &span = pending.record;
        // The other half of a shared span ran at the same time, seen from the other side.
        const auto half = firstTimed.find(idKey(span, span.spanId));
        if (half != firstTimed.end()) {
            span.startNs = m_spans[half->second].record.startNs;
            span.endNs = m_spans[half->second].record.endNs;
            ++m_placedByOtherHalf;
            continue;
        }
        // Otherwise a point inside the trace's time: at the parent's start, or at the
        // trace's, so that the trace's start and duration stay those of its timed spans.
        ++m_placedByParent;
        const auto parent = span.parentSpanId.empty()
            ? firstTimed.end()
            : firstTimed.find(idKey(span, span.parentSpanId));
        if (parent != firstTimed.end()) {
            span.startNs = span.endNs = m_spans[parent->second].record.startNs;
        } else if (const auto start = traceStart.find(span.traceId); start != traceStart.end()) {
            span.startNs = span.endNs = start->second;
        }
    }
}

void ZipkinSpanReader::write(store::CacheWriter &writer)
{
    for (size_t i = 0; i < m_spans.size(); ++i) {
        PendingSpan &pending = m_spans[i];
        m_checker.check(pending.record, pending.kindCode);
        writer.addSpan(pending.record);
        if (i % kSpansPerTick == 0) {
            m_context.checkCancelled();
            m_context.setProgress(0.9 + 0.1 * double(i) / double(m_spans.size()));
        }
    }
}

QStringList ZipkinSpanReader::warnings() const
{
    QStringList out = m_clock.warnings() + m_checker.warnings();
    if (m_placedByOtherHalf > 0)
        out << QStringLiteral("%1 no timestamp (the other half of a shared span); shown with "
                              "the timing of the half that has one")
                   .arg(m_placedByOtherHalf == 1
                            ? QStringLiteral("1 span has")
                            : QStringLiteral("%1 spans have").arg(m_placedByOtherHalf));
    if (m_placedByParent > 0)
        out << QStringLiteral("%1 no timestamp and no other half with one; shown with zero "
                              "duration at the start of the parent or the trace")
                   .arg(m_placedByParent == 1
                            ? QStringLiteral("1 span has")
                            : QStringLiteral("%1 spans have").arg(m_placedByParent));
    if (m_idsAsWritten > 0)
        out << QStringLiteral("%1 not hex; kept as written")
                   .arg(m_idsAsWritten == 1 ? QStringLiteral("1 id is")
                                            : QStringLiteral("%1 ids are").arg(m_idsAsWritten));
    return out;
}

} // namespace eg::importers
