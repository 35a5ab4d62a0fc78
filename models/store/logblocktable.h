#pragma once

#include "logblock.h"
#include "logblockbuilder.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace eg::store {

class SqliteStatement;

// The `log_block` table and its word index (resources/sql/004_log_blocks.sql): writing
// blocks, reading their summaries and columns, forgetting a source's blocks.
class LogBlockTable
{
public:
    explicit LogBlockTable(sqlite3 *db);
    ~LogBlockTable();

    // Inserts the block, its first line at `firstOrdinal` in the file, and its words;
    // returns its id.
    int64_t insert(int64_t sourceId, int64_t firstOrdinal, const EncodedLogBlock &block);

    // The summaries of every block of these sources (every source when empty), by id.
    std::vector<LogBlockSummary> summaries(const std::vector<int64_t> &sourceIds) const;
    // The ids, ascending, of the blocks whose words match an FTS5 query.
    std::vector<int64_t> blocksWithWords(const std::string &query) const;
    enum class Filter { TraceIds, Numbers };
    // The ids, ascending, of the blocks of these sources whose Bloom filter of this kind
    // may hold every one of `texts`.
    std::vector<int64_t> blocksMayHolding(Filter filter, const std::vector<std::string> &texts,
                                          const std::vector<int64_t> &sourceIds) const;
    std::optional<LogBlockSummary> summary(int64_t blockId) const;
    // One compressed column of one block ("meta", "bodies", "attributes");
    // empty when the block is gone.
    QByteArray column(int64_t blockId, const char *name) const;
    // The blocks of one source holding positions [firstOrdinal, lastOrdinal].
    std::vector<LogBlockSummary> blocksAround(int64_t sourceId, int64_t firstOrdinal,
                                              int64_t lastOrdinal) const;
    std::vector<std::string> services() const;

    // Takes the source's blocks out of the word index; the rows go with the source.
    void unindexSource(int64_t sourceId);
    // Moves schema 3's one-row-a-line `log` table into blocks and drops it.
    void convertLogRows();

private:
    sqlite3 *m_db;
    std::unique_ptr<SqliteStatement> m_insertBlock;
    std::unique_ptr<SqliteStatement> m_insertData;
    std::unique_ptr<SqliteStatement> m_insertTraceFilter;
    std::unique_ptr<SqliteStatement> m_insertNumberFilter;
    std::unique_ptr<SqliteStatement> m_insertWords;
};

} // namespace eg::store
