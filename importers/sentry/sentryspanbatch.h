#pragma once

#include "models/store/spanrecord.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

class ImportContext;

// The spans of one Sentry import, checked before they are written: data problems are
// worked around, counted, and reported as one warning per kind ("2 spans end before they
// start; shown with zero duration"), never a reason to refuse the file. Malformed JSON is
// the readers' business: they throw before anything gets here.
class SentrySpanBatch
{
public:
    // Problems the readers find and work around themselves, counted here.
    enum class Problem {
        OrphanInTransaction, // a transaction's span names a parent the transaction lacks
        NestedParentMismatch, // a trace-API node's parent_span_id is not the node it is in
        IssueNodesSkipped, // trace-API error/issue nodes that belong to no span
        NoTraceIdInResponse, // a trace-API response that names no trace id
        Count
    };

    // Takes a finished record; `hasStart`/`hasEnd` say which times the file gave.
    void add(store::SpanRecord span, bool hasStart, bool hasEnd);
    void count(Problem problem, int64_t n = 1) { m_problems[size_t(problem)] += n; }
    size_t size() const { return m_spans.size(); }
    bool empty() const { return m_spans.empty(); }
    const std::vector<store::SpanRecord> &spans() const { return m_spans; }

    // Leaves out repeated (trace, span) ids, the first one staying, and breaks parent
    // cycles; write() does it when it has not been done.
    void check();
    // Writes every span, then one warning per kind of problem.
    void write(store::CacheWriter &writer, ImportContext &context);
    // The warnings write() records.
    QStringList warnings() const;

private:
    enum class Fix {
        OneTimeMissing, // zero duration at the time that is there
        NoTimes, // left out
        EndBeforeStart, // zero duration
        NoSpanId, // left out
        NoTraceId, // left out
        Duplicate, // left out
        Cycle, // the parent link that closes a cycle dropped
        Count
    };
    std::vector<store::SpanRecord> m_spans;
    std::array<int64_t, size_t(Problem::Count)> m_problems {};
    std::array<int64_t, size_t(Fix::Count)> m_fixes {};
    bool m_checked = false;
};

} // namespace eg::importers
