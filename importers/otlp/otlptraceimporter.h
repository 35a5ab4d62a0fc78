#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// OpenTelemetry traces in OTLP/JSON (the "JSON Protobuf Encoding" of the OTLP spec): one
// ExportTraceServiceRequest, `{"resourceSpans": [...]}`, read whole, or one per line as
// the Collector's file exporter writes them, read a line at a time. Resource
// `service.name` is each span's service; attributes, events, links, the status message,
// the resource and the scope go into the span's details; ids may be hex (the spec) or
// base64 (protobuf's default JSON mapping).
class OtlpTraceImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
