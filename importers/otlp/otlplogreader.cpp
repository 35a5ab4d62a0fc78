#include "otlplogreader.h"

#include "otlpattributes.h"
#include "otlpdocumentwalk.h"

#include "importers/common/countedtext.h"
#include "importers/common/importcontext.h"
#include "importers/common/jsonwholenumber.h"
#include "importers/common/spanidtext.h"

#include "models/store/cachewriter.h"

namespace eg::importers {

namespace {

using JsonObject = JsonSupport::Object;
using JsonValue = JsonSupport::Value;

constexpr int kLogsPerTick = 1024;

// SeverityNumber of logs.proto by name: SEVERITY_NUMBER_INFO2 is 10.
int64_t severityFromName(std::string_view name)
{
    constexpr std::string_view kPrefix = "SEVERITY_NUMBER_";
    if (name.substr(0, kPrefix.size()) == kPrefix)
        name.remove_prefix(kPrefix.size());
    constexpr std::string_view kBands[] = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"};
    for (size_t band = 0; band < 6; ++band) {
        const std::string_view word = kBands[band];
        if (name.substr(0, word.size()) != word)
            continue;
        const std::string_view rest = name.substr(word.size());
        const int64_t step = rest.empty() ? 1 : rest[0] - '0';
        if (step >= 1 && step <= 4 && rest.size() <= 1)
            return int64_t(band) * 4 + step;
    }
    return 0;
}

} // namespace

OtlpLogReader::OtlpLogReader(ImportContext &context, store::CacheWriter &writer)
    : m_context(context)
    , m_writer(writer)
{ }

void OtlpLogReader::read(JsonSupport &json, double progressFrom, double progressTo)
{
    m_json = &json;
    m_progressFrom = progressFrom;
    m_progressTo = progressTo;
    JsonObject root = json.rootObject("an OTLP/JSON logs export (a JSON object with "
                                      "`resourceLogs`)");
    bool found = false;
    for (auto item : root) {
        auto field = json.take(std::move(item), "a key of the OTLP/JSON export");
        if (field.key() != "resourceLogs")
            continue;
        found = true;
        OtlpDocumentWalk::forEach(json, field.value(), "an array in `resourceLogs`",
                                  "an entry of `resourceLogs`",
                                  [&](JsonValue &entry) { readResourceLogs(entry); });
    }
    if (!found)
        json.fail(QStringLiteral("missing `resourceLogs`, the list of log records by resource"));
}

void OtlpLogReader::readResourceLogs(JsonValue &value)
{
    JsonSupport &json = *m_json;
    JsonObject object = json.object(value, "an entry of `resourceLogs` (a JSON object)");
    m_service.clear();
    m_resourceJson.clear();
    OtlpDocumentWalk::headFirst(
        json, object, "a key of a `resourceLogs` entry", {"resource"}, {"scopeLogs"},
        [&](JsonValue &resource) {
            OtlpAttributes::readResource(json, resource, m_resourceJson, m_service);
        },
        [&](JsonValue &list) {
            OtlpDocumentWalk::forEach(json, list, "an array in `scopeLogs`",
                                      "an entry of `scopeLogs`",
                                      [&](JsonValue &scopeLogs) { readScopeLogs(scopeLogs); });
        });
}

void OtlpLogReader::readScopeLogs(JsonValue &value)
{
    JsonSupport &json = *m_json;
    JsonObject object = json.object(value, "an entry of `scopeLogs` (a JSON object)");
    m_scopeJson.clear();
    OtlpDocumentWalk::headFirst(
        json, object, "a key of a `scopeLogs` entry", {"scope"}, {"logRecords"},
        [&](JsonValue &scope) { OtlpAttributes::readScope(json, scope, m_scopeJson); },
        [&](JsonValue &records) {
            OtlpDocumentWalk::forEach(json, records, "an array in `logRecords`",
                                      "a log record in `logRecords`",
                                      [&](JsonValue &record) { readLogRecord(record); });
        });
}

void OtlpLogReader::readLogRecord(JsonValue &value)
{
    JsonSupport &json = *m_json;
    JsonObject object = json.object(value, "a log record (a JSON object) in `logRecords`");
    store::LogRecord &r = m_record;
    r.traceId.clear();
    r.spanId.clear();
    r.body.clear();
    r.levelText.clear();
    m_attributes.reset(r.attributes);
    m_attributes.beginObject();
    int64_t time = 0;
    int64_t observed = 0;
    int64_t severity = 0;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of a log record");
        const auto key = field.key();
        JsonValue &v = field.value();
        if (json.isNull(v))
            continue;
        if (key == "timeUnixNano") {
            time = JsonWholeNumber::read(json, v,
                                         "nanoseconds since the epoch (a string of "
                                         "digits) as `timeUnixNano`");
        } else if (key == "observedTimeUnixNano") {
            observed = JsonWholeNumber::read(json, v,
                                             "nanoseconds since the epoch (a string "
                                             "of digits) as `observedTimeUnixNano`");
        } else if (key == "severityNumber") {
            std::string_view name;
            severity = OtlpAttributes::enumValue(
                json, v, "a severity (a number or a SEVERITY_NUMBER_ name) as `severityNumber`",
                name);
            if (severity < 0)
                severity = severityFromName(name);
        } else if (key == "severityText") {
            r.levelText.assign(json.string(v, "a string as `severityText`"));
        } else if (key == "body") {
            readBody(v);
        } else if (key == "traceId") {
            readId(v, 16, r.traceId, "a trace id (a string) as a log record's `traceId`");
        } else if (key == "spanId") {
            readId(v, 8, r.spanId, "a span id (a string) as a log record's `spanId`");
        } else if (key == "attributes") {
            OtlpAttributes::writeMembers(json, v, m_attributes);
        } else if (key == "eventName") {
            m_attributes.key("event.name").copyString(json, v, "a string as `eventName`");
        }
    }
    if (!m_resourceJson.empty())
        m_attributes.key("resource").raw(m_resourceJson);
    if (!m_scopeJson.empty())
        m_attributes.key("scope").raw(m_scopeJson);
    m_attributes.endObject();

    // 0 is the protobuf default: "not set", for times and severities alike.
    r.timeNs = time != 0 ? time : observed;
    r.timeProblem = r.timeNs != 0 ? store::LogRecord::TimeProblem::None
                                  : store::LogRecord::TimeProblem::Missing;
    m_noTime += r.timeNs == 0;
    if (severity > 0) {
        r.level = store::logLevelFromSeverityNumber(severity);
        if (r.levelText.empty())
            r.levelText = std::to_string(severity);
    } else {
        bool known = r.levelText.empty();
        r.level = r.levelText.empty() ? store::LogLevel::Info
                                      : store::logLevelFromText(r.levelText, &known);
        m_unknownLevel += !known;
    }
    if (SpanIdText::isZero(r.traceId))
        r.traceId.clear();
    if (SpanIdText::isZero(r.spanId))
        r.spanId.clear();
    r.service = m_service;
    m_writer.addLog(r);
    if (++m_logs % kLogsPerTick == 0) {
        m_context.checkCancelled();
        m_context.setProgress(m_progressFrom
                              + (m_progressTo - m_progressFrom) * json.fractionDone());
    }
}

void OtlpLogReader::readBody(JsonValue &value)
{
    // A string body is the message; any other AnyValue (a kvlist of an event, an array)
    // is shown as its JSON text.
    m_scratch.clear();
    JsonTextBuilder body(m_scratch);
    OtlpAttributes::writeValue(*m_json, value, body, &m_record.body);
    if (m_scratch.empty() || m_scratch.front() != '"')
        m_record.body = m_scratch == "null" ? std::string() : m_scratch;
}

void OtlpLogReader::readId(JsonValue &value, size_t bytes, std::string &out, const char *expected)
{
    const std::string_view text = JsonTextBuilder::inputString(*m_json, value, expected);
    if (SpanIdText::fromOtlp(text, bytes, out) == SpanIdText::Spelling::AsWritten)
        ++m_idsAsWritten;
}

QStringList OtlpLogReader::warnings() const
{
    QStringList out;
    if (m_noTime > 0)
        out << countedText(m_noTime,
                           QStringLiteral("%1 log record has neither `timeUnixNano` nor "
                                          "`observedTimeUnixNano`; it is kept in file order "
                                          "after the others"),
                           QStringLiteral("%1 log records have neither `timeUnixNano` nor "
                                          "`observedTimeUnixNano`; they are kept in file order "
                                          "after the others"));
    if (m_unknownLevel > 0)
        out << countedText(m_unknownLevel,
                           QStringLiteral("%1 log record has no severity number and a severity "
                                          "text that is none of trace, debug, info, warn, "
                                          "error, fatal; it counts as info"),
                           QStringLiteral("%1 log records have no severity number and a "
                                          "severity text that is none of trace, debug, info, "
                                          "warn, error, fatal; they count as info"));
    if (m_idsAsWritten > 0)
        out << countedText(
            m_idsAsWritten,
            QStringLiteral("%1 trace or span id is neither hex nor base64; kept as written"),
            QStringLiteral("%1 trace or span ids are neither hex nor base64; kept as written"));
    return out;
}

} // namespace eg::importers
