#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// Brendan Gregg's collapsed stacks: one line per stack, `root;caller;leaf 1234`.
// Lines that do not end in a count are skipped, as FlameGraph and speedscope do;
// UTF-16 files (with a byte order mark) are read too.
class FoldedImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
