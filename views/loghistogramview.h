#pragma once

#include "models/store/logreader.h"

#include <QChartView>

#include <cstdint>
#include <vector>

class QRubberBand;

namespace eg::views {

// Log volume over time as a Qt Charts stacked histogram: each bar is one stretch of time,
// its height the number of lines written then, split into the colours of their levels
// (LogLevelPalette), quiet levels at the bottom and errors on top. Dragging across it
// selects a stretch of time (rangeSelected); the page zooms in on it and re-bins.
class LogHistogramView : public QChartView
{
    Q_OBJECT

public:
    explicit LogHistogramView(QWidget *parent = nullptr);
    ~LogHistogramView() override;

    // Shows these bins (consecutive, earliest first); none empties the chart.
    void setBins(const std::vector<store::LogBin> &bins);
    const std::vector<store::LogBin> &bins() const { return m_bins; }
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

private:
    QRect bandBetween(double x1, double x2) const;

    std::vector<store::LogBin> m_bins;
    QRubberBand *m_band = nullptr;
    double m_dragStart = -1;
};

} // namespace eg::views
