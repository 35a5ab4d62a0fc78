#pragma once

#include "chartnavigation.h"
#include "flamegraphcolours.h"
#include "flamegraphgeometry.h"

#include "models/analysis/callfilter.h"
#include "models/analysis/calltree.h"
#include "models/analysis/flamegraphlayout.h"
#include "models/store/profiledata.h"

#include "framelabelcache.h"
#include <QHash>
#include <QRegularExpression>

#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace eg::views {

// An aggregated flame graph drawn as an icicle (the root on top, callees below), painted
// in three layers: FlameGraphGeometry turns the visible range into a draw list, hit
// testing reads that list, and render() paints it for the screen, export and tests.
//
// Click a frame to zoom into it, Escape or Backspace to go back, double-click the root
// to see everything; Ctrl+wheel zooms around the pointer, the wheel scrolls deep trees,
// and the flame chart's keys and pinch work alike (ChartNavigation).
class FlameGraphView : public QWidget, public ChartNavigation
{
    Q_OBJECT

public:
    explicit FlameGraphView(QWidget *parent = nullptr);
    ~FlameGraphView() override;

    // The profile supplies names and colours; tree and layout must be built from it.
    void setData(std::shared_ptr<const store::ProfileData> profile,
                 std::shared_ptr<const analysis::CallTree> tree,
                 std::shared_ptr<const analysis::FlameGraphLayout> layout);
    void clear();
    const std::shared_ptr<const analysis::CallTree> &tree() const { return m_tree; }

    // How frames are coloured: by a hash of the name (warm: application, cool: library),
    // by module or package (or the file's directory), app vs system code (Frame::inApp or
    // the "my code" patterns), or by self time (white: none, red: the most of any node).
    using ColourMode = FlameGraphColours::Mode;
    void setColourMode(ColourMode mode);
    ColourMode colourMode() const { return m_colourMode; }
    // The patterns behind ColourMode::Ownership.
    void setCallFilter(const analysis::CallFilter &filter);

    // What the colours mean, for a legend beside the graph.
    using LegendEntry = FlameGraphColours::LegendEntry;
    const std::vector<LegendEntry> &legend() const { return m_legend; }

    // The hook for colourings only the caller can compute (a comparison of two profiles):
    // one palette index per node of the tree, used instead of the colour mode, with its own
    // legend and a line added to each tooltip. An empty vector gives the mode back.
    void setNodeColours(std::vector<FlameGraphGeometry::ColourIndex> colours,
                        std::vector<LegendEntry> legend = {},
                        std::function<QString(int32_t node)> toolTipExtra = {});
    // Replaces the call tree's words for a node in tooltips (a comparison of two profiles
    // says before and after instead); an empty function gives them back. Both hooks end
    // with the next setData().
    void setNodeDescription(std::function<QString(int32_t node)> describe);
    // The text of the top bar; empty gives back "All · <total>". Ends with setData().
    void setRootLabel(const QString &label);

    // Frames whose name contains the text (case-insensitive) keep their colour, the
    // others are dimmed; "/text/" is a regular expression (case-insensitive), as every
    // tab of the profile page reads it. An empty text ends the search.
    void setSearchText(const QString &text);
    // Searches with a regular expression; an invalid one highlights nothing and
    // searchError() says why.
    void setSearchPattern(const QRegularExpression &pattern);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_matchPrefix.empty(); }
    QString searchError() const { return m_searchError; }
    // Share of all weight under matching frames (nested matches counted once), 0..1.
    double searchMatchShare() const { return m_searchMatchShare; }
    // Nodes whose frame matches, heaviest (by total) first: the order next/previous walk.
    // Sorted when first asked for after a search: typing needs only the count.
    const std::vector<int32_t> &matchingNodes() const;
    int matchCount() const { return int(m_matchNodes.size()); }
    // Position of the selected match in matchingNodes(), or -1 before the first step.
    int currentMatch() const { return m_currentMatch; }
    // Select the next (previous) match, zoom to it and emit frameSelected; wraps around.
    void nextMatch();
    void previousMatch();
    // "3 of 17 matches (42% of the time)", or why there are none; empty without a search.
    QString matchSummary() const;

    int32_t selectedNode() const { return m_selectedNode; }
    // Selects without emitting frameSelected (the caller already knows), and zooms out
    // or scrolls as needed so that the node can be seen.
    void setSelectedNode(int32_t node);
    int32_t hoveredNode() const { return m_hoveredNode; }

    double rangeStart() const { return m_rangeStart; }
    double rangeEnd() const { return m_rangeEnd; }
    bool isZoomed() const;
    void zoomToNode(int32_t node);
    // Shows [start, end) in weight units; the previous range goes on the zoom-out stack.
    void zoomToRange(double start, double end);
    void zoomOut();
    void resetZoom();

    int rowHeight() const;
    // The node under a point in widget coordinates (first node of a merged run), or -1.
    int32_t nodeAt(QPointF point);
    // Plain words for a node or a merged run starting at it.
    QString toolTipText(int32_t node, int32_t mergedCount = 1, double runWeight = 0) const;

    // Paints the flame graph into `rect` of any painter at the current range and scroll.
    using QWidget::render;
    void render(QPainter &painter, const QRect &rect);
    // The draw list for a size, rebuilt only when range, size, scroll or search changed.
    const FlameGraphGeometry &geometryFor(QSize size);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void frameSelected(int node);
    // -1 when the pointer leaves the frames.
    void hovered(int node);
    void zoomChanged();
    // The matches, the current match or the error of the search changed.
    void searchChanged();
    void legendChanged();

protected:
    double axisStart() const override { return 0; }
    double axisEnd() const override { return m_layout ? m_layout->totalWidth() : 0; }
    // Not below a millionth of the profile, where the widest bar is a million pixels.
    double minimumSpan() const override { return axisEnd() * 1e-6; }
    double visibleStart() const override { return m_rangeStart; }
    double visibleEnd() const override { return m_rangeEnd; }
    void showRange(double start, double end) override { setRange(start, end); }
    void showAll() override { resetZoom(); }
    void scrollRows(double rows) override { setScroll(m_scrollY + rows * rowHeight()); }
    bool canScrollRows() const override { return maxScroll() > 0; }

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct GeometryKey
    {
        QSize size;
        double rangeStart = 0;
        double rangeEnd = 0;
        double scrollY = 0;
        int rowHeight = 0;
        quint64 generation = 0;
        bool operator==(const GeometryKey &) const = default;
    };

    void invalidate();
    void applySearch(const std::vector<char> &frameMatches);
    void goToMatch(int index);
    void recolour();
    void setRange(double start, double end);
    void setScroll(double scrollY);
    double maxScroll() const;
    void setHovered(int32_t node);
    const QString &frameName(int32_t frame);
    QString labelFor(int32_t node, double available);
    void paintLabels(QPainter &painter, const FlameGraphGeometry &geometry);
    void paintOutline(QPainter &painter, int32_t node, const QPen &pen, QSize size);
    void paintZoomHint(QPainter &painter, QSize size);

    std::shared_ptr<const store::ProfileData> m_profile;
    std::shared_ptr<const analysis::CallTree> m_tree;
    std::shared_ptr<const analysis::FlameGraphLayout> m_layout;
    std::vector<FlameGraphGeometry::ColourIndex> m_frameColours;

    double m_rangeStart = 0;
    double m_rangeEnd = 0;
    std::vector<std::pair<double, double>> m_zoomStack;
    double m_scrollY = 0;

    QString m_searchText;
    QRegularExpression m_searchPattern;
    bool m_searchIsRegex = false;
    QString m_searchError;
    std::vector<int32_t> m_matchPrefix;
    mutable std::vector<int32_t> m_matchNodes;
    mutable bool m_matchesSorted = true;
    int m_currentMatch = -1;
    // Walking matches zooms once and then moves the range, so Esc leaves the walk.
    bool m_walkingMatches = false;
    double m_searchMatchShare = 0;

    ColourMode m_colourMode = ColourMode::Name;
    analysis::CallFilter m_callFilter {analysis::CallFilter::defaultPatterns()};
    std::vector<FlameGraphGeometry::ColourIndex> m_heatColours;
    std::vector<FlameGraphGeometry::ColourIndex> m_overrideColours;
    std::vector<LegendEntry> m_overrideLegend;
    std::function<QString(int32_t)> m_toolTipExtra;
    std::function<QString(int32_t)> m_describeNode;
    QString m_rootLabel;
    std::vector<LegendEntry> m_legend;

    int32_t m_selectedNode = -1;
    int32_t m_hoveredNode = -1;
    QPoint m_pressPos;
    bool m_pressed = false;

    FlameGraphGeometry m_geometry;
    GeometryKey m_geometryKey;
    quint64 m_generation = 1;

    // Names are converted to QString only once they are drawn or searched; widths and
    // elided forms are kept so that a repaint measures nothing it measured before.
    std::vector<QString> m_frameNames;
    FrameLabelCache m_labels;
};

} // namespace eg::views
