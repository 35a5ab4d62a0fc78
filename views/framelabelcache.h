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
// lets panning and resizing reuse them. Eliding adds up the advances of a name's
// characters once and then searches them, instead of laying the name out again for each
// width as QFontMetricsF::elidedText does (which made the first frame of a big flame
// chart take 20 ms).
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
    static constexpr size_t kMaxAdvances = 4'000'000; // floats kept for eliding, ~16 MB

    QString elide(int32_t frame, const QString &name, double width, double available,
                  const QFontMetricsF &metrics);

    std::vector<float> m_widths; // -1 until measured
    QHash<quint64, QString> m_elided;
    // Per frame: where each character of its name ends, in pixels (empty: let Qt elide).
    QHash<int32_t, std::vector<float>> m_advances;
    size_t m_advanceCount = 0;
};

} // namespace eg::views
