#pragma once

#include "models/analysis/criticalpath.h"
#include "models/analysis/spangroups.h"
#include "models/analysis/spantree.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eg::views {

// Lookups the waterfall needs for every painted row, built once per trace so that a
// frame costs what is on screen: a node's pieces of the critical path, the longest span
// of each group (to find the members a time range can touch), each span's own-work
// intervals (computed when a span is first drawn), and depth-first order for search.
class WaterfallIndex
{
public:
    using Interval = std::pair<int64_t, int64_t>;

    WaterfallIndex() = default;
    WaterfallIndex(const analysis::SpanTree &tree, const analysis::SpanGroups &groups,
                   const analysis::CriticalPath &path);

    // The node's pieces of the critical path, in time order, as indexes into
    // CriticalPath::segments() (see segment()).
    std::span<const int32_t> criticalSegments(int32_t node) const;
    const analysis::CriticalPath::Segment &segment(int32_t index) const
    {
        return m_path->segments()[size_t(index)];
    }
    int64_t longestMemberNs(int32_t group) const { return m_longestMember[size_t(group)]; }
    // Where the span did its own work: its time minus the union of its children, sorted
    // and disjoint. Kept for the spans drawn lately.
    const std::vector<Interval> &selfIntervals(int32_t node);
    // Nodes in the order the waterfall lists them with everything open.
    const std::vector<int32_t> &preorder();
    int32_t preorderRank(int32_t node);

private:
    const analysis::SpanTree *m_tree = nullptr;
    const analysis::CriticalPath *m_path = nullptr;
    std::vector<int32_t> m_segments; // indexes into the path's segments, by node, then time
    std::vector<int32_t> m_segmentBegin; // per node, plus the end
    std::vector<int64_t> m_longestMember; // per group
    std::unordered_map<int32_t, std::vector<Interval>> m_selfIntervals;
    std::vector<int32_t> m_preorder;
    std::vector<int32_t> m_rank;
};

} // namespace eg::views
