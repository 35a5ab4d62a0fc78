#include "sentrytransactionreader.h"

#include "sentrytimestamp.h"

#include "importers/common/importcontext.h"

#include "models/store/ids.h"

#include <unordered_set>

namespace eg::importers {

namespace {

using JsonValue = JsonSupport::Value;
using JsonType = simdjson::ondemand::json_type;
using Span = SentrySpanReader::Span;

// Event fields worth showing with the root span.
bool isRootAttribute(std::string_view key)
{
    return key == "release" || key == "environment" || key == "server_name" || key == "platform"
        || key == "dist" || key == "logger" || key == "level";
}

// `atRoot`: the document's own value, which On-Demand does not let be asked whether it is
// null; the array check below still says what is wrong with it.
void readSpanArray(JsonSupport &json, JsonValue &value, std::vector<Span> &spans,
                   ImportContext &context, bool atRoot = false)
{
    if (!atRoot && json.isNull(value))
        return;
    auto array = json.array(value, "an array in the transaction's `spans`");
    for (auto element : array) {
        JsonValue spanValue = json.take(std::move(element), "a span in `spans`");
        Span span;
        SentrySpanReader::read(json, spanValue, &span);
        spans.push_back(std::move(span));
        if ((spans.size() & 0x3ff) == 0)
            context.checkCancelled();
    }
}

// The web API's `entries: [{type, data}]`: `data` of the `spans` entry is the span list.
// `type` may follow `data`, so an array `data` is kept as text until the type is known.
void readEntries(JsonSupport &json, JsonValue &value, SentryTransactionReader::Event &event,
                 std::vector<Span> &spans, ImportContext &context)
{
    if (json.isNull(value))
        return;
    auto entries = json.array(value, "an array in the event's `entries`");
    for (auto element : entries) {
        JsonValue entryValue = json.take(std::move(element), "an entry");
        auto entry = json.object(entryValue, "an entry (a JSON object) in `entries`");
        std::string type;
        std::string data;
        for (auto item : entry) {
            auto field = json.take(std::move(item), "a key of an entry");
            const auto key = field.key();
            if (key == "type") {
                type = SentrySpanReader::optionalString(json, field.value(),
                                                        "a string as an entry's `type`");
            } else if (key == "data"
                       && json.take(field.value().type(), "an entry's `data`") == JsonType::array) {
                const std::string_view raw
                    = SentrySpanReader::rawJson(json, field.value(), "an entry's `data`");
                data.reserve(raw.size() + simdjson::SIMDJSON_PADDING);
                data.assign(raw);
            }
        }
        if (type == "exception")
            event.hasException = true;
        if (type != "spans" || data.empty() || data == "null")
            continue;
        event.hasSpans = true;
        JsonSupport inner(data);
        JsonValue list = json.take(inner.document().get_value(), "the `spans` entry's data");
        readSpanArray(inner, list, spans, context, true);
    }
}

void readProfileContext(JsonSupport &json, JsonValue &value, SentryTransactionReader::Event &event)
{
    if (json.isNull(value))
        return;
    auto object = json.object(value, "an object as `contexts.profile`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `contexts.profile`");
        const auto key = field.key();
        if (key == "profile_id")
            event.profileId = SentrySpanReader::idText(json, field.value(),
                                                       "a string as `contexts.profile.profile_id`");
        else if (key == "profiler_id")
            event.profilerId = SentrySpanReader::idText(
                json, field.value(), "a string as `contexts.profile.profiler_id`");
    }
}

void readContexts(JsonSupport &json, JsonValue &value, SentryTransactionReader::Event &event,
                  Span &root)
{
    if (json.isNull(value))
        return;
    auto contexts = json.object(value, "an object as the event's `contexts`");
    for (auto item : contexts) {
        auto field = json.take(std::move(item), "a context name");
        const auto key = field.key();
        if (key == "trace") {
            if (json.isNull(field.value()))
                continue;
            // `type` only says which context this is.
            SentrySpanReader::read(
                json, field.value(), &root,
                [](std::string_view name, JsonValue &, Span &) { return name == "type"; });
        } else if (key == "profile") {
            readProfileContext(json, field.value(), event);
        }
    }
}

std::string sdkName(JsonSupport &json, JsonValue &value)
{
    if (json.isNull(value))
        return {};
    std::string name;
    auto object = json.object(value, "an object as the event's `sdk`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `sdk`");
        if (field.key() == "name")
            name = SentrySpanReader::optionalString(json, field.value(),
                                                    "a string as the SDK's `name`");
    }
    return name;
}

} // namespace

bool SentryTransactionReader::Event::isTransaction() const
{
    return type == "transaction" || (type.empty() && (hasSpans || hasStart));
}

void SentryTransactionReader::Event::setProfileId(const std::string &id)
{
    profileId = id;
    for (Span &span : spans)
        span.record.profileId = id;
}

SentryTransactionReader::Event SentryTransactionReader::read(JsonSupport &json,
                                                             const Defaults &defaults,
                                                             bool isTransaction,
                                                             ImportContext &context)
{
    Event event;
    Span root;
    std::vector<Span> children;
    std::string name;
    std::string sdk;
    int64_t startNs = 0;
    int64_t endNs = 0;
    int64_t createdNs = 0;
    bool hasEnd = false;
    bool hasCreated = false;

    auto object = json.rootObject("a Sentry event (a JSON object)");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of the event");
        const std::string key(json.take(field.unescaped_key(), "a key of the event"));
        JsonValue &v = field.value();
        if (key == "event_id" || key == "eventID"
            || (key == "id" && json.take(v.type(), "`id`") == JsonType::string)) {
            if (event.eventId.empty())
                event.eventId = SentrySpanReader::idText(json, v, "a string as `event_id`");
        } else if (key == "type") {
            event.type
                = SentrySpanReader::optionalString(json, v, "a string as the event's `type`");
        } else if (key == "transaction") {
            name = SentrySpanReader::optionalString(json, v, "a string as `transaction`");
        } else if (key == "title") {
            if (name.empty())
                name = SentrySpanReader::optionalString(json, v, "a string as `title`");
        } else if (key == "start_timestamp" || key == "startTimestamp") {
            event.hasStart
                = SentryTimestamp::read(json, v, "the transaction's `start_timestamp`", &startNs);
        } else if (key == "timestamp" || key == "endTimestamp") {
            hasEnd = SentryTimestamp::read(json, v, "the event's `timestamp`", &endNs);
        } else if (key == "dateCreated") {
            hasCreated = SentryTimestamp::read(json, v, "the event's `dateCreated`", &createdNs);
        } else if (key == "contexts") {
            readContexts(json, v, event, root);
        } else if (key == "spans") {
            event.hasSpans = !json.isNull(v);
            readSpanArray(json, v, children, context);
        } else if (key == "entries") {
            readEntries(json, v, event, children, context);
        } else if (key == "exception") {
            event.hasException = !json.isNull(v);
        } else if (key == "measurements") {
            if (!json.isNull(v))
                root.details.setSection("measurements",
                                        SentrySpanReader::rawJson(json, v, "`measurements`"));
        } else if (key == "tags") {
            SentrySpanReader::readTags(json, v, root.details);
        } else if (key == "sdk") {
            sdk = sdkName(json, v);
        } else if (isRootAttribute(key)) {
            const JsonType type = json.take(v.type(), "a value");
            if (type == JsonType::string || type == JsonType::number)
                root.details.addAttribute(key, SentrySpanReader::rawJson(json, v, "a plain value"));
        }
    }

    if (!isTransaction && !event.isTransaction())
        return event;

    if (event.eventId.empty())
        event.eventId = store::canonicalHexId(defaults.eventId);
    if (!hasEnd && hasCreated) {
        endNs = createdNs;
        hasEnd = true;
    }

    // The root span: contexts.trace, timed and named by the transaction.
    SentrySpanReader::finish(&root);
    store::SpanRecord &r = root.record;
    if (r.traceId.empty())
        r.traceId = store::canonicalHexId(defaults.traceId);
    if (!name.empty())
        r.name = name;
    else if (r.name.empty())
        r.name = r.op;
    r.startNs = startNs;
    r.endNs = endNs;
    root.hasStart = event.hasStart;
    root.hasEnd = hasEnd;
    r.isSegment = true;
    if (!event.eventId.empty())
        r.segmentId = event.eventId;
    r.service = !root.serviceName.empty() ? root.serviceName
        : !sdk.empty()                    ? sdk
                                          : defaults.sdkName;
    if (r.profileId.empty())
        r.profileId = event.profileId;
    if (r.profilerId.empty())
        r.profilerId = event.profilerId;

    std::unordered_set<std::string> ids;
    ids.insert(r.spanId);
    for (Span &child : children)
        ids.insert(child.record.spanId);
    for (Span &child : children) {
        SentrySpanReader::finish(&child);
        store::SpanRecord &c = child.record;
        if (c.traceId.empty())
            c.traceId = r.traceId;
        if (c.segmentId.empty() || c.segmentId == c.spanId)
            c.segmentId = r.segmentId;
        c.isSegment = false;
        if (child.serviceName.empty())
            c.service = r.service;
        if (c.profileId.empty())
            c.profileId = event.profileId;
        if (c.profilerId.empty())
            c.profilerId = r.profilerId;
        // A span of a transaction without a parent belongs under the transaction's root.
        if (c.parentSpanId.empty() && c.spanId != r.spanId)
            c.parentSpanId = r.spanId;
        else if (!ids.contains(c.parentSpanId))
            ++event.orphans;
    }
    event.spans.reserve(children.size() + 1);
    event.spans.push_back(std::move(root));
    for (Span &child : children)
        event.spans.push_back(std::move(child));
    return event;
}

} // namespace eg::importers
