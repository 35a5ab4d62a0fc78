#include "logreader.h"

#include "bloomfilter.h"
#include "cache.h"
#include "logblockmatcher.h"
#include "logblocktable.h"
#include "logmatchcache.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace eg::store {

using Lines = LogBlockMatcher::Lines;

namespace {

constexpr uint8_t kAllLevels = 0x3f;
// Rows a page may have the block matching threads make for it (deeper pages read theirs).
constexpr int64_t kPrefetchedRows = 1000;

bool inLines(const LogBlock &block, int line, Lines lines)
{
    return lines == Lines::All || (lines == Lines::Timed) == block.hasTime(line);
}

int64_t sum(const std::array<int64_t, 6> &counts)
{
    int64_t total = 0;
    for (const int64_t n : counts)
        total += n;
    return total;
}

} // namespace

// One question's walk over the blocks: the blocks that may hold a match, what the
// filter keeps of each (LogMatchCache, without the time window, which is applied on top
// from the block's times), and the blocks decoded for rows.
struct LogReader::Scan
{
    Scan(const Cache &cache, const LogFilter &filter)
        : table(cache.handle())
        , matcher(filter)
        , unwindowed(withoutWindow(filter))
        , filterKey(keyOf(cache, filter))
        , fromNs(filter.fromNs)
        , toNs(filter.toNs)
    {
        if (matcher.matchesNothing())
            return;
        blocks = table.summaries(filter.sourceIds);
        const LogTextQuery *text = matcher.text();
        if (text || !filter.traceId.empty()) {
            // The blocks the word index and the filters let through, asked once for the
            // several questions a page asks of one search (the Bloom filters of ten
            // million lines are 20 MB); a block imported since makes a new key.
            const std::string key = filterKey + '\x1f'
                + std::to_string(blocks.empty() ? int64_t(0) : blocks.back().id);
            auto ids = LogMatchCache::instance().candidates(key);
            if (!ids) {
                ids = std::make_shared<const std::vector<int64_t>>(candidates(filter));
                LogMatchCache::instance().setCandidates(key, ids);
            }
            std::erase_if(blocks, [&](const LogBlockSummary &b) {
                return !std::binary_search(ids->begin(), ids->end(), b.id);
            });
        }
        std::erase_if(blocks, [&](const LogBlockSummary &b) { return !matcher.mayMatch(b); });
    }

    // The ids, ascending, of the blocks holding the searched words and trace.
    std::vector<int64_t> candidates(const LogFilter &filter) const
    {
        std::optional<std::vector<int64_t>> ids;
        const auto narrow = [&](std::vector<int64_t> more) {
            if (ids) {
                std::vector<int64_t> both;
                std::set_intersection(ids->begin(), ids->end(), more.begin(), more.end(),
                                      std::back_inserter(both));
                more = std::move(both);
            }
            ids = std::move(more);
        };
        if (const LogTextQuery *text = matcher.text()) {
            if (const std::string query = text->blockQuery(); !query.empty())
                narrow(table.blocksWithWords(query));
            if (const std::vector<std::string> numbers = text->numberWords(); !numbers.empty())
                narrow(table.blocksMayHolding(LogBlockTable::Filter::Numbers, numbers,
                                              filter.sourceIds));
        }
        if (!filter.traceId.empty())
            narrow(table.blocksMayHolding(LogBlockTable::Filter::TraceIds, {filter.traceId},
                                          filter.sourceIds));
        return ids.value_or(std::vector<int64_t>());
    }

    static LogFilter withoutWindow(LogFilter filter)
    {
        filter.fromNs.reset();
        filter.toNs.reset();
        return filter;
    }

    // Everything but the window, which the cached matches leave out.
    static std::string keyOf(const Cache &cache, const LogFilter &filter)
    {
        std::string key = cache.identity();
        for (const std::string &part :
             {filter.text.toStdString(), std::to_string(filter.levels), filter.service,
              filter.attributeKey, filter.attributeValue, filter.traceId, filter.spanId})
            key += '\x1f' + part;
        for (const int64_t id : filter.sourceIds)
            key += '\x1f' + std::to_string(id);
        return key;
    }

    bool hasWindow() const { return fromNs || toNs; }
    bool inWindow(int64_t time) const
    {
        return (!fromNs || time >= *fromNs) && (!toNs || time < *toNs);
    }
    // Every line of the block with a time is inside the window.
    bool windowCovers(const LogBlockSummary &summary) const
    {
        return inWindow(summary.minTimeNs) && inWindow(summary.maxTimeNs);
    }

    // Which lines of the block the filter keeps, the window aside: from the cache, or
    // decoded once and kept there. With `keepForRows`, a block decoded to find them stays
    // decoded for the rows of a page when it holds a match.
    std::shared_ptr<const LogBlockMatches> matchesOf(const LogBlockSummary &summary,
                                                     bool keepForRows = false)
    {
        if (auto found = LogMatchCache::instance().find(filterKey, summary.id))
            return found;
        auto block = std::make_unique<LogBlock>(decodeColumns(unwindowed, columnsToMatch(summary)));
        auto matches = matchesIn(unwindowed, *block);
        LogMatchCache::instance().insert(filterKey, summary.id, matches);
        if (keepForRows && block->hasBodies() && sum(matches->timed) + sum(matches->untimed) > 0)
            decoded[summary.id] = std::move(block);
        return matches;
    }

    // The compressed columns a block's lines are matched on: meta, and bodies or
    // attributes when the filter looks at them.
    std::array<QByteArray, 3> columnsToMatch(const LogBlockSummary &summary) const
    {
        return {table.column(summary.id, "meta"),
                unwindowed.needsBodies() ? table.column(summary.id, "bodies") : QByteArray(),
                unwindowed.needsAttributes() ? table.column(summary.id, "attributes")
                                             : QByteArray()};
    }

    static LogBlock decodeColumns(const LogBlockMatcher &matcher,
                                  const std::array<QByteArray, 3> &columns)
    {
        LogBlock block = LogBlock::decode(columns[0]);
        if (matcher.needsBodies())
            block.decodeBodies(columns[1]);
        if (matcher.needsAttributes())
            block.decodeAttributes(columns[2]);
        return block;
    }

    static std::shared_ptr<LogBlockMatches> matchesIn(const LogBlockMatcher &matcher,
                                                      const LogBlock &block)
    {
        auto matches = std::make_shared<LogBlockMatches>();
        matches->bits.assign(size_t(block.size() + 63) / 64, 0);
        std::map<std::string, int64_t> services;
        for (int i = 0; i < block.size(); ++i) {
            if (!matcher.matches(block, i))
                continue;
            matches->bits[size_t(i) / 64] |= uint64_t(1) << (i % 64);
            ++(block.hasTime(i) ? matches->timed : matches->untimed)[size_t(block.level(i))];
            ++services[block.service(i)];
        }
        matches->services.assign(services.begin(), services.end());
        return matches;
    }

    // Matches every block a question will look at whose matches are not cached, on every
    // core: a new search decodes the messages of every block holding its words, and the
    // connection reads the blocks while other threads decode and check them.
    void matchAllBlocks() { matchBlocks(std::nullopt, 0); }

    // The same in file order until the blocks matched hold `enough` matches, each
    // thread also keeping the rows of the first `rowsPerBlock` matches of its blocks
    // (prefetchedRows): the first page of a rare word or number, whose hundred lines
    // lie in a hundred blocks, decodes each of them once, on every core.
    void matchBlocks(std::optional<int64_t> enough, int64_t rowsPerBlock)
    {
        if (!unwindowed.needsBodies() && !unwindowed.needsAttributes())
            return; // times and levels decode fast enough on one thread
        std::vector<size_t> missing; // indexes into blocks
        for (size_t b = 0; b < blocks.size(); ++b)
            if (!matcher.countsFromSummary(blocks[b], Lines::All)
                && !LogMatchCache::instance().find(filterKey, blocks[b].id))
                missing.push_back(b);
        const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
        if (!enough && missing.size() < 2 * threads)
            return;
        const size_t batch = 4 * threads;
        std::mutex rowsMutex;
        for (size_t first = 0; first < missing.size(); first += batch) {
            const size_t end = std::min(missing.size(), first + batch);
            std::vector<std::array<QByteArray, 3>> columns;
            for (size_t i = first; i < end; ++i)
                columns.push_back(columnsToMatch(blocks[missing[i]]));
            std::vector<std::thread> helpers;
            const auto work = [&](size_t offset) {
                const LogBlockMatcher own = unwindowed; // its text query keeps scratch space
                for (size_t i = offset; i < columns.size(); i += threads) {
                    const LogBlockSummary &summary = blocks[missing[first + i]];
                    const LogBlock block = decodeColumns(own, columns[i]);
                    const auto matches = matchesIn(own, block);
                    LogMatchCache::instance().insert(filterKey, summary.id, matches);
                    std::vector<LogRow> rows;
                    for (int line = 0; line < block.size() && int64_t(rows.size()) < rowsPerBlock;
                         ++line)
                        if (lineMatches(block, *matches, line))
                            rows.push_back(rowOf(summary, block, line));
                    if (!rows.empty()) {
                        std::lock_guard lock(rowsMutex);
                        prefetchedRows.emplace(summary.id, std::move(rows));
                    }
                }
            };
            for (size_t t = 1; t < threads; ++t)
                helpers.emplace_back(work, t);
            work(0);
            for (std::thread &helper : helpers)
                helper.join();
            if (enough) {
                int64_t found = 0;
                for (size_t b = 0; b <= missing[end - 1]; ++b)
                    found += matchCount(blocks[b], Lines::All);
                if (found >= *enough)
                    return;
            }
        }
    }

    // Calls match(block, line) for each matching line of the block, time window and all,
    // from its decoded times and levels: with the filter itself when they decide it, with
    // the block's cached matches when the filter needs its messages or attributes.
    template<class MatchFunction>
    void forEachMatch(const LogBlockSummary &summary, MatchFunction &&match)
    {
        std::shared_ptr<const LogBlockMatches> matches;
        if (matcher.needsBodies() || matcher.needsAttributes())
            matches = matchesOf(summary);
        const LogBlock block = meta(summary);
        for (int i = 0; i < block.size(); ++i)
            if (matches ? lineMatches(block, *matches, i) : matcher.matches(block, i))
                match(block, i);
    }

    bool lineMatches(const LogBlock &block, const LogBlockMatches &matches, int i) const
    {
        return matches.matches(i)
            && (!hasWindow() || (block.hasTime(i) && inWindow(block.timeNs(i))));
    }

    LogBlock meta(const LogBlockSummary &summary) const
    {
        return LogBlock::decode(table.column(summary.id, "meta"));
    }

    std::array<int64_t, 6> levelCounts(const LogBlockSummary &summary, Lines lines)
    {
        if (const auto counts = matcher.countsFromSummary(summary, lines))
            return *counts;
        const auto matches = matchesOf(summary);
        std::array<int64_t, 6> counts {};
        if (hasWindow() && lines == Lines::Untimed)
            return counts; // a window keeps only lines with a time
        if (!hasWindow() || windowCovers(summary)) {
            for (size_t level = 0; level < 6; ++level)
                counts[level] = (lines != Lines::Untimed ? matches->timed[level] : 0)
                    + (lines != Lines::Timed && !hasWindow() ? matches->untimed[level] : 0);
            return counts;
        }
        forEachMatch(summary,
                     [&](const LogBlock &block, int i) { ++counts[size_t(block.level(i))]; });
        return counts;
    }

    int64_t matchCount(const LogBlockSummary &summary, Lines lines)
    {
        return sum(levelCounts(summary, lines));
    }

    // The block with its messages, for rows (the few blocks of a page are kept).
    const LogBlock &decodeForRows(const LogBlockSummary &summary)
    {
        std::unique_ptr<LogBlock> &block = decoded[summary.id];
        if (!block) {
            block = std::make_unique<LogBlock>(meta(summary));
            block->decodeBodies(table.column(summary.id, "bodies"));
        }
        return *block;
    }

    // Appends the rows of lines [from, from + count) among the block's matching `lines`.
    void appendRows(const LogBlockSummary &summary, Lines lines, int64_t from, int64_t count,
                    std::vector<LogRow> &rows)
    {
        const auto matches = matchesOf(summary);
        const LogBlock &block = decodeForRows(summary);
        for (int i = 0; i < block.size() && count > 0; ++i) {
            if (!inLines(block, i, lines) || !lineMatches(block, *matches, i))
                continue;
            if (from > 0) {
                --from;
                continue;
            }
            rows.push_back(rowOf(summary, block, i));
            --count;
        }
    }

    // Appends matching `lines` in file order until `rows` holds `limit`, after skipping
    // `skip` of them (what is left of it is written back).
    void appendInFileOrder(Lines lines, int64_t &skip, int limit, std::vector<LogRow> &rows)
    {
        for (const LogBlockSummary &block : blocks) {
            if (int64_t(rows.size()) >= limit)
                break;
            if ((lines == Lines::Untimed && block.untimedCount() == 0)
                || (lines == Lines::Timed && block.timedCount == 0))
                continue;
            if (matcher.needsBodies())
                matchesOf(block, true); // one decoding for the count and the rows
            const int64_t matches = matchCount(block, lines);
            if (skip >= matches) {
                skip -= matches;
                decoded.erase(block.id);
                continue;
            }
            const int64_t wanted = int64_t(limit) - int64_t(rows.size());
            const auto prefetched = prefetchedRows.find(block.id);
            if (lines == Lines::All && prefetched != prefetchedRows.end()
                && int64_t(prefetched->second.size()) >= std::min(matches, skip + wanted)) {
                const auto from = prefetched->second.begin() + skip;
                rows.insert(rows.end(), from, from + std::min(wanted, matches - skip));
            } else {
                appendRows(block, lines, skip, wanted, rows);
            }
            skip = 0;
        }
    }

    static LogRow rowOf(const LogBlockSummary &summary, const LogBlock &block, int i)
    {
        LogRow row;
        row.id = LogReader::logId(summary.id, i);
        row.sourceId = summary.sourceId;
        row.ordinal = summary.firstOrdinal + i;
        if (block.hasTime(i))
            row.timeNs = block.timeNs(i);
        row.timeProblem = block.timeProblem(i);
        row.level = block.level(i);
        row.levelText = block.levelText(i);
        row.service = block.service(i);
        row.body = block.body(i);
        row.traceId = block.traceId(i);
        row.spanId = block.spanId(i);
        return row;
    }

    LogBlockTable table;
    LogBlockMatcher matcher;
    LogBlockMatcher unwindowed; // the filter without its time window
    std::string filterKey;
    std::optional<int64_t> fromNs, toNs;
    std::vector<LogBlockSummary> blocks; // by id, that is in file order
    std::unordered_map<int64_t, std::unique_ptr<LogBlock>> decoded;
    std::unordered_map<int64_t, std::vector<LogRow>> prefetchedRows; // see matchBlocks()
};

LogReader::LogReader(const Cache &cache)
    : m_cache(cache)
{ }

int64_t LogReader::count(const LogFilter &filter) const
{
    Scan scan(m_cache, filter);
    scan.matchAllBlocks();
    int64_t total = 0;
    for (const LogBlockSummary &block : scan.blocks)
        total += scan.matchCount(block, Lines::All);
    return total;
}

std::array<int64_t, 6> LogReader::countByLevel(const LogFilter &filter) const
{
    Scan scan(m_cache, filter);
    scan.matchAllBlocks();
    std::array<int64_t, 6> counts {};
    for (const LogBlockSummary &block : scan.blocks) {
        const auto ofBlock = scan.levelCounts(block, Lines::All);
        for (size_t level = 0; level < 6; ++level)
            counts[level] += ofBlock[level];
    }
    return counts;
}

std::vector<LogRow> LogReader::page(const LogFilter &filter, int64_t offset, int limit) const
{
    Scan scan(m_cache, filter);
    std::vector<LogRow> rows;
    int64_t skip = std::max<int64_t>(0, offset);
    const auto wanted = [&] {
        return int64_t(limit) - int64_t(rows.size());
    };
    if (limit <= 0)
        return rows;
    // With text: matches in file order, block after block. A number or a trace is in few
    // lines spread over the blocks their filters let through: those are all read, on
    // every core, before the first page is taken from them.
    if (filter.hasText()) {
        if (!filter.traceId.empty() || !scan.matcher.text()->numberWords().empty())
            scan.matchBlocks(skip + limit, skip + limit <= kPrefetchedRows ? skip + limit : 0);
        scan.appendInFileOrder(Lines::All, skip, limit, rows);
        return rows;
    }

    // Without text: the lines with a time in time order, ties in file order, then those
    // without one in file order. Blocks are taken by their first time; a block whose
    // times overlap the next one's joins it in a run whose lines are sorted together, and
    // a run before the page is skipped by its count alone. A log written in time order is
    // a run per block, and its pages anywhere decode one or two blocks.
    std::vector<const LogBlockSummary *> timed;
    for (const LogBlockSummary &block : scan.blocks)
        if (block.timedCount > 0)
            timed.push_back(&block);
    std::sort(timed.begin(), timed.end(), [](const auto *a, const auto *b) {
        return std::tie(a->minTimeNs, a->id) < std::tie(b->minTimeNs, b->id);
    });
    for (size_t first = 0; first < timed.size() && wanted() > 0;) {
        size_t end = first + 1;
        int64_t runMax = timed[first]->maxTimeNs;
        int64_t runMaxId = timed[first]->id;
        while (end < timed.size()
               && (timed[end]->minTimeNs < runMax
                   || (timed[end]->minTimeNs == runMax && timed[end]->id < runMaxId))) {
            runMax = std::max(runMax, timed[end]->maxTimeNs);
            runMaxId = std::max(runMaxId, timed[end]->id);
            ++end;
        }
        int64_t runMatches = 0;
        for (size_t b = first; b < end; ++b)
            runMatches += scan.matchCount(*timed[b], Lines::Timed);
        if (skip >= runMatches) {
            skip -= runMatches;
            first = end;
            continue;
        }
        // (time, block, line) of every match in the run, sorted: the run's order.
        std::vector<std::tuple<int64_t, size_t, int>> order;
        for (size_t b = first; b < end; ++b) {
            const auto matches = scan.matchesOf(*timed[b]);
            const LogBlock &block = scan.decodeForRows(*timed[b]);
            for (int i = 0; i < block.size(); ++i)
                if (block.hasTime(i) && scan.lineMatches(block, *matches, i))
                    order.emplace_back(block.timeNs(i), b, i);
        }
        std::sort(order.begin(), order.end(), [&](const auto &x, const auto &y) {
            return std::make_tuple(std::get<0>(x), timed[std::get<1>(x)]->id, std::get<2>(x))
                < std::make_tuple(std::get<0>(y), timed[std::get<1>(y)]->id, std::get<2>(y));
        });
        for (size_t k = size_t(skip); k < order.size() && wanted() > 0; ++k) {
            const auto &[time, b, line] = order[k];
            rows.push_back(Scan::rowOf(*timed[b], scan.decodeForRows(*timed[b]), line));
        }
        skip = 0;
        first = end;
    }
    scan.appendInFileOrder(Lines::Untimed, skip, limit, rows);
    return rows;
}

std::optional<LogRow> LogReader::row(int64_t logId) const
{
    const LogBlockTable table(m_cache.handle());
    const auto summary = table.summary(logId >> kLineBits);
    const int line = int(logId & ((int64_t(1) << kLineBits) - 1));
    if (!summary || line >= summary->count)
        return std::nullopt;
    LogBlock block = LogBlock::decode(table.column(summary->id, "meta"));
    block.decodeBodies(table.column(summary->id, "bodies"));
    return Scan::rowOf(*summary, block, line);
}

std::vector<LogRow> LogReader::around(int64_t logId, int before, int after) const
{
    const auto center = row(logId);
    if (!center)
        return {};
    const int64_t first = center->ordinal - before;
    const int64_t last = center->ordinal + after;
    const LogBlockTable table(m_cache.handle());
    std::vector<LogRow> rows;
    for (const LogBlockSummary &summary : table.blocksAround(center->sourceId, first, last)) {
        LogBlock block = LogBlock::decode(table.column(summary.id, "meta"));
        block.decodeBodies(table.column(summary.id, "bodies"));
        for (int i = 0; i < block.size(); ++i) {
            const int64_t ordinal = summary.firstOrdinal + i;
            if (ordinal >= first && ordinal <= last)
                rows.push_back(Scan::rowOf(summary, block, i));
        }
    }
    return rows;
}

std::string LogReader::attributes(int64_t logId) const
{
    const LogBlockTable table(m_cache.handle());
    const int line = int(logId & ((int64_t(1) << kLineBits) - 1));
    const QByteArray meta = table.column(logId >> kLineBits, "meta");
    if (meta.isEmpty())
        return {};
    LogBlock block = LogBlock::decode(meta);
    if (line >= block.size())
        return {};
    block.decodeAttributes(table.column(logId >> kLineBits, "attributes"));
    return std::string(block.attributes(line));
}

std::optional<std::pair<int64_t, int64_t>> LogReader::timeRange(const LogFilter &filter) const
{
    Scan scan(m_cache, filter);
    std::vector<const LogBlockSummary *> timed;
    for (const LogBlockSummary &block : scan.blocks)
        if (block.timedCount > 0)
            timed.push_back(&block);
    // The earliest match: blocks by first time, until the next block starts after the
    // earliest match found. A block of only matching levels has its own first time;
    // others are looked at line by line.
    const auto extreme = [&](bool earliest) -> std::optional<int64_t> {
        std::sort(timed.begin(), timed.end(), [&](const auto *a, const auto *b) {
            return earliest ? a->minTimeNs < b->minTimeNs : a->maxTimeNs > b->maxTimeNs;
        });
        std::optional<int64_t> best;
        for (const LogBlockSummary *summary : timed) {
            const int64_t edge = earliest ? summary->minTimeNs : summary->maxTimeNs;
            if (best && (earliest ? edge >= *best : edge <= *best))
                break;
            const auto counts = scan.matcher.countsFromSummary(*summary, Lines::Timed);
            if (counts && sum(*counts) == summary->timedCount) {
                best = edge;
                continue;
            }
            if (scan.matchCount(*summary, Lines::Timed) == 0)
                continue;
            scan.forEachMatch(*summary, [&](const LogBlock &block, int i) {
                const int64_t time = block.timeNs(i);
                if (block.hasTime(i) && (!best || (earliest ? time < *best : time > *best)))
                    best = time;
            });
        }
        return best;
    };
    const auto first = extreme(true);
    if (!first)
        return std::nullopt;
    return std::make_pair(*first, extreme(false).value_or(*first));
}

std::vector<LogBin> LogReader::histogram(const LogFilter &filter, int64_t fromNs, int64_t toNs,
                                         int bins) const
{
    std::vector<LogBin> result;
    if (bins <= 0 || toNs <= fromNs)
        return result;
    result.resize(size_t(bins));
    const double width = double(toNs - fromNs) / bins;
    for (int i = 0; i < bins; ++i) {
        result[size_t(i)].fromNs = fromNs + int64_t(width * i);
        result[size_t(i)].toNs = i + 1 == bins ? toNs : fromNs + int64_t(width * (i + 1));
    }
    const auto binOf = [&](int64_t time) {
        return std::clamp(int(double(time - fromNs) / width), 0, bins - 1);
    };
    LogFilter window = filter;
    window.fromNs = std::max(fromNs, filter.fromNs.value_or(fromNs));
    window.toNs = std::min(toNs, filter.toNs.value_or(toNs));
    Scan scan(m_cache, window);
    scan.matchAllBlocks();
    for (const LogBlockSummary &summary : scan.blocks) {
        // A block inside one bin adds its counts; only blocks across a bin's edge are
        // looked at line by line, so re-binning a zoomed range decodes the times of the
        // blocks at about `bins` edges.
        if (binOf(summary.minTimeNs) == binOf(summary.maxTimeNs) && scan.windowCovers(summary)) {
            const auto counts = scan.levelCounts(summary, Lines::Timed);
            auto &bin = result[size_t(binOf(summary.minTimeNs))].byLevel;
            for (size_t level = 0; level < 6; ++level)
                bin[level] += counts[level];
            continue;
        }
        scan.forEachMatch(summary, [&](const LogBlock &block, int i) {
            if (block.hasTime(i))
                ++result[size_t(binOf(block.timeNs(i)))].byLevel[size_t(block.level(i))];
        });
    }
    return result;
}

std::vector<std::pair<std::string, int64_t>>
LogReader::countByService(const LogFilter &filter) const
{
    Scan scan(m_cache, filter);
    scan.matchAllBlocks();
    std::map<std::string, int64_t> counts;
    const bool byLevelOnly = (filter.levels & kAllLevels) == kAllLevels;
    for (const LogBlockSummary &summary : scan.blocks) {
        // The block's service counts answer when its lines all match.
        const auto levels = scan.matcher.countsFromSummary(summary, Lines::All);
        if (byLevelOnly && levels && sum(*levels) == summary.count) {
            for (const auto &[name, lines] : summary.services)
                if (filter.service.empty() || name == filter.service)
                    counts[name] += lines;
            continue;
        }
        if (!scan.hasWindow()) {
            for (const auto &[name, lines] : scan.matchesOf(summary)->services)
                counts[name] += lines;
            continue;
        }
        scan.forEachMatch(summary,
                          [&](const LogBlock &block, int i) { ++counts[block.service(i)]; });
    }
    return {counts.begin(), counts.end()};
}

std::vector<std::string> LogReader::services() const
{
    return LogBlockTable(m_cache.handle()).services();
}

} // namespace eg::store
