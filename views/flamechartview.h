#pragma once

#include "chartnavigation.h"
#include "flamechartgeometry.h"

#include "models/analysis/calltree.h"
#include "models/analysis/flamechartlayout.h"
#include "models/store/profiledata.h"

#include "framelabelcache.h"
#include <QHash>

#include <QWidget>

#include <memory>
#include <vector>

namespace eg::views {

// A time-ordered flame chart: time runs left to right, each row is one depth of the call
// stack, each bar one call (a run of samples with the same stack down to that depth).
// Painted in three layers: FlameChartGeometry turns the visible range into a draw list,
// hit testing reads that list, and render() paints it for the screen and for tests.
//
// Wheel and pinch zoom around the pointer; + - 0 and W S zoom from the keyboard; drag,
// A D and the arrow keys pan. Click a call to select it, double-click to zoom to it.
class FlameChartView : public QWidget, public ChartNavigation
{
    Q_OBJECT

public:
    explicit FlameChartView(QWidget *parent = nullptr);
    ~FlameChartView() override;

    // The profile supplies names, stacks and colours; the layout must be built from it.
    // The tree (optional) maps a selected call to its call tree node.
    void setData(std::shared_ptr<const store::ProfileData> profile,
                 std::shared_ptr<const analysis::CallTree> tree,
                 std::shared_ptr<const analysis::FlameChartLayout> layout);
    void clear();
    const std::shared_ptr<const analysis::FlameChartLayout> &layout() const { return m_layout; }

    // Time range shown, in the profile's unit (the layout's times).
    double rangeStart() const { return m_rangeStart; }
    double rangeEnd() const { return m_rangeEnd; }
    // Clamped to the profile and to the smallest span the chart zooms to. zoomBy() and
    // panBy() (ChartNavigation) move it too.
    void setRange(double start, double end);
    void resetRange();
    double scrollY() const { return m_scrollY; }
    void setScrollY(double scrollY);

    // Calls whose name contains the text (case-insensitive) keep their colour, the others
    // are dimmed; "/text/" is a regular expression. Empty ends the search. On a chart of
    // millions of calls the matching calls are found off the GUI thread; the chart shows
    // them when they arrive (searchReady()).
    void setSearchText(const QString &text);
    bool isSearching() const { return m_searching; }
    // Whether the matches of the current search are shown (always, when not searching).
    bool isSearchReady() const { return !m_searching || m_search; }

    // The selected call: its depth and index in layout()->row(depth), or -1.
    int32_t selectedDepth() const { return m_selectedDepth; }
    int32_t selectedSpan() const { return m_selectedSpan; }
    void selectSpan(int32_t depth, int32_t span);
    // The call tree node of a call (via its frames from the root), or -1.
    int32_t nodeForSpan(int32_t depth, int32_t span) const;

    int rowHeight() const;
    int axisHeight() const;
    // Plain words for an item of the current geometry.
    QString toolTipText(const FlameChartGeometry::Item &item) const;
    // A time or position of this profile as people read it ("1.25 s", "3,421 samples").
    static QString formatAmount(double value, store::WeightUnit unit);
    // Tick spacing (in the profile's unit) for a range shown across `width` pixels, about
    // one tick every `spacing` pixels, on a 1-2-5 scale.
    static double tickStep(double range, double width, double spacing, store::WeightUnit unit);
    // A tick label: `value` from the profile's start, as many decimals as `step` needs.
    static QString tickLabel(double value, double step, double magnitude, store::WeightUnit unit);

    using QWidget::render;
    void render(QPainter &painter, const QRect &rect);
    const FlameChartGeometry &geometryFor(QSize size);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rangeChanged(double start, double end);
    // A call was clicked; `node` is its call tree node, or -1 when there is no tree.
    void nodeSelected(int node);
    // The matches of the search are shown.
    void searchReady();

protected:
    double axisStart() const override;
    double axisEnd() const override;
    double minimumSpan() const override { return minSpan(); }
    double visibleStart() const override { return m_rangeStart; }
    double visibleEnd() const override { return m_rangeEnd; }
    void showRange(double start, double end) override;
    void showAll() override { resetRange(); }
    void scrollRows(double rows) override { setScrollY(m_scrollY + rows * rowHeight()); }
    bool canScrollRows() const override { return maxScroll() > 0; }

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
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
        quint64 generation = 0;
        bool operator==(const GeometryKey &) const = default;
    };

    void invalidate();
    double maxScroll() const;
    double minSpan() const;
    const QString &frameName(int32_t frame);
    QString labelFor(int32_t frame, double available);
    void paintAxis(QPainter &painter, QSize size);
    void paintLabels(QPainter &painter, const FlameChartGeometry &geometry, QSize size);
    void paintOutline(QPainter &painter, int32_t depth, int32_t span, const QPen &pen, QSize size);
    void setHovered(int32_t depth, int32_t span);

    std::shared_ptr<const store::ProfileData> m_profile;
    std::shared_ptr<const analysis::CallTree> m_tree;
    std::shared_ptr<const analysis::FlameChartLayout> m_layout;
    std::vector<FlameGraphGeometry::ColourIndex> m_frameColours;
    // The matches of the current search; null while not searching or while still being
    // worked out, and the generation that drops results of an older search.
    std::shared_ptr<const FlameChartSearch> m_search;
    bool m_searching = false;
    quint64 m_searchGeneration = 0;
    QString m_searchText;

    double m_rangeStart = 0;
    double m_rangeEnd = 0;
    double m_scrollY = 0;

    int32_t m_selectedDepth = -1;
    int32_t m_selectedSpan = -1;
    int32_t m_hoveredDepth = -1;
    int32_t m_hoveredSpan = -1;

    QPointF m_pressPos;
    double m_pressRangeStart = 0;
    double m_pressScrollY = 0;
    bool m_pressed = false;
    bool m_dragging = false;

    FlameChartGeometry m_geometry;
    GeometryKey m_geometryKey;
    quint64 m_generation = 1;

    // Names become QStrings only once drawn or searched; widths and elided forms are kept
    // so that a repaint measures nothing it measured before.
    std::vector<QString> m_frameNames;
    FrameLabelCache m_labels;
};

} // namespace eg::views
