#pragma once

#include "flamegraphgeometry.h"

#include "models/analysis/flamechartlayout.h"
#include "models/store/profiledata.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

namespace eg::views {

// The overview above the flame chart: the whole profile as a compact strip of its outer
// call levels, with the part the chart shows drawn as a window. Dragging the window (or
// pressing beside it) asks the chart to show another part; the chart answers through
// setVisibleRange(), so the two never disagree.
class FlameChartMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit FlameChartMinimap(QWidget *parent = nullptr);
    ~FlameChartMinimap() override;

    void setData(std::shared_ptr<const store::ProfileData> profile,
                 std::shared_ptr<const analysis::FlameChartLayout> layout);
    void setVisibleRange(double start, double end);
    double visibleStart() const { return m_visibleStart; }
    double visibleEnd() const { return m_visibleEnd; }

    // The window in pixels for a widget `width` pixels wide.
    QRectF windowRect(QSize size) const;

    using QWidget::render;
    void render(QPainter &painter, const QRect &rect);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user moved the window; the chart should show [start, end).
    void rangeRequested(double start, double end);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    // The strip is the same at every chart range: painted once per size and profile.
    const QImage &overview(QSize size);
    double timeAt(double x) const;
    void moveWindowTo(double start);

    std::shared_ptr<const store::ProfileData> m_profile;
    std::shared_ptr<const analysis::FlameChartLayout> m_layout;
    std::vector<FlameGraphGeometry::ColourIndex> m_frameColours;
    double m_visibleStart = 0;
    double m_visibleEnd = 0;
    QImage m_overview;
    bool m_overviewValid = false;
    bool m_dragging = false;
    double m_grabOffset = 0; // time between the window's start and the pointer
};

} // namespace eg::views
