#pragma once

#include "framelabelcache.h"
#include "loadedtrace.h"
#include "waterfallcolours.h"
#include "waterfallgeometry.h"

#include "models/analysis/compressedtimeaxis.h"
#include "models/analysis/waterfallrows.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QString>

#include <cstdint>
#include <vector>

class QFontMetricsF;
class QPainter;

namespace eg::views {

// The last layer of the waterfall: paints a built WaterfallGeometry and everything around
// it (row highlights, the label column with its tree, group badges and missing-parent
// rows, durations beside the bars, idle-gap breaks, the time axis) for the screen, export
// and tests alike. Keeps the decoded names and their measured widths between frames, so
// that a repaint measures nothing it measured before.
class WaterfallPainter
{
    Q_DECLARE_TR_FUNCTIONS(eg::views::WaterfallPainter)

public:
    // What one frame needs from the view.
    struct Frame
    {
        const LoadedTrace *trace = nullptr;
        const analysis::WaterfallRows *rows = nullptr;
        const analysis::CompressedTimeAxis *axis = nullptr;
        const std::vector<WaterfallColours::Index> *colours = nullptr;
        const std::vector<uint8_t> *matches = nullptr; // per node; empty when not searching
        double rangeStart = 0;
        double rangeEnd = 0;
        QRectF bars;
        int labelColumn = 0; // width of the label column
        int rowHeight = 20;
        int axisHeight = 20;
        int32_t selectedRow = -1;
        int32_t hoveredRow = -1;
        QFont font;
        QPalette palette;
    };

    // A new trace: forget its predecessor's names.
    void reset(const LoadedTrace &trace);
    // The font changed: measure again.
    void invalidate();

    void paint(QPainter &painter, QSize size, const WaterfallGeometry &geometry,
               const Frame &frame);

    // Where a row's open/close triangle starts, and how wide it is.
    static double triangleLeft(int32_t depth, int labelColumn, const QFontMetricsF &metrics);
    static double triangleWidth(const QFontMetricsF &metrics);

private:
    const QString &stringAt(int32_t index);
    void paintAxis(QPainter &painter, QSize size);
    void paintBreaks(QPainter &painter);
    void paintRowBands(QPainter &painter, const WaterfallGeometry &geometry, QSize size);
    void paintBars(QPainter &painter, const WaterfallGeometry &geometry);
    void paintLabels(QPainter &painter, const WaterfallGeometry &geometry);
    void paintGroupLabel(QPainter &painter, const analysis::WaterfallRows::Row &row, double x,
                         double top);
    void paintDurations(QPainter &painter, const WaterfallGeometry &geometry);
    double pixelOf(double axis) const;

    const Frame *m_frame = nullptr; // during paint()
    const store::TraceData *m_trace = nullptr;
    std::vector<QString> m_strings; // interned strings, decoded when first drawn
    FrameLabelCache m_nameLabels; // keyed by interned string
    FrameLabelCache m_groupLabels; // keyed by group
    QHash<int32_t, QString> m_groupTexts;
    std::vector<WaterfallGeometry::Tick> m_ticks; // of the frame being painted
    int64_t m_tickStep = 0;
};

} // namespace eg::views
