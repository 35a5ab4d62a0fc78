#pragma once

#include "calltree.h"

#include <cstdint>
#include <span>
#include <vector>

namespace eg::analysis {

// Where every call tree node sits in an aggregated, left-heavy flame graph, in weight
// units: x0 is the weight to the left of the node on its row, width its total weight.
// Views scale this to pixels for the range they show; the layout itself never changes
// with zoom, so it is built once per profile off the GUI thread.
class FlameGraphLayout
{
public:
    struct Rect
    {
        double x0 = 0;
        double width = 0;
        int32_t node = 0;
        // The node's frame, copied here (it fits in the padding) so that painting a row
        // never has to look into the tree.
        int32_t frame = -1;

        double x1() const { return x0 + width; }
    };

    FlameGraphLayout() = default;
    explicit FlameGraphLayout(const CallTree &tree);

    // Rows are depths: 0 is the root, which spans [0, totalWidth()).
    int32_t depthCount() const { return int32_t(m_depthStart.size()) - 1; }
    double totalWidth() const { return m_totalWidth; }
    // One depth's rects, sorted by x0 and not overlapping, so that both x0 and x1 grow
    // along the row and a visible range is found by binary search.
    std::span<const Rect> row(int32_t depth) const;
    // Rect of a node (rects are stored in node order, so this is O(1)).
    const Rect &rect(int32_t node) const { return m_rects[size_t(node)]; }
    int32_t depthOf(int32_t node) const;
    // The node whose rect contains x on that row, or -1 (a gap, or out of range).
    int32_t nodeAt(int32_t depth, double x) const;
    // First index in row(depth) whose rect ends after x: where a visible range starts.
    size_t firstEndingAfter(int32_t depth, double x) const;

private:
    std::vector<Rect> m_rects;
    std::vector<int32_t> m_depthStart;
    double m_totalWidth = 0;
};

} // namespace eg::analysis
