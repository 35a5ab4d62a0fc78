#include "flamegraphlayout.h"

#include <algorithm>

namespace eg::analysis {

FlameGraphLayout::FlameGraphLayout(const CallTree &tree)
    : m_totalWidth(tree.totalWeight())
{
    const auto &nodes = tree.nodes();
    m_rects.resize(nodes.size());
    m_rects[0] = Rect {0, nodes[0].total, 0, -1};
    // Breadth-first order puts parents before children and siblings heaviest first, so
    // one pass places every child right after its previous sibling.
    for (size_t i = 0; i < nodes.size(); ++i) {
        const auto &n = nodes[i];
        double x = m_rects[i].x0;
        for (int32_t c = 0; c < n.childCount; ++c) {
            const auto child = size_t(n.firstChild + c);
            m_rects[child] = Rect {x, nodes[child].total, int32_t(child), nodes[child].frame};
            x += nodes[child].total;
        }
    }
    for (int32_t d = 0; d <= tree.maxDepth() + 1; ++d)
        m_depthStart.push_back(tree.depthBegin(d));
}

std::span<const FlameGraphLayout::Rect> FlameGraphLayout::row(int32_t depth) const
{
    if (depth < 0 || depth >= depthCount())
        return {};
    const auto begin = size_t(m_depthStart[size_t(depth)]);
    const auto end = size_t(m_depthStart[size_t(depth) + 1]);
    return std::span<const Rect>(m_rects).subspan(begin, end - begin);
}

int32_t FlameGraphLayout::depthOf(int32_t node) const
{
    const auto it = std::upper_bound(m_depthStart.begin(), m_depthStart.end(), node);
    return int32_t(it - m_depthStart.begin()) - 1;
}

size_t FlameGraphLayout::firstEndingAfter(int32_t depth, double x) const
{
    const auto rects = row(depth);
    const auto it = std::partition_point(rects.begin(), rects.end(),
                                         [x](const Rect &r) { return r.x1() <= x; });
    return size_t(it - rects.begin());
}

int32_t FlameGraphLayout::nodeAt(int32_t depth, double x) const
{
    const auto rects = row(depth);
    const size_t i = firstEndingAfter(depth, x);
    if (i >= rects.size() || rects[i].x0 > x || rects[i].width <= 0)
        return -1;
    return rects[i].node;
}

} // namespace eg::analysis
