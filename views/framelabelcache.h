#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

class QFontMetricsF;

namespace eg::views {

// Frame names fitted to the width of their bar, shared by the painted flame views.
// Measuring and eliding text is most of a label's cost, so each frame's full width is
// measured once and elided labels are kept per 8-pixel step of available width, which
// lets panning and resizing reuse them.
class FrameLabelCache
{
public:
    // Forgets everything and makes room for `frameCount` frames (a new profile).
    void reset(size_t frameCount);
    // Forgets measured text but keeps the frame count (the font changed).
    void invalidate();

    // `name` (of `frame`) as it fits in `available` pixels; empty when no more than
    // `uselessLength` characters would be left, since "f…" tells a reader nothing.
    QString label(int32_t frame, const QString &name, double available,
                  const QFontMetricsF &metrics, qsizetype uselessLength);
    // The full width of `name` (of `frame`), measured once.
    double width(int32_t frame, const QString &name, const QFontMetricsF &metrics);

private:
    static constexpr int kElideStep = 8;
    static constexpr qsizetype kMaxElided = 50000;

    std::vector<float> m_widths; // -1 until measured
    QHash<quint64, QString> m_elided;
};

} // namespace eg::views
