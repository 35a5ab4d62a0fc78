#include "sentryerrorreader.h"

#include "sentryexceptionwriter.h"
#include "sentrytimestamp.h"

#include "models/store/ids.h"

namespace eg::importers {

namespace {

using simdjson::ondemand::json_type;

// The text of a string, or the JSON text of any other value (a tag written as a number).
std::string textOf(JsonSupport &json, JsonSupport::Value &value, const char *expected)
{
    if (json.take(value.type(), expected) == json_type::string)
        return std::string(json.string(value, expected));
    std::string out;
    JsonTextBuilder(out).copy(json, value, expected);
    return out;
}

} // namespace

bool SentryErrorReader::Event::isError() const
{
    return hasException || record.level == "error" || record.level == "fatal";
}

SentryErrorReader::SentryErrorReader(JsonSupport &json)
    : m_json(json)
    , m_exceptionsOut(m_exceptions)
    , m_threadsOut(m_threads)
    , m_breadcrumbsOut(m_breadcrumbs)
    , m_tagsOut(m_tags)
{
    m_exceptionsOut.beginArray();
    m_threadsOut.beginArray();
    m_breadcrumbsOut.beginArray();
    m_tagsOut.beginObject();
}

SentryErrorReader::Event SentryErrorReader::read(JsonSupport &json, const Defaults &defaults)
{
    SentryErrorReader reader(json);
    JsonSupport::Object root = json.rootObject("a Sentry event (a JSON object)");
    for (auto item : root) {
        auto field = json.take(std::move(item), "a key of the event");
        const std::string_view key = json.take(field.unescaped_key(), "a key of the event");
        if (!json.isNull(field.value()))
            reader.readField(key, field.value());
    }
    reader.m_exceptionsOut.endArray();
    reader.m_threadsOut.endArray();
    reader.m_breadcrumbsOut.endArray();
    reader.m_tagsOut.endObject();

    Event &event = reader.m_event;
    store::ErrorRecord &r = event.record;
    if (r.eventId.empty())
        r.eventId
            = store::canonicalHexId(!reader.m_apiId.empty() ? reader.m_apiId : defaults.eventId);
    if (r.level.empty())
        r.level = !reader.m_tagLevel.empty() ? reader.m_tagLevel : std::string("error");
    if (r.level == "warn")
        r.level = "warning";
    if (r.environment.empty())
        r.environment
            = !reader.m_tagEnvironment.empty() ? reader.m_tagEnvironment : defaults.environment;
    if (r.release.empty())
        r.release = defaults.release;
    if (r.traceId.empty())
        r.traceId = store::canonicalHexId(defaults.traceId);
    if (r.replayId.empty())
        r.replayId = store::canonicalHexId(!reader.m_tagReplayId.empty() ? reader.m_tagReplayId
                                                                         : defaults.replayId);
    if (event.hasException) {
        r.type = reader.m_exceptionType;
        r.value = reader.m_exceptionValue;
    } else {
        r.value = reader.m_message;
    }
    if (r.culprit.empty())
        r.culprit = !reader.m_transaction.empty() ? reader.m_transaction
            : !reader.m_frameCulprit.empty()      ? reader.m_frameCulprit
                                                  : reader.m_threadCulprit;
    r.details = reader.details();
    return std::move(reader.m_event);
}

void SentryErrorReader::readField(std::string_view key, JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    store::ErrorRecord &r = m_event.record;
    if (key == "event_id" || key == "eventID") {
        r.eventId = store::canonicalHexId(json.string(value, "a string as the event id"));
    } else if (key == "id") {
        m_apiId = textOf(json, value, "the event's `id`");
    } else if (key == "type") {
        m_event.type.assign(json.string(value, "a string as the event's `type`"));
    } else if (key == "timestamp" || (key == "dateCreated" && !m_hasTime)) {
        int64_t ns = 0;
        if (SentryTimestamp::read(json, value, "the event's `timestamp`", &ns)) {
            r.timeNs = ns;
            m_hasTime = true;
        }
    } else if (key == "level") {
        r.level.assign(json.string(value, "a string as the event's `level`"));
    } else if (key == "release") {
        readRelease(value);
    } else if (key == "environment") {
        r.environment.assign(json.string(value, "a string as the event's `environment`"));
    } else if (key == "transaction") {
        m_transaction.assign(json.string(value, "a string as the event's `transaction`"));
    } else if (key == "culprit") {
        r.culprit.assign(json.string(value, "a string as the event's `culprit`"));
    } else if (key == "platform") {
        m_platform.assign(json.string(value, "a string as the event's `platform`"));
    } else if (key == "message" || key == "logentry") {
        readMessage(value);
    } else if (key == "exception") {
        SentryExceptionWriter writer(json, m_exceptionsOut);
        writer.writeChain(value);
        if (writer.count() > 0) {
            m_event.hasException = true;
            m_exceptionType = writer.type();
            m_exceptionValue = writer.value();
            m_frameCulprit = writer.culprit();
        }
    } else if (key == "threads") {
        SentryExceptionWriter writer(json, m_threadsOut);
        writer.writeThreads(value);
        if (m_threadCulprit.empty())
            m_threadCulprit = writer.culprit();
    } else if (key == "breadcrumbs") {
        writeBreadcrumbs(value);
    } else if (key == "tags") {
        writeTags(value);
    } else if (key == "contexts") {
        writeContexts(value);
    } else if (key == "request") {
        m_request.clear();
        JsonTextBuilder(m_request).copy(json, value, "the event's `request`");
    } else if (key == "extra") {
        m_extra.clear();
        JsonTextBuilder(m_extra).copy(json, value, "the event's `extra`");
    } else if (key == "entries") {
        JsonSupport::Array entries = json.array(value, "an array as `entries`");
        for (auto element : entries) {
            JsonSupport::Value entry = json.take(std::move(element), "an entry of `entries`");
            readEntry(entry);
        }
    }
}

// A web-API entry `{"data": ..., "type": ...}`: the type is needed first, and the API
// writes it last.
void SentryErrorReader::readEntry(JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    JsonSupport::Object entry = json.object(value, "an entry (a JSON object) in `entries`");
    std::string type;
    for (auto item : entry) {
        auto field = json.take(std::move(item), "a key of an entry");
        if (field.key() == "type")
            type.assign(json.string(field.value(), "a string as an entry's `type`"));
    }
    if (type != "exception" && type != "threads" && type != "breadcrumbs" && type != "request"
        && type != "message")
        return;
    json.take(entry.reset(), "an entry of `entries`");
    for (auto item : entry) {
        auto field = json.take(std::move(item), "a key of an entry");
        if (field.key() != "data" || json.isNull(field.value()))
            continue;
        readField(type == "message" ? std::string_view("logentry") : std::string_view(type),
                  field.value());
    }
}

void SentryErrorReader::readMessage(JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    if (json.take(value.type(), "the event's `message`") == json_type::string) {
        const std::string_view text = json.string(value, "the event's `message`");
        if (!text.empty())
            m_message.assign(text);
        return;
    }
    // `logentry` (or an old `message` object): the formatted text, else the template.
    JsonSupport::Object object = json.object(value, "a string or an object as `message`");
    std::string formatted;
    std::string message;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `logentry`");
        const auto key = field.key();
        if (json.isNull(field.value()))
            continue;
        if (key == "formatted")
            formatted.assign(json.string(field.value(), "a string as `formatted`"));
        else if (key == "message")
            message.assign(json.string(field.value(), "a string as `message`"));
    }
    if (!formatted.empty() || !message.empty())
        m_message = !formatted.empty() ? formatted : message;
}

void SentryErrorReader::readRelease(JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    if (json.take(value.type(), "the event's `release`") == json_type::string) {
        m_event.record.release.assign(json.string(value, "the event's `release`"));
        return;
    }
    // The web API gives the release as an object with its `version`.
    JsonSupport::Object object = json.object(value, "a string or an object as `release`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `release`");
        if (field.key() == "version" && !json.isNull(field.value()))
            m_event.record.release.assign(json.string(field.value(), "a string as `version`"));
    }
}

void SentryErrorReader::writeBreadcrumbs(JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    if (json.take(value.type(), "`breadcrumbs`") == json_type::array) {
        JsonSupport::Array list = json.array(value, "an array as `breadcrumbs`");
        for (auto element : list) {
            JsonSupport::Value crumb = json.take(std::move(element), "a breadcrumb");
            writeBreadcrumb(crumb);
        }
        return;
    }
    JsonSupport::Object object = json.object(value, "`{\"values\": [...]}` as `breadcrumbs`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `breadcrumbs`");
        if (field.key() == "values" && !json.isNull(field.value()))
            writeBreadcrumbs(field.value());
    }
}

void SentryErrorReader::writeBreadcrumb(JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    JsonSupport::Object object = json.object(value, "a breadcrumb (a JSON object)");
    JsonTextBuilder &out = m_breadcrumbsOut;
    out.beginObject();
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of a breadcrumb");
        const std::string_view key = json.take(field.unescaped_key(), "a key of a breadcrumb");
        JsonSupport::Value &v = field.value();
        if (json.isNull(v))
            continue;
        if (key == "timestamp") {
            int64_t ns = 0;
            if (SentryTimestamp::read(json, v, "a breadcrumb's `timestamp`", &ns))
                out.key("time_ns").integer(ns);
        } else if (key == "type" || key == "category" || key == "message" || key == "level"
                   || key == "data" || key == "event_id") {
            out.key(key).copy(json, v, "a field of a breadcrumb");
        }
    }
    out.endObject();
}

void SentryErrorReader::writeTags(JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    if (json.take(value.type(), "`tags`") == json_type::object) {
        JsonSupport::Object object = json.object(value, "an object as `tags`");
        for (auto item : object) {
            auto field = json.take(std::move(item), "a key of `tags`");
            const std::string key(json.take(field.unescaped_key(), "a key of `tags`"));
            if (!json.isNull(field.value()))
                addTag(key, textOf(json, field.value(), "a tag's value"));
        }
        return;
    }
    // Stored events: [[key, value], ...]; the web API: [{"key": k, "value": v}, ...].
    JsonSupport::Array list = json.array(value, "an object or an array as `tags`");
    for (auto element : list) {
        JsonSupport::Value tag = json.take(std::move(element), "a tag");
        std::string key;
        std::string text;
        const auto take = [&](JsonSupport::Value &v, bool isKey) {
            (isKey ? key : text) = json.isNull(v) ? std::string() : textOf(json, v, "a tag");
        };
        if (json.take(tag.type(), "a tag") == json_type::array) {
            JsonSupport::Array pair = json.array(tag, "a [key, value] tag");
            bool first = true;
            for (auto part : pair) {
                JsonSupport::Value v = json.take(std::move(part), "a [key, value] tag");
                take(v, first);
                first = false;
            }
        } else {
            JsonSupport::Object object = json.object(tag, "a tag: [key, value] or {key, value}");
            for (auto item : object) {
                auto field = json.take(std::move(item), "a key of a tag");
                const auto name = field.key();
                if (name == "key" || name == "value")
                    take(field.value(), name == "key");
            }
        }
        if (!key.empty())
            addTag(key, text);
    }
}

void SentryErrorReader::addTag(std::string_view key, const std::string &text)
{
    m_tagsOut.key(key).string(text);
    if (key == "level")
        m_tagLevel = text;
    else if (key == "environment")
        m_tagEnvironment = text;
    else if (key == "replayId" || key == "replay_id")
        m_tagReplayId = text;
}

void SentryErrorReader::writeContexts(JsonSupport::Value &value)
{
    JsonSupport &json = m_json;
    store::ErrorRecord &r = m_event.record;
    JsonSupport::Object object = json.object(value, "an object as `contexts`");
    JsonTextBuilder out(m_contexts);
    out.beginObject();
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `contexts`");
        const std::string_view name = json.take(field.unescaped_key(), "a key of `contexts`");
        JsonSupport::Value &context = field.value();
        out.key(name);
        if ((name != "trace" && name != "replay")
            || json.take(context.type(), "a context") != json_type::object) {
            out.copy(json, context, "a context");
            continue;
        }
        // The ids the error links by (SENTRY.md §2.5), read while the context is copied.
        JsonSupport::Object members = json.object(context, "an object as a context");
        out.beginObject();
        for (auto memberItem : members) {
            auto member = json.take(std::move(memberItem), "a key of a context");
            const std::string_view key = json.take(member.unescaped_key(), "a key of a context");
            JsonSupport::Value &v = member.value();
            out.key(key);
            const bool isId = key == "trace_id" || key == "span_id" || key == "replay_id";
            if (!isId || json.take(v.type(), "an id in a context") != json_type::string) {
                out.copy(json, v, "a field of a context");
                continue;
            }
            const std::string id = store::canonicalHexId(out.copyString(json, v, "an id"));
            if (name == "replay" && key == "replay_id")
                r.replayId = id;
            else if (name == "trace" && key == "trace_id")
                r.traceId = id;
            else if (name == "trace" && key == "span_id")
                r.spanId = id;
        }
        out.endObject();
    }
    out.endObject();
}

std::string SentryErrorReader::details() const
{
    std::string text;
    JsonTextBuilder out(text);
    out.beginObject();
    out.key("exceptions").raw(m_exceptions);
    if (m_threads != "[]")
        out.key("threads").raw(m_threads);
    out.key("breadcrumbs").raw(m_breadcrumbs);
    out.key("tags").raw(m_tags);
    out.key("contexts").raw(m_contexts.empty() ? std::string_view("{}") : m_contexts);
    if (!m_message.empty())
        out.key("message").string(m_message);
    if (!m_transaction.empty())
        out.key("transaction").string(m_transaction);
    if (!m_platform.empty())
        out.key("platform").string(m_platform);
    if (!m_request.empty())
        out.key("request").raw(m_request);
    if (!m_extra.empty())
        out.key("extra").raw(m_extra);
    out.endObject();
    return text;
}

} // namespace eg::importers
