#include "framelabelcache.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace eg::views {

void FrameLabelCache::reset(size_t frameCount)
{
    m_widths.assign(frameCount, -1.f);
    m_elided.clear();
    m_advances.clear();
}

void FrameLabelCache::invalidate()
{
    std::fill(m_widths.begin(), m_widths.end(), -1.f);
    m_elided.clear();
    m_advances.clear();
}

double FrameLabelCache::width(int32_t frame, const QString &name, const QFontMetricsF &metrics)
{
    float &width = m_widths[size_t(frame)];
    if (width < 0)
        width = float(metrics.horizontalAdvance(name));
    return width;
}

QString FrameLabelCache::label(int32_t frame, const QString &name, double available,
                               const QFontMetricsF &metrics, qsizetype uselessLength)
{
    float &width = m_widths[size_t(frame)];
    if (width < 0)
        width = float(metrics.horizontalAdvance(name));
    if (width <= available)
        return name;
    const int step = int(available) / kElideStep;
    const quint64 key = (quint64(uint32_t(frame)) << 16) | quint64(step & 0xffff);
    const auto cached = m_elided.constFind(key);
    if (cached != m_elided.cend())
        return *cached;
    if (m_elided.size() > kMaxElided)
        m_elided.clear();
    QString elided = elide(frame, name, width, step * kElideStep, metrics);
    if (elided.size() <= uselessLength)
        elided.clear();
    m_elided.insert(key, elided);
    return elided;
}

QString FrameLabelCache::elide(int32_t frame, const QString &name, double width, double available,
                               const QFontMetricsF &metrics)
{
    if (m_advanceCount > kMaxAdvances) {
        m_advances.clear();
        m_advanceCount = 0;
    }
    auto it = m_advances.find(frame);
    if (it == m_advances.end()) {
        std::vector<float> ends;
        ends.reserve(size_t(name.size()));
        double sum = 0;
        for (const QChar c : name) {
            sum += metrics.horizontalAdvance(c);
            ends.push_back(float(sum));
        }
        // Kerning and shaping make the name narrower or wider than its characters added
        // up; where that is more than a pixel (complex scripts), Qt lays it out instead.
        if (std::abs(sum - width) > 1)
            ends.clear();
        m_advanceCount += ends.size() + 1;
        it = m_advances.insert(frame, std::move(ends));
    }
    const std::vector<float> &ends = *it;
    if (ends.empty())
        return metrics.elidedText(name, Qt::ElideRight, available);
    const QChar ellipsis(0x2026);
    const double room = available - metrics.horizontalAdvance(ellipsis);
    auto length = qsizetype(std::upper_bound(ends.begin(), ends.end(), float(room)) - ends.begin());
    if (length > 0 && name.at(length - 1).isHighSurrogate())
        --length; // never half a character
    if (length == 0)
        return QString();
    return name.left(length) + ellipsis;
}

} // namespace eg::views
