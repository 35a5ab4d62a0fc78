#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace eg::store {
struct SpanRecord;
}

namespace eg::importers {

// The problems of a trace file that an import works around rather than refuses (issue 5:
// import with a warning per problem): spans that end before they start (clamped to zero
// duration), span ids written twice in one trace (every record is kept, as Jaeger counts
// them), parents that are not in the file, and parent ids that form a cycle. The span
// tree itself is built later, by the analysis stage; this only counts, so that each
// kind of problem becomes one sentence with its number.
class SpanChecker
{
public:
    // Call for every span before it is written; clamps an end before the start.
    // `variant` tells apart records that may share an id on purpose: the client and
    // server halves of a Zipkin span (its kind). Equal ids of one variant are duplicates.
    void check(store::SpanRecord &span, uint32_t variant = 0);

    // One sentence per kind of problem seen, for CacheWriter::addWarning.
    QStringList warnings() const;

private:
    struct Entry
    {
        uint64_t trace;
        uint64_t span;
        uint64_t parent; // 0: none
        uint32_t variant;
    };

    std::vector<Entry> m_entries;
    int64_t m_endBeforeStart = 0;
};

} // namespace eg::importers
