#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// The web API's trace response (`sentry-trace`, SENTRY.md §8.8): a list of span nodes,
// roots first, then orphans, each with nested `children`. A span node's `event_id` is its
// span id (a `span_id` key, which mocks add, wins), `transaction_id` its segment,
// `is_transaction` marks segment roots, `profile_id` / `profiler_id` are empty strings when
// absent. A node's parent is the node it is nested in. Errors attached to a span stay in
// its details (`errors`, `occurrences`); issue nodes that belong to no span are counted
// and left out until errors are imported. The older events-trace shape, an object with
// `transactions` and `orphan_errors`, is read the same way.
class SentryTraceImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
