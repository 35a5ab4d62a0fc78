#include "logblocktable.h"

#include "bloomfilter.h"
#include "samplechunkcodec.h"
#include "sqlitestatement.h"

#include <algorithm>
#include <set>

namespace eg::store {

namespace {

constexpr const char *kSummaryColumns
    = "SELECT id, source_id, first_ordinal, line_count, timed_count, min_time_ns, max_time_ns, "
      "trace_lines, debug_lines, info_lines, warn_lines, error_lines, fatal_lines, services "
      "FROM log_block ";

LogBlockSummary summaryFrom(const SqliteStatement &query)
{
    LogBlockSummary summary;
    summary.id = query.int64(0);
    summary.sourceId = query.int64(1);
    summary.firstOrdinal = query.int64(2);
    summary.count = query.int64(3);
    summary.timedCount = query.int64(4);
    summary.minTimeNs = query.int64(5);
    summary.maxTimeNs = query.int64(6);
    for (int level = 0; level < 6; ++level)
        summary.levelCounts[size_t(level)] = query.int64(7 + level);
    summary.services = LogBlock::decodeServices(query.blob(13));
    return summary;
}

std::string idList(const std::vector<int64_t> &ids)
{
    std::string list;
    for (const int64_t id : ids)
        list += (list.empty() ? "" : ",") + std::to_string(id);
    return list;
}

} // namespace

LogBlockTable::LogBlockTable(sqlite3 *db)
    : m_db(db)
{ }

LogBlockTable::~LogBlockTable() = default;

int64_t LogBlockTable::insert(int64_t sourceId, int64_t firstOrdinal, const EncodedLogBlock &block)
{
    if (!m_insertBlock) {
        m_insertBlock = std::make_unique<SqliteStatement>(
            m_db,
            "INSERT INTO log_block (source_id, first_ordinal, line_count, timed_count, "
            "min_time_ns, max_time_ns, trace_lines, debug_lines, info_lines, warn_lines, "
            "error_lines, fatal_lines, services) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        m_insertData = std::make_unique<SqliteStatement>(
            m_db,
            "INSERT INTO log_block_data (block_id, meta, bodies, attributes, words) "
            "VALUES (?, ?, ?, ?, ?)");
        m_insertTraceFilter = std::make_unique<SqliteStatement>(
            m_db, "INSERT INTO log_block_trace_filter (block_id, bloom) VALUES (?, ?)");
        m_insertNumberFilter = std::make_unique<SqliteStatement>(
            m_db, "INSERT INTO log_block_number_filter (block_id, bloom) VALUES (?, ?)");
        m_insertWords = std::make_unique<SqliteStatement>(
            m_db, "INSERT INTO log_words (rowid, words) VALUES (?, ?)");
    }
    SqliteStatement &insert = *m_insertBlock;
    insert.bind(1, sourceId)
        .bind(2, firstOrdinal)
        .bind(3, block.count)
        .bind(4, block.timedCount)
        .bind(5, block.timedCount > 0 ? block.minTimeNs : int64_t(0))
        .bind(6, block.timedCount > 0 ? block.maxTimeNs : int64_t(0));
    for (int level = 0; level < 6; ++level)
        insert.bind(7 + level, block.levelCounts[size_t(level)]);
    insert.bindBlob(13, block.services.constData(), size_t(block.services.size()));
    insert.step();
    const int64_t id = insert.int64(0);
    insert.reset();

    SqliteStatement &data = *m_insertData;
    data.bind(1, id);
    int index = 2;
    for (const QByteArray *column :
         {&block.meta, &block.bodies, &block.attributes, &block.storedWords})
        data.bindBlob(index++, column->constData(), size_t(column->size()));
    data.exec();
    for (const auto &[statement, bloom] : {std::pair {m_insertTraceFilter.get(), &block.traceBloom},
                                           {m_insertNumberFilter.get(), &block.numberBloom}}) {
        if (bloom->isEmpty())
            continue;
        statement->bind(1, id).bindBlob(2, bloom->constData(), size_t(bloom->size()));
        statement->exec();
    }
    m_insertWords->bind(1, id).bindStatic(2, block.words);
    m_insertWords->exec();
    return id;
}

std::vector<LogBlockSummary> LogBlockTable::summaries(const std::vector<int64_t> &sourceIds) const
{
    std::string sql = kSummaryColumns;
    if (!sourceIds.empty())
        sql += "WHERE source_id IN (" + idList(sourceIds) + ") ";
    SqliteStatement query(m_db, sql + "ORDER BY id");
    std::vector<LogBlockSummary> result;
    while (query.step())
        result.push_back(summaryFrom(query));
    return result;
}

std::vector<int64_t> LogBlockTable::blocksMayHolding(Filter filter,
                                                     const std::vector<std::string> &texts,
                                                     const std::vector<int64_t> &sourceIds) const
{
    std::string sql = std::string("SELECT f.block_id, f.bloom FROM ")
        + (filter == Filter::TraceIds ? "log_block_trace_filter" : "log_block_number_filter")
        + " f ";
    if (!sourceIds.empty())
        sql += "JOIN log_block b ON b.id = f.block_id WHERE b.source_id IN (" + idList(sourceIds)
            + ") ";
    SqliteStatement query(m_db, sql + "ORDER BY f.block_id");
    std::vector<int64_t> ids;
    // Thousands of filters of kilobytes each: looked at where SQLite holds them, not copied.
    while (query.step()) {
        const std::string_view bloom = query.blobView(1);
        if (std::all_of(texts.begin(), texts.end(), [&](const std::string &text) {
                return BloomFilter::mayContain(bloom, text);
            }))
            ids.push_back(query.int64(0));
    }
    return ids;
}

std::optional<LogBlockSummary> LogBlockTable::summary(int64_t blockId) const
{
    SqliteStatement query(m_db, std::string(kSummaryColumns) + "WHERE id = ?");
    query.bind(1, blockId);
    if (!query.step())
        return std::nullopt;
    return summaryFrom(query);
}

std::vector<int64_t> LogBlockTable::blocksWithWords(const std::string &ftsQuery) const
{
    SqliteStatement query(m_db,
                          "SELECT rowid FROM log_words WHERE log_words MATCH ? ORDER BY rowid");
    query.bind(1, std::string_view(ftsQuery));
    std::vector<int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

QByteArray LogBlockTable::column(int64_t blockId, const char *name) const
{
    SqliteStatement query(
        m_db, std::string("SELECT ") + name + " FROM log_block_data WHERE block_id = ?");
    query.bind(1, blockId);
    return query.step() && !query.isNull(0) ? query.blob(0) : QByteArray();
}

std::vector<LogBlockSummary> LogBlockTable::blocksAround(int64_t sourceId, int64_t firstOrdinal,
                                                         int64_t lastOrdinal) const
{
    SqliteStatement query(m_db,
                          std::string(kSummaryColumns)
                              + "WHERE source_id = ? AND first_ordinal <= ? "
                                "AND first_ordinal + line_count > ? ORDER BY first_ordinal");
    query.bind(1, sourceId).bind(2, lastOrdinal).bind(3, firstOrdinal);
    std::vector<LogBlockSummary> result;
    while (query.step())
        result.push_back(summaryFrom(query));
    return result;
}

std::vector<std::string> LogBlockTable::services() const
{
    std::set<std::string> names;
    SqliteStatement query(m_db, "SELECT services FROM log_block");
    while (query.step())
        for (auto &[name, lines] : LogBlock::decodeServices(query.blob(0)))
            if (!name.empty())
                names.insert(name);
    return {names.begin(), names.end()};
}

void LogBlockTable::unindexSource(int64_t sourceId)
{
    // The index keeps no text: it is told which words to forget, as they were given.
    SqliteStatement blocks(m_db,
                           "SELECT d.block_id, d.words FROM log_block_data d "
                           "JOIN log_block b ON b.id = d.block_id WHERE b.source_id = ?");
    blocks.bind(1, sourceId);
    SqliteStatement unindex(
        m_db, "INSERT INTO log_words (log_words, rowid, words) VALUES ('delete', ?, ?)");
    while (blocks.step()) {
        const std::vector<uint8_t> words = SampleChunkCodec::decompress(blocks.blob(1));
        unindex.bind(1, blocks.int64(0))
            .bind(2, std::string_view(reinterpret_cast<const char *>(words.data()), words.size()));
        unindex.exec();
    }
}

void LogBlockTable::convertLogRows()
{
    {
        SqliteStatement rows(m_db,
                             "SELECT source_id, ordinal, time_ns, time_problem, level, level_text, "
                             "service, body, trace_id, span_id, attributes FROM log "
                             "ORDER BY source_id, ordinal");
        std::unique_ptr<LogBlockBuilder> builder;
        int64_t sourceId = -1;
        int64_t ordinal = 0;
        const auto flush = [&] {
            if (builder && builder->size() > 0)
                insert(sourceId, ordinal - builder->size(), builder->encode());
            builder.reset();
        };
        while (rows.step()) {
            if (rows.int64(0) != sourceId || (builder && builder->isFull())) {
                flush();
                if (rows.int64(0) != sourceId)
                    ordinal = 0;
                sourceId = rows.int64(0);
                builder = std::make_unique<LogBlockBuilder>();
            }
            LogRecord record;
            record.timeProblem = LogRecord::TimeProblem(rows.int64(3));
            record.timeNs = rows.isNull(2) ? 0 : rows.int64(2);
            record.level = LogLevel(rows.int64(4));
            record.levelText = rows.textView(5);
            record.service = rows.textView(6);
            record.body = rows.textView(7);
            record.traceId = rows.textView(8);
            record.spanId = rows.textView(9);
            record.attributes = rows.textView(10);
            if (record.attributes == "{}")
                record.attributes.clear();
            builder->add(record);
            ++ordinal;
        }
        flush();
    } // the read statement is finalized before its table goes
    SqliteStatement dropIndex(m_db, "DROP TABLE log_search");
    dropIndex.exec();
    SqliteStatement dropRows(m_db, "DROP TABLE log");
    dropRows.exec();
}

} // namespace eg::store
