#pragma once

#include "logrecord.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eg::store {

// One block of log lines ready for its row in `log_block` (resources/sql/004_log_blocks.sql):
// what the reader decides from without decoding anything, and the compressed columns.
struct EncodedLogBlock
{
    int64_t count = 0;
    int64_t timedCount = 0;
    int64_t minTimeNs = 0; // of the lines with a time; meaningless when timedCount is 0
    int64_t maxTimeNs = 0;
    std::array<int64_t, 6> levelCounts {};
    QByteArray services; // LogBlock::decodeServices()
    QByteArray traceBloom; // BloomFilter, empty when no line names a trace
    QByteArray numberBloom; // BloomFilter of the words with digits, empty when none
    QByteArray meta; // times, levels, services per line
    QByteArray bodies; // message, trace id, span id per line
    QByteArray attributes;
    std::string words; // the distinct words without digits, for the full-text index
    QByteArray storedWords; // the same, compressed, to take them out of the index again
};

// Collects up to kLines log lines in columns, then encodes them as one block. Builders
// are filled on the import thread (CacheWriter::addLog) or on a pipeline thread with the
// parsing (CacheWriter::addLogBlock), and encoded on a pipeline thread.
class LogBlockBuilder
{
public:
    // Small enough that a page of the log table decodes one or two blocks, large enough
    // that ten million lines are a few thousand rows and full-text documents.
    static constexpr int kLines = 4096;

    LogBlockBuilder();

    void add(const LogRecord &record);
    int size() const { return int(m_levels.size()); }
    bool isFull() const { return size() >= kLines; }

    EncodedLogBlock encode() const;

private:
    uint32_t indexOf(std::vector<std::string> &names,
                     std::unordered_map<std::string, uint32_t> &indexes, std::string_view name);

    std::vector<int64_t> m_times;
    std::vector<uint8_t> m_levels; // problem << 4 | level
    std::vector<uint32_t> m_levelTextIndexes;
    std::vector<uint32_t> m_serviceIndexes;
    std::vector<std::string> m_levelTexts;
    std::unordered_map<std::string, uint32_t> m_levelTextIndex;
    std::vector<std::string> m_services;
    std::unordered_map<std::string, uint32_t> m_serviceIndex;
    // Text columns: the bytes of every line one after another, and each line's length.
    std::string m_bodies, m_traceIds, m_spanIds, m_attributes;
    std::vector<uint32_t> m_bodyLengths, m_traceIdLengths, m_spanIdLengths, m_attributeLengths;
};

} // namespace eg::store
