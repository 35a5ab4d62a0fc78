#include "tracesummaries.h"

#include "ids.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

namespace eg::store {

namespace {

struct SummarySpan
{
    uint64_t spanId;
    uint64_t parentId;
    std::string name;
    std::string service;
    int64_t startNs;
};

void createMarkTable(sqlite3 *db)
{
    SqliteStatement create(db,
                           "CREATE TEMP TABLE IF NOT EXISTS marked_trace "
                           "(trace_id TEXT PRIMARY KEY) WITHOUT ROWID");
    create.exec();
}

std::string joined(const std::vector<std::string> &names)
{
    std::string result;
    for (const std::string &name : names) {
        if (!result.empty())
            result.push_back(TraceSummaries::kSeparator);
        result += name;
    }
    return result;
}

} // namespace

void TraceSummaries::markTracesOf(sqlite3 *db, int64_t sourceId)
{
    createMarkTable(db);
    // The traces of its error events too: they add to the error count of a trace whose
    // spans came from another source.
    SqliteStatement mark(db,
                         "INSERT OR IGNORE INTO marked_trace SELECT DISTINCT trace_id "
                         "FROM span WHERE source_id = ? UNION SELECT trace_id FROM error_event "
                         "WHERE source_id = ? AND trace_id <> ''");
    mark.bind(1, sourceId).bind(2, sourceId);
    mark.exec();
}

void TraceSummaries::rebuildMarked(sqlite3 *db)
{
    createMarkTable(db);
    SqliteStatement(db, "DELETE FROM trace WHERE trace_id IN (SELECT trace_id FROM marked_trace)")
        .exec();

    SqliteStatement insert(db,
                           "INSERT INTO trace (trace_id, root_name, roots, services, "
                           "start_ns, end_ns, span_count, error_count) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement spans(db,
                          "SELECT s.trace_id, s.span_id, s.parent_span_id, s.name, "
                          "s.service, s.start_ns, s.end_ns, s.is_error FROM marked_trace m "
                          "JOIN span s ON s.trace_id = m.trace_id "
                          "ORDER BY s.trace_id, s.source_id, s.ordinal");

    std::string traceId;
    std::vector<SummarySpan> members;
    int64_t endNs = 0;
    int64_t errors = 0;
    auto flush = [&]() {
        if (members.empty())
            return;
        std::unordered_set<uint64_t> ids;
        ids.reserve(members.size());
        int64_t startNs = members.front().startNs;
        for (const SummarySpan &span : members) {
            ids.insert(span.spanId);
            startNs = std::min(startNs, span.startNs);
        }
        std::vector<std::string> roots;
        std::vector<std::string> services;
        std::unordered_set<std::string> seenServices;
        const SummarySpan *earliestRoot = nullptr;
        for (const SummarySpan &span : members) {
            if (span.parentId == 0 || !ids.contains(span.parentId)) {
                roots.push_back(span.name);
                if (!earliestRoot || span.startNs < earliestRoot->startNs)
                    earliestRoot = &span;
            }
            if (!span.service.empty() && seenServices.insert(span.service).second)
                services.push_back(span.service);
        }
        insert.bind(1, std::string_view(traceId))
            .bind(2, std::string_view(earliestRoot ? earliestRoot->name : members.front().name))
            .bind(3, std::string_view(joined(roots)))
            .bind(4, std::string_view(joined(services)))
            .bind(5, startNs)
            .bind(6, endNs)
            .bind(7, int64_t(members.size()))
            .bind(8, errors);
        insert.exec();
        members.clear();
        errors = 0;
    };

    while (spans.step()) {
        const std::string_view id = spans.textView(0);
        if (id != traceId) {
            flush();
            traceId = std::string(id);
            endNs = spans.int64(6);
        }
        SummarySpan span;
        span.spanId = spanIdKey(spans.textView(1));
        span.parentId = spanIdKey(spans.textView(2));
        span.name = std::string(spans.textView(3));
        span.service = std::string(spans.textView(4));
        span.startNs = spans.int64(5);
        endNs = std::max(endNs, spans.int64(6));
        errors += spans.int64(7);
        members.push_back(std::move(span));
    }
    flush();
    // Error events of a trace add to its failed spans; an error alone makes no trace row.
    SqliteStatement(db,
                    "UPDATE trace SET error_count = error_count + (SELECT count(*) FROM "
                    "error_event e WHERE e.trace_id = trace.trace_id) WHERE trace_id IN "
                    "(SELECT trace_id FROM marked_trace)")
        .exec();
    SqliteStatement(db, "DELETE FROM marked_trace").exec();
}

} // namespace eg::store
