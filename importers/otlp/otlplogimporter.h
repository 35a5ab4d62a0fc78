#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// OpenTelemetry logs in OTLP/JSON (`otlp-logs`): one ExportLogsServiceRequest,
// `{"resourceLogs": [...]}`, read whole, or one per line as the Collector's file exporter
// writes them (OtlpExportInput). Each log record becomes a LogRecord (OtlpLogReader).
class OtlpLogImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
