#include "flamegraphview.h"

#include "models/analysis/weightformatter.h"
#include "models/item/calltreemodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace eg::views {

using analysis::WeightFormatter;

namespace {

constexpr double kLabelPadding = 4;

} // namespace

FlameGraphView::FlameGraphView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Flame graph"));
    setAccessibleDescription(tr("Each bar is a function; its width is its share of the "
                                "profile, and the bars below it are the functions it called."));
}

FlameGraphView::~FlameGraphView() = default;

void FlameGraphView::setData(std::shared_ptr<const store::ProfileData> profile,
                             std::shared_ptr<const analysis::CallTree> tree,
                             std::shared_ptr<const analysis::FlameGraphLayout> layout)
{
    if (!profile || !tree || !layout) {
        clear();
        return;
    }
    m_profile = std::move(profile);
    m_tree = std::move(tree);
    m_layout = std::move(layout);
    const auto &frames = m_profile->frames;
    m_overrideColours.clear();
    m_overrideLegend.clear();
    m_toolTipExtra = {};
    m_describeNode = {};
    m_rootLabel.clear();
    recolour();
    m_frameNames.assign(frames.size(), QString());
    m_labels.reset(frames.size());
    m_zoomStack.clear();
    m_rangeStart = 0;
    m_rangeEnd = m_layout->totalWidth();
    m_scrollY = 0;
    m_selectedNode = -1;
    m_walkingMatches = false;
    setHovered(-1);
    if (m_searchIsRegex)
        setSearchPattern(m_searchPattern);
    else
        setSearchText(m_searchText);
    invalidate();
    Q_EMIT zoomChanged();
}

void FlameGraphView::clear()
{
    m_profile.reset();
    m_tree.reset();
    m_layout.reset();
    m_frameColours.clear();
    m_heatColours.clear();
    m_overrideColours.clear();
    m_overrideLegend.clear();
    m_toolTipExtra = {};
    m_describeNode = {};
    m_rootLabel.clear();
    m_legend.clear();
    m_frameNames.clear();
    m_labels.reset(0);
    m_zoomStack.clear();
    m_matchPrefix.clear();
    m_matchNodes.clear();
    m_currentMatch = -1;
    m_walkingMatches = false;
    m_searchMatchShare = 0;
    m_rangeStart = m_rangeEnd = 0;
    m_scrollY = 0;
    m_selectedNode = -1;
    setHovered(-1);
    invalidate();
    Q_EMIT searchChanged();
    Q_EMIT legendChanged();
}

void FlameGraphView::invalidate()
{
    ++m_generation;
    update();
}

const QString &FlameGraphView::frameName(int32_t frame)
{
    QString &name = m_frameNames[size_t(frame)];
    if (name.isNull()) {
        const std::string &raw = m_profile->frames[size_t(frame)].name;
        name = raw.empty() ? tr("(unnamed function)") : QString::fromStdString(raw);
    }
    return name;
}

void FlameGraphView::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    // "/…/" is how the profile page hands a regular expression to every tab.
    if (trimmed.size() >= 2 && trimmed.startsWith(QLatin1Char('/'))
        && trimmed.endsWith(QLatin1Char('/'))) {
        setSearchPattern(QRegularExpression(trimmed.mid(1, trimmed.size() - 2),
                                            QRegularExpression::CaseInsensitiveOption));
        return;
    }
    m_searchText = trimmed;
    m_searchIsRegex = false;
    m_searchPattern = {};
    m_searchError.clear();
    std::vector<char> frameMatches;
    if (!m_searchText.isEmpty() && m_tree) {
        frameMatches.resize(m_frameNames.size());
        for (size_t f = 0; f < frameMatches.size(); ++f)
            frameMatches[f] = frameName(int32_t(f)).contains(m_searchText, Qt::CaseInsensitive);
    }
    applySearch(frameMatches);
}

void FlameGraphView::setSearchPattern(const QRegularExpression &pattern)
{
    m_searchPattern = pattern;
    m_searchIsRegex = true;
    m_searchText = QLatin1Char('/') + pattern.pattern() + QLatin1Char('/');
    // An invalid (or empty) expression ends the search: while someone is typing "a(b"
    // the graph should not flash grey.
    m_searchError = pattern.isValid() ? QString() : pattern.errorString();
    std::vector<char> frameMatches;
    if (pattern.isValid() && !pattern.pattern().isEmpty() && m_tree) {
        frameMatches.resize(m_frameNames.size());
        for (size_t f = 0; f < frameMatches.size(); ++f)
            frameMatches[f] = pattern.match(frameName(int32_t(f))).hasMatch();
    }
    applySearch(frameMatches);
}

void FlameGraphView::applySearch(const std::vector<char> &frameMatches)
{
    m_matchPrefix.clear();
    m_matchNodes.clear();
    m_currentMatch = -1;
    m_searchMatchShare = 0;
    if (!frameMatches.empty() && m_tree) {
        const auto &nodes = m_tree->nodes();
        m_matchPrefix.resize(nodes.size() + 1, 0);
        // Breadth-first order puts parents first, so "under a match" is known for the
        // parent of every node we reach; nested matches count once in the share.
        std::vector<char> underMatch(nodes.size(), 0);
        double matched = 0;
        for (size_t i = 0; i < nodes.size(); ++i) {
            const bool match = nodes[i].frame >= 0 && frameMatches[size_t(nodes[i].frame)];
            const bool parentUnder = nodes[i].parent >= 0 && underMatch[size_t(nodes[i].parent)];
            m_matchPrefix[i + 1] = m_matchPrefix[i] + (match ? 1 : 0);
            underMatch[i] = match || parentUnder;
            if (match)
                m_matchNodes.push_back(int32_t(i));
            if (match && !parentUnder)
                matched += nodes[i].total;
        }
        m_matchesSorted = false;
        const double total = m_tree->totalWeight();
        m_searchMatchShare = total > 0 ? matched / total : 0;
    }
    invalidate();
    Q_EMIT searchChanged();
}

const std::vector<int32_t> &FlameGraphView::matchingNodes() const
{
    if (!m_matchesSorted && m_tree) {
        const auto &nodes = m_tree->nodes();
        std::stable_sort(m_matchNodes.begin(), m_matchNodes.end(), [&nodes](int32_t a, int32_t b) {
            return nodes[size_t(a)].total > nodes[size_t(b)].total;
        });
    }
    m_matchesSorted = true;
    return m_matchNodes;
}

void FlameGraphView::nextMatch()
{
    goToMatch(m_currentMatch + 1);
}

void FlameGraphView::previousMatch()
{
    goToMatch(m_currentMatch < 0 ? -1 : m_currentMatch - 1);
}

void FlameGraphView::goToMatch(int index)
{
    if (m_matchNodes.empty() || !m_layout)
        return;
    const int count = int(m_matchNodes.size());
    m_currentMatch = ((index % count) + count) % count;
    const int32_t node = matchingNodes()[size_t(m_currentMatch)];
    m_selectedNode = node;
    const auto &r = m_layout->rect(node);
    if (m_walkingMatches) {
        setRange(r.x0, r.x1());
    } else {
        zoomToRange(r.x0, r.x1());
        m_walkingMatches = true;
    }
    const double top = m_tree->node(node).depth * rowHeight();
    if (top < m_scrollY || top + rowHeight() > m_scrollY + height())
        setScroll(top - std::max(0, height() / 3));
    update();
    Q_EMIT frameSelected(node);
    Q_EMIT searchChanged();
}

QString FlameGraphView::matchSummary() const
{
    if (!m_searchError.isEmpty())
        return tr("Invalid regular expression");
    if (!isSearching())
        return {};
    const int count = int(m_matchNodes.size());
    if (count == 0)
        return tr("No function matches");
    QString whole;
    switch (m_tree->unit()) {
    case store::WeightUnit::Bytes:
        whole = tr("of the memory");
        break;
    case store::WeightUnit::None:
        whole = tr("of the samples");
        break;
    default:
        whole = tr("of the time");
        break;
    }
    const QString share = WeightFormatter::formatPercent(m_searchMatchShare);
    // Spelled out instead of %n: without a translation loaded, %n reads "match(es)".
    const QString number = locale().toString(count);
    if (m_currentMatch < 0)
        return count == 1 ? tr("1 match (%1 %2)").arg(share, whole)
                          : tr("%1 matches (%2 %3)").arg(number, share, whole);
    const QString current = locale().toString(m_currentMatch + 1);
    return count == 1 ? tr("%1 of 1 match (%2 %3)").arg(current, share, whole)
                      : tr("%1 of %2 matches (%3 %4)").arg(current, number, share, whole);
}

void FlameGraphView::setColourMode(ColourMode mode)
{
    if (mode == m_colourMode)
        return;
    m_colourMode = mode;
    recolour();
}

void FlameGraphView::setCallFilter(const analysis::CallFilter &filter)
{
    m_callFilter = filter;
    if (m_colourMode == ColourMode::Ownership)
        recolour();
}

void FlameGraphView::setNodeColours(std::vector<FlameGraphGeometry::ColourIndex> colours,
                                    std::vector<LegendEntry> legend,
                                    std::function<QString(int32_t)> toolTipExtra)
{
    if (m_tree && colours.size() != size_t(m_tree->size()))
        colours.clear();
    m_overrideColours = std::move(colours);
    m_overrideLegend = std::move(legend);
    m_toolTipExtra = std::move(toolTipExtra);
    recolour();
}

void FlameGraphView::setNodeDescription(std::function<QString(int32_t)> describe)
{
    m_describeNode = std::move(describe);
}

void FlameGraphView::setRootLabel(const QString &label)
{
    m_rootLabel = label;
    invalidate();
}

void FlameGraphView::recolour()
{
    m_frameColours.clear();
    m_heatColours.clear();
    m_legend.clear();
    if (m_profile && m_tree) {
        m_frameColours = FlameGraphColours::frameColours(*m_profile, m_colourMode, m_callFilter);
        if (!m_overrideColours.empty()) {
            m_legend = m_overrideLegend;
        } else {
            if (m_colourMode == ColourMode::SelfHeat)
                m_heatColours = FlameGraphColours::heatColours(*m_tree);
            m_legend = FlameGraphColours::legend(*m_profile, *m_tree, m_colourMode);
        }
    }
    invalidate();
    Q_EMIT legendChanged();
}

bool FlameGraphView::isZoomed() const
{
    return m_layout && (m_rangeStart > 0 || m_rangeEnd < m_layout->totalWidth());
}

void FlameGraphView::setRange(double start, double end)
{
    if (!m_layout)
        return;
    const double total = m_layout->totalWidth();
    start = std::clamp(start, 0.0, total);
    end = std::clamp(end, start, total);
    if (start == m_rangeStart && end == m_rangeEnd)
        return;
    m_rangeStart = start;
    m_rangeEnd = end;
    update();
    Q_EMIT zoomChanged();
}

void FlameGraphView::zoomToRange(double start, double end)
{
    if (!m_layout || !(end > start))
        return;
    const double total = m_layout->totalWidth();
    start = std::clamp(start, 0.0, total);
    end = std::clamp(end, start, total);
    if (!(end > start) || (start == m_rangeStart && end == m_rangeEnd))
        return;
    // Deep enough for any walk a person makes; programs that zoom every frame (panning
    // benchmarks, animations) must not grow it without bound.
    constexpr size_t kMaxZoomHistory = 256;
    if (m_zoomStack.size() >= kMaxZoomHistory)
        m_zoomStack.erase(m_zoomStack.begin());
    m_zoomStack.emplace_back(m_rangeStart, m_rangeEnd);
    setRange(start, end);
}

void FlameGraphView::zoomToNode(int32_t node)
{
    if (!m_tree || node < 0 || node >= m_tree->size())
        return;
    const auto &r = m_layout->rect(node);
    zoomToRange(r.x0, r.x1());
}

void FlameGraphView::zoomOut()
{
    m_walkingMatches = false;
    if (m_zoomStack.empty())
        return;
    const auto [start, end] = m_zoomStack.back();
    m_zoomStack.pop_back();
    setRange(start, end);
}

void FlameGraphView::resetZoom()
{
    m_walkingMatches = false;
    m_zoomStack.clear();
    if (m_layout)
        setRange(0, m_layout->totalWidth());
}

int FlameGraphView::rowHeight() const
{
    return fontMetrics().height() + 6;
}

double FlameGraphView::maxScroll() const
{
    if (!m_layout)
        return 0;
    return std::max(0.0, double(m_layout->depthCount() * rowHeight() - height()));
}

void FlameGraphView::setScroll(double scrollY)
{
    scrollY = std::round(std::clamp(scrollY, 0.0, maxScroll()));
    if (scrollY == m_scrollY)
        return;
    m_scrollY = scrollY;
    update();
}

void FlameGraphView::setSelectedNode(int32_t node)
{
    if (!m_tree || node < 0 || node >= m_tree->size())
        node = -1;
    m_selectedNode = node;
    if (node >= 0) {
        // Bring the node into view: zoom when it is off to the side or too thin to see,
        // scroll when its row is above or below the window.
        const auto &r = m_layout->rect(node);
        const double pixels = FlameGraphGeometry::toPixel(r.x1(), m_rangeStart, m_rangeEnd, width())
            - FlameGraphGeometry::toPixel(r.x0, m_rangeStart, m_rangeEnd, width());
        if (r.width > 0 && (r.x1() <= m_rangeStart || r.x0 >= m_rangeEnd || pixels < 2))
            zoomToNode(node);
        const double top = m_tree->node(node).depth * rowHeight();
        if (top < m_scrollY)
            setScroll(top);
        else if (top + rowHeight() > m_scrollY + height())
            setScroll(top + rowHeight() - height());
    }
    update();
}

void FlameGraphView::setHovered(int32_t node)
{
    if (node == m_hoveredNode)
        return;
    m_hoveredNode = node;
    update();
    Q_EMIT hovered(node);
}

const FlameGraphGeometry &FlameGraphView::geometryFor(QSize size)
{
    const GeometryKey key {size, m_rangeStart, m_rangeEnd, m_scrollY, rowHeight(), m_generation};
    if (key == m_geometryKey)
        return m_geometry;
    m_geometryKey = key;
    FlameGraphGeometry::Input input;
    input.layout = m_layout.get();
    input.frameColours = &m_frameColours;
    input.nodeColours = !m_overrideColours.empty() ? &m_overrideColours
        : !m_heatColours.empty()                   ? &m_heatColours
                                                   : nullptr;
    input.matchPrefix = &m_matchPrefix;
    input.rangeStart = m_rangeStart;
    input.rangeEnd = m_rangeEnd;
    input.size = size;
    input.rowHeight = key.rowHeight;
    input.scrollY = m_scrollY;
    input.minLabelWidth = fontMetrics().averageCharWidth() * 2 + 2 * kLabelPadding;
    m_geometry.build(input);
    return m_geometry;
}

int32_t FlameGraphView::nodeAt(QPointF point)
{
    const auto *item = geometryFor(size()).itemAt(point);
    return item ? item->node : -1;
}

QString FlameGraphView::toolTipText(int32_t node, int32_t mergedCount, double runWeight) const
{
    if (!m_tree || node < 0 || node >= m_tree->size())
        return {};
    if (mergedCount > 1) {
        return tr("%1 small functions, %2 together.\nClick to zoom in and see them.")
            .arg(locale().toString(mergedCount),
                 WeightFormatter::formatWeightAndShare(runWeight, m_tree->totalWeight(),
                                                       m_tree->unit()));
    }
    QString text = m_describeNode
        ? m_describeNode(node)
        : itemmodels::CallTreeModel::describeNode(*m_profile, *m_tree, node);
    if (m_toolTipExtra) {
        const QString extra = m_toolTipExtra(node);
        if (!extra.isEmpty())
            text += QLatin1Char('\n') + extra;
    }
    if (node != analysis::CallTree::rootIndex())
        text += QLatin1Char('\n') + tr("Click to zoom in; Esc zooms back out.");
    return text;
}

QString FlameGraphView::labelFor(int32_t node, double available)
{
    const QFontMetricsF metrics(font());
    const int32_t frame = m_tree->node(node).frame;
    if (frame < 0) {
        const QString root = !m_rootLabel.isEmpty()
            ? m_rootLabel
            : tr("All · %1")
                  .arg(WeightFormatter::formatWeight(m_tree->totalWeight(), m_tree->unit()));
        return metrics.elidedText(root, Qt::ElideRight, available);
    }
    return m_labels.label(frame, frameName(frame), available, metrics, 2);
}

void FlameGraphView::paintLabels(QPainter &painter, const FlameGraphGeometry &geometry)
{
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const double baseline = (rowHeight() - 1 - metrics.height()) / 2 + metrics.ascent();
    const double right = m_geometryKey.size.width();
    int penState = -1; // 0: normal text, 1: dimmed text
    for (const int32_t index : geometry.labelItems()) {
        const auto &item = geometry.items()[size_t(index)];
        // Frames wider than the window keep their label in the visible part.
        const double left = std::max<double>(item.rect.left(), 0) + kLabelPadding;
        const double available
            = std::min<double>(item.rect.right() + 1, right) - kLabelPadding - left;
        if (available < metrics.averageCharWidth() * 2)
            continue;
        const QString text = labelFor(item.node, available);
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

void FlameGraphView::paintOutline(QPainter &painter, int32_t node, const QPen &pen, QSize size)
{
    if (!m_tree || node < 0 || node >= m_tree->size())
        return;
    const auto &r = m_layout->rect(node);
    if (r.x1() <= m_rangeStart || r.x0 >= m_rangeEnd || r.width <= 0)
        return;
    const double w = size.width();
    const double left = std::round(
        std::clamp(FlameGraphGeometry::toPixel(r.x0, m_rangeStart, m_rangeEnd, w), -2.0, w + 2));
    const double right = std::max(
        left + 1,
        std::round(std::clamp(FlameGraphGeometry::toPixel(r.x1(), m_rangeStart, m_rangeEnd, w),
                              -2.0, w + 2)));
    const double top = m_tree->node(node).depth * rowHeight() - m_scrollY;
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const double inset = pen.widthF() / 2;
    painter.drawRect(
        QRectF(left + inset, top + inset, right - left - 2 * inset, rowHeight() - 1 - 2 * inset));
}

void FlameGraphView::paintZoomHint(QPainter &painter, QSize size)
{
    const QString hint = tr("Zoomed in · Esc zooms out");
    const QFontMetrics metrics(font());
    QRect box = metrics.boundingRect(hint).adjusted(-6, -3, 6, 3);
    box.moveBottomRight(QPoint(size.width() - 6, size.height() - 6));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x30, 0x30, 0x30, 0xc0));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, hint);
}

void FlameGraphView::render(QPainter &painter, const QRect &rect)
{
    painter.save();
    painter.setClipRect(rect);
    painter.translate(rect.topLeft());
    const QSize size = rect.size();
    painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Base));
    if (!m_tree || !(m_tree->totalWeight() > 0)) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(), size), Qt::AlignCenter | Qt::TextWordWrap,
                         m_tree ? tr("No sample of this profile has a call stack with any "
                                     "weight, so there is nothing to draw.")
                                : tr("No profile to show."));
        painter.restore();
        return;
    }

    const FlameGraphGeometry &geometry = geometryFor(size);
    FlameGraphGeometry::paintBatches(painter, geometry);
    paintLabels(painter, geometry);
    if (m_hoveredNode >= 0 && m_hoveredNode != m_selectedNode)
        paintOutline(painter, m_hoveredNode, QPen(QColor(0x50, 0x50, 0x50), 1), size);
    if (m_selectedNode >= 0)
        paintOutline(painter, m_selectedNode, QPen(QColor(0x10, 0x10, 0x10), 2), size);
    if (isZoomed())
        paintZoomHint(painter, size);
    painter.restore();
}

void FlameGraphView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

bool FlameGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto *item = geometryFor(size()).itemAt(help->pos());
        if (!item)
            return showToolTip(this, help, {}, {});
        return showToolTip(
            this, help, toolTipText(item->node, item->count, item->x1 - item->x0),
            QRect(int(item->left), item->rect.top(), int(item->right - item->left), rowHeight()));
    }
    if (event->type() == QEvent::NativeGesture && m_layout
        && navigationPinch(static_cast<QNativeGestureEvent *>(event), width()))
        return true;
    return QWidget::event(event);
}

void FlameGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_pressPos = event->position().toPoint();
    }
    QWidget::mousePressEvent(event);
}

void FlameGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = m_pressed && event->button() == Qt::LeftButton
        && (event->position().toPoint() - m_pressPos).manhattanLength() < 5;
    m_pressed = false;
    if (!click)
        return QWidget::mouseReleaseEvent(event);
    const auto *item = geometryFor(size()).itemAt(event->position());
    if (!item)
        return;
    // Copy what we need: zooming rebuilds the geometry the item lives in.
    const int32_t node = item->node;
    const bool single = item->count == 1;
    const double x0 = item->x0;
    const double x1 = item->x1;
    m_walkingMatches = false;
    if (single) {
        m_selectedNode = node;
        update();
        Q_EMIT frameSelected(node);
    }
    zoomToRange(x0, x1);
}

void FlameGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton
        && nodeAt(event->position()) == analysis::CallTree::rootIndex()) {
        resetZoom();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void FlameGraphView::mouseMoveEvent(QMouseEvent *event)
{
    const auto *item = geometryFor(size()).itemAt(event->position());
    setHovered(item && item->count == 1 ? item->node : -1);
    QWidget::mouseMoveEvent(event);
}

void FlameGraphView::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void FlameGraphView::keyPressEvent(QKeyEvent *event)
{
    // Escape and Backspace walk back the zooms that clicks made; the rest is the charts'.
    if ((event->key() == Qt::Key_Escape || event->key() == Qt::Key_Backspace)
        && !m_zoomStack.empty()) {
        zoomOut();
        return;
    }
    if (!navigationKey(event))
        QWidget::keyPressEvent(event);
}

void FlameGraphView::wheelEvent(QWheelEvent *event)
{
    if (!m_layout || !navigationWheel(event, Wheel::ScrollsRows, width()))
        return QWidget::wheelEvent(event);
    event->accept();
}

void FlameGraphView::resizeEvent(QResizeEvent *event)
{
    setScroll(m_scrollY);
    QWidget::resizeEvent(event);
}

void FlameGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_labels.invalidate();
        invalidate();
    }
    QWidget::changeEvent(event);
}

QSize FlameGraphView::sizeHint() const
{
    return QSize(800, 24 * rowHeight());
}

QSize FlameGraphView::minimumSizeHint() const
{
    return QSize(200, 4 * rowHeight());
}

} // namespace eg::views
