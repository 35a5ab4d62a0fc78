#pragma once

#include "otlpexportinput.h"

#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"

#include "models/store/logrecord.h"

#include <QStringList>

#include <cstdint>
#include <string>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

class ImportContext;

// Walks OTLP/JSON log documents (ExportLogsServiceRequest: `resourceLogs` → `scopeLogs` →
// `logRecords`, logs.proto) and writes every record as it is read. The time is
// `timeUnixNano`, else `observedTimeUnixNano` (the spec: use the observed time when the
// event's time is unknown); the level is `severityNumber` when set, else `severityText`;
// a body that is no string (a kvlist, an array) becomes its JSON text; the service is the
// resource's `service.name`. Attributes become a JSON object, with the record's
// `eventName` as `event.name` (its semantic-convention name), and the resource and scope
// under `resource` and `scope` as a span's details have them (OtlpTraceReader).
class OtlpLogReader : public OtlpExportInput::DocumentReader
{
public:
    OtlpLogReader(ImportContext &context, store::CacheWriter &writer);

    void read(JsonSupport &json, double progressFrom, double progressTo) override;
    int64_t logCount() const { return m_logs; }
    // The problems worked around, one sentence each.
    QStringList warnings() const;

private:
    void readResourceLogs(JsonSupport::Value &value);
    void readScopeLogs(JsonSupport::Value &value);
    void readLogRecord(JsonSupport::Value &value);
    void readBody(JsonSupport::Value &value);
    void readId(JsonSupport::Value &value, size_t bytes, std::string &out, const char *expected);

    JsonSupport *m_json = nullptr;
    ImportContext &m_context;
    store::CacheWriter &m_writer;
    double m_progressFrom = 0;
    double m_progressTo = 1;

    // Of the resource and scope being read.
    std::string m_service;
    std::string m_resourceJson;
    std::string m_scopeJson;

    store::LogRecord m_record; // reused, so that its strings keep their capacity
    JsonTextBuilder m_attributes;
    std::string m_scratch;
    int64_t m_logs = 0;
    int64_t m_noTime = 0;
    int64_t m_unknownLevel = 0;
    int64_t m_idsAsWritten = 0;
};

} // namespace eg::importers
