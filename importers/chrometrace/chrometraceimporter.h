#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// Chrome's trace event format (the "Trace Event Format" document; what chrome://tracing,
// Perfetto and speedscope read): a JSON array of events or `{"traceEvents": [...]}`.
// B/E/X events become one evented profile per thread, as speedscope builds them;
// Profile/ProfileChunk (and CpuProfile) events become sampled V8 CPU profiles. Other
// phases are skipped. The file is streamed, never read whole: a gigabyte trace costs
// its compact event records, not its text.
class ChromeTraceImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
