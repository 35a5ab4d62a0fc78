#include "logreader.h"

#include "cache.h"
#include "sqlitestatement.h"

#include <QStringList>

#include <functional>

namespace eg::store {

namespace {

constexpr const char *kRowColumns = "SELECT l.id, l.source_id, l.ordinal, l.time_ns, "
                                    "l.time_problem, l.level, l.level_text, l.service, l.body, "
                                    "l.trace_id, l.span_id FROM log l ";

LogRow rowFrom(const SqliteStatement &query)
{
    LogRow row;
    row.id = query.int64(0);
    row.sourceId = query.int64(1);
    row.ordinal = query.int64(2);
    if (!query.isNull(3))
        row.timeNs = query.int64(3);
    row.timeProblem = LogRecord::TimeProblem(query.int64(4));
    row.level = LogLevel(query.int64(5));
    row.levelText = std::string(query.textView(6));
    row.service = std::string(query.textView(7));
    row.body = std::string(query.textView(8));
    row.traceId = std::string(query.textView(9));
    row.spanId = std::string(query.textView(10));
    return row;
}

} // namespace

// The FROM/WHERE part of a query for a filter, with the values to bind in order.
struct LogReader::Where
{
    std::string sql;
    std::vector<std::function<void(SqliteStatement &, int)>> binds;

    void bindAll(SqliteStatement &query, int first = 1) const
    {
        for (size_t i = 0; i < binds.size(); ++i)
            binds[i](query, first + int(i));
    }
};

LogReader::LogReader(const Cache &cache)
    : m_cache(cache)
{ }

std::string LogReader::ftsQuery(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::string query;
    for (qsizetype i = 0; i < words.size(); ++i) {
        std::string word = words[i].toStdString();
        std::string quoted = "\"";
        for (char c : word) {
            if (c == '"')
                quoted += "\"\"";
            else
                quoted += c;
        }
        quoted += '"';
        if (i + 1 == words.size())
            quoted += '*';
        if (!query.empty())
            query += ' ';
        query += quoted;
    }
    return query;
}

LogReader::Where LogReader::where(const LogFilter &filter) const
{
    Where w;
    std::string conditions;
    const auto add = [&](const std::string &condition) {
        conditions += conditions.empty() ? " WHERE " : " AND ";
        conditions += condition;
    };
    if (filter.hasText()) {
        w.sql += "JOIN log_search s ON s.rowid = l.id ";
        add("log_search MATCH ?");
        const std::string match = ftsQuery(filter.text);
        w.binds.push_back(
            [match](SqliteStatement &q, int i) { q.bind(i, std::string_view(match)); });
    }
    if ((filter.levels & 0x3f) != 0x3f) {
        std::string levels;
        for (int level = 0; level < 6; ++level)
            if (filter.levels & (1 << level))
                levels += (levels.empty() ? "" : ",") + std::to_string(level);
        add("l.level IN (" + (levels.empty() ? std::string("-1") : levels) + ")");
    }
    const auto addText = [&](const std::string &condition, const std::string &value) {
        add(condition);
        w.binds.push_back(
            [value](SqliteStatement &q, int i) { q.bind(i, std::string_view(value)); });
    };
    if (!filter.service.empty())
        addText("l.service = ?", filter.service);
    if (!filter.attributeKey.empty()) {
        // json_extract takes a path; the key is quoted so that dots stay part of it.
        std::string path = "$.\"";
        for (char c : filter.attributeKey)
            path += c == '"' ? std::string("\\\"") : std::string(1, c);
        path += '"';
        add("CAST(json_extract(l.attributes, ?) AS TEXT) = ?");
        w.binds.push_back([path](SqliteStatement &q, int i) { q.bind(i, std::string_view(path)); });
        const std::string value = filter.attributeValue;
        w.binds.push_back(
            [value](SqliteStatement &q, int i) { q.bind(i, std::string_view(value)); });
    }
    if (!filter.traceId.empty())
        addText("l.trace_id = ?", filter.traceId);
    if (!filter.spanId.empty())
        addText("l.span_id = ?", filter.spanId);
    if (filter.fromNs) {
        add("l.time_ns >= ?");
        const int64_t from = *filter.fromNs;
        w.binds.push_back([from](SqliteStatement &q, int i) { q.bind(i, from); });
    }
    if (filter.toNs) {
        add("l.time_ns < ?");
        const int64_t to = *filter.toNs;
        w.binds.push_back([to](SqliteStatement &q, int i) { q.bind(i, to); });
    }
    if (!filter.sourceIds.empty()) {
        std::string ids;
        for (int64_t id : filter.sourceIds)
            ids += (ids.empty() ? "" : ",") + std::to_string(id);
        add("l.source_id IN (" + ids + ")");
    }
    w.sql += conditions;
    return w;
}

int64_t LogReader::count(const LogFilter &filter) const
{
    const Where w = where(filter);
    SqliteStatement query(m_cache.handle(), "SELECT count(*) FROM log l " + w.sql);
    w.bindAll(query);
    query.step();
    return query.int64(0);
}

std::array<int64_t, 6> LogReader::countByLevel(const LogFilter &filter) const
{
    const Where w = where(filter);
    SqliteStatement query(m_cache.handle(),
                          "SELECT l.level, count(*) FROM log l " + w.sql + " GROUP BY l.level");
    w.bindAll(query);
    std::array<int64_t, 6> counts {};
    while (query.step()) {
        const int64_t level = query.int64(0);
        if (level >= 0 && level < 6)
            counts[size_t(level)] = query.int64(1);
    }
    return counts;
}

std::vector<LogRow> LogReader::page(const LogFilter &filter, int64_t offset, int limit) const
{
    const Where w = where(filter);
    std::vector<LogRow> rows;
    const auto read = [&](const std::string &conditionAndOrder, int64_t at, int64_t count) {
        SqliteStatement query(m_cache.handle(),
                              std::string(kRowColumns) + w.sql + conditionAndOrder
                                  + " LIMIT ? OFFSET ?");
        w.bindAll(query);
        query.bind(int(w.binds.size()) + 1, count).bind(int(w.binds.size()) + 2, at);
        while (query.step())
            rows.push_back(rowFrom(query));
    };
    // With text, FTS5 hands matches out in rowid (file) order and the first page needs no
    // sort of every match.
    if (filter.hasText()) {
        read(" ORDER BY s.rowid", offset, limit);
        return rows;
    }
    // Without text: the lines with a time in time order, walked along the time index, then
    // those without one in file order. One query ordered by "time_ns IS NULL" first would
    // sort every line of the cache for each page.
    const std::string glue = w.sql.find(" WHERE ") == std::string::npos ? " WHERE " : " AND ";
    read(glue + "l.time_ns IS NOT NULL ORDER BY l.time_ns, l.source_id, l.ordinal", offset, limit);
    if (int64_t(rows.size()) == limit)
        return rows;
    int64_t timed = offset + int64_t(rows.size());
    if (rows.empty() && offset > 0) {
        // Past the timed lines: how many there are says where the others start.
        SqliteStatement count(m_cache.handle(),
                              "SELECT count(*) FROM log l " + w.sql + glue
                                  + "l.time_ns IS NOT NULL");
        w.bindAll(count);
        count.step();
        timed = count.int64(0);
    }
    read(glue + "l.time_ns IS NULL ORDER BY l.source_id, l.ordinal",
         std::max<int64_t>(0, offset - timed), limit - int64_t(rows.size()));
    return rows;
}

std::optional<LogRow> LogReader::row(int64_t logId) const
{
    SqliteStatement query(m_cache.handle(), std::string(kRowColumns) + "WHERE l.id = ?");
    query.bind(1, logId);
    if (!query.step())
        return std::nullopt;
    return rowFrom(query);
}

std::vector<LogRow> LogReader::around(int64_t logId, int before, int after) const
{
    const auto center = row(logId);
    if (!center)
        return {};
    SqliteStatement query(m_cache.handle(),
                          std::string(kRowColumns)
                              + "WHERE l.source_id = ? AND l.ordinal BETWEEN ? AND ? "
                                "ORDER BY l.ordinal");
    query.bind(1, center->sourceId)
        .bind(2, center->ordinal - before)
        .bind(3, center->ordinal + after);
    std::vector<LogRow> rows;
    while (query.step())
        rows.push_back(rowFrom(query));
    return rows;
}

std::string LogReader::attributes(int64_t logId) const
{
    SqliteStatement query(m_cache.handle(), "SELECT attributes FROM log WHERE id = ?");
    query.bind(1, logId);
    return query.step() ? std::string(query.textView(0)) : std::string();
}

std::optional<std::pair<int64_t, int64_t>> LogReader::timeRange(const LogFilter &filter) const
{
    const Where w = where(filter);
    // Apart, each of min() and max() is one step along the time index; together in one
    // query SQLite reads every line.
    const auto extreme = [&](const char *function) -> std::optional<int64_t> {
        SqliteStatement query(m_cache.handle(),
                              std::string("SELECT ") + function + "(l.time_ns) FROM log l "
                                  + w.sql);
        w.bindAll(query);
        if (!query.step() || query.isNull(0))
            return std::nullopt;
        return query.int64(0);
    };
    const auto first = extreme("min");
    if (!first)
        return std::nullopt;
    return std::make_pair(*first, extreme("max").value_or(*first));
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
    LogFilter window = filter;
    window.fromNs = std::max(fromNs, filter.fromNs.value_or(fromNs));
    window.toNs = std::min(toNs, filter.toNs.value_or(toNs));
    const Where w = where(window);
    SqliteStatement query(m_cache.handle(), "SELECT l.time_ns, l.level FROM log l " + w.sql);
    w.bindAll(query);
    while (query.step()) {
        const int64_t time = query.int64(0);
        const int64_t level = query.int64(1);
        const int bin = std::min(bins - 1, int(double(time - fromNs) / width));
        if (bin >= 0 && level >= 0 && level < 6)
            ++result[size_t(bin)].byLevel[size_t(level)];
    }
    return result;
}

std::vector<std::pair<std::string, int64_t>>
LogReader::countByService(const LogFilter &filter) const
{
    const Where w = where(filter);
    SqliteStatement query(m_cache.handle(),
                          "SELECT l.service, count(*) FROM log l " + w.sql
                              + " GROUP BY l.service ORDER BY l.service");
    w.bindAll(query);
    std::vector<std::pair<std::string, int64_t>> counts;
    while (query.step())
        counts.emplace_back(std::string(query.textView(0)), query.int64(1));
    return counts;
}

std::vector<std::string> LogReader::services() const
{
    SqliteStatement query(m_cache.handle(),
                          "SELECT DISTINCT service FROM log WHERE service <> '' ORDER BY service");
    std::vector<std::string> names;
    while (query.step())
        names.emplace_back(query.textView(0));
    return names;
}

} // namespace eg::store
