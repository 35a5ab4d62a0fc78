#pragma once

#include "models/store/tracedata.h"

#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace eg::analysis {

// The spans of one trace arranged as the tree a waterfall draws, built to survive the
// traces real systems send: a span whose parent is not in the trace hangs under a
// placeholder row for that missing parent, parent ids that form a cycle are cut (the
// span where the cycle closes becomes a root), a span id used twice keeps both records
// (children attach to the first), and a span that ends before it starts is drawn with
// zero duration. Each of these is counted and described in problems().
class SpanTree
{
public:
    struct Node
    {
        int32_t span = -1; // index into TraceData::spans; -1 for a missing-parent placeholder
        int32_t parent = -1; // node index; -1 for a root
        int32_t depth = 0;
        int64_t startNs = 0;
        int64_t endNs = 0; // never before startNs
        int64_t selfNs = 0; // time of the span not covered by any of its children
        uint64_t missingParentId = 0; // placeholders: the id the orphans name
        int32_t childBegin = 0; // into the child table, see children()
        int32_t childCount = 0;

        bool isPlaceholder() const { return span < 0; }
        int64_t durationNs() const { return endNs - startNs; }
    };

    struct Problems
    {
        int64_t orphans = 0; // spans whose parent is not in the trace
        int64_t missingParents = 0; // distinct parent ids that are missing
        int64_t cycles = 0; // parent chains that loop back on themselves
        int64_t duplicateIds = 0; // records that repeat an earlier span id
        int64_t endBeforeStart = 0;
    };

    SpanTree() = default;
    explicit SpanTree(const store::TraceData &trace);

    const store::TraceData *trace() const { return m_trace; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const Node &node(int32_t index) const { return m_nodes[size_t(index)]; }
    size_t size() const { return m_nodes.size(); }
    // Children in start order (file order among equal starts).
    std::span<const int32_t> children(int32_t node) const;
    // Top-level nodes (roots, cut cycles and placeholders), in start order.
    std::span<const int32_t> roots() const { return m_roots; }
    // The node that shows span `spanIndex` (TraceData::spans), which is the same index.
    static int32_t nodeOfSpan(int32_t spanIndex) { return spanIndex; }
    // The first node whose span has this id; -1 when none has.
    int32_t findSpan(uint64_t spanId) const;

    int64_t startNs() const { return m_startNs; }
    int64_t endNs() const { return m_endNs; }
    int64_t durationNs() const { return m_endNs - m_startNs; }
    int32_t maxDepth() const { return m_maxDepth; }

    const Problems &problems() const { return m_problems; }
    // One sentence per kind of problem, in plain words, for the warning bar.
    QStringList problemMessages() const;

private:
    void linkParents(std::vector<int32_t> &parentOf);
    void buildChildren(const std::vector<int32_t> &parentOf);
    void computeDepthAndSelfTime();

    const store::TraceData *m_trace = nullptr;
    std::vector<Node> m_nodes;
    std::vector<int32_t> m_childTable;
    std::vector<int32_t> m_roots;
    // Open-addressing table from span id to the first node with that id (0 marks a free
    // slot; spanIdKey never returns 0): a million lookups without a million allocations.
    std::vector<uint64_t> m_idKeys;
    std::vector<int32_t> m_idNodes;
    int64_t m_startNs = 0;
    int64_t m_endNs = 0;
    int32_t m_maxDepth = 0;
    Problems m_problems;
};

} // namespace eg::analysis
