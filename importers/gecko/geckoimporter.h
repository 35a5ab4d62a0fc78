#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// Firefox Profiler / Gecko profile JSON: what Firefox's profiler writes (`meta` with a
// `version`, `threads`, sub-processes in `processes` or, in the oldest versions, as JSON
// strings in `threads`), the devtools export that wraps it in `{"profile": ...}`, and the
// profiler's processed format (column tables, `stringArray`). Every thread becomes one
// sampled profile in milliseconds; a sample weighs the time to the next sample of its
// thread (the last one weighs nothing), as speedscope weighs them.
class GeckoImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
