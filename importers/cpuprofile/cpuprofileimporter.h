#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// V8's `.cpuprofile` (Chrome DevTools protocol `Profiler.Profile`, also what Node's
// --cpu-prof writes): a call tree of `nodes`, and `samples` (node ids) with `timeDeltas`.
// Samples are weighed the way speedscope weighs them (the time to the next sample, in
// microseconds), including its treatment of "(root)", "(idle)", "(program)" and
// "(garbage collector)", so that our figures compare with speedscope's.
class CpuProfileImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
