#include "flamechartview.h"

#include "analysispool.h"

#include "models/analysis/weightformatter.h"

#include <QFutureWatcher>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace eg::views {

using analysis::WeightFormatter;

namespace {

constexpr double kLabelPadding = 4;
constexpr double kTickSpacing = 110; // pixels between time ticks, roughly
constexpr int kDragThreshold = 4;

} // namespace

FlameChartView::FlameChartView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Flame chart"));
    setAccessibleDescription(tr("Time runs left to right; each row is one level of the call "
                                "stack and each bar one call."));
}

FlameChartView::~FlameChartView() = default;

void FlameChartView::setData(std::shared_ptr<const store::ProfileData> profile,
                             std::shared_ptr<const analysis::CallTree> tree,
                             std::shared_ptr<const analysis::FlameChartLayout> layout)
{
    if (!profile || !layout) {
        clear();
        return;
    }
    m_profile = std::move(profile);
    m_tree = std::move(tree);
    m_layout = std::move(layout);
    const auto &frames = m_profile->frames;
    m_frameColours.resize(frames.size());
    for (size_t f = 0; f < frames.size(); ++f)
        m_frameColours[f] = FlameGraphGeometry::colourForFrame(frames[f]);
    m_frameNames.assign(frames.size(), QString());
    m_labels.reset(frames.size());
    m_selectedDepth = m_selectedSpan = -1;
    m_hoveredDepth = m_hoveredSpan = -1;
    m_scrollY = 0;
    setSearchText(m_searchText);
    resetRange();
}

void FlameChartView::clear()
{
    m_profile.reset();
    m_tree.reset();
    m_layout.reset();
    m_frameColours.clear();
    m_frameNames.clear();
    m_labels.reset(0);
    m_search.reset();
    m_searching = false;
    ++m_searchGeneration;
    m_selectedDepth = m_selectedSpan = -1;
    m_hoveredDepth = m_hoveredSpan = -1;
    m_rangeStart = m_rangeEnd = 0;
    m_scrollY = 0;
    invalidate();
    Q_EMIT rangeChanged(0, 0);
}

void FlameChartView::invalidate()
{
    ++m_generation;
    update();
}

double FlameChartView::minSpan() const
{
    if (!m_layout)
        return 0;
    // Not below a nanosecond (or a tenth of a sample), nor a billionth of the profile,
    // where doubles stop telling neighbouring pixels apart.
    const double perUnit = store::nanosecondsPerUnit(m_layout->unit());
    const double smallest = perUnit > 0 ? 1.0 / perUnit : 0.1;
    return std::max(smallest, m_layout->duration() * 1e-9);
}

double FlameChartView::axisStart() const
{
    return m_layout ? m_layout->startTime() : 0;
}

double FlameChartView::axisEnd() const
{
    return m_layout ? m_layout->endTime() : 0;
}

void FlameChartView::setRange(double start, double end)
{
    if (m_layout)
        moveRange(start, end);
}

void FlameChartView::showRange(double start, double end)
{
    if (start == m_rangeStart && end == m_rangeEnd)
        return;
    m_rangeStart = start;
    m_rangeEnd = end;
    update();
    Q_EMIT rangeChanged(m_rangeStart, m_rangeEnd);
}

void FlameChartView::resetRange()
{
    if (!m_layout) {
        invalidate();
        return;
    }
    m_rangeStart = m_rangeEnd = 0;
    m_rangeEnd = -1; // forces the signal even when the range is the same
    setRange(m_layout->startTime(), m_layout->endTime());
    invalidate();
}

double FlameChartView::maxScroll() const
{
    if (!m_layout)
        return 0;
    return std::max(
        0.0, double(axisHeight() + (m_layout->depthCount() + 1) * rowHeight()) - double(height()));
}

void FlameChartView::setScrollY(double scrollY)
{
    scrollY = std::clamp(scrollY, 0.0, maxScroll());
    if (scrollY == m_scrollY)
        return;
    m_scrollY = scrollY;
    update();
}

int FlameChartView::rowHeight() const
{
    return fontMetrics().height() + 4;
}

int FlameChartView::axisHeight() const
{
    return fontMetrics().height() + 8;
}

const QString &FlameChartView::frameName(int32_t frame)
{
    QString &name = m_frameNames[size_t(frame)];
    if (name.isNull()) {
        const auto &f = m_profile->frames[size_t(frame)];
        name = f.name.empty() ? tr("(unnamed)") : QString::fromStdString(f.name);
    }
    return name;
}

void FlameChartView::setSearchText(const QString &text)
{
    m_searchText = text;
    m_search.reset();
    const quint64 generation = ++m_searchGeneration;
    const QString typed = text.trimmed();
    m_searching = m_layout && m_profile && !typed.isEmpty();
    if (!m_searching) {
        invalidate();
        return;
    }
    const auto &frames = m_profile->frames;
    std::vector<char> matches(frames.size(), 0);
    const bool regex = typed.size() > 2 && typed.startsWith(QLatin1Char('/'))
        && typed.endsWith(QLatin1Char('/'));
    const QRegularExpression pattern(regex ? typed.mid(1, typed.size() - 2) : QString(),
                                     QRegularExpression::CaseInsensitiveOption);
    if (!regex || pattern.isValid()) {
        for (size_t f = 0; f < frames.size(); ++f)
            matches[f] = regex ? pattern.match(frameName(int32_t(f))).hasMatch()
                               : frameName(int32_t(f)).contains(typed, Qt::CaseInsensitive);
    }
    // Finding the matching calls walks every span once: a few milliseconds for a small
    // chart, too long for the GUI thread when there are tens of millions.
    constexpr int64_t kSpansOnGuiThread = 1'000'000;
    if (m_layout->spanCount() <= kSpansOnGuiThread) {
        m_search = std::make_shared<const FlameChartSearch>(*m_layout, m_profile->stacks, matches);
        invalidate();
        Q_EMIT searchReady();
        return;
    }
    invalidate();
    using Result = std::shared_ptr<const FlameChartSearch>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_searchGeneration)
            return; // another search (or profile) since
        m_search = watcher->result();
        invalidate();
        Q_EMIT searchReady();
    });
    watcher->setFuture(QtConcurrent::run(
        AnalysisPool::instance(),
        [layout = m_layout, profile = m_profile, matches = std::move(matches)] {
            return std::make_shared<const FlameChartSearch>(*layout, profile->stacks, matches);
        }));
}

void FlameChartView::selectSpan(int32_t depth, int32_t span)
{
    if (!m_layout || depth < 0 || depth >= m_layout->depthCount() || span < 0
        || size_t(span) >= m_layout->row(depth).size())
        depth = span = -1;
    m_selectedDepth = depth;
    m_selectedSpan = span;
    update();
}

int32_t FlameChartView::nodeForSpan(int32_t depth, int32_t span) const
{
    if (!m_tree || !m_layout || depth < 0 || depth >= m_layout->depthCount() || span < 0
        || size_t(span) >= m_layout->row(depth).size())
        return -1;
    std::vector<int32_t> frames;
    for (int32_t s = m_layout->row(depth)[size_t(span)].stack; s >= 0;
         s = m_profile->stacks[size_t(s)].parent)
        frames.push_back(m_profile->stacks[size_t(s)].frame);
    std::reverse(frames.begin(), frames.end());
    return m_tree->findPath(frames);
}

QString FlameChartView::formatAmount(double value, store::WeightUnit unit)
{
    const double perUnit = store::nanosecondsPerUnit(unit);
    return perUnit > 0 ? WeightFormatter::formatDuration(value * perUnit)
                       : WeightFormatter::formatCount(value);
}

double FlameChartView::tickStep(double range, double width, double spacing, store::WeightUnit unit)
{
    if (!(range > 0) || !(width > 0))
        return 0;
    const double wanted = range * spacing / width;
    const double decade = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = decade * 10;
    for (const double m : {1.0, 2.0, 5.0}) {
        if (decade * m >= wanted) {
            step = decade * m;
            break;
        }
    }
    // Samples are whole: no tick between two of them.
    if (store::nanosecondsPerUnit(unit) <= 0)
        step = std::max(1.0, step);
    return step;
}

QString FlameChartView::tickLabel(double value, double step, double magnitude,
                                  store::WeightUnit unit)
{
    const double perUnit = store::nanosecondsPerUnit(unit);
    const QLocale locale;
    if (perUnit <= 0)
        return WeightFormatter::formatCount(std::round(value), locale);
    // One unit for the whole axis, picked by the largest label, and as many decimals as
    // the step needs, so that neighbouring ticks never read the same ("1.2345 s").
    const double ns = std::abs(magnitude) * perUnit;
    struct Scale
    {
        double ns;
        const char *name;
    };
    const Scale scale = ns >= 1e9 ? Scale {1e9, QT_TR_NOOP("%1 s")}
        : ns >= 1e6               ? Scale {1e6, QT_TR_NOOP("%1 ms")}
        : ns >= 1e3               ? Scale {1e3, QT_TR_NOOP("%1 µs")}
                                  : Scale {1, QT_TR_NOOP("%1 ns")};
    const double stepInScale = step * perUnit / scale.ns;
    const int decimals = std::clamp(int(std::ceil(-std::log10(stepInScale) - 1e-9)), 0, 9);
    return tr(scale.name).arg(locale.toString(value * perUnit / scale.ns, 'f', decimals));
}

const FlameChartGeometry &FlameChartView::geometryFor(QSize size)
{
    const GeometryKey key {size, m_rangeStart, m_rangeEnd, m_scrollY, m_generation};
    if (key == m_geometryKey)
        return m_geometry;
    m_geometryKey = key;
    FlameChartGeometry::Input in;
    in.layout = m_layout.get();
    in.stacks = m_profile ? &m_profile->stacks : nullptr;
    in.frameColours = &m_frameColours;
    in.search = m_search.get();
    in.rangeStart = m_rangeStart;
    in.rangeEnd = m_rangeEnd;
    in.size = QSizeF(size);
    in.top = axisHeight();
    in.rowHeight = rowHeight();
    in.scrollY = m_scrollY;
    in.minWidth = 3;
    in.minLabelWidth = fontMetrics().averageCharWidth() * 3 + 2 * kLabelPadding;
    m_geometry.build(in);
    return m_geometry;
}

QString FlameChartView::labelFor(int32_t frame, double available)
{
    const QFontMetricsF metrics(font());
    return m_labels.label(frame, frameName(frame), available, metrics, 3);
}

void FlameChartView::paintAxis(QPainter &painter, QSize size)
{
    const int axis = axisHeight();
    const QColor band = palette().color(QPalette::Window);
    painter.fillRect(QRect(0, 0, size.width(), axis), band);
    const double range = m_rangeEnd - m_rangeStart;
    const store::WeightUnit unit = m_layout->unit();
    const double step = tickStep(range, size.width(), kTickSpacing, unit);
    if (!(step > 0))
        return;
    const double origin = m_layout->startTime();
    const double magnitude
        = std::max(std::abs(m_rangeStart - origin), std::abs(m_rangeEnd - origin));
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid(0, 0, 0, 0x1c);
    const QFontMetrics metrics(font());
    const double firstTick = std::ceil((m_rangeStart - origin) / step) * step;
    for (double t = firstTick; t + origin <= m_rangeEnd; t += step) {
        const double x = std::round(
            FlameChartGeometry::toPixel(t + origin, m_rangeStart, m_rangeEnd, size.width()));
        painter.fillRect(QRectF(x, axis - 5, 1, 5), text);
        painter.fillRect(QRectF(x, axis, 1, size.height() - axis), grid);
        const QString label = tickLabel(t, step, magnitude, unit);
        // A label cut off at the right edge reads as a different number: leave it out.
        if (x + 3 + metrics.horizontalAdvance(label) > size.width())
            continue;
        painter.setPen(text);
        painter.drawText(QPointF(x + 3, axis - 6 - metrics.descent()), label);
    }
    painter.fillRect(QRect(0, axis - 1, size.width(), 1), palette().color(QPalette::Mid));
}

void FlameChartView::paintLabels(QPainter &painter, const FlameChartGeometry &geometry, QSize size)
{
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const double baseline = (rowHeight() - 1 - metrics.height()) / 2 + metrics.ascent();
    int penState = -1;
    for (const int32_t index : geometry.labelItems()) {
        const auto &item = geometry.items()[size_t(index)];
        // Calls wider than the window keep their label in the visible part.
        const double left = std::max<double>(item.rect.left(), 0) + kLabelPadding;
        const double available
            = std::min<double>(item.rect.right() + 1, size.width()) - kLabelPadding - left;
        if (available < metrics.averageCharWidth() * 2)
            continue;
        const auto &span = m_layout->row(item.depth)[size_t(item.span)];
        const QString text = labelFor(m_profile->stacks[size_t(span.stack)].frame, available);
        if (text.isEmpty())
            continue;
        const int wanted = item.colour >= FlameGraphGeometry::kDimmed ? 1 : 0;
        if (wanted != penState) {
            painter.setPen(FlameGraphGeometry::textColour(item.colour));
            penState = wanted;
        }
        painter.drawText(QPointF(left, item.rect.top() + baseline), text);
    }
}

void FlameChartView::paintOutline(QPainter &painter, int32_t depth, int32_t span, const QPen &pen,
                                  QSize size)
{
    if (!m_layout || depth < 0 || depth >= m_layout->depthCount())
        return;
    const auto &s = m_layout->row(depth)[size_t(span)];
    const double start = m_layout->spanStart(s);
    const double end = m_layout->spanEnd(s);
    if (end <= m_rangeStart || start >= m_rangeEnd)
        return;
    const double w = size.width();
    auto px = [&](double t) {
        return std::round(
            std::clamp(FlameChartGeometry::toPixel(t, m_rangeStart, m_rangeEnd, w), -2.0, w + 2));
    };
    const double left = px(start);
    const double right = std::max(left + 1, px(end));
    const double top = axisHeight() + depth * rowHeight() - m_scrollY;
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const double inset = pen.widthF() / 2;
    painter.drawRect(
        QRectF(left + inset, top + inset, right - left - 2 * inset, rowHeight() - 1 - 2 * inset));
}

void FlameChartView::render(QPainter &painter, const QRect &rect)
{
    painter.save();
    painter.setClipRect(rect);
    painter.translate(rect.topLeft());
    const QSize size = rect.size();
    painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Base));
    if (!m_layout || m_layout->depthCount() == 0 || !(m_layout->duration() > 0)) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(), size), Qt::AlignCenter | Qt::TextWordWrap,
                         m_layout ? tr("No sample of this profile has a call stack, so there "
                                       "is nothing to draw.")
                                  : tr("No profile to show."));
        painter.restore();
        return;
    }
    paintAxis(painter, size);
    const FlameChartGeometry &geometry = geometryFor(size);
    painter.setClipRect(QRect(0, axisHeight(), size.width(), size.height() - axisHeight()));
    FlameGraphGeometry::paintBatches(painter, geometry);
    paintLabels(painter, geometry, size);
    if (m_hoveredDepth >= 0
        && (m_hoveredDepth != m_selectedDepth || m_hoveredSpan != m_selectedSpan))
        paintOutline(painter, m_hoveredDepth, m_hoveredSpan, QPen(QColor(0x50, 0x50, 0x50), 1),
                     size);
    if (m_selectedDepth >= 0)
        paintOutline(painter, m_selectedDepth, m_selectedSpan, QPen(QColor(0x10, 0x10, 0x10), 2),
                     size);
    painter.restore();
}

void FlameChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

QString FlameChartView::toolTipText(const FlameChartGeometry::Item &item) const
{
    if (!m_layout || !m_profile)
        return {};
    const store::WeightUnit unit = m_layout->unit();
    const double origin = m_layout->startTime();
    const double visible = m_rangeEnd - m_rangeStart;
    const double shown = std::min(item.end, m_rangeEnd) - std::max(item.start, m_rangeStart);
    const QString share = WeightFormatter::formatPercent(visible > 0 ? shown / visible : 0);
    const QString start = formatAmount(item.start - origin, unit);
    const QString duration = formatAmount(item.end - item.start, unit);
    if (item.count > 1)
        return tr("%1 calls, too short to tell apart at this zoom\n"
                  "From %2 for %3 (%4 of the visible range)\n"
                  "Zoom in (wheel, +, W) to see them one by one.")
            .arg(QLocale().toString(item.count), start, duration, share);
    const auto &span = m_layout->row(item.depth)[size_t(item.span)];
    const auto &frame = m_profile->frames[size_t(m_profile->stacks[size_t(span.stack)].frame)];
    QString text = frame.name.empty() ? tr("(unnamed)") : QString::fromStdString(frame.name);
    if (!frame.file.empty())
        text += QLatin1Char('\n')
            + (frame.line > 0 ? tr("%1:%2").arg(QString::fromStdString(frame.file)).arg(frame.line)
                              : QString::fromStdString(frame.file));
    text += QLatin1Char('\n') + tr("Started at %1 and ran for %2").arg(start, duration);
    text += QLatin1Char('\n') + tr("%1 of the visible range").arg(share);
    text += QLatin1Char('\n') + tr("Call depth %1").arg(item.depth + 1);
    return text;
}

bool FlameChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto *item = geometryFor(size()).itemAt(help->pos());
        if (!item)
            return showToolTip(this, help, {}, {});
        return showToolTip(
            this, help, toolTipText(*item),
            QRect(int(item->left), item->rect.top(), int(item->right - item->left), rowHeight()));
    }
    if (event->type() == QEvent::NativeGesture && m_layout
        && navigationPinch(static_cast<QNativeGestureEvent *>(event), width()))
        return true;
    return QWidget::event(event);
}

void FlameChartView::setHovered(int32_t depth, int32_t span)
{
    if (depth == m_hoveredDepth && span == m_hoveredSpan)
        return;
    m_hoveredDepth = depth;
    m_hoveredSpan = span;
    update();
}

void FlameChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = event->position();
        m_pressRangeStart = m_rangeStart;
        m_pressScrollY = m_scrollY;
    }
    QWidget::mousePressEvent(event);
}

void FlameChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed) {
        const QPointF delta = event->position() - m_pressPos;
        if (!m_dragging && delta.manhattanLength() >= kDragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            // The time under the pointer stays under it: a drag moves the chart, not a view.
            const double span = m_rangeEnd - m_rangeStart;
            const double start = m_pressRangeStart - delta.x() * span / std::max(1, width());
            setRange(start, start + span);
            setScrollY(m_pressScrollY - delta.y());
            return;
        }
    }
    const auto *item = geometryFor(size()).itemAt(event->position());
    if (item && item->count == 1)
        setHovered(item->depth, item->span);
    else
        setHovered(-1, -1);
    QWidget::mouseMoveEvent(event);
}

void FlameChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const auto *item = geometryFor(size()).itemAt(event->position());
    if (!item) {
        selectSpan(-1, -1);
        return;
    }
    if (item->count > 1) {
        // A merged run: zoom until its calls can be told apart.
        const double start = item->start;
        const double end = item->end;
        setRange(start, end);
        return;
    }
    const int32_t depth = item->depth;
    const int32_t span = item->span;
    selectSpan(depth, span);
    Q_EMIT nodeSelected(nodeForSpan(depth, span));
}

void FlameChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const auto *item = geometryFor(size()).itemAt(event->position());
    if (event->button() == Qt::LeftButton && item) {
        const double start = item->start;
        const double end = item->end;
        setRange(start, end);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void FlameChartView::leaveEvent(QEvent *event)
{
    setHovered(-1, -1);
    QWidget::leaveEvent(event);
}

void FlameChartView::keyPressEvent(QKeyEvent *event)
{
    if (!navigationKey(event))
        QWidget::keyPressEvent(event);
}

void FlameChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_layout || !navigationWheel(event, Wheel::Zooms, width()))
        return QWidget::wheelEvent(event);
    event->accept();
}

void FlameChartView::resizeEvent(QResizeEvent *event)
{
    setScrollY(m_scrollY);
    QWidget::resizeEvent(event);
}

void FlameChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_labels.invalidate();
        invalidate();
    }
    QWidget::changeEvent(event);
}

QSize FlameChartView::sizeHint() const
{
    return QSize(800, axisHeight() + 24 * rowHeight());
}

QSize FlameChartView::minimumSizeHint() const
{
    return QSize(200, axisHeight() + 4 * rowHeight());
}

} // namespace eg::views
