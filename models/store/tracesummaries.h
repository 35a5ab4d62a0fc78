#pragma once

#include <cstdint>

struct sqlite3;

namespace eg::store {

// Keeps the `trace` table (what the trace list shows) in step with the `span` table.
// Spans of one trace can come from several sources, so a trace's row is rebuilt from all
// of its spans whenever a source that holds some of them is added or removed:
// markTracesOf() before the change (for removal) or after it (for an import), then
// rebuildMarked() inside the same transaction.
class TraceSummaries
{
public:
    static void markTracesOf(sqlite3 *db, int64_t sourceId);
    static void rebuildMarked(sqlite3 *db);

    // The separator between names in the roots and services columns.
    static constexpr char kSeparator = '\x1f';
};

} // namespace eg::store
