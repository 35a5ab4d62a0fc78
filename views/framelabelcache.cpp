#include "framelabelcache.h"

#include <QFontMetricsF>

#include <algorithm>

namespace eg::views {

void FrameLabelCache::reset(size_t frameCount)
{
    m_widths.assign(frameCount, -1.f);
    m_elided.clear();
}

void FrameLabelCache::invalidate()
{
    std::fill(m_widths.begin(), m_widths.end(), -1.f);
    m_elided.clear();
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
    QString elided = metrics.elidedText(name, Qt::ElideRight, step * kElideStep);
    if (elided.size() <= uselessLength)
        elided.clear();
    m_elided.insert(key, elided);
    return elided;
}

} // namespace eg::views
