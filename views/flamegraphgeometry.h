#pragma once

#include "models/analysis/flamegraphlayout.h"
#include "models/store/profiledata.h"

#include <QColor>
#include <QPainter>
#include <QRect>
#include <QRectF>
#include <QSizeF>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace eg::views {

// The first layer of the flame graph: from a layout, a visible range and a size to a draw
// list in pixels, grouped by colour. Frames narrower than a couple of pixels are merged
// into one counted item per run, found by binary search over the layout's sorted rows,
// so the work is bounded by the pixels on screen and not by the number of nodes.
// No QPainter and no widget here: the view paints the result, tests check it alone.
class FlameGraphGeometry
{
public:
    using ColourIndex = uint16_t;

    // The palette: a neutral colour for the root, warm hues for application code (and
    // code of unknown origin, as classic flame graphs colour everything), cool hues for
    // libraries, the ramps of the other colour modes (self-time heat, app vs system,
    // growth and shrink of a comparison), and for each a washed-out twin for frames a
    // search does not match.
    static constexpr int kShades = 24;
    static constexpr ColourIndex kRootColour = 0;
    static constexpr ColourIndex kWarmBase = 1;
    static constexpr ColourIndex kCoolBase = kWarmBase + kShades;
    // White (no self time) to red (the most self time of any node).
    static constexpr int kHeatSteps = 10;
    static constexpr ColourIndex kHeatBase = kCoolBase + kShades;
    static constexpr ColourIndex kAppColour = kHeatBase + kHeatSteps;
    static constexpr ColourIndex kSystemColour = kAppColour + 1;
    // Light to strong red for growth, light to strong blue for shrinkage.
    static constexpr int kDiffSteps = 5;
    static constexpr ColourIndex kGrowBase = kSystemColour + 1;
    static constexpr ColourIndex kShrinkBase = kGrowBase + kDiffSteps;
    static constexpr ColourIndex kNewColour = kShrinkBase + kDiffSteps;
    static constexpr ColourIndex kGoneColour = kNewColour + 1;
    static constexpr ColourIndex kSameColour = kGoneColour + 1;
    static constexpr int kBaseColours = kSameColour + 1;
    static constexpr ColourIndex kDimmed = 128; // added to a base colour
    static constexpr int kPaletteSize = 2 * kDimmed;
    static_assert(kBaseColours <= kDimmed);

    static QColor colour(ColourIndex index);
    // Dark enough to read on colour(index).
    static QColor textColour(ColourIndex index);
    // Stable across runs and machines: a hash of the name, not of a pointer.
    static ColourIndex colourForFrame(const store::Frame &frame);
    // One of the warm and cool shades for any key (a module, a package), hashed the same.
    static ColourIndex colourForKey(std::string_view key);
    // 0..1 → kHeatBase..kHeatBase + kHeatSteps - 1.
    static ColourIndex heatColour(double level);
    // Relative change (after - before) / before → a growth or shrink shade; tiny changes
    // (under 5%) read as unchanged.
    static ColourIndex diffColour(double relativeChange);
    // Paints the rectangles of a draw list (this one's or the flame chart's), one call per
    // colour: batching by colour is what keeps a frame of a million bars under 8 ms.
    template<class DrawList> static void paintBatches(QPainter &painter, const DrawList &drawList)
    {
        painter.setPen(Qt::NoPen);
        for (int c = 0; c < kPaletteSize; ++c) {
            const auto batch = drawList.batch(ColourIndex(c));
            if (batch.empty())
                continue;
            painter.setBrush(colour(ColourIndex(c)));
            painter.drawRects(batch.data(), int(batch.size()));
        }
    }

    struct Item
    {
        // What is painted, in whole pixels (the raster engine fills integer rects on its
        // fastest path), with a pixel gap to the right when there is room.
        QRect rect;
        double left = 0; // pixel extent used for hit testing, gaps included
        double right = 0;
        double x0 = 0; // weight units, for zooming into the item
        double x1 = 0;
        int32_t node = 0; // the first node of a merged run
        int32_t count = 1; // how many nodes this item stands for
        int32_t depth = 0;
        ColourIndex colour = kRootColour;
    };

    struct Input
    {
        const analysis::FlameGraphLayout *layout = nullptr;
        // Base colour per frame of the profile.
        const std::vector<ColourIndex> *frameColours = nullptr;
        // When set (one per call tree node), used instead of frameColours: colour modes
        // that depend on the node (self-time heat) or on another profile (comparison).
        const std::vector<ColourIndex> *nodeColours = nullptr;
        // While searching: matches among nodes [0, n) are prefix[n], so a merged run
        // knows in O(1) whether it holds a match. Empty when not searching.
        const std::vector<int32_t> *matchPrefix = nullptr;
        double rangeStart = 0; // weight units shown from the left edge...
        double rangeEnd = 0; // ...to the right edge
        QSizeF size;
        double rowHeight = 20;
        double scrollY = 0; // pixels scrolled down from the root row
        double minWidth = 2; // narrower frames merge into runs
        double minLabelWidth = 24; // narrower items get no label
    };

    void build(const Input &input);
    void clear();

    const std::vector<Item> &items() const { return m_items; }
    // Rectangles of one colour, to paint in one call.
    std::span<const QRect> batch(ColourIndex colour) const { return m_batches[colour]; }
    // Indexes into items() of single frames wide enough for a label.
    const std::vector<int32_t> &labelItems() const { return m_labels; }
    int32_t firstDepth() const { return m_firstDepth; }
    int32_t lastDepth() const { return m_lastDepth; }
    // The item under a point, or nullptr.
    const Item *itemAt(QPointF point) const;
    // Top of a depth's row, in pixels.
    double rowTop(int32_t depth) const { return depth * m_rowHeight - m_scrollY; }

    // Pure coordinates: weight units ↔ pixels for a range shown across `width` pixels.
    static double toPixel(double weight, double rangeStart, double rangeEnd, double width);
    static double toWeight(double pixel, double rangeStart, double rangeEnd, double width);

private:
    void addItem(const Item &item);

    std::vector<Item> m_items;
    std::vector<int32_t> m_rowStart; // first item of each built depth, plus the end
    std::vector<int32_t> m_labels;
    std::array<std::vector<QRect>, kPaletteSize> m_batches;
    int32_t m_firstDepth = 0;
    int32_t m_lastDepth = -1;
    double m_rowHeight = 20;
    double m_scrollY = 0;
    double m_minLabelWidth = 24;
};

} // namespace eg::views
