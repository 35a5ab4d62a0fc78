#include "logblockmatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace eg::store {

LogBlockMatcher::LogBlockMatcher(const LogFilter &filter)
    : m_filter(filter)
{
    if (filter.hasText())
        m_text.emplace(filter.text);
}

bool LogBlockMatcher::mayMatch(const LogBlockSummary &block) const
{
    if (matchesNothing())
        return false;
    bool anyLevel = false;
    for (int level = 0; level < 6; ++level)
        anyLevel |= (m_filter.levels & (1 << level)) && block.levelCounts[size_t(level)] > 0;
    if (!anyLevel)
        return false;
    if (!m_filter.service.empty()
        && std::none_of(block.services.begin(), block.services.end(),
                        [&](const auto &service) { return service.first == m_filter.service; }))
        return false;
    if (m_filter.fromNs || m_filter.toNs) {
        // A window keeps only lines with a time inside it.
        if (block.timedCount == 0)
            return false;
        if (m_filter.fromNs && block.maxTimeNs < *m_filter.fromNs)
            return false;
        if (m_filter.toNs && block.minTimeNs >= *m_filter.toNs)
            return false;
    }
    return true;
}

std::optional<std::array<int64_t, 6>>
LogBlockMatcher::countsFromSummary(const LogBlockSummary &block, Lines lines) const
{
    std::array<int64_t, 6> counts {};
    if (!mayMatch(block))
        return counts;
    if (m_text || needsBodies() || needsAttributes())
        return std::nullopt;
    if (!m_filter.service.empty()
        && !(block.services.size() == 1 && block.services.front().first == m_filter.service))
        return std::nullopt;
    const bool window = m_filter.fromNs || m_filter.toNs;
    if (window) {
        // Inside the window whole, and no line without a time (which a window leaves out).
        const bool inside = (!m_filter.fromNs || block.minTimeNs >= *m_filter.fromNs)
            && (!m_filter.toNs || block.maxTimeNs < *m_filter.toNs);
        if (!inside || block.untimedCount() > 0)
            return std::nullopt;
        if (lines == Lines::Untimed)
            return counts;
    }
    // The level counts cover every line: they answer for the timed or untimed ones only
    // when the block has no lines of the other kind.
    if (lines == Lines::Timed && block.untimedCount() > 0)
        return block.timedCount == 0 ? std::optional(counts) : std::nullopt;
    if (lines == Lines::Untimed && block.timedCount > 0)
        return block.untimedCount() == 0 ? std::optional(counts) : std::nullopt;
    for (int level = 0; level < 6; ++level)
        if (m_filter.levels & (1 << level))
            counts[size_t(level)] = block.levelCounts[size_t(level)];
    return counts;
}

bool LogBlockMatcher::matches(const LogBlock &block, int line) const
{
    if (!(m_filter.levels & (1 << int(block.level(line)))))
        return false;
    if (m_filter.fromNs || m_filter.toNs) {
        if (!block.hasTime(line))
            return false;
        const int64_t time = block.timeNs(line);
        if ((m_filter.fromNs && time < *m_filter.fromNs)
            || (m_filter.toNs && time >= *m_filter.toNs))
            return false;
    }
    if (!m_filter.service.empty() && block.service(line) != m_filter.service)
        return false;
    if (!m_filter.traceId.empty() && block.traceId(line) != m_filter.traceId)
        return false;
    if (!m_filter.spanId.empty() && block.spanId(line) != m_filter.spanId)
        return false;
    if (needsAttributes() && !attributeMatches(block.attributes(line)))
        return false;
    return !m_text || m_text->matches(block.body(line));
}

bool LogBlockMatcher::attributeMatches(std::string_view attributes) const
{
    // Most lines lack the key altogether; only those naming it are parsed.
    if (attributes.find(m_filter.attributeKey) == std::string_view::npos)
        return false;
    const QJsonObject object
        = QJsonDocument::fromJson(
              QByteArray::fromRawData(attributes.data(), qsizetype(attributes.size())))
              .object();
    const QJsonValue value = object.value(QString::fromStdString(m_filter.attributeKey));
    QString text;
    switch (value.type()) {
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Double:
        // As JSON wrote it: 200, not 200.0.
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case QJsonValue::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    default:
        return false;
    }
    return text.toStdString() == m_filter.attributeValue;
}

} // namespace eg::store
