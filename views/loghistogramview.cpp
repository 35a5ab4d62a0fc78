#include "loghistogramview.h"

#include "models/item/loglevelpalette.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPen>
#include <QRubberBand>
#include <QStringList>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

namespace eg::views {

using itemmodels::LogLevelPalette;

namespace {

constexpr double kNsPerMs = 1e6;
constexpr double kGapShare = 0.15;
// One notch of a mouse wheel (120 eighths of a degree) shows 70 % of the stretch: a few
// notches go from an hour to a minute, and each step still shows where it came from.
constexpr double kZoomPerNotch = 0.7;
constexpr double kWheelNotch = 120;
// Shorter than this, timestamps (often whole milliseconds) no longer spread over the bars.
constexpr int64_t kShortestRangeNs = 1'000'000;

// Labels as fine as the range needs: milliseconds for a second, seconds for an hour.
QString timeFormat(int64_t spanNs)
{
    if (spanNs < 10'000'000'000LL)
        return QStringLiteral("HH:mm:ss.zzz");
    if (spanNs < 86'400'000'000'000LL)
        return QStringLiteral("HH:mm:ss");
    return QStringLiteral("MMM d HH:mm");
}

// The roundest step between time ticks that puts at most six steps across `spanMs`.
int64_t tickStepMs(int64_t spanMs)
{
    static constexpr std::array<int64_t, 27> steps {
        1,         2,         5,          10,         20,         50,         100,
        200,       500,       1'000,      2'000,      5'000,      10'000,     15'000,
        30'000,    60'000,    120'000,    300'000,    600'000,    900'000,    1'800'000,
        3'600'000, 7'200'000, 10'800'000, 21'600'000, 43'200'000, 86'400'000,
    };
    for (int64_t step : steps)
        if (spanMs <= step * 6)
            return step;
    const int64_t day = steps.back();
    return (spanMs / (day * 6) + 1) * day;
}

} // namespace

LogHistogramView::LogHistogramView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::NoRubberBand);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    chart()->setAnimationOptions(QChart::NoAnimation);
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    setCursor(Qt::CrossCursor);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setToolTip(tr("Drag across the chart to look at that stretch of time; turn the mouse "
                  "wheel to look closer or wider around the pointer"));
    setMinimumHeight(160);
}

LogHistogramView::~LogHistogramView() = default;

void LogHistogramView::setBins(const std::vector<store::LogBin> &bins)
{
    m_bins = bins;
    m_pendingRange.reset();
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    if (bins.empty())
        return;

    // Stacked by hand: each level's area runs from the sum of the levels below it to that
    // sum plus its own count, drawn as steps so that each bin is a flat-topped bar.
    std::array<int64_t, LogLevelPalette::kLevelCount> totals {};
    for (const auto &bin : bins)
        for (int level = 0; level < LogLevelPalette::kLevelCount; ++level)
            totals[size_t(level)] += bin.byLevel[size_t(level)];
    std::vector<int64_t> below(bins.size(), 0);
    int64_t highest = 0;
    auto *timeAxis = new QDateTimeAxis;
    auto *countAxis = new QValueAxis;
    c->addAxis(timeAxis, Qt::AlignBottom);
    c->addAxis(countAxis, Qt::AlignLeft);
    for (int level = 0; level < LogLevelPalette::kLevelCount; ++level) {
        if (totals[size_t(level)] == 0)
            continue;
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        for (size_t i = 0; i < bins.size(); ++i) {
            // A thin gap after each bar keeps the bars apart: upper and lower meet there.
            const double from = double(bins[i].fromNs) / kNsPerMs;
            const double to = double(bins[i].toNs) / kNsPerMs;
            const double end = to - (to - from) * kGapShare;
            const int64_t top = below[i] + bins[i].byLevel[size_t(level)];
            lower->append(from, double(below[i]));
            lower->append(end, double(below[i]));
            upper->append(from, double(below[i]));
            upper->append(from, double(top));
            upper->append(end, double(top));
            upper->append(end, double(below[i]));
            below[i] = top;
            highest = std::max(highest, top);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        const store::LogLevel logLevel = LogLevelPalette::level(level);
        area->setName(LogLevelPalette::name(logLevel));
        area->setColor(LogLevelPalette::colour(logLevel));
        // No outline: a level with no lines in a bin would draw one along the bar's top.
        area->setPen(QPen(Qt::NoPen));
        c->addSeries(area);
        area->attachAxis(timeAxis);
        area->attachAxis(countAxis);
    }
    const int64_t from = bins.front().fromNs;
    const int64_t to = bins.back().toNs;
    // Ticks on round times (every 10 s, every 5 min) rather than wherever a sixth of the
    // range falls: the axis reaches a little past the bars to the nearest round times.
    const int64_t fromMs = from / 1'000'000;
    const int64_t toMs = (to + 999'999) / 1'000'000;
    const int64_t tickMs = tickStepMs(toMs - fromMs);
    const int64_t axisFrom = fromMs / tickMs * tickMs;
    const int64_t axisTo = (toMs + tickMs - 1) / tickMs * tickMs;
    timeAxis->setFormat(timeFormat(to - from));
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(axisFrom),
                       QDateTime::fromMSecsSinceEpoch(std::max(axisTo, axisFrom + tickMs)));
    timeAxis->setTickCount(int(std::max<int64_t>(axisTo - axisFrom, tickMs) / tickMs) + 1);
    timeAxis->setTitleText(tr("Time"));
    // Whole-number ticks at 1, 2 or 5 times a power of ten: counts have no fractions.
    double step = 1;
    while (double(highest) / step > 5)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    const double top = std::max(1.0, std::ceil(double(highest) / step)) * step;
    countAxis->setRange(0, top);
    countAxis->setTickCount(int(top / step) + 1);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Lines"));
}

void LogHistogramView::setDataExtent(std::optional<std::pair<int64_t, int64_t>> extent)
{
    m_dataExtent = extent;
}

std::optional<std::pair<int64_t, int64_t>> LogHistogramView::shownRange() const
{
    if (m_pendingRange)
        return m_pendingRange;
    if (m_bins.empty())
        return std::nullopt;
    return std::make_pair(m_bins.front().fromNs, m_bins.back().toNs);
}

std::pair<int64_t, int64_t> LogHistogramView::zoomedRange(std::pair<int64_t, int64_t> range,
                                                          int64_t anchor, double factor,
                                                          std::pair<int64_t, int64_t> extent)
{
    const auto [from, to] = range;
    const double span = double(to - from);
    const double extentSpan = double(extent.second - extent.first);
    const double newSpan
        = std::clamp(span * factor, std::min(double(kShortestRangeNs), span), extentSpan);
    if (newSpan >= extentSpan)
        return extent;
    // The anchor keeps its share of the range: the time under the pointer stays under it.
    const double share = span > 0 ? std::clamp(double(anchor - from) / span, 0.0, 1.0) : 0.5;
    const double anchorTime = double(from) + share * span;
    int64_t newFrom = int64_t(std::llround(anchorTime - share * newSpan));
    const int64_t length = int64_t(std::llround(newSpan));
    // Shifted back inside the data rather than cut: the stretch keeps its length.
    newFrom = std::clamp(newFrom, extent.first, extent.second - length);
    return std::make_pair(newFrom, newFrom + length);
}

QRectF LogHistogramView::plotArea() const
{
    return chart()->mapToScene(chart()->plotArea()).boundingRect();
}

int64_t LogHistogramView::timeAt(double x) const
{
    const QRectF area = plotArea();
    if (m_bins.empty() || area.width() <= 0)
        return 0;
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(QPointF(x, area.center().y())));
    return int64_t(value.x() * kNsPerMs);
}

double LogHistogramView::xOf(int64_t timeNs) const
{
    if (m_bins.empty())
        return 0;
    return chart()->mapToScene(chart()->mapToPosition(QPointF(double(timeNs) / kNsPerMs, 0))).x();
}

QRect LogHistogramView::bandBetween(double x1, double x2) const
{
    const QRectF area = mapFromScene(plotArea()).boundingRect();
    const double left = std::clamp(std::min(x1, x2), area.left(), area.right());
    const double right = std::clamp(std::max(x1, x2), area.left(), area.right());
    return QRectF(QPointF(left, area.top()), QPointF(right, area.bottom())).toRect();
}

void LogHistogramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_bins.empty())
        return QChartView::mousePressEvent(event);
    m_dragStart = event->position().x();
    m_band->setGeometry(bandBetween(m_dragStart, m_dragStart));
    m_band->show();
    event->accept();
}

int LogHistogramView::binAt(int64_t timeNs) const
{
    const auto after = std::upper_bound(
        m_bins.begin(), m_bins.end(), timeNs,
        [](int64_t time, const store::LogBin &bin) { return time < bin.fromNs; });
    if (after == m_bins.begin())
        return -1;
    const auto bin = std::prev(after);
    return timeNs < bin->toNs ? int(bin - m_bins.begin()) : -1;
}

QString LogHistogramView::binText(int bin) const
{
    if (bin < 0 || bin >= int(m_bins.size()))
        return QString();
    const store::LogBin &b = m_bins[size_t(bin)];
    const bool fine = b.toNs - b.fromNs < 10'000'000'000LL;
    const QString format = fine ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss");
    const QString from = QDateTime::fromMSecsSinceEpoch(b.fromNs / 1'000'000).toString(format);
    const QString to = QDateTime::fromMSecsSinceEpoch(b.toNs / 1'000'000).toString(format);
    int64_t total = 0;
    QStringList parts;
    // Most severe first: what a reader looks for.
    for (int level = LogLevelPalette::kLevelCount - 1; level >= 0; --level) {
        const int64_t count = b.byLevel[size_t(level)];
        total += count;
        if (count > 0)
            // The level's name as written (German capitalises its nouns).
            parts << tr("%1 %2").arg(QLocale().toString(qlonglong(count)),
                                     LogLevelPalette::name(LogLevelPalette::level(level)));
    }
    if (total == 0)
        return tr("%1–%2: no lines").arg(from, to);
    if (total == 1)
        return tr("%1–%2: one line, %3").arg(from, to, parts.join(QString()));
    return tr("%1–%2: %3 lines: %4")
        .arg(from, to, QLocale().toString(qlonglong(total)), parts.join(QStringLiteral(", ")));
}

void LogHistogramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragStart < 0) {
        const int bin = plotArea().contains(mapToScene(event->position().toPoint()))
            ? binAt(timeAt(mapToScene(event->position().toPoint()).x()))
            : -1;
        if (bin >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), binText(bin), this);
        else
            QToolTip::hideText();
        return QChartView::mouseMoveEvent(event);
    }
    m_band->setGeometry(bandBetween(m_dragStart, event->position().x()));
    event->accept();
}

void LogHistogramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStart < 0 || event->button() != Qt::LeftButton)
        return QChartView::mouseReleaseEvent(event);
    const QRect band = bandBetween(m_dragStart, event->position().x());
    m_band->hide();
    m_dragStart = -1;
    event->accept();
    // A click is not a selection: a few pixels at least.
    if (band.width() < 4)
        return;
    // View and scene coordinates are the same in a chart view that is not transformed.
    const int64_t from = timeAt(mapToScene(band.topLeft()).x());
    const int64_t to = timeAt(mapToScene(band.topRight()).x());
    if (to > from)
        Q_EMIT rangeSelected(from, to);
}

void LogHistogramView::wheelEvent(QWheelEvent *event)
{
    const auto range = shownRange();
    const double notches = event->angleDelta().y() / kWheelNotch;
    if (!range || notches == 0 || m_dragStart >= 0)
        return QChartView::wheelEvent(event);
    event->accept();
    const auto extent = m_dataExtent ? std::make_pair(std::min(m_dataExtent->first, range->first),
                                                      std::max(m_dataExtent->second, range->second))
                                     : *range;
    // The time under the pointer, as the chart shows it now (a pending range is not drawn
    // yet: its share of the plot area).
    const QRectF area = plotArea();
    const double x = mapToScene(event->position().toPoint()).x();
    int64_t anchor = timeAt(x);
    if (m_pendingRange && area.width() > 0) {
        const double share = std::clamp((x - area.left()) / area.width(), 0.0, 1.0);
        anchor = range->first + int64_t(share * double(range->second - range->first));
    }
    const auto zoomed = zoomedRange(*range, anchor, std::pow(kZoomPerNotch, notches), extent);
    if (zoomed == *range)
        return;
    m_pendingRange = zoomed;
    Q_EMIT rangeSelected(zoomed.first, zoomed.second);
}

} // namespace eg::views
