#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// pprof's profile.proto (Go, gperftools converted by pprof, many profilers), gzip or
// plain: one profile per sample type, in the file's order, so the first one is shown by
// default and the others are a choice away. Each Location's Line entries (inlined calls,
// innermost first) become frames of their own; a frame is a function (name, file, start
// line), as pprof and speedscope aggregate by default. Units come from the sample type
// ("nanoseconds", "bytes", ...; "count" and the rest are `none`). pprof samples carry no
// time, so a sample's time is its position (the sum of the weights before it).
class PprofImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
