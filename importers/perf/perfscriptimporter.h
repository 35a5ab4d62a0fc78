#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// The text of `perf script` (Linux perf): one sample per block, a header line
// `comm pid/tid [cpu] time: [period] event:` and its frames leaf first, indented.
//
// One profile per (event type, command, pid, tid), in the order the file first shows
// each: different event types do not add up (FlameGraph refuses to mix them), and a
// thread is what both speedscope and the Firefox Profiler show as one timeline.
//   name   "<event> <comm> <pid>/<tid>" ("<event> <comm> <tid>" when the file has no pid)
//   thread "<comm> <pid>/<tid>"
// Weight: the sample's period when the header carries one, else 1 (FlameGraph's rule,
// and the file's own unit: CLI.md). The unit is nanoseconds for the cpu-clock and
// task-clock events, whose period perf counts in nanoseconds, and `none` (counts of
// cycles, instructions, faults, samples) otherwise.
// sampleTime is the perf timestamp in nanoseconds, exactly as written (or the sample's
// position when the header has no time), so that a time-weighted view (speedscope's
// time between samples) can be derived from what we store.
// Frames: name = the symbol with its `+0x…` offset removed and tidied as FlameGraph does
// (PerfScriptTokenizer::tidySymbol); file and module = the dso, so that `[unknown]` in
// two libraries stays two frames, as speedscope keys them.
class PerfScriptImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
