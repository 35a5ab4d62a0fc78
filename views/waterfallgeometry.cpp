#include "waterfallgeometry.h"

#include <algorithm>
#include <cmath>

namespace eg::views {

using analysis::SpanGroups;
using analysis::SpanTree;
using analysis::WaterfallRows;
using Colours = WaterfallColours;

namespace {

// A 1-2-5 step of about `wanted` nanoseconds, never below one.
int64_t roundStep(double wanted)
{
    if (!(wanted > 1))
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(wanted)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (decade * m >= wanted)
            return int64_t(decade * m);
    }
    return int64_t(decade * 10);
}

} // namespace

void WaterfallGeometry::RunMerger::add(double from, double to)
{
    // Pieces closer than a pixel read as one: merging them keeps a run of ten thousand
    // queries at a few rectangles.
    if (right >= 0 && from <= right + 1.0) {
        right = std::max(right, to);
        return;
    }
    flush();
    left = from;
    right = to;
}

void WaterfallGeometry::RunMerger::flush()
{
    if (right < 0)
        return;
    const int x0 = int(std::floor(left));
    const int x1 = std::max(x0 + 1, int(std::ceil(right)));
    out->push_back(QRect(x0, top, x1 - x0, height));
    right = -1;
}

void WaterfallGeometry::clear()
{
    m_rows.clear();
    for (auto &batch : m_batches)
        batch.clear();
    for (auto &batch : m_underlays)
        batch.clear();
}

double WaterfallGeometry::px(const Input &in, int64_t ns) const
{
    const double x
        = toPixel(in.axis->toAxis(ns), in.rangeStart, in.rangeEnd, in.bars.left(), in.bars.width());
    return std::clamp(x, m_clipLeft, m_clipRight);
}

WaterfallColours::Index WaterfallGeometry::barColour(const Input &in, int32_t node) const
{
    const SpanTree::Node &n = in.tree->node(node);
    const Colours::Index base
        = n.isPlaceholder() ? Colours::kPlaceholder : (*in.colours)[size_t(n.span)];
    return in.criticalPath && !in.index->criticalSegments(node).size() ? Colours::dimmed(base)
                                                                       : base;
}

void WaterfallGeometry::build(const Input &in)
{
    clear();
    m_top = in.bars.top();
    m_rowHeight = in.rowHeight;
    m_scrollY = in.scrollY;
    if (!in.tree || !in.rows || !in.axis || !in.colours || !in.index || in.rows->size() == 0
        || !(in.rangeEnd > in.rangeStart) || in.bars.width() <= 0)
        return;
    m_clipLeft = in.bars.left() - 2;
    m_clipRight = in.bars.right() + 2;
    m_visibleFromNs = in.axis->fromAxis(in.rangeStart);
    m_visibleToNs = in.axis->fromAxis(in.rangeEnd) + 1;

    const int64_t total = int64_t(in.rows->size());
    const int64_t first = std::clamp<int64_t>(int64_t(in.scrollY / in.rowHeight), 0, total);
    const int64_t last = std::clamp<int64_t>(
        int64_t(std::ceil((in.scrollY + in.bars.height()) / in.rowHeight)), 0, total);
    // Bars leave a gap above and below, so that neighbouring rows never touch.
    const int inset = std::max(2, int(in.rowHeight / 6));
    const int height = std::max(2, int(in.rowHeight) - 2 * inset);
    for (int64_t r = first; r < last; ++r) {
        const WaterfallRows::Row &row = in.rows->row(size_t(r));
        Row out;
        out.row = int32_t(r);
        out.top = m_top + double(r) * in.rowHeight - in.scrollY;
        const int64_t start = in.rows->rowStartNs(row);
        const int64_t end = in.rows->rowEndNs(row);
        out.barVisible = end >= m_visibleFromNs && start <= m_visibleToNs;
        out.barLeft = px(in, start);
        out.barRight = std::max(out.barLeft + 1, px(in, end));
        m_rows.push_back(out);
        if (!out.barVisible)
            continue;
        const int top = int(std::round(out.top)) + inset;
        if (row.kind == WaterfallRows::Kind::Span)
            addSpanRow(in, row, top, height);
        else
            addGroupRow(in, row, top, height);
    }
}

void WaterfallGeometry::addCritical(const Input &in, int32_t node, RunMerger &merger)
{
    for (const int32_t index : in.index->criticalSegments(node)) {
        const auto &segment = in.index->segment(index);
        if (segment.endNs < m_visibleFromNs || segment.startNs > m_visibleToNs)
            continue;
        merger.add(px(in, segment.startNs), px(in, segment.endNs));
    }
}

void WaterfallGeometry::addSpanRow(const Input &in, const WaterfallRows::Row &row, int top,
                                   int height)
{
    const SpanTree::Node &node = in.tree->node(row.node);
    const Colours::Index colour = barColour(in, row.node);
    const double left = px(in, node.startNs);
    const double right = std::max(left + 1, px(in, node.endNs));
    RunMerger bar {&m_batches[colour], top, height};
    bar.add(left, right);
    bar.flush();
    if (!node.isPlaceholder()) {
        // The span's own work, darker: where none of its children was running.
        const Colours::Index self = colour >= Colours::kDimmed
            ? Colours::Index(colour - Colours::kDimmed + Colours::kDimmedSelf)
            : Colours::self(colour);
        const auto &intervals = in.index->selfIntervals(row.node);
        auto it = std::lower_bound(intervals.begin(), intervals.end(), m_visibleFromNs,
                                   [](const WaterfallIndex::Interval &interval, int64_t ns) {
                                       return interval.second < ns;
                                   });
        RunMerger selfRuns {&m_batches[self], top, height};
        for (; it != intervals.end() && it->first <= m_visibleToNs; ++it)
            selfRuns.add(px(in, it->first), px(in, it->second));
        selfRuns.flush();
    }
    if (in.criticalPath) {
        const int strip = std::max(3, height / 3);
        RunMerger critical {&m_batches[Colours::kCritical], top + height - strip, strip};
        addCritical(in, row.node, critical);
        critical.flush();
    }
}

void WaterfallGeometry::addGroupRow(const Input &in, const WaterfallRows::Row &row, int top,
                                    int height)
{
    const SpanGroups::Group &group = in.groups->group(row.group);
    const double left = px(in, group.startNs);
    const double right = std::max(left + 1, px(in, group.endNs));
    const int strip = std::max(3, height / 3);
    RunMerger critical {&m_batches[Colours::kCritical], top + height - strip, strip};
    if (row.kind == WaterfallRows::Kind::GroupHeader) {
        // An opened group: a thin bracket over the time its spans cover, below them.
        const Colours::Index colour
            = Colours::dimmed(Colours::Index(barColour(in, group.first()) % Colours::kBarColours));
        const int line = std::max(2, height / 4);
        RunMerger bracket {&m_underlays[colour], top + (height - line) / 2, line};
        bracket.add(left, right);
        bracket.flush();
        return;
    }
    if (group.kind == SpanGroups::Kind::Chain) {
        RunMerger bar {&m_batches[barColour(in, group.first())], top, height};
        bar.add(left, right);
        bar.flush();
        if (in.criticalPath)
            for (int32_t member : group.members)
                addCritical(in, member, critical);
        critical.flush();
        return;
    }

    // A closed run of siblings: a faint line for the whole run, then each member where it
    // ran, merged where they are closer than a pixel. Members are in start order; none
    // is longer than the longest, which bounds where the visible ones can begin.
    const Colours::Index lineColour
        = Colours::dimmed(Colours::Index(barColour(in, group.first()) % Colours::kBarColours));
    const int line = std::max(2, height / 4);
    RunMerger extent {&m_underlays[lineColour], top + (height - line) / 2, line};
    extent.add(left, right);
    extent.flush();

    const int64_t earliest = m_visibleFromNs - in.index->longestMemberNs(row.group);
    auto it = std::lower_bound(
        group.members.begin(), group.members.end(), earliest,
        [&in](int32_t member, int64_t ns) { return in.tree->node(member).startNs < ns; });
    RunMerger runs {nullptr, top, height};
    int current = -1;
    for (; it != group.members.end(); ++it) {
        const SpanTree::Node &member = in.tree->node(*it);
        if (member.startNs > m_visibleToNs)
            break;
        if (member.endNs < m_visibleFromNs)
            continue;
        Colours::Index colour = barColour(in, *it);
        // A member without children did nothing but its own work: all of it is darker.
        if (member.childCount == 0)
            colour = colour >= Colours::kDimmed
                ? Colours::Index(colour - Colours::kDimmed + Colours::kDimmedSelf)
                : Colours::self(colour);
        if (colour != current) {
            runs.flush();
            runs.out = &m_batches[colour];
            current = colour;
        }
        runs.add(px(in, member.startNs),
                 std::max(px(in, member.startNs) + 1, px(in, member.endNs)));
        if (in.criticalPath)
            addCritical(in, *it, critical);
    }
    runs.flush();
    critical.flush();
}

int32_t WaterfallGeometry::rowAt(double y) const
{
    if (m_rows.empty() || y < m_top)
        return -1;
    const int64_t row = int64_t(std::floor((y - m_top + m_scrollY) / m_rowHeight));
    if (row < m_rows.front().row || row > m_rows.back().row)
        return -1;
    return int32_t(row);
}

const WaterfallGeometry::Row *WaterfallGeometry::visibleRow(int32_t row) const
{
    if (m_rows.empty() || row < m_rows.front().row || row > m_rows.back().row)
        return nullptr;
    return &m_rows[size_t(row - m_rows.front().row)];
}

std::vector<WaterfallGeometry::Tick>
WaterfallGeometry::ticks(const analysis::CompressedTimeAxis &axis, double rangeStart,
                         double rangeEnd, double left, double width, double spacing,
                         int64_t *stepNs)
{
    std::vector<Tick> out;
    if (!(rangeEnd > rangeStart) || !(width > 0))
        return out;
    // Inside a busy stretch one axis unit is one nanosecond.
    const int64_t step = roundStep((rangeEnd - rangeStart) * spacing / width);
    if (stepNs)
        *stepNs = step;
    const int64_t origin = axis.startNs();
    // The busy stretches in trace time: before, between and after the breaks.
    std::vector<std::pair<int64_t, int64_t>> stretches;
    int64_t from = origin;
    for (const auto &gap : axis.breaks()) {
        stretches.emplace_back(from, gap.fromNs);
        from = gap.toNs;
    }
    stretches.emplace_back(from, axis.endNs());
    const int64_t visibleFrom = axis.fromAxis(rangeStart);
    const int64_t visibleTo = axis.fromAxis(rangeEnd);
    double lastX = -1e9;
    for (const auto &[begin, end] : stretches) {
        const int64_t lo = std::max(begin, visibleFrom) - origin;
        const int64_t hi = std::min(end, visibleTo) - origin;
        if (hi < lo)
            continue;
        for (int64_t t = (lo + step - 1) / step * step; t <= hi; t += step) {
            const double x = toPixel(axis.toAxis(origin + t), rangeStart, rangeEnd, left, width);
            // Right after a break, round times of the next stretch may crowd the last one.
            if (x - lastX < spacing / 2)
                continue;
            out.push_back({x, t});
            lastX = x;
        }
    }
    return out;
}

} // namespace eg::views
