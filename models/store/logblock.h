#pragma once

#include "logrecord.h"
#include "samplechunkcodec.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eg::store {

// What `log_block` says of a block without decoding it.
struct LogBlockSummary
{
    int64_t id = 0;
    int64_t sourceId = 0;
    int64_t firstOrdinal = 0;
    int64_t count = 0;
    int64_t timedCount = 0;
    int64_t minTimeNs = 0;
    int64_t maxTimeNs = 0;
    std::array<int64_t, 6> levelCounts {};
    std::vector<std::pair<std::string, int64_t>> services; // name, lines

    int64_t untimedCount() const { return count - timedCount; }
};

// One block of log lines decoded from its columns (LogBlockBuilder writes them). The
// reader decodes only what a question needs: the meta column (times, levels, services)
// always, messages and ids for text and rows, attributes for their details.
class LogBlock
{
public:
    // The first byte of the meta column: a block written otherwise is refused, not misread.
    static constexpr uint8_t kVersion = 1;

    // Throws StoreError on a corrupt column.
    static LogBlock decode(const QByteArray &meta);
    void decodeBodies(const QByteArray &bodies);
    void decodeAttributes(const QByteArray &attributes);
    static std::vector<std::pair<std::string, int64_t>> decodeServices(const QByteArray &services);

    int size() const { return int(m_levels.size()); }
    bool hasBodies() const { return !m_bodies.empty(); }
    bool hasTime(int i) const { return timeProblem(i) == LogRecord::TimeProblem::None; }
    int64_t timeNs(int i) const { return m_times[size_t(i)]; }
    LogRecord::TimeProblem timeProblem(int i) const
    {
        return LogRecord::TimeProblem(m_levels[size_t(i)] >> 4);
    }
    LogLevel level(int i) const { return LogLevel(m_levels[size_t(i)] & 0x0f); }
    const std::string &levelText(int i) const
    {
        return m_levelTexts[m_levelTextIndexes[size_t(i)]];
    }
    const std::string &service(int i) const { return m_services[m_serviceIndexes[size_t(i)]]; }
    // Valid after decodeBodies().
    std::string_view body(int i) const { return text(m_bodyBytes.data.get(), m_bodies, i); }
    std::string_view traceId(int i) const { return text(m_bodyBytes.data.get(), m_traceIds, i); }
    std::string_view spanId(int i) const { return text(m_bodyBytes.data.get(), m_spanIds, i); }
    // Valid after decodeAttributes(); "{}" when the line had none.
    std::string_view attributes(int i) const;

private:
    // A column of texts: where each one starts in its decoded blob (size() + 1 entries).
    using TextColumn = std::vector<uint32_t>;
    static std::string_view text(const uint8_t *bytes, const TextColumn &column, int i)
    {
        const uint32_t start = column[size_t(i)];
        return {reinterpret_cast<const char *>(bytes) + start, column[size_t(i) + 1] - start};
    }

    std::vector<int64_t> m_times;
    std::vector<uint8_t> m_levels;
    std::vector<uint32_t> m_levelTextIndexes;
    std::vector<uint32_t> m_serviceIndexes;
    std::vector<std::string> m_levelTexts;
    std::vector<std::string> m_services;
    SampleChunkCodec::Bytes m_bodyBytes;
    SampleChunkCodec::Bytes m_attributeBytes;
    TextColumn m_bodies, m_traceIds, m_spanIds, m_attributes;
};

} // namespace eg::store
