#include "sentrylogreader.h"

#include "sentrytimestamp.h"

#include "importers/common/countedtext.h"

#include "models/store/ids.h"

#include <algorithm>
#include <charconv>

namespace eg::importers {

namespace {

using simdjson::ondemand::json_type;

template<typename T> bool parseWhole(std::string_view text, T &out)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

bool contains(const std::vector<std::string_view> &keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

SentryLogReader::SentryLogReader(std::string sdkName)
    : m_sdkName(std::move(sdkName))
{ }

void SentryLogReader::read(JsonSupport &json,
                           const std::function<void(const store::LogRecord &)> &sink)
{
    JsonSupport::Object root = json.rootObject("a log container (a JSON object with `items`)");
    bool found = false;
    for (auto item : root) {
        auto field = json.take(std::move(item), "a key of the log container");
        if (field.key() != "items")
            continue;
        found = true;
        JsonSupport::Array list = json.array(field.value(), "an array of logs in `items`");
        for (auto element : list) {
            JsonSupport::Value value = json.take(std::move(element), "a log in `items`");
            m_record = store::LogRecord();
            readLog(json, value, &m_record);
            sink(m_record);
        }
    }
    if (!found)
        json.fail(QStringLiteral("missing `items`, the list of logs"));
}

void SentryLogReader::readLog(JsonSupport &json, JsonSupport::Value &value,
                              store::LogRecord *record)
{
    JsonSupport::Object object = json.object(value, "a log (a JSON object) in `items`");
    record->timeProblem = store::LogRecord::TimeProblem::Missing;
    m_attributes.reset(record->attributes);
    m_attributes.beginObject();
    m_serviceName.clear();
    m_sdkOfLog.clear();
    m_parentSpanId.clear();
    int64_t severity = -1;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of a log");
        const std::string_view key = json.take(field.unescaped_key(), "a key of a log");
        JsonSupport::Value &v = field.value();
        if (json.isNull(v))
            continue;
        if (key == "timestamp") {
            int64_t ns = 0;
            if (SentryTimestamp::read(json, v, "a log's `timestamp`", &ns)) {
                record->timeNs = ns;
                record->timeProblem = store::LogRecord::TimeProblem::None;
            }
        } else if (key == "level") {
            record->levelText.assign(json.string(v, "a string as a log's `level`"));
        } else if (key == "severity_number") {
            severity = json.integer(v, "a whole number as a log's `severity_number`");
        } else if (key == "body") {
            if (json.take(v.type(), "a log's `body`") == json_type::string) {
                record->body.assign(JsonTextBuilder::inputString(json, v, "a log's `body`"));
            } else {
                JsonTextBuilder body(record->body); // structured: kept as its JSON text
                body.copy(json, v, "a log's `body`");
            }
        } else if (key == "trace_id") {
            record->traceId = store::canonicalHexId(json.string(v, "a string as `trace_id`"));
        } else if (key == "span_id") {
            record->spanId = store::canonicalHexId(json.string(v, "a string as `span_id`"));
        } else if (key == "attributes") {
            readAttributes(json, v);
        } else {
            // Fields newer SDKs may add (`severity_text`, `observed_timestamp`...): kept.
            m_attributes.key(key);
            m_attributes.copy(json, v, "a field of a log");
        }
    }
    m_attributes.endObject();
    if (!record->levelText.empty()) {
        bool known = false;
        record->level = store::logLevelFromText(record->levelText, &known);
        m_unknownLevel += !known;
    } else if (severity >= 0) {
        record->level = store::logLevelFromSeverityNumber(severity);
        record->levelText = std::to_string(severity);
    }
    // Sentry logs carry no service of their own. The SDK name is what Sentry's spans and
    // transactions of the same app are filed under (SentryTransactionReader), so logs
    // join them in a filter by service; `server.address` names the host, not the app,
    // and stays an attribute. An explicit OpenTelemetry `service.name` wins.
    record->service = !m_serviceName.empty() ? m_serviceName
        : !m_sdkOfLog.empty()                ? m_sdkOfLog
                                             : m_sdkName;
    if (record->spanId.empty() && !m_parentSpanId.empty())
        record->spanId = store::canonicalHexId(m_parentSpanId); // older SDKs (§6.2)
    m_noTime += record->timeProblem != store::LogRecord::TimeProblem::None;
}

void SentryLogReader::readAttributes(JsonSupport &json, JsonSupport::Value &value)
{
    JsonSupport::Object object = json.object(value, "an object as a log's `attributes`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `attributes`");
        const std::string_view key = json.take(field.unescaped_key(), "a key of `attributes`");
        readAttribute(json, key, field.value());
    }
}

void SentryLogReader::readAttribute(JsonSupport &json, std::string_view key,
                                    JsonSupport::Value &value)
{
    m_attributes.key(key);
    if (json.take(value.type(), "an attribute") != json_type::object) {
        // Not typed (hand-written files do that): the value as it is.
        m_attributes.copy(json, value, "an attribute's value");
        return;
    }
    JsonSupport::Object object = json.object(value, "an attribute");
    JsonTextBuilder aside(m_value);
    aside.reset(); // the last attribute's value is still there
    std::string_view type;
    std::string_view text;
    bool hasValue = false;
    bool isString = false;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of an attribute");
        const auto name = field.key();
        if (name == "value" && !hasValue) {
            hasValue = true;
            JsonSupport::Value &v = field.value();
            isString = json.take(v.type(), "an attribute's `value`") == json_type::string;
            if (isString) {
                text = JsonTextBuilder::inputString(json, v, "an attribute's `value`");
                aside.string(text);
            } else {
                aside.copy(json, field.value(), "an attribute's `value`");
            }
        } else if (name == "type") {
            type = json.string(field.value(), "a string as an attribute's `type`");
        }
    }
    // Integers beyond what JavaScript holds arrive as strings (SENTRY.md §6.3).
    int64_t integer = 0;
    double number = 0;
    if (!hasValue)
        m_attributes.null();
    else if (isString && type == "integer" && parseWhole(text, integer))
        m_attributes.integer(integer);
    else if (isString && type == "double" && parseWhole(text, number))
        m_attributes.number(number);
    else
        m_attributes.raw(m_value);
    if (!isString)
        return;
    if (key == "service.name")
        m_serviceName.assign(text);
    else if (key == "sentry.sdk.name")
        m_sdkOfLog.assign(text);
    else if (key == "sentry.trace.parent_span_id")
        m_parentSpanId.assign(text);
}

QStringList SentryLogReader::warnings() const
{
    QStringList out;
    if (m_noTime > 0)
        out << countedText(m_noTime,
                           QStringLiteral("%1 log has no readable `timestamp`; it is kept in "
                                          "file order after the others"),
                           QStringLiteral("%1 logs have no readable `timestamp`; they are kept "
                                          "in file order after the others"));
    if (m_unknownLevel > 0)
        out << countedText(m_unknownLevel,
                           QStringLiteral("%1 log has a level that is none of trace, debug, "
                                          "info, warn, error, fatal; it counts as info, and the "
                                          "level is kept as written"),
                           QStringLiteral("%1 logs have a level that is none of trace, debug, "
                                          "info, warn, error, fatal; they count as info, and "
                                          "the level is kept as written"));
    return out;
}

bool SentryLogReader::looksLikeContainer(std::string_view head)
{
    const std::vector<std::string_view> keys = JsonSupport::topLevelKeys(head);
    if (!contains(keys, "items"))
        return false;
    for (std::string_view key : keys) {
        if (key != "items" && key != "version")
            return false;
    }
    size_t at = head.find("\"items\"");
    if (at == std::string_view::npos)
        return false;
    at = head.find_first_not_of(" \t\r\n", at + 7);
    if (at == std::string_view::npos || head[at] != ':')
        return false;
    at = head.find_first_not_of(" \t\r\n", at + 1);
    if (at == std::string_view::npos || head[at] != '[')
        return false;
    at = head.find_first_not_of(" \t\r\n", at + 1);
    if (at == std::string_view::npos || head[at] != '{')
        return false;
    const std::vector<std::string_view> first = JsonSupport::topLevelKeys(head.substr(at));
    return contains(first, "body") && contains(first, "timestamp")
        && (contains(first, "level") || contains(first, "severity_number"))
        && !contains(first, "start_timestamp");
}

} // namespace eg::importers
