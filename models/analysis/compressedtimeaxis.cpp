#include "compressedtimeaxis.h"

#include "spantree.h"

#include <algorithm>
#include <utility>

namespace eg::analysis {

CompressedTimeAxis::CompressedTimeAxis(int64_t startNs, int64_t endNs)
    : m_startNs(startNs)
    , m_endNs(std::max(startNs, endNs))
    , m_length(double(m_endNs - m_startNs))
{ }

CompressedTimeAxis::CompressedTimeAxis(const SpanTree &tree, bool compress)
    : CompressedTimeAxis(tree.startNs(), tree.endNs())
{
    const int64_t duration = m_endNs - m_startNs;
    if (!compress || duration <= 0)
        return;

    // Busy time is the union of all spans; a span inside its parent adds nothing to it,
    // so only top-level spans and spans that stick out of their parent are looked at.
    std::vector<std::pair<int64_t, int64_t>> intervals;
    for (const SpanTree::Node &node : tree.nodes()) {
        if (node.parent >= 0) {
            const SpanTree::Node &parent = tree.node(node.parent);
            if (node.startNs >= parent.startNs && node.endNs <= parent.endNs)
                continue;
        }
        intervals.emplace_back(node.startNs, node.endNs);
    }
    std::sort(intervals.begin(), intervals.end());

    const int64_t minGap = int64_t(double(duration) * kMinGapShare);
    const double breakWidth = double(duration) * kBreakShare;
    int64_t reach = m_startNs;
    double hidden = 0;
    for (const auto &[from, to] : intervals) {
        if (from - reach >= minGap && minGap > 0) {
            Break gap;
            gap.fromNs = reach;
            gap.toNs = from;
            gap.axisFrom = double(reach - m_startNs) - hidden;
            gap.axisTo = gap.axisFrom + breakWidth;
            hidden += double(from - reach) - breakWidth;
            m_breaks.push_back(gap);
        }
        reach = std::max(reach, to);
    }
    m_length = double(duration) - hidden;
}

double CompressedTimeAxis::toAxis(int64_t ns) const
{
    double hidden = 0;
    for (const Break &gap : m_breaks) {
        if (ns <= gap.fromNs)
            break;
        if (ns < gap.toNs) {
            const double within = double(ns - gap.fromNs) / double(gap.toNs - gap.fromNs);
            return gap.axisFrom + within * (gap.axisTo - gap.axisFrom);
        }
        hidden += double(gap.toNs - gap.fromNs) - (gap.axisTo - gap.axisFrom);
    }
    return double(ns - m_startNs) - hidden;
}

int64_t CompressedTimeAxis::fromAxis(double axis) const
{
    double hidden = 0;
    for (const Break &gap : m_breaks) {
        if (axis <= gap.axisFrom)
            break;
        if (axis < gap.axisTo) {
            const double within = (axis - gap.axisFrom) / (gap.axisTo - gap.axisFrom);
            return gap.fromNs + int64_t(within * double(gap.toNs - gap.fromNs));
        }
        hidden += double(gap.toNs - gap.fromNs) - (gap.axisTo - gap.axisFrom);
    }
    return m_startNs + int64_t(axis + hidden);
}

int64_t CompressedTimeAxis::hiddenNs() const
{
    int64_t hidden = 0;
    for (const Break &gap : m_breaks)
        hidden += gap.toNs - gap.fromNs;
    return hidden;
}

} // namespace eg::analysis
