#include "errorreader.h"

#include "cache.h"
#include "sqlitestatement.h"

namespace eg::store {

namespace {

constexpr const char *kEventColumns
    = "SELECT id, source_id, event_id, time_ns, level, type, value, culprit, trace_id, "
      "span_id, release, environment, replay_id, details FROM error_event ";

ErrorEvent eventFrom(const SqliteStatement &query)
{
    ErrorEvent event;
    event.row = query.int64(0);
    event.sourceId = query.int64(1);
    event.eventId = std::string(query.textView(2));
    if (!query.isNull(3))
        event.timeNs = query.int64(3);
    event.level = std::string(query.textView(4));
    event.type = std::string(query.textView(5));
    event.value = std::string(query.textView(6));
    event.culprit = std::string(query.textView(7));
    event.traceId = std::string(query.textView(8));
    event.spanId = std::string(query.textView(9));
    event.release = std::string(query.textView(10));
    event.environment = std::string(query.textView(11));
    event.replayId = std::string(query.textView(12));
    event.details = std::string(query.textView(13));
    return event;
}

// The filter's conditions on the columns of `table`, each after " AND "; the trace id is
// SQL parameter `traceParameter` and the span id the one after it (bound by bindTrace), so
// one number can serve twice.
std::string filterConditions(const ErrorFilter &filter, const char *table, int traceParameter)
{
    std::string conditions;
    if (!filter.sourceIds.empty()) {
        std::string ids;
        for (int64_t id : filter.sourceIds)
            ids += (ids.empty() ? "" : ",") + std::to_string(id);
        conditions += std::string(" AND ") + table + ".source_id IN (" + ids + ")";
    }
    if (!filter.traceId.empty())
        conditions
            += std::string(" AND ") + table + ".trace_id = ?" + std::to_string(traceParameter);
    if (!filter.traceId.empty() && !filter.spanId.empty())
        conditions
            += std::string(" AND ") + table + ".span_id = ?" + std::to_string(traceParameter + 1);
    return conditions;
}

void bindTrace(SqliteStatement &query, const ErrorFilter &filter, int traceParameter)
{
    if (filter.traceId.empty())
        return;
    query.bind(traceParameter, std::string_view(filter.traceId));
    if (!filter.spanId.empty())
        query.bind(traceParameter + 1, std::string_view(filter.spanId));
}

} // namespace

ErrorReader::ErrorReader(const Cache &cache)
    : m_cache(cache)
{ }

int64_t ErrorReader::count(const std::vector<int64_t> &sourceIds) const
{
    return count(ErrorFilter {sourceIds, {}, {}});
}

int64_t ErrorReader::count(const ErrorFilter &filter) const
{
    // An event several files hold (an envelope and an API export of it) is one error.
    SqliteStatement query(m_cache.handle(),
                          "SELECT count(DISTINCT event_id) FROM error_event e WHERE 1"
                              + filterConditions(filter, "e", 1));
    bindTrace(query, filter, 1);
    query.step();
    return query.int64(0);
}

std::vector<ErrorGroup> ErrorReader::groups(const std::vector<int64_t> &sourceIds) const
{
    return groups(ErrorFilter {sourceIds, {}, {}});
}

std::vector<ErrorGroup> ErrorReader::groups(const ErrorFilter &filter) const
{
    return groupsWhere(filter, nullptr);
}

std::optional<ErrorGroup> ErrorReader::group(const std::string &groupKey,
                                             const ErrorFilter &filter) const
{
    std::vector<ErrorGroup> groups = groupsWhere(filter, &groupKey);
    if (groups.empty())
        return std::nullopt;
    return std::move(groups.front());
}

std::vector<ErrorGroup> ErrorReader::groupsWhere(const ErrorFilter &filter,
                                                 const std::string *groupKey) const
{
    // The latest event is picked among those the filter keeps, so that a trace's errors
    // list opens the trace's own event.
    SqliteStatement query(m_cache.handle(),
                          "SELECT group_key, min(type), count(DISTINCT event_id), "
                          "min(time_ns), max(time_ns), "
                          "(SELECT e2.id FROM error_event e2 WHERE e2.group_key = e.group_key"
                              + filterConditions(filter, "e2", 1)
                              + " ORDER BY e2.time_ns DESC, e2.id DESC LIMIT 1) "
                                "FROM error_event e WHERE 1"
                              + filterConditions(filter, "e", 1)
                              + (groupKey ? " AND e.group_key = ?3" : "")
                              + " GROUP BY group_key ORDER BY 3 DESC, 5 DESC");
    bindTrace(query, filter, 1);
    if (groupKey)
        query.bind(3, std::string_view(*groupKey));
    std::vector<ErrorGroup> groups;
    while (query.step()) {
        ErrorGroup group;
        group.groupKey = std::string(query.textView(0));
        group.type = std::string(query.textView(1));
        group.count = query.int64(2);
        group.firstSeenNs = query.isNull(3) ? 0 : query.int64(3);
        group.lastSeenNs = query.isNull(4) ? 0 : query.int64(4);
        group.latestEventRow = query.int64(5);
        groups.push_back(std::move(group));
    }
    for (ErrorGroup &group : groups)
        if (const auto latest = event(group.latestEventRow))
            group.value = latest->value;
    return groups;
}

std::vector<ErrorEvent> ErrorReader::eventsOfGroup(const std::string &groupKey,
                                                   const ErrorFilter &filter) const
{
    SqliteStatement query(m_cache.handle(),
                          std::string(kEventColumns) + "e WHERE group_key = ?1"
                              + filterConditions(filter, "e", 2) + " ORDER BY time_ns, id");
    query.bind(1, std::string_view(groupKey));
    bindTrace(query, filter, 2);
    std::vector<ErrorEvent> events;
    while (query.step())
        events.push_back(eventFrom(query));
    return events;
}

std::vector<ErrorEvent> ErrorReader::eventsOfTrace(const std::string &traceId,
                                                   const std::string &spanId) const
{
    SqliteStatement query(m_cache.handle(),
                          std::string(kEventColumns)
                              + (spanId.empty() ? "WHERE trace_id = ? ORDER BY time_ns, id"
                                                : "WHERE trace_id = ? AND span_id = ? "
                                                  "ORDER BY time_ns, id"));
    query.bind(1, std::string_view(traceId));
    if (!spanId.empty())
        query.bind(2, std::string_view(spanId));
    std::vector<ErrorEvent> events;
    while (query.step())
        events.push_back(eventFrom(query));
    return events;
}

std::optional<ErrorEvent> ErrorReader::event(int64_t row) const
{
    SqliteStatement query(m_cache.handle(), std::string(kEventColumns) + "WHERE id = ?");
    query.bind(1, row);
    if (!query.step())
        return std::nullopt;
    return eventFrom(query);
}

} // namespace eg::store
