#pragma once

#include "flamechartsearch.h"
#include "flamegraphgeometry.h"

#include "models/analysis/flamechartlayout.h"
#include "models/store/profiledata.h"

#include <QPointF>
#include <QRect>
#include <QSizeF>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace eg::views {

// The first layer of the flame chart: from a layout, a visible time range and a size to a
// draw list in pixels grouped by colour. Calls narrower than a couple of pixels fold into one
// counted item per run, found by binary search over the layout's sorted rows (as Tracy and
// Qt Creator's timeline do), so the work is bounded by the pixels on screen, not by the
// number of spans. No QPainter here: the view paints the result, tests check it alone.
class FlameChartGeometry
{
public:
    using ColourIndex = FlameGraphGeometry::ColourIndex;

    struct Item
    {
        QRect rect; // what is painted, in whole pixels, a pixel gap on the right if room
        double left = 0; // pixel extent used for hit testing
        double right = 0;
        double start = 0; // time (profile unit) of the item's first call...
        double end = 0; // ...and of its last call's end
        int32_t span = 0; // index into the layout row of the first call of the run
        int32_t count = 1; // how many calls this item stands for
        int32_t depth = 0;
        ColourIndex colour = FlameGraphGeometry::kRootColour;
    };

    struct Input
    {
        const analysis::FlameChartLayout *layout = nullptr;
        const std::vector<store::StackNode> *stacks = nullptr;
        const std::vector<ColourIndex> *frameColours = nullptr; // one per frame
        // While searching, which calls match: the others are dimmed, and a merged run
        // keeps its colour when it holds a match. Null when not searching.
        const FlameChartSearch *search = nullptr;
        double rangeStart = 0; // time at the left edge...
        double rangeEnd = 0; // ...and at the right edge
        QSizeF size; // of the whole chart area, axis included
        double top = 0; // where depth 0 starts (below the time axis)
        double rowHeight = 20;
        double scrollY = 0; // pixels scrolled down
        double minWidth = 3; // narrower calls merge into runs
        double minLabelWidth = 24; // narrower items get no label
    };

    void build(const Input &input);
    void clear();

    const std::vector<Item> &items() const { return m_items; }
    std::span<const QRect> batch(ColourIndex colour) const { return m_batches[colour]; }
    // Indexes into items() of single calls wide enough for a label.
    const std::vector<int32_t> &labelItems() const { return m_labels; }
    int32_t firstDepth() const { return m_firstDepth; }
    int32_t lastDepth() const { return m_lastDepth; }
    const Item *itemAt(QPointF point) const;
    double rowTop(int32_t depth) const { return m_top + depth * m_rowHeight - m_scrollY; }
    // The depth whose row holds y, which may be out of the built rows.
    int32_t depthAt(double y) const;

    // Pure coordinates for a range [rangeStart, rangeEnd) shown across `width` pixels.
    static double toPixel(double time, double rangeStart, double rangeEnd, double width)
    {
        return FlameGraphGeometry::toPixel(time, rangeStart, rangeEnd, width);
    }
    static double toTime(double pixel, double rangeStart, double rangeEnd, double width)
    {
        return FlameGraphGeometry::toWeight(pixel, rangeStart, rangeEnd, width);
    }
    // First index at or after `from` in the row whose span ends at or after `reach`.
    static size_t firstReaching(const analysis::FlameChartLayout &layout, int32_t depth,
                                size_t from, double reach);

private:
    std::vector<Item> m_items;
    std::vector<int32_t> m_rowStart; // first item of each built depth, plus the end
    std::vector<int32_t> m_labels;
    std::array<std::vector<QRect>, FlameGraphGeometry::kPaletteSize> m_batches;
    int32_t m_firstDepth = 0;
    int32_t m_lastDepth = -1;
    double m_top = 0;
    double m_rowHeight = 20;
    double m_scrollY = 0;
};

} // namespace eg::views
