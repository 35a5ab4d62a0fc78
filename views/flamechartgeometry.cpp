#include "flamechartgeometry.h"

#include <algorithm>
#include <cmath>

namespace eg::views {

size_t FlameChartGeometry::firstReaching(const analysis::FlameChartLayout &layout, int32_t depth,
                                         size_t from, double reach)
{
    // Galloping (1, 2, 4, ... ahead, then bisecting the last step): the answer is almost
    // always a few spans away, and bisecting a row of millions would miss the cache on
    // nearly every probe.
    const auto spans = layout.row(depth);
    auto before = [&](size_t i) {
        return layout.spanEnd(spans[i]) < reach;
    };
    size_t low = from;
    size_t step = 1;
    while (low < spans.size() && before(low)) {
        const size_t probe = low + step;
        if (probe >= spans.size() || !before(probe)) {
            size_t lo = low + 1;
            size_t hi = std::min(probe, spans.size());
            while (lo < hi) {
                const size_t mid = lo + (hi - lo) / 2;
                if (before(mid))
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo;
        }
        low = probe;
        step *= 2;
    }
    return low;
}

void FlameChartGeometry::clear()
{
    m_items.clear();
    m_rowStart.clear();
    m_labels.clear();
    for (auto &batch : m_batches)
        batch.clear();
    m_firstDepth = 0;
    m_lastDepth = -1;
}

int32_t FlameChartGeometry::depthAt(double y) const
{
    return int32_t(std::floor((y - m_top + m_scrollY) / m_rowHeight));
}

void FlameChartGeometry::build(const Input &in)
{
    clear();
    m_top = in.top;
    m_rowHeight = std::max(1.0, in.rowHeight);
    m_scrollY = in.scrollY;
    const double width = in.size.width();
    const double r0 = in.rangeStart;
    const double r1 = in.rangeEnd;
    if (!in.layout || !in.stacks || !in.frameColours || width <= 0 || !(r1 > r0)
        || in.layout->depthCount() == 0)
        return;
    const auto &layout = *in.layout;
    const auto &stacks = *in.stacks;
    const auto &colours = *in.frameColours;
    const FlameChartSearch *search = in.search;
    const double scale = width / (r1 - r0);
    const double minTime = in.minWidth / scale;

    m_firstDepth = std::max(0, depthAt(m_top));
    m_lastDepth = std::min(layout.depthCount() - 1, depthAt(in.size.height()));
    if (m_lastDepth < m_firstDepth)
        return;

    auto pixelOf = [&](double t) {
        return std::clamp((t - r0) * scale, -2.0, width + 2.0);
    };
    auto push = [&](int32_t depth, size_t first, size_t last, double start, double end) {
        const auto spans = layout.row(depth);
        const int32_t frame = stacks[size_t(spans[first].stack)].frame;
        ColourIndex colour = frame >= 0 && size_t(frame) < colours.size()
            ? colours[size_t(frame)]
            : FlameGraphGeometry::kRootColour;
        if (search && !search->holdsMatch(depth, first, last))
            colour = ColourIndex(colour + FlameGraphGeometry::kDimmed);
        const double left = std::round(pixelOf(start));
        const double right = std::max(left + 1, std::round(pixelOf(end)));
        Item item;
        item.left = left;
        item.right = right;
        // A pixel gap separates neighbours where there is room, instead of outlines, which
        // would double the number of primitives.
        const double gap = right - left >= 3 ? 1 : 0;
        item.rect = QRect(int(left), int(std::round(rowTop(depth))), int(right - left - gap),
                          int(m_rowHeight) - 1);
        item.start = start;
        item.end = end;
        item.span = int32_t(first);
        item.count = int32_t(last - first + 1);
        item.depth = depth;
        item.colour = colour;
        if (item.count == 1 && item.rect.width() >= in.minLabelWidth)
            m_labels.push_back(int32_t(m_items.size()));
        m_batches[colour].push_back(item.rect);
        m_items.push_back(item);
    };

    m_rowStart.reserve(size_t(m_lastDepth - m_firstDepth) + 2);
    for (int32_t depth = m_firstDepth; depth <= m_lastDepth; ++depth) {
        m_rowStart.push_back(int32_t(m_items.size()));
        // Zoomed out, the layout's runs (merged at a finer width) are merged further by
        // the rule below, which gives the same items as walking the calls.
        if (const auto runs = layout.runs(depth, minTime); !runs.empty()) {
            auto r = size_t(std::partition_point(runs.begin(), runs.end(),
                                                 [r0](const auto &run) { return run.end <= r0; })
                            - runs.begin());
            while (r < runs.size() && runs[r].start < r1) {
                const auto &run = runs[r++];
                if (!run.merged() && run.end - run.start >= minTime) {
                    push(depth, run.first, run.first, run.start, run.end);
                    continue;
                }
                size_t last = run.last;
                double runEnd = run.end;
                for (; r < runs.size(); ++r) {
                    const auto &next = runs[r];
                    const bool narrow = next.merged() || next.end - next.start < minTime;
                    if (!narrow || next.start >= r1 || next.start - runEnd >= minTime)
                        break;
                    last = next.last;
                    runEnd = std::max(runEnd, next.end);
                }
                push(depth, run.first, last, run.start, runEnd);
            }
            continue;
        }
        const auto spans = layout.row(depth);
        const size_t end = spans.size();
        size_t i = layout.firstEndingAfter(depth, r0);
        while (i < end) {
            const double start = layout.spanStart(spans[i]);
            if (start >= r1)
                break;
            const double stop = layout.spanEnd(spans[i]);
            if (stop - start >= minTime) {
                push(depth, i, i, start, stop);
                ++i;
                continue;
            }
            // A run of narrow calls: jump over everything that ends within minTime of the
            // run's end in one search, then take the next call too if it is narrow and
            // near. Each step moves the run's end by at least minWidth pixels.
            size_t last = i;
            double runEnd = stop;
            for (;;) {
                const size_t next = firstReaching(layout, depth, last + 1, runEnd + minTime);
                if (next > last + 1) {
                    last = next - 1;
                    runEnd = std::max(runEnd, layout.spanEnd(spans[last]));
                }
                if (next < end) {
                    const double nextStart = layout.spanStart(spans[next]);
                    const double nextEnd = layout.spanEnd(spans[next]);
                    if (nextEnd - nextStart < minTime && nextStart < r1
                        && nextStart - runEnd < minTime) {
                        last = next;
                        runEnd = std::max(runEnd, nextEnd);
                        continue;
                    }
                }
                break;
            }
            push(depth, i, last, start, runEnd);
            i = last + 1;
        }
    }
    m_rowStart.push_back(int32_t(m_items.size()));
}

const FlameChartGeometry::Item *FlameChartGeometry::itemAt(QPointF point) const
{
    if (m_lastDepth < m_firstDepth)
        return nullptr;
    const int32_t depth = depthAt(point.y());
    if (depth < m_firstDepth || depth > m_lastDepth || point.y() < m_top)
        return nullptr;
    const auto begin = m_items.begin() + m_rowStart[size_t(depth - m_firstDepth)];
    const auto end = m_items.begin() + m_rowStart[size_t(depth - m_firstDepth) + 1];
    const auto it = std::partition_point(
        begin, end, [x = point.x()](const Item &item) { return item.right <= x; });
    if (it == end || it->left > point.x())
        return nullptr;
    return &*it;
}

} // namespace eg::views
