#include "sentryspanreader.h"

#include "sentrytimestamp.h"

#include "models/store/ids.h"

#include <algorithm>
#include <array>

namespace eg::importers {

namespace {

using JsonValue = JsonSupport::Value;
using JsonType = simdjson::ondemand::json_type;

std::string_view trimmed(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

bool integerText(std::string_view text)
{
    if (!text.empty() && text.front() == '-')
        text.remove_prefix(1);
    return !text.empty() && text.size() <= 20
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An attribute's value: its JSON text for the details, and for a string, number or
// boolean also its plain text, which the record's columns take.
struct AttributeValue
{
    std::string json;
    std::string text;
    bool scalar = false;
};

AttributeValue plainValue(JsonSupport &json, JsonValue &value)
{
    AttributeValue out;
    switch (json.take(value.type(), "an attribute value")) {
    case JsonType::string:
        out.json = std::string(trimmed(value.raw_json_token()));
        out.text = std::string(json.string(value, "a string attribute"));
        out.scalar = true;
        break;
    case JsonType::number:
    case JsonType::boolean:
        out.json = out.text = std::string(trimmed(value.raw_json_token()));
        out.scalar = true;
        break;
    case JsonType::null:
        json.isNull(value);
        break;
    default:
        out.json = std::string(SentrySpanReader::rawJson(json, value, "an attribute value"));
        break;
    }
    return out;
}

// A typed attribute of span v2 and logs (SENTRY.md §6.3): {"value": v, "type": t, "unit"?}.
// Integers may be written as strings; the details get them as numbers. An object without
// `value` is kept whole.
AttributeValue typedValue(JsonSupport &json, JsonValue &value)
{
    if (json.take(value.type(), "an attribute value") != JsonType::object)
        return plainValue(json, value);
    auto object = json.object(value, "an attribute (a JSON object)");
    AttributeValue inner;
    bool hasValue = false;
    std::string type;
    std::string whole = "{";
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of an attribute");
        const std::string key(json.take(field.unescaped_key(), "a key of an attribute"));
        if (whole.size() > 1)
            whole.push_back(',');
        SentrySpanDetails::appendQuoted(whole, key);
        whole.push_back(':');
        if (key == "value") {
            inner = plainValue(json, field.value());
            hasValue = true;
            whole += inner.json.empty() ? std::string("null") : inner.json;
        } else if (key == "type") {
            const AttributeValue t = plainValue(json, field.value());
            type = t.text;
            whole += t.json.empty() ? std::string("null") : t.json;
        } else {
            whole += SentrySpanReader::rawJson(json, field.value(), "an attribute's field");
        }
    }
    whole.push_back('}');
    if (!hasValue) {
        AttributeValue out;
        out.json = SentrySpanDetails::compact(whole);
        return out;
    }
    if (type == "integer" && inner.scalar && integerText(inner.text))
        inner.json = inner.text; // "1544712660300000000" → 1544712660300000000
    return inner;
}

// Keeps one attribute and takes what the record has a column for.
void takeAttribute(SentrySpanReader::Span &span, std::string_view key, const AttributeValue &value)
{
    if (value.json.empty())
        return;
    span.details.addAttribute(key, value.json);
    if (!value.scalar || value.text.empty())
        return;
    store::SpanRecord &r = span.record;
    if (key == "sentry.op") {
        if (span.attributeOp.empty())
            span.attributeOp = value.text;
    } else if (key == "sentry.kind" || key == "otel.kind" || key == "span.kind") {
        if (span.attributeKind.empty())
            span.attributeKind = lowerCase(value.text);
    } else if (key == "thread.id") {
        if (r.threadId.empty())
            r.threadId = value.text;
    } else if (key == "profiler_id" || key == "sentry.profiler_id") {
        if (r.profilerId.empty())
            r.profilerId = store::canonicalHexId(value.text);
    } else if (key == "profile_id" || key == "sentry.profile_id") {
        if (r.profileId.empty())
            r.profileId = store::canonicalHexId(value.text);
    } else if (key == "sentry.segment.id" || key == "sentry.segment_id") {
        if (span.attributeSegmentId.empty())
            span.attributeSegmentId = store::canonicalHexId(value.text);
    } else if (key == "service.name") {
        if (span.serviceName.empty())
            span.serviceName = value.text;
    } else if (key == "sentry.sdk.name") {
        if (span.sdkName.empty())
            span.sdkName = value.text;
    }
}

void readAttributes(JsonSupport &json, JsonValue &value, SentrySpanReader::Span &span, bool typed,
                    const char *expected)
{
    if (json.isNull(value))
        return;
    auto object = json.object(value, expected);
    for (auto item : object) {
        auto field = json.take(std::move(item), "an attribute name");
        const std::string key(json.take(field.unescaped_key(), "an attribute name"));
        const AttributeValue v
            = typed ? typedValue(json, field.value()) : plainValue(json, field.value());
        takeAttribute(span, key, v);
    }
}

// A v2 link: {trace_id, span_id, sampled, attributes (typed)}, kept with plain attributes.
std::string readLink(JsonSupport &json, JsonValue &value)
{
    auto object = json.object(value, "a link (a JSON object) in a span's `links`");
    SentrySpanReader::Span attributes;
    std::string out = "{";
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of a link");
        const std::string key(json.take(field.unescaped_key(), "a key of a link"));
        if (key == "attributes") {
            readAttributes(json, field.value(), attributes, true,
                           "an object as a link's `attributes`");
            continue;
        }
        std::string text;
        if (key == "trace_id" || key == "span_id") {
            const std::string id
                = SentrySpanReader::idText(json, field.value(), "a string id in a link");
            if (id.empty())
                continue;
            SentrySpanDetails::appendQuoted(text, id);
        } else {
            text = SentrySpanReader::rawJson(json, field.value(), "a link's field");
        }
        if (out.size() > 1)
            out.push_back(',');
        SentrySpanDetails::appendQuoted(out, key);
        out.push_back(':');
        out += text;
    }
    // The attributes section of a details object is exactly what a link's attributes are.
    const std::string details = attributes.details.text();
    if (!details.empty()) {
        if (out.size() > 1)
            out.push_back(',');
        // {"attributes":{...}} → "attributes":{...}
        out.append(details, 1, details.size() - 2);
    }
    out.push_back('}');
    return out;
}

} // namespace

std::string_view SentrySpanReader::rawJson(JsonSupport &json, JsonValue &value,
                                           const char *expected)
{
    switch (json.take(value.type(), expected)) {
    case JsonType::object: {
        auto object = json.object(value, expected);
        return json.take(object.raw_json(), expected);
    }
    case JsonType::array: {
        auto array = json.array(value, expected);
        return json.take(array.raw_json(), expected);
    }
    default:
        break;
    }
    return trimmed(value.raw_json_token());
}

std::string SentrySpanReader::optionalString(JsonSupport &json, JsonValue &value,
                                             const char *expected)
{
    if (json.isNull(value))
        return {};
    return std::string(json.string(value, expected));
}

std::string SentrySpanReader::idText(JsonSupport &json, JsonValue &value, const char *expected)
{
    switch (json.take(value.type(), expected)) {
    case JsonType::null:
        json.isNull(value);
        return {};
    case JsonType::string:
        return store::canonicalHexId(json.string(value, expected));
    case JsonType::number:
        return std::string(trimmed(value.raw_json_token()));
    default:
        break;
    }
    json.fail(QStringLiteral("expected %1").arg(QString::fromUtf8(expected)));
}

void SentrySpanReader::readTags(JsonSupport &json, JsonValue &value, SentrySpanDetails &details)
{
    const JsonType type = json.take(value.type(), "an object or array in `tags`");
    if (type == JsonType::null)
        return;
    if (type == JsonType::object) {
        auto object = json.object(value, "an object in `tags`");
        for (auto item : object) {
            auto field = json.take(std::move(item), "a tag name");
            const std::string key(json.take(field.unescaped_key(), "a tag name"));
            const AttributeValue v = plainValue(json, field.value());
            if (!v.json.empty())
                details.addAttribute(key, v.json);
        }
        return;
    }
    auto list = json.array(value, "an object or array in `tags`");
    for (auto element : list) {
        JsonValue tag = json.take(std::move(element), "a tag");
        std::string key;
        AttributeValue v;
        if (json.take(tag.type(), "a tag") == JsonType::array) {
            // [key, value]
            auto pair = json.array(tag, "a [key, value] pair in `tags`");
            int index = 0;
            for (auto part : pair) {
                JsonValue p = json.take(std::move(part), "a tag's key or value");
                if (index == 0)
                    key = optionalString(json, p, "a string as a tag's key");
                else if (index == 1)
                    v = plainValue(json, p);
                ++index;
            }
        } else {
            // {key, value} (the web API)
            auto object = json.object(tag, "a [key, value] pair or {key, value} in `tags`");
            for (auto item : object) {
                auto field = json.take(std::move(item), "a key of a tag");
                const auto name = field.key();
                if (name == "key")
                    key = optionalString(json, field.value(), "a string as a tag's `key`");
                else if (name == "value")
                    v = plainValue(json, field.value());
            }
        }
        if (!key.empty() && !v.json.empty())
            details.addAttribute(key, v.json);
    }
}

bool SentrySpanReader::isErrorStatus(std::string_view status)
{
    static const std::array<std::string_view, 7> kNotErrors
        = {"", "ok", "cancelled", "canceled", "unknown", "unknown_error", "unset"};
    const std::string lower = lowerCase(status);
    if (std::find(kNotErrors.begin(), kNotErrors.end(), lower) != kNotErrors.end())
        return false;
    if (integerText(lower) && lower.size() <= 3)
        return std::stoi(lower) >= 400;
    return true;
}

void SentrySpanReader::read(JsonSupport &json, JsonValue &value, Span *span,
                            const KeyHandler &other)
{
    store::SpanRecord &r = span->record;
    auto object = json.object(value, "a span (a JSON object)");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of a span");
        const std::string key(json.take(field.unescaped_key(), "a key of a span"));
        JsonValue &v = field.value();
        if (key == "span_id") {
            r.spanId = idText(json, v, "a string as a span's `span_id`");
        } else if (key == "parent_span_id") {
            r.parentSpanId = idText(json, v, "a string as a span's `parent_span_id`");
        } else if (key == "trace_id") {
            r.traceId = idText(json, v, "a string as a span's `trace_id`");
        } else if (key == "description") {
            span->description = optionalString(json, v, "a string as a span's `description`");
        } else if (key == "name") {
            span->name = optionalString(json, v, "a string as a span's `name`");
        } else if (key == "op") {
            r.op = optionalString(json, v, "a string as a span's `op`");
        } else if (key == "status") {
            r.status = optionalString(json, v, "a string as a span's `status`");
        } else if (key == "kind") {
            r.kind = lowerCase(optionalString(json, v, "a string as a span's `kind`"));
        } else if (key == "start_timestamp") {
            span->hasStart
                = SentryTimestamp::read(json, v, "a span's `start_timestamp`", &r.startNs);
        } else if (key == "timestamp" || key == "end_timestamp") {
            // A trace-API node has both; they agree.
            int64_t end = 0;
            if (SentryTimestamp::read(json, v, "a span's `timestamp`", &end)) {
                r.endNs = end;
                span->hasEnd = true;
            }
        } else if (key == "is_segment" || key == "is_transaction") {
            if (!json.isNull(v))
                r.isSegment = json.take(v.get_bool(), "true or false as a span's `is_segment`")
                    || r.isSegment;
        } else if (key == "segment_id") {
            r.segmentId = idText(json, v, "a string as a span's `segment_id`");
        } else if (key == "profile_id") {
            r.profileId = idText(json, v, "a string as a span's `profile_id`");
        } else if (key == "profiler_id") {
            r.profilerId = idText(json, v, "a string as a span's `profiler_id`");
        } else if (other && other(key, v, *span)) {
            continue;
        } else if (key == "data" || key == "additional_attributes") {
            readAttributes(json, v, *span, false, "an object as a span's `data`");
        } else if (key == "attributes") {
            readAttributes(json, v, *span, true, "an object as a span's `attributes`");
        } else if (key == "tags") {
            readTags(json, v, span->details);
        } else if (key == "measurements") {
            if (!json.isNull(v))
                span->details.setSection("measurements",
                                         rawJson(json, v, "an object as a span's `measurements`"));
        } else if (key == "links") {
            if (json.isNull(v))
                continue;
            auto links = json.array(v, "an array as a span's `links`");
            for (auto element : links) {
                JsonValue link = json.take(std::move(element), "a link");
                span->details.addLink(readLink(json, link));
            }
        } else {
            // Plain values (origin, exclusive_time, hash...) are worth showing; nested
            // objects the reader does not know are not.
            const JsonType type = json.take(v.type(), "a value");
            if (type == JsonType::string || type == JsonType::number || type == JsonType::boolean)
                takeAttribute(*span, key, plainValue(json, v));
        }
    }
}

void SentrySpanReader::finish(Span *span)
{
    store::SpanRecord &r = span->record;
    r.name = !span->description.empty() ? span->description : span->name;
    if (r.op.empty())
        r.op = span->attributeOp;
    if (r.kind.empty())
        r.kind = span->attributeKind;
    if (r.segmentId.empty())
        r.segmentId = span->attributeSegmentId;
    if (r.segmentId.empty() && r.isSegment)
        r.segmentId = r.spanId;
    if (r.service.empty())
        r.service = !span->serviceName.empty() ? span->serviceName : span->sdkName;
    r.isError = isErrorStatus(r.status);
    r.details = span->details.text();
}

} // namespace eg::importers
