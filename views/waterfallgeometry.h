#pragma once

#include "waterfallcolours.h"
#include "waterfallindex.h"

#include "models/analysis/compressedtimeaxis.h"
#include "models/analysis/criticalpath.h"
#include "models/analysis/spangroups.h"
#include "models/analysis/spantree.h"
#include "models/analysis/waterfallrows.h"

#include <QRect>
#include <QRectF>
#include <QString>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace eg::views {

// The first layer of the waterfall: from the rows, the visible time range and the size of
// the bar area to a draw list in whole pixels grouped by colour. Only the rows on screen
// are looked at, and inside a row, pieces closer than a pixel (the members of a group of
// ten thousand queries, the gaps between a span's children) merge into one rectangle, so
// the work is bounded by the pixels on screen and not by the number of spans. No QPainter:
// the view paints the result, tests check it alone.
class WaterfallGeometry
{
public:
    struct Input
    {
        const analysis::SpanTree *tree = nullptr;
        const analysis::SpanGroups *groups = nullptr;
        const analysis::WaterfallRows *rows = nullptr;
        const analysis::CompressedTimeAxis *axis = nullptr;
        const std::vector<WaterfallColours::Index> *colours = nullptr; // per span
        WaterfallIndex *index = nullptr;
        double rangeStart = 0; // axis position at the left edge of the bars...
        double rangeEnd = 0; // ...and at the right edge
        QRectF bars; // where bars go: left and width; top is where row 0 would start
        double rowHeight = 20;
        double scrollY = 0; // pixels scrolled down
        bool criticalPath = false; // highlight the path, dim everything else
    };

    // One row on screen.
    struct Row
    {
        int32_t row = 0; // index into WaterfallRows
        double top = 0;
        double barLeft = 0; // pixel extent of the row's bar (clamped to the bar area)...
        double barRight = 0; // ...equal when the bar is out of the visible range
        bool barVisible = false;
    };

    void build(const Input &input);
    void clear();

    const std::vector<Row> &rows() const { return m_rows; }
    std::span<const QRect> batch(WaterfallColours::Index colour) const { return m_batches[colour]; }
    // Drawn before every batch: the thin lines that show a group's extent under its spans.
    std::span<const QRect> underlay(WaterfallColours::Index colour) const
    {
        return m_underlays[colour];
    }
    // The row index (into WaterfallRows) under y, or -1.
    int32_t rowAt(double y) const;
    const Row *visibleRow(int32_t row) const;

    // Pure coordinates: an axis position shown in [rangeStart, rangeEnd) across `width`
    // pixels starting at `left`.
    static double toPixel(double axis, double rangeStart, double rangeEnd, double left,
                          double width)
    {
        return left + (axis - rangeStart) / (rangeEnd - rangeStart) * width;
    }
    static double toAxis(double pixel, double rangeStart, double rangeEnd, double left,
                         double width)
    {
        return rangeStart + (pixel - left) / width * (rangeEnd - rangeStart);
    }

    struct Tick
    {
        double x = 0;
        int64_t offsetNs = 0; // trace time since the trace's start
    };
    // Ticks at round trace times about every `spacing` pixels. Inside a stretch between
    // two breaks the axis runs at trace speed, so each stretch gets its own round times.
    static std::vector<Tick> ticks(const analysis::CompressedTimeAxis &axis, double rangeStart,
                                   double rangeEnd, double left, double width, double spacing,
                                   int64_t *stepNs);

private:
    // Collects pixel runs of one colour and one row, merging what touches.
    struct RunMerger
    {
        std::vector<QRect> *out = nullptr;
        int top = 0;
        int height = 0;
        double left = 0;
        double right = -1;
        void add(double from, double to);
        void flush();
    };

    void addSpanRow(const Input &in, const analysis::WaterfallRows::Row &row, int top, int height);
    void addGroupRow(const Input &in, const analysis::WaterfallRows::Row &row, int top, int height);
    void addCritical(const Input &in, int32_t node, RunMerger &merger);
    double px(const Input &in, int64_t ns) const;
    WaterfallColours::Index barColour(const Input &in, int32_t node) const;

    std::vector<Row> m_rows;
    std::array<std::vector<QRect>, WaterfallColours::kPaletteSize> m_batches;
    std::array<std::vector<QRect>, WaterfallColours::kPaletteSize> m_underlays;
    double m_top = 0;
    double m_rowHeight = 20;
    double m_scrollY = 0;
    int64_t m_visibleFromNs = 0; // trace time at the edges, for culling
    int64_t m_visibleToNs = 0;
    double m_clipLeft = 0;
    double m_clipRight = 0;
};

} // namespace eg::views
