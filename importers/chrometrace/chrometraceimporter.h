#pragma once

#include "importers/common/importer.h"
#include "importers/common/profilestreamer.h"

#include <cstddef>

namespace eg::importers {

class ChromeTraceBuildWorker;
class ChromeTraceParser;

// Chrome's trace event format (the "Trace Event Format" document; what chrome://tracing,
// Perfetto and speedscope read): a JSON array of events or `{"traceEvents": [...]}`.
// B/E/X events become one evented profile per thread, as speedscope builds them;
// Profile/ProfileChunk (and CpuProfile) events become sampled V8 CPU profiles. Other
// phases are skipped. The file is streamed, never read whole: a gigabyte trace costs
// its packed event logs (ChromeTraceEventLog) while it is read, then each thread's stacks
// while it is built; samples go to the cache chunk by chunk. An import that would need
// more than the context's memory budget stops with an ImportError saying so.
class ChromeTraceImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;

    // Samples a thread's profile collects before they go to the cache; tests make it small
    // to stream small traces the way a gigabyte trace streams.
    void setFlushSamplesAt(size_t samples) { m_flushSamplesAt = samples; }
    // Bytes of events parsed at a time (4 MiB); tests make it small to hand a small trace
    // to the build worker in many pieces.
    void setBatchBytes(size_t bytes) { m_batchBytes = bytes; }

private:
    // Throws when what the import holds, and will add to build its largest thread, is
    // over the context's memory budget.
    static void checkMemory(const ChromeTraceParser &parser, const ChromeTraceBuildWorker &worker,
                            const ImportContext &context);

    size_t m_flushSamplesAt = ProfileStreamer::kDefaultFlushAt;
    size_t m_batchBytes = size_t(4) << 20;
};

} // namespace eg::importers
