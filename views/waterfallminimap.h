#pragma once

#include <QImage>
#include <QWidget>

namespace eg::views {

class WaterfallView;

// The overview above the waterfall: every row of the trace squeezed into a strip, time
// left to right and rows top to bottom, with the part the waterfall shows drawn as a
// window. Dragging the window (or pressing beside it) moves the waterfall, in time and
// through the rows at once; the waterfall's viewChanged() moves the window back, so the
// two never disagree.
class WaterfallMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit WaterfallMinimap(WaterfallView *view, QWidget *parent = nullptr);
    ~WaterfallMinimap() override;

    // The window in pixels for a strip of `size`.
    QRectF windowRect(QSize size) const;

    using QWidget::render;
    void render(QPainter &painter, const QRect &rect);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    // Height of one row in the strip: a few pixels for small traces, a fraction of a
    // pixel (rows share lines) for large ones.
    double rowPixels(QSize size) const;
    // The strip changes only when rows open or close or colours change: drawn once then.
    const QImage &overview(QSize size);
    void moveWindowTo(QPointF topLeft);

    WaterfallView *m_view;
    QImage m_overview;
    bool m_overviewValid = false;
    bool m_dragging = false;
    QPointF m_grabOffset; // between the window's top left and the pointer
};

} // namespace eg::views
