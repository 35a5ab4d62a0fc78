#include "waterfallpainter.h"

#include "flamechartview.h"

#include "models/analysis/weightformatter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace eg::views {

using analysis::SpanGroups;
using analysis::SpanTree;
using analysis::WaterfallRows;
using analysis::WeightFormatter;
using Colours = WaterfallColours;

namespace {

constexpr double kTickSpacing = 110; // pixels between time ticks, roughly

const QColor kSelectedBand(0xcc, 0xe0, 0xff);
const QColor kHoverBand(0xee, 0xf2, 0xf7);
const QColor kMatchBand(0xff, 0xf1, 0xa8);
const QColor kErrorText(0xb0, 0x10, 0x20);
const QColor kBreakEdge(0x9a, 0x9a, 0x9a);

// "4f2a9c1e…" for the first half of a span id.
QString shortId(uint64_t key)
{
    const std::string text = store::TraceData::spanIdText(key);
    return QString::fromLatin1(text.data(), qsizetype(std::min<size_t>(text.size(), 8)))
        + QChar(0x2026);
}

QString idleLabel(const analysis::CompressedTimeAxis::Break &gap)
{
    return WaterfallPainter::tr("idle %1").arg(
        WeightFormatter::formatDuration(double(gap.toNs - gap.fromNs)));
}

} // namespace

void WaterfallPainter::reset(const LoadedTrace &trace)
{
    m_trace = trace.trace.get();
    const size_t strings = m_trace ? m_trace->strings.size() : 0;
    m_strings.assign(strings, QString());
    m_nameLabels.reset(strings);
    m_groupLabels.reset(trace.groups ? trace.groups->groups().size() : 0);
    m_groupTexts.clear();
}

void WaterfallPainter::invalidate()
{
    m_nameLabels.invalidate();
    m_groupLabels.invalidate();
}

const QString &WaterfallPainter::stringAt(int32_t index)
{
    QString &text = m_strings[size_t(index)];
    if (text.isNull()) {
        const std::string_view raw = m_trace->text(index);
        text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        if (text.isNull())
            text = QLatin1String("");
    }
    return text;
}

double WaterfallPainter::triangleLeft(int32_t depth, int labelColumn, const QFontMetricsF &metrics)
{
    // Deep trees indent up to half the column, then stop: names stay readable.
    return 6 + std::min(labelColumn / 2.0, depth * metrics.averageCharWidth() * 1.6);
}

double WaterfallPainter::triangleWidth(const QFontMetricsF &metrics)
{
    return std::round(metrics.height() * 0.5);
}

double WaterfallPainter::pixelOf(double axis) const
{
    return WaterfallGeometry::toPixel(axis, m_frame->rangeStart, m_frame->rangeEnd,
                                      m_frame->bars.left(), m_frame->bars.width());
}

void WaterfallPainter::paint(QPainter &painter, QSize size, const WaterfallGeometry &geometry,
                             const Frame &frame)
{
    m_frame = &frame;
    painter.setFont(frame.font);
    const QRect rowsArea(0, frame.axisHeight, size.width(), size.height() - frame.axisHeight);
    painter.setClipRect(rowsArea);
    paintRowBands(painter, geometry, size);
    const QRect barClip = QRectF(frame.bars.left() - 1, frame.bars.top(), frame.bars.width() + 2,
                                 frame.bars.height())
                              .toAlignedRect()
                              .intersected(rowsArea);
    painter.setClipRect(barClip);
    m_ticks
        = WaterfallGeometry::ticks(*frame.axis, frame.rangeStart, frame.rangeEnd, frame.bars.left(),
                                   frame.bars.width(), kTickSpacing, &m_tickStep);
    // Grid lines under the bars, so that no bar looks cut by one.
    for (const auto &tick : m_ticks)
        painter.fillRect(QRectF(std::round(tick.x), frame.axisHeight, 1, size.height()),
                         QColor(0xe6, 0xe6, 0xe6));
    paintBreaks(painter);
    paintBars(painter, geometry);
    painter.setClipRect(QRect(int(frame.bars.left()), rowsArea.top(),
                              size.width() - int(frame.bars.left()), rowsArea.height()));
    paintDurations(painter, geometry);
    painter.setClipRect(QRect(0, rowsArea.top(), frame.labelColumn, rowsArea.height()));
    paintLabels(painter, geometry);
    painter.setClipRect(QRect(QPoint(), size));
    painter.fillRect(QRectF(frame.labelColumn, 0, 1, size.height()),
                     frame.palette.color(QPalette::Mid));
    paintAxis(painter, size);
    m_frame = nullptr;
}

void WaterfallPainter::paintBars(QPainter &painter, const WaterfallGeometry &geometry)
{
    painter.setPen(Qt::NoPen);
    for (int c = 0; c < Colours::kPaletteSize; ++c) {
        const auto lines = geometry.underlay(Colours::Index(c));
        if (lines.empty())
            continue;
        painter.setBrush(Colours::colour(Colours::Index(c)));
        painter.drawRects(lines.data(), int(lines.size()));
    }
    for (int c = 0; c < Colours::kPaletteSize; ++c) {
        const auto batch = geometry.batch(Colours::Index(c));
        if (batch.empty())
            continue;
        painter.setBrush(Colours::colour(Colours::Index(c)));
        painter.drawRects(batch.data(), int(batch.size()));
    }
    // The selected span's bar gets an outline, so it can be found among its neighbours.
    const auto *selected = geometry.visibleRow(m_frame->selectedRow);
    if (selected && selected->barVisible) {
        const int inset = std::max(2, m_frame->rowHeight / 6);
        painter.setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(selected->barLeft - 1, selected->top + inset - 1,
                                selected->barRight - selected->barLeft + 2,
                                m_frame->rowHeight - 2 * inset + 2));
    }
}

void WaterfallPainter::paintAxis(QPainter &painter, QSize size)
{
    const Frame &f = *m_frame;
    const int axis = f.axisHeight;
    const QColor text = f.palette.color(QPalette::WindowText);
    painter.fillRect(QRect(0, 0, size.width(), axis), f.palette.color(QPalette::Window));
    const QFontMetrics metrics(f.font);
    const int baseline = axis - 7 - metrics.descent();
    painter.setPen(f.palette.color(QPalette::PlaceholderText));
    painter.drawText(QPointF(6, baseline),
                     metrics.elidedText(tr("Span"), Qt::ElideRight, f.labelColumn - 8));

    // Each break says how long the idle time it stands for was; tick labels keep clear.
    struct BreakLabel
    {
        QRectF box;
        QString text;
    };
    std::vector<BreakLabel> breakLabels;
    for (const auto &gap : f.axis->breaks()) {
        const double x0 = pixelOf(gap.axisFrom);
        const double x1 = pixelOf(gap.axisTo);
        if (x1 < f.bars.left() || x0 > f.bars.right())
            continue;
        const QString label = idleLabel(gap);
        const double w = metrics.horizontalAdvance(label) + 8;
        const double centre
            = std::clamp((x0 + x1) / 2, f.bars.left() + w / 2, f.bars.right() - w / 2);
        breakLabels.push_back({QRectF(centre - w / 2, 2, w, axis - 5), label});
    }

    const double magnitude
        = double(std::max(f.axis->fromAxis(f.rangeEnd) - f.axis->startNs(), int64_t(1)));
    for (const auto &tick : m_ticks) {
        const double x = std::round(tick.x);
        painter.fillRect(QRectF(x, axis - 5, 1, 5), text);
        const QString label = FlameChartView::tickLabel(double(tick.offsetNs), double(m_tickStep),
                                                        magnitude, store::WeightUnit::Nanoseconds);
        const QRectF box(x + 3, 0, metrics.horizontalAdvance(label), axis);
        // A label cut off at the edge, or under a break's, reads as another number.
        if (box.right() > size.width()
            || std::any_of(breakLabels.begin(), breakLabels.end(),
                           [&box](const BreakLabel &b) { return b.box.intersects(box); }))
            continue;
        painter.setPen(text);
        painter.drawText(QPointF(x + 3, baseline), label);
    }
    for (const auto &label : breakLabels) {
        painter.setPen(kBreakEdge);
        painter.setBrush(f.palette.color(QPalette::Base));
        painter.drawRoundedRect(label.box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter.setPen(f.palette.color(QPalette::PlaceholderText));
        painter.drawText(label.box, Qt::AlignCenter, label.text);
    }
    painter.setBrush(Qt::NoBrush);
    painter.fillRect(QRect(0, axis - 1, size.width(), 1), f.palette.color(QPalette::Mid));
}

void WaterfallPainter::paintBreaks(QPainter &painter)
{
    const Frame &f = *m_frame;
    for (const auto &gap : f.axis->breaks()) {
        const double x0 = pixelOf(gap.axisFrom);
        const double x1 = pixelOf(gap.axisTo);
        if (x1 < f.bars.left() || x0 > f.bars.right())
            continue;
        // A hatched band with an edge either side: time is cut out here.
        const QRectF band(std::round(x0), f.bars.top(), std::max(3.0, std::round(x1 - x0)),
                          f.bars.height());
        painter.fillRect(band, QColor(0xec, 0xec, 0xec));
        painter.fillRect(band, QBrush(QColor(0xb4, 0xb4, 0xb4), Qt::BDiagPattern));
        painter.setPen(QPen(kBreakEdge, 1, Qt::DashLine));
        painter.drawLine(QPointF(band.left() + 0.5, band.top()),
                         QPointF(band.left() + 0.5, band.bottom()));
        painter.drawLine(QPointF(band.right() - 0.5, band.top()),
                         QPointF(band.right() - 0.5, band.bottom()));
    }
}

void WaterfallPainter::paintRowBands(QPainter &painter, const WaterfallGeometry &geometry,
                                     QSize size)
{
    const Frame &f = *m_frame;
    const bool searching = f.matches && !f.matches->empty();
    for (const auto &row : geometry.rows()) {
        const QRectF band(0, row.top, size.width(), f.rowHeight);
        const WaterfallRows::Row &r = f.rows->row(size_t(row.row));
        bool match = false;
        if (searching && r.kind == WaterfallRows::Kind::Span) {
            match = (*f.matches)[size_t(r.node)] != 0;
        } else if (searching && r.kind == WaterfallRows::Kind::Group) {
            const auto &members = f.trace->groups->group(r.group).members;
            match = std::any_of(members.begin(), members.end(),
                                [&f](int32_t m) { return (*f.matches)[size_t(m)] != 0; });
        }
        if (row.row == f.selectedRow && r.kind != WaterfallRows::Kind::GroupHeader)
            painter.fillRect(band, kSelectedBand);
        else if (match)
            painter.fillRect(band, kMatchBand);
        else if (row.row == f.hoveredRow)
            painter.fillRect(band, kHoverBand);
    }
}

void WaterfallPainter::paintLabels(QPainter &painter, const WaterfallGeometry &geometry)
{
    const Frame &f = *m_frame;
    const QFontMetricsF metrics(f.font);
    const double baseline = (f.rowHeight - metrics.height()) / 2 + metrics.ascent();
    const double triangle = triangleWidth(metrics);
    const QColor textColour = f.palette.color(QPalette::Text);
    const QColor quiet = f.palette.color(QPalette::PlaceholderText);
    QFont italic = f.font;
    italic.setItalic(true);

    for (const auto &row : geometry.rows()) {
        const WaterfallRows::Row &r = f.rows->row(size_t(row.row));
        double x = triangleLeft(r.depth, f.labelColumn, metrics);
        const double top = row.top;
        if (f.rows->hasChildren(r)) {
            const QPointF c(x + triangle / 2, top + f.rowHeight / 2.0);
            const double h = triangle / 2;
            QPainterPath arrow;
            if (f.rows->isOpen(r)) {
                arrow.moveTo(c.x() - h, c.y() - h / 2);
                arrow.lineTo(c.x() + h, c.y() - h / 2);
                arrow.lineTo(c.x(), c.y() + h * 0.7);
            } else {
                arrow.moveTo(c.x() - h / 2, c.y() - h);
                arrow.lineTo(c.x() + h * 0.7, c.y());
                arrow.lineTo(c.x() - h / 2, c.y() + h);
            }
            arrow.closeSubpath();
            painter.fillPath(arrow, quiet);
        }
        x += triangle + 5;
        const double available = f.labelColumn - x - 4;
        if (available < metrics.averageCharWidth() * 2)
            continue;
        if (r.kind != WaterfallRows::Kind::Span) {
            paintGroupLabel(painter, r, x, top);
            continue;
        }

        const SpanTree::Node &node = f.trace->tree->node(r.node);
        if (node.isPlaceholder()) {
            painter.setFont(italic);
            painter.setPen(quiet);
            const QString label = tr("missing parent %1").arg(shortId(node.missingParentId));
            painter.drawText(QPointF(x, top + baseline),
                             QFontMetricsF(italic).elidedText(label, Qt::ElideRight, available));
            painter.setFont(f.font);
            continue;
        }
        const store::TraceSpan &span = m_trace->spans[size_t(node.span)];
        // The name, or the op when the span has no name; then op and service, quieter.
        const int32_t key = span.name != 0 ? span.name : span.op;
        const QString name = key != 0 ? stringAt(key) : tr("(unnamed span)");
        const QString shown = key != 0 ? m_nameLabels.label(key, name, available, metrics, 1)
                                       : metrics.elidedText(name, Qt::ElideRight, available);
        painter.setPen(span.isError ? kErrorText : textColour);
        painter.drawText(QPointF(x, top + baseline), shown);
        if (shown.size() != name.size() || key == 0)
            continue;
        const double used = m_nameLabels.width(key, name, metrics) + metrics.averageCharWidth() * 2;
        QString extra;
        if (span.name != 0 && span.op != 0)
            extra = stringAt(span.op);
        if (span.service != 0)
            extra += (extra.isEmpty() ? QString() : QStringLiteral(" · ")) + stringAt(span.service);
        if (extra.isEmpty() || available - used < metrics.averageCharWidth() * 4)
            continue;
        painter.setPen(quiet);
        painter.drawText(QPointF(x + used, top + baseline),
                         metrics.elidedText(extra, Qt::ElideRight, available - used));
    }
}

void WaterfallPainter::paintGroupLabel(QPainter &painter, const WaterfallRows::Row &row, double x,
                                       double top)
{
    const Frame &f = *m_frame;
    const QFontMetricsF metrics(f.font);
    const double baseline = (f.rowHeight - metrics.height()) / 2 + metrics.ascent();
    // A badge with the count, then what the group's spans did.
    const SpanGroups::Group &group = f.trace->groups->group(row.group);
    const QString count = QLocale().toString(qlonglong(group.members.size()));
    const double badgeWidth = metrics.horizontalAdvance(count) + 10;
    const QRectF badge(x, top + 3, badgeWidth, f.rowHeight - 6);
    const SpanTree::Node &first = f.trace->tree->node(group.first());
    const Colours::Index hue
        = first.isPlaceholder() ? Colours::kPlaceholder : (*f.colours)[size_t(first.span)];
    const QColor badgeColour = Colours::colour(hue);
    painter.setPen(Qt::NoPen);
    painter.setBrush(badgeColour);
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    // Dark digits on light hues, white on dark ones.
    const double luminance
        = 0.299 * badgeColour.redF() + 0.587 * badgeColour.greenF() + 0.114 * badgeColour.blueF();
    painter.setPen(luminance < 0.55 ? QColor(Qt::white) : QColor(0x10, 0x10, 0x10));
    painter.drawText(badge, Qt::AlignCenter, count);

    auto text = m_groupTexts.find(row.group);
    if (text == m_groupTexts.end()) {
        QString label = f.trace->groups->label(row.group, *f.trace->tree);
        // The badge says the count; the label need not say it again.
        const QString number = QString::number(group.members.size());
        const QStringList prefixes {count + QStringLiteral(" × "), number + QStringLiteral(" × "),
                                    number + QLatin1Char(' ')};
        for (const QString &prefix : prefixes) {
            if (label.startsWith(prefix)) {
                label = label.mid(prefix.size());
                break;
            }
        }
        if (group.kind == SpanGroups::Kind::Siblings)
            label = QStringLiteral("× ") + label;
        text = m_groupTexts.insert(row.group, label);
    }
    const double textLeft = badge.right() + 5;
    const QString shown
        = m_groupLabels.label(row.group, *text, f.labelColumn - textLeft - 4, metrics, 1);
    painter.setPen(f.palette.color(QPalette::Text));
    painter.drawText(QPointF(textLeft, top + baseline), shown);
}

void WaterfallPainter::paintDurations(QPainter &painter, const WaterfallGeometry &geometry)
{
    const Frame &f = *m_frame;
    const QFontMetricsF metrics(f.font);
    const double baseline = (f.rowHeight - metrics.height()) / 2 + metrics.ascent();
    painter.setPen(f.palette.color(QPalette::PlaceholderText));
    for (const auto &row : geometry.rows()) {
        const WaterfallRows::Row &r = f.rows->row(size_t(row.row));
        if (!row.barVisible || r.kind != WaterfallRows::Kind::Span)
            continue;
        const SpanTree::Node &node = f.trace->tree->node(r.node);
        const QString label = WeightFormatter::formatDuration(double(node.durationNs()));
        const double w = metrics.horizontalAdvance(label);
        // Right of the bar when there is room, else left of it.
        double x = row.barRight + 4;
        if (x + w > f.bars.right() + 6) {
            x = row.barLeft - 4 - w;
            if (x < f.bars.left())
                continue;
        }
        painter.drawText(QPointF(x, row.top + baseline), label);
    }
}

} // namespace eg::views
