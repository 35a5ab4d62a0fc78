#pragma once

#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"

#include "models/store/logrecord.h"

#include <QStringList>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace eg::importers {

// Sentry structured logs (SENTRY.md §6): the payload of a `log` envelope item, a container
// `{"items": [log, ...]}` (newer SDKs add `"version": 2`), each log becoming a LogRecord.
// Typed attributes (`{"key": {"value": .., "type": ..}}`, §6.3) are stored as a plain JSON
// object `{"key": value}`, integers sent as strings read back as numbers. The span id is
// the top-level `span_id`, or the `sentry.trace.parent_span_id` attribute older SDKs send.
class SentryLogReader
{
public:
    // `sdkName`: the envelope header's SDK, the service of logs that name none.
    explicit SentryLogReader(std::string sdkName = {});

    // Reads the container that is the root of `json`, handing each log to `sink` as it is
    // read (the record is reused); throws ImportError for a container or log of the wrong
    // shape.
    void read(JsonSupport &json, const std::function<void(const store::LogRecord &)> &sink);

    // One sentence per kind of problem met over every read(), for CacheWriter::addWarning.
    QStringList warnings() const;

    // For probes: does this head start like a log container, `{"items": [{...`, whose first
    // item has a body, a level or severity and a timestamp? A standalone span container
    // (`start_timestamp`, `span_id` without `body`) does not.
    static bool looksLikeContainer(std::string_view head);

private:
    void readLog(JsonSupport &json, JsonSupport::Value &value, store::LogRecord *record);
    void readAttributes(JsonSupport &json, JsonSupport::Value &value);
    void readAttribute(JsonSupport &json, std::string_view key, JsonSupport::Value &value);

    std::string m_sdkName;
    store::LogRecord m_record;
    JsonTextBuilder m_attributes;
    std::string m_value; // one attribute's value, written aside until its type is known
    std::string m_serviceName; // `service.name` of the log being read
    std::string m_sdkOfLog; // its `sentry.sdk.name`
    std::string m_parentSpanId; // its `sentry.trace.parent_span_id`
    int64_t m_noTime = 0;
    int64_t m_unknownLevel = 0;
};

} // namespace eg::importers
