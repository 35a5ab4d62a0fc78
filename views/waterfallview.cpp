#include "waterfallview.h"

#include "plainwordshtml.h"
#include "waterfalltooltip.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace eg::views {

using analysis::SpanTree;
using analysis::WaterfallRows;
using Colours = WaterfallColours;

namespace {

constexpr int kDragThreshold = 4;
constexpr int kBarPadding = 8; // between the label column and the bars, and at the right
constexpr int kDividerGrab = 4; // pixels either side of the label column's edge

} // namespace

WaterfallView::WaterfallView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Trace waterfall"));
    setAccessibleDescription(tr("Each row is one span; its bar runs from when the span "
                                "started to when it ended."));
    m_labelWidth = fontMetrics().averageCharWidth() * 46;
    m_scrollBar = new QScrollBar(Qt::Vertical, this);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (int(m_scrollY) != value)
            setScrollY(value);
    });
}

WaterfallView::~WaterfallView() = default;

void WaterfallView::setTrace(const LoadedTrace &trace)
{
    m_rows.reset(); // it refers to the old tree
    m_trace = trace;
    if (!m_trace.tree || !m_trace.groups || !m_trace.path || !m_trace.trace) {
        clear();
        return;
    }
    m_rows = std::make_unique<WaterfallRows>(*m_trace.tree, *m_trace.groups);
    m_index = WaterfallIndex(*m_trace.tree, *m_trace.groups, *m_trace.path);
    m_colours = Colours::spanColours(*m_trace.trace, m_colourMode);
    m_painter.reset(m_trace);
    m_selectedNode = -1;
    m_hoveredRow = -1;
    m_scrollY = 0;
    m_axis = analysis::CompressedTimeAxis(*m_trace.tree, m_compressGaps);
    m_rangeStart = 0;
    m_rangeEnd = m_axis.length();
    setSearchText(m_searchText);
    contentUpdated();
    Q_EMIT viewChanged();
}

void WaterfallView::clear()
{
    m_rows.reset();
    m_trace = {};
    m_index = {};
    m_colours.clear();
    m_painter.reset(m_trace);
    m_search.clear();
    m_selectedNode = -1;
    m_hoveredRow = -1;
    m_axis = {};
    m_rangeStart = m_rangeEnd = 0;
    m_scrollY = 0;
    contentUpdated();
    Q_EMIT viewChanged();
    Q_EMIT matchesChanged();
}

void WaterfallView::invalidate()
{
    ++m_generation;
    update();
}

void WaterfallView::contentUpdated()
{
    updateScrollBar();
    setScrollY(m_scrollY);
    invalidate();
    Q_EMIT contentChanged();
}

void WaterfallView::setColourMode(Colours::Mode mode)
{
    if (mode == m_colourMode)
        return;
    m_colourMode = mode;
    if (m_trace.trace)
        m_colours = Colours::spanColours(*m_trace.trace, mode);
    contentUpdated();
}

std::vector<Colours::LegendEntry> WaterfallView::legend() const
{
    return m_trace.trace ? Colours::legend(*m_trace.trace, m_colourMode)
                         : std::vector<Colours::LegendEntry>();
}

void WaterfallView::setCriticalPathShown(bool shown)
{
    if (shown == m_criticalPath)
        return;
    m_criticalPath = shown;
    contentUpdated();
}

void WaterfallView::setIdleGapsCompressed(bool compressed)
{
    if (compressed == m_compressGaps)
        return;
    m_compressGaps = compressed;
    if (!m_trace.tree) {
        invalidate();
        return;
    }
    // The same stretch of time stays on screen, wherever the new axis puts it.
    const int64_t from = m_axis.fromAxis(m_rangeStart);
    const int64_t to = m_axis.fromAxis(m_rangeEnd);
    const bool whole = m_rangeStart <= 0 && m_rangeEnd >= m_axis.length();
    m_axis = analysis::CompressedTimeAxis(*m_trace.tree, compressed);
    if (whole)
        resetRange();
    else
        setRange(m_axis.toAxis(from), m_axis.toAxis(to));
    contentUpdated();
}

void WaterfallView::setRowOpen(int32_t row, bool open)
{
    if (!m_rows || row < 0 || size_t(row) >= m_rows->size())
        return;
    const WaterfallRows::Row target = m_rows->row(size_t(row));
    if (!m_rows->hasChildren(target) || m_rows->isOpen(target) == open)
        return;
    m_rows->setOpen(target, open);
    contentUpdated();
}

void WaterfallView::toggleRow(int32_t row)
{
    if (!m_rows || row < 0 || size_t(row) >= m_rows->size())
        return;
    setRowOpen(row, !m_rows->isOpen(m_rows->row(size_t(row))));
}

void WaterfallView::expandAll()
{
    if (!m_rows)
        return;
    m_rows->expandAll();
    contentUpdated();
    if (m_selectedNode >= 0)
        scrollToRow(m_rows->rowOfNode(m_selectedNode));
}

double WaterfallView::minSpan() const
{
    // Not below 10 ns, nor a billionth of the trace, where doubles stop telling
    // neighbouring pixels apart.
    return std::max(10.0, m_axis.length() * 1e-9);
}

void WaterfallView::setRange(double start, double end)
{
    if (!m_rows)
        return;
    const double total = m_axis.length();
    double span = std::clamp(end - start, std::min(minSpan(), total), total);
    if (!(span > 0))
        span = total;
    start = std::clamp(start, 0.0, total - span);
    if (start == m_rangeStart && start + span == m_rangeEnd)
        return;
    m_rangeStart = start;
    m_rangeEnd = start + span;
    update();
    Q_EMIT viewChanged();
}

void WaterfallView::resetRange()
{
    setRange(0, m_axis.length());
}

void WaterfallView::zoomBy(double factor, double anchor)
{
    const double span = m_rangeEnd - m_rangeStart;
    if (!(span > 0) || !(factor > 0))
        return;
    const double share = (anchor - m_rangeStart) / span;
    const double newSpan = std::max(span * factor, minSpan());
    // Keep the anchor in place even where the range stops shrinking.
    setRange(anchor - share * newSpan, anchor + (1 - share) * newSpan);
}

void WaterfallView::panBy(double fraction)
{
    const double shift = (m_rangeEnd - m_rangeStart) * fraction;
    setRange(m_rangeStart + shift, m_rangeEnd + shift);
}

QSize WaterfallView::paintSize() const
{
    const int bar = m_scrollBar->isVisible() ? m_scrollBar->width() : 0;
    return QSize(std::max(0, width() - bar), height());
}

double WaterfallView::maxScrollY() const
{
    if (!m_rows)
        return 0;
    const double content = double(m_rows->size()) * rowHeight();
    return std::max(0.0, content - double(height() - axisHeight()));
}

void WaterfallView::updateScrollBar()
{
    const double max = maxScrollY();
    const QSignalBlocker blocker(m_scrollBar);
    m_scrollBar->setRange(0, int(std::ceil(max)));
    m_scrollBar->setPageStep(std::max(1, height() - axisHeight()));
    m_scrollBar->setSingleStep(rowHeight());
    m_scrollBar->setValue(int(m_scrollY));
    const int w = m_scrollBar->sizeHint().width();
    m_scrollBar->setGeometry(width() - w, axisHeight(), w, std::max(0, height() - axisHeight()));
    m_scrollBar->setVisible(max > 0);
}

void WaterfallView::setScrollY(double scrollY)
{
    scrollY = std::clamp(std::round(scrollY), 0.0, maxScrollY());
    if (scrollY == m_scrollY)
        return;
    m_scrollY = scrollY;
    {
        const QSignalBlocker blocker(m_scrollBar);
        m_scrollBar->setValue(int(scrollY));
    }
    update();
    Q_EMIT viewChanged();
}

void WaterfallView::scrollToRow(int32_t row)
{
    if (!m_rows || row < 0)
        return;
    const double top = double(row) * rowHeight();
    const double visible = double(height() - axisHeight());
    // A row far away (a search hit, a link) lands in the middle, with its neighbours
    // around it; one just off the edge scrolls in by as little as it takes.
    if (top + rowHeight() < m_scrollY - visible || top > m_scrollY + 2 * visible)
        setScrollY(top - (visible - rowHeight()) / 2);
    else if (top < m_scrollY)
        setScrollY(top);
    else if (top + rowHeight() > m_scrollY + visible)
        setScrollY(top + rowHeight() - visible);
}

int WaterfallView::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int WaterfallView::axisHeight() const
{
    return fontMetrics().height() + 10;
}

void WaterfallView::setLabelColumnWidth(int width)
{
    width = std::clamp(width, fontMetrics().averageCharWidth() * 12,
                       std::max(fontMetrics().averageCharWidth() * 12, this->width() * 2 / 3));
    if (width == m_labelWidth)
        return;
    m_labelWidth = width;
    invalidate();
}

QRectF WaterfallView::barArea(QSize size) const
{
    const double left = labelColumn(size) + kBarPadding;
    return QRectF(left, axisHeight(), std::max(1.0, size.width() - left - kBarPadding),
                  std::max(0, size.height() - axisHeight()));
}

double WaterfallView::xOfTime(int64_t ns, QSize size) const
{
    const QRectF bars = barArea(size);
    return WaterfallGeometry::toPixel(m_axis.toAxis(ns), m_rangeStart, m_rangeEnd, bars.left(),
                                      bars.width());
}

double WaterfallView::rowTop(int32_t row) const
{
    return axisHeight() + double(row) * rowHeight() - m_scrollY;
}

const WaterfallGeometry &WaterfallView::geometryFor(QSize size)
{
    const GeometryKey key {size, m_rangeStart, m_rangeEnd, m_scrollY, m_generation};
    if (key == m_geometryKey)
        return m_geometry;
    m_geometryKey = key;
    WaterfallGeometry::Input in;
    in.tree = m_trace.tree.get();
    in.groups = m_trace.groups.get();
    in.rows = m_rows.get();
    in.axis = &m_axis;
    in.colours = &m_colours;
    in.index = &m_index;
    in.rangeStart = m_rangeStart;
    in.rangeEnd = m_rangeEnd;
    in.bars = barArea(size);
    in.rowHeight = rowHeight();
    in.scrollY = m_scrollY;
    in.criticalPath = m_criticalPath;
    m_geometry.build(in);
    return m_geometry;
}

// --- selection and search --------------------------------------------------------------

void WaterfallView::selectNode(int32_t node)
{
    if (!m_rows || node < 0 || size_t(node) >= m_trace.tree->size())
        node = -1;
    if (node >= 0) {
        const size_t before = m_rows->size();
        const int32_t row = m_rows->reveal(node);
        if (m_rows->size() != before)
            contentUpdated();
        scrollToRow(row);
        // A span found by search or a link may lie outside the time shown: bring it in.
        const SpanTree::Node &n = m_trace.tree->node(node);
        const double from = m_axis.toAxis(n.startNs);
        const double to = m_axis.toAxis(n.endNs);
        if (to < m_rangeStart || from > m_rangeEnd) {
            const double span = std::max(m_rangeEnd - m_rangeStart, (to - from) * 1.2);
            setRange((from + to - span) / 2, (from + to + span) / 2);
        }
    }
    if (node == m_selectedNode)
        return;
    m_selectedNode = node;
    update();
    Q_EMIT spanSelected(node);
}

void WaterfallView::selectRow(int32_t row)
{
    if (!m_rows || row < 0 || size_t(row) >= m_rows->size())
        return;
    const int32_t node = m_rows->row(size_t(row)).node;
    scrollToRow(row);
    if (node == m_selectedNode)
        return;
    m_selectedNode = node;
    update();
    Q_EMIT spanSelected(node);
}

void WaterfallView::moveSelection(int delta)
{
    if (!m_rows || m_rows->size() == 0)
        return;
    const int32_t current = m_selectedNode >= 0 ? m_rows->rowOfNode(m_selectedNode) : -1;
    if (current < 0) {
        selectRow(std::clamp(int32_t(m_scrollY / rowHeight()), 0, int32_t(m_rows->size()) - 1));
        return;
    }
    int32_t target = current + delta;
    // An opened group's header stands for its first span, which is the next row: skip it.
    while (target >= 0 && size_t(target) < m_rows->size()
           && m_rows->rowOfNode(m_rows->row(size_t(target)).node) == current)
        target += delta;
    if (target >= 0 && size_t(target) < m_rows->size())
        selectRow(target);
}

void WaterfallView::openOrDescend(bool open)
{
    const int32_t row = m_selectedNode >= 0 ? m_rows->rowOfNode(m_selectedNode) : -1;
    if (row < 0)
        return;
    const WaterfallRows::Row current = m_rows->row(size_t(row));
    if (open) {
        if (m_rows->hasChildren(current) && !m_rows->isOpen(current))
            setRowOpen(row, true);
        else if (m_rows->hasChildren(current))
            moveSelection(1);
        return;
    }
    if (m_rows->hasChildren(current) && m_rows->isOpen(current)) {
        setRowOpen(row, false);
        return;
    }
    // A closed row: go to the row it hangs under; inside an opened group, close it (its
    // header stands for the group's first span, which cannot be selected twice).
    for (int32_t r = row - 1; r >= 0; --r) {
        const WaterfallRows::Row &above = m_rows->row(size_t(r));
        if (above.depth >= current.depth)
            continue;
        if (above.kind == WaterfallRows::Kind::GroupHeader)
            setRowOpen(r, false);
        else
            selectRow(r);
        return;
    }
}

void WaterfallView::setSearchText(const QString &text)
{
    m_searchText = text;
    if (m_trace.trace)
        m_search.find(*m_trace.trace, m_index, text);
    else
        m_search.clear();
    invalidate();
    Q_EMIT matchesChanged();
}

int WaterfallView::currentMatch()
{
    return m_search.indexOf(m_selectedNode, m_index);
}

void WaterfallView::nextMatch()
{
    if (const int32_t node = m_search.after(m_selectedNode, m_index); node >= 0)
        selectNode(node);
    Q_EMIT matchesChanged();
}

void WaterfallView::previousMatch()
{
    if (const int32_t node = m_search.before(m_selectedNode, m_index); node >= 0)
        selectNode(node);
    Q_EMIT matchesChanged();
}

// --- painting --------------------------------------------------------------------------

QString WaterfallView::toolTipText(int32_t row) const
{
    return m_rows ? WaterfallToolTip::text(m_trace, *m_rows, row) : QString();
}

int WaterfallView::labelColumn(QSize size) const
{
    return std::min(m_labelWidth, size.width() / 2);
}

void WaterfallView::render(QPainter &painter, const QRect &rect)
{
    painter.save();
    painter.setClipRect(rect);
    painter.translate(rect.topLeft());
    const QSize size = rect.size();
    painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Base));
    if (!m_rows || m_rows->size() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(), size), Qt::AlignCenter | Qt::TextWordWrap,
                         m_rows ? tr("This trace has no spans.") : tr("No trace to show."));
        painter.restore();
        return;
    }
    WaterfallPainter::Frame frame;
    frame.trace = &m_trace;
    frame.rows = m_rows.get();
    frame.axis = &m_axis;
    frame.colours = &m_colours;
    frame.matches = &m_search.isMatch();
    frame.rangeStart = m_rangeStart;
    frame.rangeEnd = m_rangeEnd;
    frame.bars = barArea(size);
    frame.labelColumn = labelColumn(size);
    frame.rowHeight = rowHeight();
    frame.axisHeight = axisHeight();
    frame.selectedRow = m_selectedNode >= 0 ? m_rows->rowOfNode(m_selectedNode) : -1;
    frame.hoveredRow = m_hoveredRow;
    frame.font = font();
    frame.palette = palette();
    m_painter.paint(painter, size, geometryFor(size), frame);
    painter.restore();
}

QImage WaterfallView::renderToImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render(painter, QRect(QPoint(), size));
    return image;
}

void WaterfallView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QSize size = paintSize();
    render(painter, QRect(QPoint(), size));
    // The corner above the scroll bar belongs to the time axis.
    if (size.width() < width())
        painter.fillRect(QRect(size.width(), 0, width() - size.width(), axisHeight()),
                         palette().color(QPalette::Window));
}

// --- input -----------------------------------------------------------------------------

bool WaterfallView::onTriangle(QPointF pos, int32_t row) const
{
    if (!m_rows || row < 0 || !m_rows->hasChildren(m_rows->row(size_t(row))))
        return false;
    const QFontMetricsF metrics(font());
    const double x = WaterfallPainter::triangleLeft(m_rows->row(size_t(row)).depth,
                                                    labelColumn(paintSize()), metrics);
    return pos.x() >= x - 4 && pos.x() <= x + WaterfallPainter::triangleWidth(metrics) + 5;
}

bool WaterfallView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int32_t row = geometryFor(paintSize()).rowAt(help->pos().y());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QRect area(0, int(rowTop(row)), paintSize().width(), rowHeight());
        QToolTip::showText(help->globalPos(), PlainWordsHtml::toolTip(toolTipText(row)), this,
                           area);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture && m_rows) {
            const QRectF bars = barArea(paintSize());
            const double anchor = WaterfallGeometry::toAxis(gesture->position().x(), m_rangeStart,
                                                            m_rangeEnd, bars.left(), bars.width());
            // value() is the change of scale since the last event: +0.1 is 10% larger.
            zoomBy(1.0 / std::max(0.1, 1.0 + gesture->value()), anchor);
            return true;
        }
    }
    return QWidget::event(event);
}

void WaterfallView::setHoveredRow(int32_t row)
{
    if (row == m_hoveredRow)
        return;
    m_hoveredRow = row;
    update();
}

void WaterfallView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = event->position();
        m_pressRangeStart = m_rangeStart;
        m_pressScrollY = m_scrollY;
        m_resizingLabels
            = std::abs(event->position().x() - labelColumn(paintSize())) <= kDividerGrab;
    }
    QWidget::mousePressEvent(event);
}

void WaterfallView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed && m_resizingLabels) {
        setLabelColumnWidth(int(pos.x()));
        return;
    }
    if (m_pressed) {
        const QPointF delta = pos - m_pressPos;
        if (!m_dragging && delta.manhattanLength() >= kDragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            // What is under the pointer stays under it: a drag moves the chart.
            const QRectF bars = barArea(paintSize());
            if (m_pressPos.x() >= bars.left()) {
                const double span = m_rangeEnd - m_rangeStart;
                const double start = m_pressRangeStart - delta.x() * span / bars.width();
                setRange(start, start + span);
            }
            setScrollY(m_pressScrollY - delta.y());
            return;
        }
    }
    const bool onDivider = std::abs(pos.x() - labelColumn(paintSize())) <= kDividerGrab;
    if (onDivider)
        setCursor(Qt::SplitHCursor);
    else
        unsetCursor();
    setHoveredRow(geometryFor(paintSize()).rowAt(pos.y()));
    QWidget::mouseMoveEvent(event);
}

void WaterfallView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_resizingLabels || m_dragging) {
        m_resizingLabels = m_dragging = false;
        unsetCursor();
        return;
    }
    const int32_t row = geometryFor(paintSize()).rowAt(event->position().y());
    if (row < 0)
        return;
    if (onTriangle(event->position(), row))
        toggleRow(row);
    else
        selectRow(row);
}

void WaterfallView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int32_t row = geometryFor(paintSize()).rowAt(event->position().y());
    if (event->button() == Qt::LeftButton && row >= 0) {
        if (!onTriangle(event->position(), row)) // the press already toggled it
            toggleRow(row);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void WaterfallView::leaveEvent(QEvent *event)
{
    setHoveredRow(-1);
    QWidget::leaveEvent(event);
}

void WaterfallView::keyPressEvent(QKeyEvent *event)
{
    if (!m_rows)
        return QWidget::keyPressEvent(event);
    const double centre = (m_rangeStart + m_rangeEnd) / 2;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool selected = m_selectedNode >= 0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_W:
        zoomBy(0.5, centre);
        return;
    case Qt::Key_Minus:
    case Qt::Key_S:
        zoomBy(2, centre);
        return;
    case Qt::Key_0:
        resetRange();
        return;
    case Qt::Key_A:
        panBy(-0.1);
        return;
    case Qt::Key_D:
        panBy(0.1);
        return;
    case Qt::Key_Left:
        if (shift || !selected)
            panBy(-0.1);
        else
            openOrDescend(false);
        return;
    case Qt::Key_Right:
        if (shift || !selected)
            panBy(0.1);
        else
            openOrDescend(true);
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_Down:
        moveSelection(1);
        return;
    case Qt::Key_PageUp:
        setScrollY(m_scrollY - (height() - axisHeight()));
        return;
    case Qt::Key_PageDown:
        setScrollY(m_scrollY + (height() - axisHeight()));
        return;
    case Qt::Key_Home:
        setScrollY(0);
        return;
    case Qt::Key_End:
        setScrollY(maxScrollY());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected)
            toggleRow(m_rows->rowOfNode(m_selectedNode));
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void WaterfallView::wheelEvent(QWheelEvent *event)
{
    if (!m_rows)
        return QWidget::wheelEvent(event);
    const QPoint delta = event->angleDelta();
    const QRectF bars = barArea(paintSize());
    if (event->modifiers() & Qt::ControlModifier) {
        const double x = std::clamp(event->position().x(), bars.left(), bars.right());
        const double anchor
            = WaterfallGeometry::toAxis(x, m_rangeStart, m_rangeEnd, bars.left(), bars.width());
        zoomBy(std::pow(0.998, delta.y() != 0 ? delta.y() : delta.x()), anchor);
    } else if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        // Sideways wheels and Shift+wheel pan, as in every timeline.
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panBy(-d / 120.0 / 10);
    } else {
        setScrollY(m_scrollY - delta.y() / 120.0 * 3 * rowHeight());
    }
    event->accept();
}

void WaterfallView::resizeEvent(QResizeEvent *event)
{
    updateScrollBar();
    setScrollY(m_scrollY);
    // The selection stays in sight when the page around the view changes.
    if (m_rows && m_selectedNode >= 0)
        scrollToRow(m_rows->rowOfNode(m_selectedNode));
    QWidget::resizeEvent(event);
}

void WaterfallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_painter.invalidate();
        updateScrollBar();
        invalidate();
    }
    QWidget::changeEvent(event);
}

QSize WaterfallView::sizeHint() const
{
    return QSize(900, axisHeight() + 24 * rowHeight());
}

QSize WaterfallView::minimumSizeHint() const
{
    return QSize(300, axisHeight() + 4 * rowHeight());
}

} // namespace eg::views
