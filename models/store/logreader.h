#pragma once

#include "logrecord.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace eg::store {

class Cache;

// Which log records a view asks for. Every field narrows; the defaults take everything.
struct LogFilter
{
    QString text; // words that must all appear in the body (full-text search, prefixes)
    uint8_t levels = 0x3f; // bit (1 << LogLevel) per level to keep
    std::string service; // exact service name
    std::string attributeKey; // with attributeValue: attributes[key] == value
    std::string attributeValue;
    std::string traceId;
    std::string spanId;
    std::optional<int64_t> fromNs; // time window, ns since the epoch, end exclusive
    std::optional<int64_t> toNs;
    std::vector<int64_t> sourceIds; // empty: every source

    bool hasText() const { return !text.trimmed().isEmpty(); }
    bool operator==(const LogFilter &) const = default;
};

// One record as the log table shows it.
struct LogRow
{
    int64_t id = 0;
    int64_t sourceId = 0;
    int64_t ordinal = 0;
    std::optional<int64_t> timeNs;
    LogRecord::TimeProblem timeProblem = LogRecord::TimeProblem::None;
    LogLevel level = LogLevel::Info;
    std::string levelText;
    std::string service;
    std::string body;
    std::string traceId;
    std::string spanId;
};

// Counts per level in one stretch of time, for the stacked histogram.
struct LogBin
{
    int64_t fromNs = 0;
    int64_t toNs = 0;
    std::array<int64_t, 6> byLevel {};
};

// Reads log records from the cache's blocks (LogBlockBuilder): counts, pages, surrounding
// lines, histograms. Block summaries answer what they can; a block is decoded only when
// its lines must be looked at one by one. Searching with text asks the FTS5 word index
// which blocks hold the words and returns records in file order; without text records
// come in time order (records without a time last, by position).
class LogReader
{
public:
    explicit LogReader(const Cache &cache);

    int64_t count(const LogFilter &filter) const;
    std::array<int64_t, 6> countByLevel(const LogFilter &filter) const;
    std::vector<LogRow> page(const LogFilter &filter, int64_t offset, int limit) const;
    // The records around one, in its file: `before` lines before it and `after` after.
    std::vector<LogRow> around(int64_t logId, int before, int after) const;
    std::optional<LogRow> row(int64_t logId) const;
    // The attributes JSON of one record, for its details.
    std::string attributes(int64_t logId) const;
    // Earliest and latest time of the records the filter keeps (nullopt: none has a time).
    std::optional<std::pair<int64_t, int64_t>> timeRange(const LogFilter &filter) const;
    // `bins` equal stretches of [fromNs, toNs) with their counts per level.
    std::vector<LogBin> histogram(const LogFilter &filter, int64_t fromNs, int64_t toNs,
                                  int bins) const;
    std::vector<std::string> services() const;
    // How many records of each service the filter keeps, by name ('' for none named).
    std::vector<std::pair<std::string, int64_t>> countByService(const LogFilter &filter) const;

    // A record's id: its block's id and its line in the block.
    static int64_t logId(int64_t blockId, int line) { return blockId << kLineBits | line; }

private:
    static constexpr int kLineBits = 16;
    struct Scan;

    const Cache &m_cache;
};

} // namespace eg::store
