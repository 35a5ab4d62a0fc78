#include "waterfallindex.h"

#include <algorithm>

namespace eg::views {

namespace {

// Enough for every row of a tall screen many times over; a span with a million children
// costs its intervals once, not once per frame.
constexpr size_t kMaxCachedSelfIntervals = 4096;

} // namespace

WaterfallIndex::WaterfallIndex(const analysis::SpanTree &tree, const analysis::SpanGroups &groups,
                               const analysis::CriticalPath &path)
    : m_tree(&tree)
    , m_path(&path)
{
    const size_t count = tree.size();
    m_segmentBegin.assign(count + 1, 0);
    for (const auto &segment : path.segments())
        ++m_segmentBegin[size_t(segment.node) + 1];
    for (size_t i = 0; i < count; ++i)
        m_segmentBegin[i + 1] += m_segmentBegin[i];
    m_segments.resize(path.segments().size());
    std::vector<int32_t> fill(m_segmentBegin.begin(), m_segmentBegin.end() - 1);
    // Segments come in time order, so each node's pieces stay in time order.
    for (size_t s = 0; s < path.segments().size(); ++s)
        m_segments[size_t(fill[size_t(path.segments()[s].node)]++)] = int32_t(s);

    m_longestMember.reserve(groups.groups().size());
    for (const auto &group : groups.groups()) {
        int64_t longest = 0;
        for (int32_t member : group.members)
            longest = std::max(longest, tree.node(member).durationNs());
        m_longestMember.push_back(longest);
    }
}

std::span<const int32_t> WaterfallIndex::criticalSegments(int32_t node) const
{
    if (size_t(node) + 1 >= m_segmentBegin.size())
        return {};
    const int32_t begin = m_segmentBegin[size_t(node)];
    return {m_segments.data() + begin, size_t(m_segmentBegin[size_t(node) + 1] - begin)};
}

const std::vector<WaterfallIndex::Interval> &WaterfallIndex::selfIntervals(int32_t node)
{
    const auto found = m_selfIntervals.find(node);
    if (found != m_selfIntervals.end())
        return found->second;
    if (m_selfIntervals.size() >= kMaxCachedSelfIntervals)
        m_selfIntervals.clear();
    std::vector<Interval> intervals;
    const analysis::SpanTree::Node &n = m_tree->node(node);
    // Children are in start order: sweep once, keeping how far they have reached.
    int64_t reach = n.startNs;
    for (int32_t child : m_tree->children(node)) {
        const analysis::SpanTree::Node &c = m_tree->node(child);
        const int64_t from = std::max(c.startNs, n.startNs);
        if (from > reach)
            intervals.emplace_back(reach, std::min(from, n.endNs));
        reach = std::max(reach, std::min(c.endNs, n.endNs));
        if (reach >= n.endNs)
            break;
    }
    if (reach < n.endNs)
        intervals.emplace_back(reach, n.endNs);
    return m_selfIntervals.emplace(node, std::move(intervals)).first->second;
}

const std::vector<int32_t> &WaterfallIndex::preorder()
{
    if (!m_preorder.empty() || !m_tree || m_tree->size() == 0)
        return m_preorder;
    m_preorder.reserve(m_tree->size());
    m_rank.assign(m_tree->size(), -1);
    const auto roots = m_tree->roots();
    std::vector<int32_t> stack(roots.rbegin(), roots.rend());
    while (!stack.empty()) {
        const int32_t node = stack.back();
        stack.pop_back();
        m_rank[size_t(node)] = int32_t(m_preorder.size());
        m_preorder.push_back(node);
        const auto kids = m_tree->children(node);
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    return m_preorder;
}

int32_t WaterfallIndex::preorderRank(int32_t node)
{
    preorder();
    return size_t(node) < m_rank.size() ? m_rank[size_t(node)] : -1;
}

} // namespace eg::views
