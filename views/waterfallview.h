#pragma once

#include "loadedtrace.h"
#include "waterfallcolours.h"
#include "waterfallgeometry.h"
#include "waterfallindex.h"
#include "waterfallpainter.h"
#include "waterfallsearch.h"

#include "models/analysis/compressedtimeaxis.h"
#include "models/analysis/waterfallrows.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

class QScrollBar;

namespace eg::views {

// The trace waterfall: one row per span (or per group of repeated spans), the span's name
// indented under its parent on the left, and on the right a bar from its start to its end
// on a time axis shared by all rows. Rows open and close like a tree; only the rows on
// screen are laid out, so a million spans scroll as fast as ten.
//
// The wheel scrolls rows; Ctrl+wheel and pinch zoom around the pointer, Shift+wheel pans;
// + - 0 and W S zoom from the keyboard, A D and Shift+arrows pan, dragging moves both
// ways. Up and Down move the selection, Right and Left (or Enter, or a double-click) open
// and close the selected row. Painted in three layers: WaterfallGeometry builds the draw
// list for the visible rows, hit testing reads it, and render() paints it for the screen
// and for tests.
class WaterfallView : public QWidget
{
    Q_OBJECT

public:
    explicit WaterfallView(QWidget *parent = nullptr);
    ~WaterfallView() override;

    void setTrace(const LoadedTrace &trace);
    void clear();
    const LoadedTrace &trace() const { return m_trace; }
    bool hasTrace() const { return m_rows != nullptr; }
    const analysis::WaterfallRows *rows() const { return m_rows.get(); }
    const analysis::CompressedTimeAxis &axis() const { return m_axis; }
    const std::vector<WaterfallColours::Index> &spanColours() const { return m_colours; }

    WaterfallColours::Mode colourMode() const { return m_colourMode; }
    void setColourMode(WaterfallColours::Mode mode);
    std::vector<WaterfallColours::LegendEntry> legend() const;
    bool criticalPathShown() const { return m_criticalPath; }
    void setCriticalPathShown(bool shown);
    bool idleGapsCompressed() const { return m_compressGaps; }
    void setIdleGapsCompressed(bool compressed);

    // Opening and closing rows (spans or groups); the selection stays on its span.
    void setRowOpen(int32_t row, bool open);
    void toggleRow(int32_t row);
    void expandAll();

    // The time range shown, in axis units (CompressedTimeAxis: 0 to length()).
    double rangeStart() const { return m_rangeStart; }
    double rangeEnd() const { return m_rangeEnd; }
    void setRange(double start, double end);
    void resetRange();
    // factor < 1 zooms in; `anchor` (an axis position) stays where it is on screen.
    void zoomBy(double factor, double anchor);
    // Moves the range by a share of its width (negative: to earlier times).
    void panBy(double fraction);
    double scrollY() const { return m_scrollY; }
    void setScrollY(double scrollY);
    double maxScrollY() const;
    // Scrolls as little as needed to show the row.
    void scrollToRow(int32_t row);

    int32_t selectedNode() const { return m_selectedNode; }
    // Selects a node (or -1), opening what hides it and scrolling it into view.
    void selectNode(int32_t node);

    // Spans whose name, op or service contains the text (case-insensitive) get a marked
    // row; nextMatch()/previousMatch() select them in the order of the rows.
    void setSearchText(const QString &text);
    int matchCount() const { return int(m_search.matches().size()); }
    // Position of the selected span among the matches, or -1.
    int currentMatch();
    void nextMatch();
    void previousMatch();

    // Layout, for hit testing, the minimap and tests.
    int rowHeight() const;
    int axisHeight() const;
    int labelColumnWidth() const { return m_labelWidth; }
    void setLabelColumnWidth(int width);
    // Where the bars go for a paint area of `size`.
    QRectF barArea(QSize size) const;
    // The x of a trace time (ns since the epoch) in a paint area of `size`.
    double xOfTime(int64_t ns, QSize size) const;
    // The top of a row in a paint area (may be off it).
    double rowTop(int32_t row) const;
    const WaterfallGeometry &geometryFor(QSize size);

    // Plain words about a row, for its tooltip.
    QString toolTipText(int32_t row) const;

    using QWidget::render;
    void render(QPainter &painter, const QRect &rect);
    QImage renderToImage(QSize size);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void spanSelected(int32_t node);
    // The range or the scroll position changed.
    void viewChanged();
    // Rows opened or closed, colours or the axis changed: what the minimap draws.
    void contentChanged();
    void matchesChanged();

protected:
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
    void contentUpdated();
    void updateScrollBar();
    QSize paintSize() const;
    void selectRow(int32_t row);
    void moveSelection(int delta);
    void openOrDescend(bool open);
    void setHoveredRow(int32_t row);
    bool onTriangle(QPointF pos, int32_t row) const;
    double minSpan() const;

    int labelColumn(QSize size) const;

    LoadedTrace m_trace;
    std::unique_ptr<analysis::WaterfallRows> m_rows;
    analysis::CompressedTimeAxis m_axis;
    WaterfallIndex m_index;
    std::vector<WaterfallColours::Index> m_colours;
    WaterfallColours::Mode m_colourMode = WaterfallColours::Mode::Service;
    bool m_criticalPath = false;
    bool m_compressGaps = true;

    double m_rangeStart = 0;
    double m_rangeEnd = 0;
    double m_scrollY = 0;
    int m_labelWidth = 0;

    int32_t m_selectedNode = -1;
    int32_t m_hoveredRow = -1;
    WaterfallSearch m_search;
    QString m_searchText;

    QPointF m_pressPos;
    double m_pressRangeStart = 0;
    double m_pressScrollY = 0;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_resizingLabels = false;

    QScrollBar *m_scrollBar = nullptr;
    WaterfallGeometry m_geometry;
    GeometryKey m_geometryKey;
    quint64 m_generation = 1;

    WaterfallPainter m_painter;
};

} // namespace eg::views
