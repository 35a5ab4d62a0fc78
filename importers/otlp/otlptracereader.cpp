#include "otlptracereader.h"

#include "otlpdocumentwalk.h"

#include "importers/common/importcontext.h"
#include "importers/common/jsonwholenumber.h"
#include "importers/common/spanidtext.h"

namespace eg::importers {

namespace {

using JsonObject = JsonSupport::Object;
using JsonValue = JsonSupport::Value;

// SpanKind of trace.proto, by number and by name.
std::string_view kindName(int64_t number)
{
    switch (number) {
    case 1:
        return "internal";
    case 2:
        return "server";
    case 3:
        return "client";
    case 4:
        return "producer";
    case 5:
        return "consumer";
    default:
        return {}; // 0: SPAN_KIND_UNSPECIFIED
    }
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char x = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] - 'A' + 'a') : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

std::string_view kindName(std::string_view name)
{
    if (name.substr(0, 10) == "SPAN_KIND_")
        name.remove_prefix(10);
    for (const char *kind : {"internal", "server", "client", "producer", "consumer"}) {
        if (equalsIgnoringCase(name, kind))
            return kind;
    }
    return {};
}

// Status.code of trace.proto: 0 unset, 1 ok, 2 error; by number or by name.
int64_t statusCode(std::string_view name)
{
    if (name.substr(0, 12) == "STATUS_CODE_")
        name.remove_prefix(12);
    if (equalsIgnoringCase(name, "ok"))
        return 1;
    if (equalsIgnoringCase(name, "error"))
        return 2;
    return 0;
}

constexpr int kSpansPerTick = 256;

} // namespace

OtlpTraceReader::OtlpTraceReader(ImportContext &context, store::CacheWriter &writer)
    : m_context(context)
    , m_spansOut(writer)
    , m_clock(1, "OTLP", "nanoseconds")
{ }

void OtlpTraceReader::read(JsonSupport &json, double progressFrom, double progressTo)
{
    m_json = &json;
    m_progressFrom = progressFrom;
    m_progressTo = progressTo;
    JsonObject root = json.rootObject("an OTLP/JSON trace export (a JSON object with "
                                      "`resourceSpans`)");
    bool found = false;
    bool otherSignal = false;
    for (auto item : root) {
        auto field = json.take(std::move(item), "a key of the OTLP/JSON export");
        const auto key = field.key();
        if (key == "resourceSpans") {
            found = true;
            if (json.isNull(field.value()))
                continue;
            auto list = json.array(field.value(), "an array in `resourceSpans`");
            for (auto element : list) {
                JsonValue value = json.take(std::move(element), "an entry of `resourceSpans`");
                readResourceSpans(value);
            }
        } else if (key == "resourceLogs" || key == "resourceMetrics") {
            otherSignal = true;
        }
    }
    if (!found)
        json.fail(otherSignal
                      ? QStringLiteral("this is an OTLP logs or metrics export, not traces "
                                       "(no `resourceSpans`)")
                      : QStringLiteral("missing `resourceSpans`, the list of spans by resource"));
}

void OtlpTraceReader::readResourceSpans(JsonValue &value)
{
    JsonSupport &json = *m_json;
    JsonObject object = json.object(value, "an entry of `resourceSpans` (a JSON object)");
    m_service.clear();
    m_resourceJson.clear();
    // The spans need their resource's service.
    OtlpDocumentWalk::headFirst(
        json, object, "a key of a `resourceSpans` entry", {"resource"},
        {"scopeSpans", "instrumentationLibrarySpans"},
        [&](JsonValue &resource) {
            OtlpAttributes::readResource(json, resource, m_resourceJson, m_service);
        },
        [&](JsonValue &list) {
            OtlpDocumentWalk::forEach(json, list, "an array in `scopeSpans`",
                                      "an entry of `scopeSpans`",
                                      [&](JsonValue &scopeSpans) { readScopeSpans(scopeSpans); });
        });
}

void OtlpTraceReader::readScopeSpans(JsonValue &value)
{
    JsonSupport &json = *m_json;
    JsonObject object = json.object(value, "an entry of `scopeSpans` (a JSON object)");
    m_scopeJson.clear();
    OtlpDocumentWalk::headFirst(
        json, object, "a key of a `scopeSpans` entry", {"scope", "instrumentationLibrary"},
        {"spans"}, [&](JsonValue &scope) { OtlpAttributes::readScope(json, scope, m_scopeJson); },
        [&](JsonValue &spans) {
            OtlpDocumentWalk::forEach(json, spans, "an array in `spans`", "a span in `spans`",
                                      [&](JsonValue &span) { readSpan(span); });
        });
}

void OtlpTraceReader::readId(JsonValue &value, size_t bytes, std::string &out, const char *expected)
{
    const std::string_view text = JsonTextBuilder::inputString(*m_json, value, expected);
    if (SpanIdText::fromOtlp(text, bytes, out) == SpanIdText::Spelling::AsWritten)
        ++m_idsAsWritten;
}

void OtlpTraceReader::readSpan(JsonValue &value)
{
    JsonSupport &json = *m_json;
    JsonObject object = json.object(value, "a span (a JSON object) in `spans`");
    store::SpanRecord &span = m_spansOut.record();
    m_span = &span;
    span.traceId.clear();
    span.spanId.clear();
    span.parentSpanId.clear();
    span.name.clear();
    span.kind.clear();
    span.status.clear();
    span.isError = false;
    m_ops.reset();
    m_details.reset(span.details);
    m_details.beginObject();
    int64_t rawStart = 0;
    int64_t rawEnd = 0;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of a span");
        const auto key = field.key();
        JsonValue &v = field.value();
        if (key == "traceId") {
            readId(v, 16, span.traceId, "a trace id (a string) as a span's `traceId`");
        } else if (key == "spanId") {
            readId(v, 8, span.spanId, "a span id (a string) as a span's `spanId`");
        } else if (key == "parentSpanId") {
            if (json.isNull(v))
                continue;
            readId(v, 8, span.parentSpanId, "a span id (a string) as a span's `parentSpanId`");
            if (SpanIdText::isZero(span.parentSpanId))
                span.parentSpanId.clear(); // a root, as some exporters write it
        } else if (key == "name") {
            span.name.assign(JsonTextBuilder::inputString(json, v, "a string as a span's `name`"));
        } else if (key == "kind") {
            std::string_view name;
            const int64_t number = OtlpAttributes::enumValue(
                json, v, "a span kind (a number or a SPAN_KIND_ name) as `kind`", name);
            span.kind.assign(number >= 0 ? kindName(number) : kindName(name));
        } else if (key == "startTimeUnixNano") {
            rawStart = JsonWholeNumber::read(
                json, v, "nanoseconds since the epoch (a string of digits) as `startTimeUnixNano`");
        } else if (key == "endTimeUnixNano") {
            rawEnd = JsonWholeNumber::read(
                json, v, "nanoseconds since the epoch (a string of digits) as `endTimeUnixNano`");
        } else if (key == "attributes") {
            m_details.key("attributes");
            OtlpAttributes::Observer observer;
            observer.ops = &m_ops;
            OtlpAttributes::writeList(json, v, m_details, observer);
        } else if (key == "events") {
            readEvents(v);
        } else if (key == "links") {
            readLinks(v);
        } else if (key == "status") {
            readStatus(v);
        } else if (key == "traceState") {
            const std::string_view state = json.string(v, "a string as a span's `traceState`");
            if (!state.empty())
                m_details.key("trace_state").string(state);
        }
    }
    if (span.traceId.empty())
        json.fail(QStringLiteral("a span has no `traceId`"));
    if (span.spanId.empty())
        json.fail(QStringLiteral("a span has no `spanId`"));

    const int64_t unit = m_clock.unitOfSpan(rawStart);
    span.startNs = EpochClock::scaled(rawStart, unit);
    span.endNs = EpochClock::scaled(rawEnd, unit);
    if (rawEnd == 0 && rawStart != 0) {
        // Not an end before the start: no end at all (a span exported unfinished).
        span.endNs = span.startNs;
        ++m_withoutEnd;
    }
    span.op.assign(m_ops.op(span.kind));
    span.service.assign(m_service);
    if (!m_resourceJson.empty())
        m_details.key("resource").raw(m_resourceJson);
    if (!m_scopeJson.empty())
        m_details.key("scope").raw(m_scopeJson);
    m_details.endObject();

    m_checker.check(span);
    m_spansOut.push();
    ++m_spans;
    tick();
}

void OtlpTraceReader::readEvents(JsonValue &value)
{
    JsonSupport &json = *m_json;
    if (json.isNull(value))
        return;
    auto list = json.array(value, "an array in a span's `events`");
    m_details.key("events").beginArray();
    for (auto element : list) {
        JsonValue eventValue = json.take(std::move(element), "an event in `events`");
        JsonObject event = json.object(eventValue, "an event (a JSON object) in `events`");
        m_details.beginObject();
        bool named = false;
        for (auto item : event) {
            auto field = json.take(std::move(item), "a key of an event");
            const auto key = field.key();
            if (key == "name") {
                m_details.key("name").copyString(json, field.value(),
                                                 "a string as an event's `name`");
                named = true;
            } else if (key == "timeUnixNano") {
                const int64_t raw = JsonWholeNumber::read(
                    json, field.value(), "nanoseconds (a string of digits) as `timeUnixNano`");
                m_details.key("time_ns").integer(m_clock.toNs(raw));
            } else if (key == "attributes") {
                m_details.key("attributes");
                OtlpAttributes::writeList(json, field.value(), m_details);
            }
        }
        if (!named)
            m_details.key("name").string("");
        m_details.endObject();
    }
    m_details.endArray();
}

void OtlpTraceReader::readLinks(JsonValue &value)
{
    JsonSupport &json = *m_json;
    if (json.isNull(value))
        return;
    auto list = json.array(value, "an array in a span's `links`");
    m_details.key("links").beginArray();
    for (auto element : list) {
        JsonValue linkValue = json.take(std::move(element), "a link in `links`");
        JsonObject link = json.object(linkValue, "a link (a JSON object) in `links`");
        m_details.beginObject();
        for (auto item : link) {
            auto field = json.take(std::move(item), "a key of a link");
            const auto key = field.key();
            if (key == "traceId") {
                readId(field.value(), 16, m_idText, "a trace id (a string) as a link's `traceId`");
                m_details.key("trace_id").string(m_idText);
            } else if (key == "spanId") {
                readId(field.value(), 8, m_idText, "a span id (a string) as a link's `spanId`");
                m_details.key("span_id").string(m_idText);
            } else if (key == "attributes") {
                m_details.key("attributes");
                OtlpAttributes::writeList(json, field.value(), m_details);
            } else if (key == "traceState") {
                const std::string_view state = json.string(field.value(),
                                                           "a string as a link's "
                                                           "`traceState`");
                if (!state.empty())
                    m_details.key("trace_state").string(state);
            }
        }
        m_details.endObject();
    }
    m_details.endArray();
}

void OtlpTraceReader::readStatus(JsonValue &value)
{
    JsonSupport &json = *m_json;
    if (json.isNull(value))
        return;
    JsonObject status = json.object(value, "an object as a span's `status`");
    for (auto item : status) {
        auto field = json.take(std::move(item), "a key of `status`");
        const auto key = field.key();
        if (key == "code") {
            std::string_view name;
            int64_t code = OtlpAttributes::enumValue(
                json, field.value(), "a status code (a number or a STATUS_CODE_ name) as `code`",
                name);
            if (code < 0)
                code = statusCode(name);
            m_span->status.assign(code == 1 ? "ok" : code == 2 ? "error" : "");
            m_span->isError = code == 2;
        } else if (key == "message") {
            const std::string_view message = json.string(field.value(),
                                                         "a string as a status' "
                                                         "`message`");
            if (!message.empty())
                m_details.key("status_message").string(message);
        }
    }
}

void OtlpTraceReader::tick()
{
    if (m_spans % kSpansPerTick != 0)
        return;
    m_context.checkCancelled();
    const double done = m_progressFrom + (m_progressTo - m_progressFrom) * m_json->fractionDone();
    m_context.setProgress(done);
}

QStringList OtlpTraceReader::warnings() const
{
    QStringList out = m_clock.warnings() + m_checker.warnings();
    if (m_withoutEnd > 0)
        out << QStringLiteral("%1 no end time; shown with zero duration")
                   .arg(m_withoutEnd == 1 ? QStringLiteral("1 span has")
                                          : QStringLiteral("%1 spans have").arg(m_withoutEnd));
    if (m_idsAsWritten > 0)
        out << QStringLiteral("%1 neither hex nor base64; kept as written")
                   .arg(m_idsAsWritten == 1 ? QStringLiteral("1 id is")
                                            : QStringLiteral("%1 ids are").arg(m_idsAsWritten));
    return out;
}

} // namespace eg::importers
