#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// speedscope's own file format (speedscope src/lib/file-format-spec.ts), every schema
// version: frames shared by all profiles, then evented profiles (open/close events) and
// sampled profiles (stacks with weights). One ProfileData per profile in the file; the
// weights stay in the file's unit, so that our figures are speedscope's.
class SpeedscopeImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
