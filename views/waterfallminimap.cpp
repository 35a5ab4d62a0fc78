#include "waterfallminimap.h"

#include "waterfallview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace eg::views {

using analysis::WaterfallRows;
using Colours = WaterfallColours;

namespace {

constexpr int kMinimapHeight = 56;
constexpr double kMaxRowPixels = 4;

} // namespace

WaterfallMinimap::WaterfallMinimap(WaterfallView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Overview of the whole trace"));
    setToolTip(tr("The whole trace: time runs left to right, rows top to bottom. The frame "
                  "marks what the waterfall below shows; drag it, or press beside it, to look "
                  "at another part."));
    connect(view, &WaterfallView::viewChanged, this, qOverload<>(&QWidget::update));
    connect(view, &WaterfallView::contentChanged, this, [this] {
        m_overviewValid = false;
        update();
    });
}

WaterfallMinimap::~WaterfallMinimap() = default;

double WaterfallMinimap::rowPixels(QSize size) const
{
    const auto *rows = m_view->rows();
    if (!rows || rows->size() == 0)
        return 1;
    return std::min(kMaxRowPixels, double(size.height()) / double(rows->size()));
}

QRectF WaterfallMinimap::windowRect(QSize size) const
{
    const auto *rows = m_view->rows();
    const double length = m_view->axis().length();
    if (!rows || rows->size() == 0 || !(length > 0))
        return {};
    const double w = size.width();
    double left = m_view->rangeStart() / length * w;
    double right = m_view->rangeEnd() / length * w;
    const double perRow = rowPixels(size);
    const double visibleRows
        = double(m_view->height() - m_view->axisHeight()) / m_view->rowHeight();
    double top = m_view->scrollY() / m_view->rowHeight() * perRow;
    double bottom
        = std::min(double(rows->size()), m_view->scrollY() / m_view->rowHeight() + visibleRows)
        * perRow;
    // Deep zooms would shrink the window below a pixel; keep it visible and grabbable.
    if (right - left < 4) {
        const double centre = (left + right) / 2;
        left = centre - 2;
        right = centre + 2;
    }
    if (bottom - top < 4) {
        const double centre = (top + bottom) / 2;
        top = centre - 2;
        bottom = centre + 2;
    }
    return QRectF(left, top, right - left, bottom - top);
}

const QImage &WaterfallMinimap::overview(QSize size)
{
    if (m_overviewValid && m_overview.size() == size)
        return m_overview;
    m_overview = QImage(size, QImage::Format_RGB32);
    m_overview.fill(palette().color(QPalette::Base));
    m_overviewValid = true;
    const auto *rows = m_view->rows();
    const LoadedTrace &trace = m_view->trace();
    const double length = m_view->axis().length();
    if (!rows || rows->size() == 0 || size.isEmpty() || !(length > 0))
        return m_overview;

    // Straight into the pixels: a million rows are a million short runs, far cheaper than
    // a million rectangles through QPainter.
    const auto &colours = m_view->spanColours();
    const auto &axis = m_view->axis();
    const bool critical = m_view->criticalPathShown();
    const double perRow = rowPixels(size);
    const int width = size.width();
    const double scale = double(width) / length;
    std::array<QRgb, Colours::kPaletteSize> rgbOf {};
    for (size_t c = 0; c < rgbOf.size(); ++c)
        rgbOf[c] = Colours::colour(Colours::Index(c)).rgb();
    // Without breaks the axis is trace time from the start: no need to look for them.
    const bool linear = axis.breaks().empty();
    const int64_t origin = axis.startNs();
    const auto toX = [&](int64_t ns) {
        return (linear ? double(ns - origin) : axis.toAxis(ns)) * scale;
    };
    const auto &nodes = trace.tree->nodes();
    const auto &groups = trace.groups->groups();
    for (size_t r = 0; r < rows->size(); ++r) {
        const WaterfallRows::Row &row = rows->row(r);
        const auto &node = nodes[size_t(row.node)];
        Colours::Index colour
            = node.isPlaceholder() ? Colours::kPlaceholder : colours[size_t(node.span)];
        if (critical && !trace.path->contains(row.node))
            colour = Colours::dimmed(colour);
        const QRgb rgb = rgbOf[colour];
        const bool span = row.kind == WaterfallRows::Kind::Span;
        const int64_t start = span ? node.startNs : groups[size_t(row.group)].startNs;
        const int64_t end = span ? node.endNs : groups[size_t(row.group)].endNs;
        const int x0 = std::clamp(int(toX(start)), 0, width - 1);
        const int x1 = std::clamp(int(std::ceil(toX(end))), x0 + 1, width);
        const int y0 = std::min(size.height() - 1, int(double(r) * perRow));
        const int y1 = std::clamp(int(double(r + 1) * perRow) - (perRow >= 3 ? 1 : 0), y0 + 1,
                                  size.height());
        for (int y = y0; y < y1; ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_overview.scanLine(y));
            std::fill(line + x0, line + x1, rgb);
        }
    }
    return m_overview;
}

void WaterfallMinimap::render(QPainter &painter, const QRect &rect)
{
    painter.save();
    painter.setClipRect(rect);
    painter.translate(rect.topLeft());
    const QSize size = rect.size();
    painter.drawImage(QPoint(0, 0), overview(size));
    const QRectF window = windowRect(size);
    if (!window.isEmpty()) {
        // Everything outside the window fades, so the window reads as "you are here".
        QPainterPath outside;
        outside.addRect(QRectF(QPointF(0, 0), QSizeF(size)));
        QPainterPath inside;
        inside.addRect(window);
        painter.fillPath(outside.subtracted(inside), QColor(0x60, 0x60, 0x60, 0x38));
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(window.adjusted(1, 1, -1, -1));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, size.height() - 1, size.width(), size.height() - 1);
    painter.restore();
}

void WaterfallMinimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

void WaterfallMinimap::moveWindowTo(QPointF topLeft)
{
    const double length = m_view->axis().length();
    if (!(length > 0) || width() <= 0)
        return;
    const double span = m_view->rangeEnd() - m_view->rangeStart();
    const double start = topLeft.x() / width() * length;
    m_view->setRange(start, start + span);
    m_view->setScrollY(topLeft.y() / rowPixels(size()) * m_view->rowHeight());
}

void WaterfallMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view->hasTrace())
        return QWidget::mousePressEvent(event);
    const QPointF pos = event->position();
    const QRectF window = windowRect(size());
    if (window.contains(pos)) {
        m_grabOffset = pos - window.topLeft();
    } else {
        // Beside the window: centre it there, then keep dragging from the middle.
        m_grabOffset = QPointF(window.width() / 2, window.height() / 2);
        moveWindowTo(pos - m_grabOffset);
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
}

void WaterfallMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    moveWindowTo(event->position() - m_grabOffset);
}

void WaterfallMinimap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

QSize WaterfallMinimap::sizeHint() const
{
    return QSize(800, kMinimapHeight);
}

QSize WaterfallMinimap::minimumSizeHint() const
{
    return QSize(100, kMinimapHeight);
}

} // namespace eg::views
