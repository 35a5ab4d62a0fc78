#pragma once

#include "models/store/logreader.h"

#include <QChartView>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

class QRubberBand;

namespace eg::views {

// Log volume over time as a Qt Charts stacked histogram: each bar is one stretch of time,
// its height the number of lines written then, split into the colours of their levels
// (LogLevelPalette), quiet levels at the bottom and errors on top. Dragging across it
// selects a stretch of time (rangeSelected); the page zooms in on it and re-bins. The
// mouse wheel does the same around the time under the pointer: up looks closer, down
// looks wider, never wider than the data.
class LogHistogramView : public QChartView
{
    Q_OBJECT

public:
    explicit LogHistogramView(QWidget *parent = nullptr);
    ~LogHistogramView() override;

    // Shows these bins (consecutive, earliest first); none empties the chart.
    void setBins(const std::vector<store::LogBin> &bins);
    const std::vector<store::LogBin> &bins() const { return m_bins; }
    // The times of all the data, whatever stretch the bins cover: the wheel zooms out no
    // further. Nullopt: no further than the bins.
    void setDataExtent(std::optional<std::pair<int64_t, int64_t>> extent);
    // The stretch of time the chart shows: the one the wheel last asked for until its bins
    // arrive, else the bins'. Nullopt: no bins.
    std::optional<std::pair<int64_t, int64_t>> shownRange() const;
    // [from, to) scaled by `factor` (below 1: closer) around `anchor`, which stays where
    // it is within the range; kept inside `extent` and no shorter than a millisecond.
    static std::pair<int64_t, int64_t> zoomedRange(std::pair<int64_t, int64_t> range,
                                                   int64_t anchor, double factor,
                                                   std::pair<int64_t, int64_t> extent);
    // The time (ns since the epoch) at a horizontal position in the view, and back:
    // for the drag selection and for tests that look for a bar's pixels.
    int64_t timeAt(double x) const;
    double xOf(int64_t timeNs) const;
    // The plot area in view coordinates.
    QRectF plotArea() const;
    // The bin that holds a time, or -1; and what it holds in words, for its tooltip
    // ("22:13:45–22:13:46: 6 lines: 5 info, 1 error").
    int binAt(int64_t timeNs) const;
    QString binText(int bin) const;

Q_SIGNALS:
    // The user dragged across [fromNs, toNs).
    void rangeSelected(qint64 fromNs, qint64 toNs);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRect bandBetween(double x1, double x2) const;

    std::vector<store::LogBin> m_bins;
    std::optional<std::pair<int64_t, int64_t>> m_dataExtent;
    // What the wheel asked for while its query runs, so that quick turns add up.
    std::optional<std::pair<int64_t, int64_t>> m_pendingRange;
    QRubberBand *m_band = nullptr;
    double m_dragStart = -1;
};

} // namespace eg::views
