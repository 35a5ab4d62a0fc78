#include "flamechartminimap.h"

#include "flamechartgeometry.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace eg::views {

namespace {

constexpr int kMinimapRowHeight = 3;
constexpr int kMinimapHeight = 48;

} // namespace

FlameChartMinimap::FlameChartMinimap(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Overview of the whole profile"));
    setToolTip(tr("The whole profile; the frame marks what the chart below shows. Drag it, "
                  "or press beside it, to look at another part."));
}

FlameChartMinimap::~FlameChartMinimap() = default;

void FlameChartMinimap::setData(std::shared_ptr<const store::ProfileData> profile,
                                std::shared_ptr<const analysis::FlameChartLayout> layout)
{
    m_profile = std::move(profile);
    m_layout = m_profile ? std::move(layout) : nullptr;
    m_frameColours.clear();
    if (m_profile) {
        m_frameColours.reserve(m_profile->frames.size());
        for (const auto &frame : m_profile->frames)
            m_frameColours.push_back(FlameGraphGeometry::colourForFrame(frame));
    }
    m_visibleStart = m_layout ? m_layout->startTime() : 0;
    m_visibleEnd = m_layout ? m_layout->endTime() : 0;
    m_overviewValid = false;
    update();
}

void FlameChartMinimap::setVisibleRange(double start, double end)
{
    m_visibleStart = start;
    m_visibleEnd = end;
    update();
}

QRectF FlameChartMinimap::windowRect(QSize size) const
{
    if (!m_layout || !(m_layout->duration() > 0))
        return {};
    const double w = size.width();
    const double first = m_layout->startTime();
    const double last = m_layout->endTime();
    double left = FlameChartGeometry::toPixel(m_visibleStart, first, last, w);
    double right = FlameChartGeometry::toPixel(m_visibleEnd, first, last, w);
    // Deep zooms would shrink the window below a pixel; keep it visible and grabbable.
    if (right - left < 4) {
        const double centre = (left + right) / 2;
        left = centre - 2;
        right = centre + 2;
    }
    return QRectF(left, 0, right - left, size.height());
}

const QImage &FlameChartMinimap::overview(QSize size)
{
    if (m_overviewValid && m_overview.size() == size)
        return m_overview;
    m_overview = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_overview.fill(palette().color(QPalette::Base));
    m_overviewValid = true;
    if (!m_layout || !m_profile || size.isEmpty())
        return m_overview;
    FlameChartGeometry geometry;
    FlameChartGeometry::Input in;
    in.layout = m_layout.get();
    in.stacks = &m_profile->stacks;
    in.frameColours = &m_frameColours;
    in.rangeStart = m_layout->startTime();
    in.rangeEnd = m_layout->endTime();
    in.size = QSizeF(size);
    in.rowHeight = kMinimapRowHeight;
    in.minWidth = 1; // a pixel per run: the strip is a density picture, not a chart
    in.minLabelWidth = 1e9;
    geometry.build(in);
    QPainter painter(&m_overview);
    painter.setPen(Qt::NoPen);
    for (int c = 0; c < FlameGraphGeometry::kPaletteSize; ++c) {
        const auto batch = geometry.batch(FlameGraphGeometry::ColourIndex(c));
        if (batch.empty())
            continue;
        painter.setBrush(FlameGraphGeometry::colour(FlameGraphGeometry::ColourIndex(c)));
        painter.drawRects(batch.data(), int(batch.size()));
    }
    return m_overview;
}

void FlameChartMinimap::render(QPainter &painter, const QRect &rect)
{
    painter.save();
    painter.setClipRect(rect);
    painter.translate(rect.topLeft());
    const QSize size = rect.size();
    painter.drawImage(QPoint(0, 0), overview(size));
    const QRectF window = windowRect(size);
    if (!window.isEmpty()) {
        // Everything outside the window fades, so the window reads as "you are here".
        const QColor shade(0x40, 0x40, 0x40, 0x70);
        painter.fillRect(QRectF(0, 0, std::max(0.0, window.left()), size.height()), shade);
        painter.fillRect(
            QRectF(window.right(), 0, std::max(0.0, size.width() - window.right()), size.height()),
            shade);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(window.adjusted(1, 1, -1, -1));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, size.height() - 1, size.width(), size.height() - 1);
    painter.restore();
}

void FlameChartMinimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

double FlameChartMinimap::timeAt(double x) const
{
    return FlameChartGeometry::toTime(x, m_layout->startTime(), m_layout->endTime(), width());
}

void FlameChartMinimap::moveWindowTo(double start)
{
    const double span = m_visibleEnd - m_visibleStart;
    start = std::clamp(start, m_layout->startTime(), m_layout->endTime() - span);
    Q_EMIT rangeRequested(start, start + span);
}

void FlameChartMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_layout)
        return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    const QRectF window = windowRect(size());
    const double span = m_visibleEnd - m_visibleStart;
    if (x >= window.left() && x <= window.right()) {
        m_grabOffset = timeAt(x) - m_visibleStart;
    } else {
        // Beside the window: centre it there, then keep dragging from the middle.
        m_grabOffset = span / 2;
        moveWindowTo(timeAt(x) - m_grabOffset);
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
}

void FlameChartMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !m_layout)
        return QWidget::mouseMoveEvent(event);
    moveWindowTo(timeAt(event->position().x()) - m_grabOffset);
}

void FlameChartMinimap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

QSize FlameChartMinimap::sizeHint() const
{
    return QSize(800, kMinimapHeight);
}

QSize FlameChartMinimap::minimumSizeHint() const
{
    return QSize(100, kMinimapHeight);
}

} // namespace eg::views
