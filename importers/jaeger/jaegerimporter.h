#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// Jaeger's trace JSON as its UI downloads it and its query API serves it
// (`{"data": [{traceID, spans, processes}]}`), and the shapes around it: one bare trace
// object, an array of traces, or an array of spans that carry their `process`. Spans keep
// their typed tags as attributes, their logs as events and references other than the
// parent as links; ids are padded back to 16 or 32 digits where the UI dropped leading
// zeros.
class JaegerImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
