#include "jaegertracereader.h"

#include "importers/common/importcontext.h"
#include "importers/common/jsonwholenumber.h"
#include "importers/common/spanidtext.h"

#include "models/store/cachewriter.h"

#include <charconv>

namespace eg::importers {

namespace {

using JsonObject = JsonSupport::Object;
using JsonValue = JsonSupport::Value;
using simdjson::ondemand::json_type;

constexpr int kSpansPerTick = 256;

template<typename T> bool parseWhole(std::string_view text, T &out)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    return out;
}

// OpenTracing's `span.kind` values, which SpanRecord uses as they are.
std::string_view knownKind(const std::string &kind)
{
    for (const char *k : {"server", "client", "producer", "consumer", "internal"}) {
        if (kind == k)
            return k;
    }
    return {};
}

} // namespace

JaegerTraceReader::JaegerTraceReader(JsonSupport &json, ImportContext &context,
                                     store::CacheWriter &writer)
    : m_json(json)
    , m_context(context)
    , m_writer(writer)
    , m_clock(1000, "Jaeger", "microseconds")
    , m_details(m_span.details)
{ }

void JaegerTraceReader::read()
{
    auto &document = m_json.document();
    document.rewind();
    const json_type type
        = m_json.take(document.type(), "a Jaeger trace export (a JSON object or array)");
    if (type == json_type::array) {
        readArrayRoot();
        return;
    }
    JsonObject root = m_json.rootObject("a Jaeger trace export (a JSON object or array)");
    bool data = false;
    bool spans = false;
    for (auto item : root) {
        auto field = m_json.take(std::move(item), "a key of the Jaeger export");
        const auto key = field.key();
        JsonValue &v = field.value();
        if (key == "data") {
            data = true;
            if (m_json.isNull(v))
                continue;
            auto traces = m_json.array(v, "an array of traces in `data`");
            for (auto element : traces) {
                JsonValue trace = m_json.take(std::move(element), "a trace in `data`");
                readTraceOrSpan(trace);
            }
        } else if (key == "errors") {
            // The query API's own errors ({code, msg}), kept to explain an empty answer.
            if (m_json.isNull(v))
                continue;
            auto errors = m_json.array(v, "an array in `errors`");
            for (auto element : errors) {
                JsonValue error = m_json.take(std::move(element), "an error in `errors`");
                JsonObject object = m_json.object(error, "an error (a JSON object) in `errors`");
                for (auto errorItem : object) {
                    auto errorField = m_json.take(std::move(errorItem), "a key of an error");
                    if (errorField.key() == "msg")
                        m_apiErrors << QString::fromUtf8(
                            m_json.string(errorField.value(), "a string as an error's `msg`"));
                }
            }
        } else if (key == "spans") {
            spans = true;
        }
    }
    if (!data) {
        if (!spans)
            m_json.fail(QStringLiteral("missing `data`, the list of traces (or `spans`, for a "
                                       "single trace)"));
        JsonObject trace = m_json.rootObject("a Jaeger trace (a JSON object)");
        readTrace(trace);
    }
    if (m_spans == 0 && !m_apiErrors.isEmpty())
        m_json.fail(QStringLiteral("the Jaeger API answered with errors: %1")
                        .arg(m_apiErrors.join(QStringLiteral("; "))));
}

void JaegerTraceReader::readArrayRoot()
{
    auto &document = m_json.document();
    document.rewind();
    auto list = m_json.take(document.get_array(), "an array of Jaeger traces or spans");
    for (auto element : list) {
        JsonValue value = m_json.take(std::move(element), "a trace or a span");
        readTraceOrSpan(value);
    }
}

void JaegerTraceReader::readTraceOrSpan(JsonValue &value)
{
    JsonObject object = m_json.object(value, "a Jaeger trace or span (a JSON object)");
    // A trace holds `spans`; anything else is a span with its process inside it (the
    // anonymizer's and Elasticsearch's shape).
    JsonValue spans;
    const bool isTrace = !object.find_field_unordered("spans").get(spans);
    m_json.take(object.reset(), "a Jaeger trace or span");
    if (isTrace) {
        readTrace(object);
    } else {
        m_traceId.clear();
        m_processes.clear();
        readSpan(object);
    }
}

void JaegerTraceReader::readTrace(JsonObject &trace)
{
    m_traceId.clear();
    m_processes.clear();
    // Jaeger writes `processes` after `spans`, and spans need their process.
    m_json.readListAfterContext(
        trace, "a key of a trace", "a trace", [](auto key) { return key == "spans"; },
        [this](auto key, JsonValue &value) {
            if (key == "traceID")
                readId(value, m_traceId, "a trace id (a string) as a trace's `traceID`");
            if (key != "processes")
                return false;
            readProcesses(value);
            return true;
        },
        [this](JsonValue &spans) { readSpans(spans); });
}

void JaegerTraceReader::readSpans(JsonValue &spans)
{
    if (m_json.isNull(spans))
        return;
    auto list = m_json.array(spans, "an array in a trace's `spans`");
    for (auto element : list) {
        JsonValue value = m_json.take(std::move(element), "a span in `spans`");
        JsonObject span = m_json.object(value, "a span (a JSON object) in `spans`");
        readSpan(span);
    }
}

void JaegerTraceReader::readProcesses(JsonValue &value)
{
    if (m_json.isNull(value))
        return;
    JsonObject processes = m_json.object(value, "an object of processes in `processes`");
    for (auto item : processes) {
        auto field = m_json.take(std::move(item), "a process id in `processes`");
        Process process;
        process.id = std::string(m_json.take(field.unescaped_key(), "a process id"));
        readProcess(field.value(), process);
        m_processes.push_back(std::move(process));
    }
}

void JaegerTraceReader::readProcess(JsonValue &value, Process &process)
{
    process.service.clear();
    process.tagsJson.clear();
    if (m_json.isNull(value))
        return;
    JsonObject object = m_json.object(value, "a process (a JSON object)");
    for (auto item : object) {
        auto field = m_json.take(std::move(item), "a key of a process");
        const auto key = field.key();
        if (key == "serviceName") {
            process.service = std::string(m_json.string(field.value(),
                                                        "a string as a "
                                                        "process' `serviceName`"));
        } else if (key == "tags") {
            JsonTextBuilder tags(process.tagsJson);
            tags.reset();
            readTags(field.value(), tags, nullptr);
            if (process.tagsJson == "{}")
                process.tagsJson.clear();
        }
    }
}

const JaegerTraceReader::Process *JaegerTraceReader::findProcess(std::string_view id) const
{
    for (const Process &process : m_processes) {
        if (process.id == id)
            return &process;
    }
    return nullptr;
}

void JaegerTraceReader::readId(JsonValue &value, std::string &out, const char *expected)
{
    const std::string_view text = m_json.string(value, expected);
    if (SpanIdText::fromHex(text, out) == SpanIdText::Spelling::AsWritten)
        ++m_idsAsWritten;
}

void JaegerTraceReader::readSpan(JsonObject &object)
{
    store::SpanRecord &span = m_span;
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
    m_references.clear();
    m_parentField.clear();
    m_processId.clear();
    bool embeddedProcess = false;
    TagFacts facts;
    int64_t rawStart = 0;
    int64_t rawDuration = 0;
    for (auto item : object) {
        auto field = m_json.take(std::move(item), "a key of a span");
        const auto key = field.key();
        JsonValue &v = field.value();
        if (key == "traceID") {
            readId(v, span.traceId, "a trace id (a string) as a span's `traceID`");
        } else if (key == "spanID") {
            readId(v, span.spanId, "a span id (a string) as a span's `spanID`");
        } else if (key == "parentSpanID") {
            if (m_json.isNull(v))
                continue;
            readId(v, m_parentField, "a span id (a string) as a span's `parentSpanID`");
            if (SpanIdText::isZero(m_parentField))
                m_parentField.clear();
        } else if (key == "operationName") {
            span.name.assign(m_json.string(v, "a string as a span's `operationName`"));
        } else if (key == "references") {
            readReferences(v);
        } else if (key == "startTime") {
            rawStart = JsonWholeNumber::read(m_json, v,
                                             "microseconds since the epoch (a number) "
                                             "as a span's `startTime`");
        } else if (key == "duration") {
            rawDuration = JsonWholeNumber::read(m_json, v,
                                                "microseconds (a number) as a span's "
                                                "`duration`");
        } else if (key == "tags") {
            m_details.key("attributes");
            readTags(v, m_details, &facts);
        } else if (key == "logs") {
            readLogs(v);
        } else if (key == "processID") {
            m_processId.assign(m_json.string(v, "a string as a span's `processID`"));
        } else if (key == "process") {
            readProcess(v, m_embeddedProcess);
            embeddedProcess = true;
        } else if (key == "warnings") {
            if (m_json.isNull(v))
                continue;
            m_details.key("warnings");
            m_details.copy(m_json, v, "a list of strings as a span's `warnings`");
        }
    }
    if (span.traceId.empty())
        span.traceId = m_traceId;
    if (span.traceId.empty())
        m_json.fail(QStringLiteral("a span has no `traceID`"));
    if (span.spanId.empty())
        m_json.fail(QStringLiteral("a span has no `spanID`"));

    // The parent: Jaeger's Span.ParentSpanID() rule (see the class comment).
    int parentReference = -1;
    if (!m_parentField.empty()) {
        span.parentSpanId = m_parentField;
        for (size_t i = 0; i < m_references.size() && parentReference < 0; ++i) {
            const Reference &r = m_references[i];
            if (r.traceId == span.traceId && r.spanId == m_parentField)
                parentReference = int(i);
        }
    } else {
        for (const bool childOf : {true, false}) {
            for (size_t i = 0; i < m_references.size() && parentReference < 0; ++i) {
                const Reference &r = m_references[i];
                if (r.childOf == childOf && r.traceId == span.traceId && !r.spanId.empty())
                    parentReference = int(i);
            }
        }
        if (parentReference >= 0)
            span.parentSpanId = m_references[size_t(parentReference)].spanId;
    }
    if (m_references.size() > (parentReference >= 0 ? 1u : 0u)) {
        m_details.key("links").beginArray();
        for (size_t i = 0; i < m_references.size(); ++i) {
            if (int(i) == parentReference)
                continue;
            const Reference &r = m_references[i];
            m_details.beginObject()
                .key("trace_id")
                .string(r.traceId)
                .key("span_id")
                .string(r.spanId)
                .key("attributes")
                .beginObject()
                .key("opentracing.ref_type")
                .string(r.childOf ? "child_of" : "follows_from")
                .endObject()
                .endObject();
        }
        m_details.endArray();
    }

    const Process *process = embeddedProcess ? &m_embeddedProcess : findProcess(m_processId);
    span.service.assign(process ? std::string_view(process->service) : std::string_view());
    if (process && !process->tagsJson.empty())
        m_details.key("resource").raw(process->tagsJson);

    span.kind.assign(knownKind(facts.kind));
    const std::string statusCode = lowerCase(facts.statusCode);
    span.isError = facts.error || statusCode == "error";
    span.status = statusCode == "unset" ? std::string() : statusCode;
    if (span.status.empty() && facts.error)
        span.status = "error";
    span.op.assign(m_ops.op(span.kind));

    const int64_t unit = m_clock.unitOfSpan(rawStart);
    span.startNs = EpochClock::scaled(rawStart, unit);
    span.endNs = span.startNs + EpochClock::scaled(rawDuration, unit);
    m_details.endObject();

    m_checker.check(span);
    m_writer.addSpan(span);
    ++m_spans;
    tick();
}

void JaegerTraceReader::readReferences(JsonValue &value)
{
    if (m_json.isNull(value))
        return;
    auto list = m_json.array(value, "an array in a span's `references`");
    for (auto element : list) {
        JsonValue refValue = m_json.take(std::move(element), "a reference in `references`");
        JsonObject object = m_json.object(refValue, "a reference (a JSON object)");
        Reference reference;
        for (auto item : object) {
            auto field = m_json.take(std::move(item), "a key of a reference");
            const auto key = field.key();
            if (key == "refType") {
                const std::string_view type
                    = m_json.string(field.value(), "CHILD_OF or FOLLOWS_FROM as `refType`");
                reference.childOf = type != "FOLLOWS_FROM" && type != "follows_from";
            } else if (key == "traceID") {
                readId(field.value(), reference.traceId,
                       "a trace id (a string) as a "
                       "reference's `traceID`");
            } else if (key == "spanID") {
                readId(field.value(), reference.spanId,
                       "a span id (a string) as a reference's "
                       "`spanID`");
            }
        }
        if (reference.traceId.empty())
            reference.traceId = m_span.traceId.empty() ? m_traceId : m_span.traceId;
        m_references.push_back(std::move(reference));
    }
}

void JaegerTraceReader::readLogs(JsonValue &value)
{
    if (m_json.isNull(value))
        return;
    auto list = m_json.array(value, "an array in a span's `logs`");
    m_details.key("events").beginArray();
    std::string name;
    for (auto element : list) {
        JsonValue logValue = m_json.take(std::move(element), "a log in `logs`");
        JsonObject log = m_json.object(logValue, "a log (a JSON object) in `logs`");
        m_details.beginObject();
        name.clear();
        for (auto item : log) {
            auto field = m_json.take(std::move(item), "a key of a log");
            const auto key = field.key();
            if (key == "timestamp") {
                const int64_t raw = JsonWholeNumber::read(
                    m_json, field.value(), "microseconds (a number) as a log's `timestamp`");
                m_details.key("time_ns").integer(m_clock.toNs(raw));
            } else if (key == "fields") {
                m_details.key("attributes");
                readTags(field.value(), m_details, nullptr, &name);
            }
        }
        // OpenTracing names a log by its `event` field, as OpenTelemetry's Jaeger
        // translator does.
        m_details.key("name").string(name);
        m_details.endObject();
    }
    m_details.endArray();
}

void JaegerTraceReader::readTags(JsonValue &value, JsonTextBuilder &out, TagFacts *facts,
                                 std::string *eventName)
{
    out.beginObject();
    if (m_json.isNull(value)) {
        out.endObject();
        return;
    }
    auto list = m_json.array(value, "an array of tags ({key, type, value})");
    std::string early;
    for (auto element : list) {
        JsonValue tagValue = m_json.take(std::move(element), "a tag");
        JsonObject tag = m_json.object(tagValue,
                                       "a tag (a JSON object with `key`, `type` and "
                                       "`value`)");
        std::string_view key;
        std::string_view type;
        bool hasKey = false;
        bool hasValue = false;
        early.clear();
        for (auto item : tag) {
            auto field = m_json.take(std::move(item), "a key of a tag");
            const auto name = field.key();
            JsonValue &v = field.value();
            if (name == "key") {
                key = m_json.string(v, "a string as a tag's `key`");
                hasKey = true;
                if (facts)
                    m_ops.observe(key);
            } else if (name == "type") {
                type = m_json.string(v, "a string as a tag's `type`");
            } else if (name == "value" && !hasValue) {
                hasValue = true;
                if (!hasKey) {
                    // Written aside until the key is known; writers put the key first.
                    JsonTextBuilder aside(early);
                    aside.copy(m_json, v, "a tag's `value`");
                    continue;
                }
                const json_type jsonType = m_json.take(v.type(), "a tag's `value`");
                if (jsonType == json_type::string) {
                    const std::string_view text = m_json.string(v, "a tag's `value`");
                    if (eventName && key == "event") {
                        eventName->assign(text);
                        continue;
                    }
                    if (facts) {
                        if (key == "span.kind")
                            facts->kind = lowerCase(text);
                        else if (key == "error")
                            facts->error = text == "true";
                        else if (key == "otel.status_code")
                            facts->statusCode.assign(text);
                    }
                    // Typed values written as strings (the UI writes int64 beyond 2^53
                    // that way) become JSON numbers and booleans again.
                    int64_t integer = 0;
                    double number = 0;
                    out.key(key);
                    if (type == "int64" && parseWhole(text, integer))
                        out.integer(integer);
                    else if (type == "float64" && parseWhole(text, number))
                        out.number(number);
                    else if (type == "bool" && (text == "true" || text == "false"))
                        out.boolean(text == "true");
                    else
                        out.string(text);
                } else if (jsonType == json_type::boolean) {
                    const bool flag = m_json.take(v.get_bool(), "a tag's `value`");
                    if (facts && key == "error")
                        facts->error = flag;
                    out.key(key).boolean(flag);
                } else {
                    out.key(key);
                    out.copy(m_json, v, "a tag's `value`");
                }
            }
        }
        if (!hasKey)
            m_json.fail(QStringLiteral("a tag has no `key`"));
        if (!hasValue)
            out.key(key).null();
        else if (!early.empty())
            out.key(key).raw(early);
    }
    out.endObject();
}

void JaegerTraceReader::tick()
{
    if (m_spans % kSpansPerTick != 0)
        return;
    m_context.checkCancelled();
    m_context.setProgress(0.5 + 0.5 * m_json.fractionDone());
}

QStringList JaegerTraceReader::warnings() const
{
    QStringList out = m_clock.warnings() + m_checker.warnings();
    if (m_idsAsWritten > 0)
        out << QStringLiteral("%1 not hex; kept as written")
                   .arg(m_idsAsWritten == 1 ? QStringLiteral("1 id is")
                                            : QStringLiteral("%1 ids are").arg(m_idsAsWritten));
    return out;
}

} // namespace eg::importers
