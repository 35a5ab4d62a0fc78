#pragma once

#include <array>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eg::store {

// Which lines of one block a filter keeps (its time window aside), with their counts.
struct LogBlockMatches
{
    std::vector<uint64_t> bits; // bit i: line i matches
    std::array<int64_t, 6> timed {}; // matching lines with a time, by level
    std::array<int64_t, 6> untimed {};
    std::vector<std::pair<std::string, int64_t>> services; // matching lines by service

    bool matches(int line) const { return bits[size_t(line) / 64] >> (line % 64) & 1; }
};

// The blocks' matches of the last few filters, for the whole process: a search over ten
// million lines reads every block holding the word once, and the counts, pages and
// histograms asked next (each zoom re-bins) reuse what it found. Blocks never change
// once written and their ids are not reused within a cache (Cache::identity() tells
// caches apart), so an entry stays right until it is dropped.
class LogMatchCache
{
public:
    static LogMatchCache &instance();

    std::shared_ptr<const LogBlockMatches> find(const std::string &filterKey, int64_t blockId);
    void insert(const std::string &filterKey, int64_t blockId,
                std::shared_ptr<const LogBlockMatches> matches);

    // The blocks a search's words and filters let through (LogReader).
    std::shared_ptr<const std::vector<int64_t>> candidates(const std::string &key);
    void setCandidates(const std::string &key, std::shared_ptr<const std::vector<int64_t>> ids);

private:
    static constexpr size_t kFilters = 4;

    using Blocks = std::unordered_map<int64_t, std::shared_ptr<const LogBlockMatches>>;

    std::mutex m_mutex;
    std::list<std::pair<std::string, Blocks>> m_filters; // most recently used first
    std::list<std::pair<std::string, std::shared_ptr<const std::vector<int64_t>>>> m_candidates;
};

} // namespace eg::store
