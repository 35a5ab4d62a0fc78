#include "tracereader.h"

#include "cache.h"
#include "ids.h"
#include "sqlitestatement.h"
#include "storeerror.h"
#include "tracesummaries.h"

#include <string>
#include <unordered_map>

namespace eg::store {

namespace {

constexpr const char *kTraceColumns = "SELECT t.trace_id, t.root_name, t.roots, t.services, "
                                      "t.start_ns, t.end_ns, t.span_count, t.error_count "
                                      "FROM trace t ";

std::vector<std::string> splitNames(std::string_view text)
{
    std::vector<std::string> names;
    if (text.empty())
        return names;
    size_t begin = 0;
    while (true) {
        const size_t end = text.find(TraceSummaries::kSeparator, begin);
        names.emplace_back(text.substr(begin, end - begin));
        if (end == std::string_view::npos)
            break;
        begin = end + 1;
    }
    return names;
}

TraceInfo traceFromRow(const SqliteStatement &row)
{
    TraceInfo info;
    info.traceId = std::string(row.textView(0));
    info.rootName = std::string(row.textView(1));
    info.roots = splitNames(row.textView(2));
    info.services = splitNames(row.textView(3));
    info.startNs = row.int64(4);
    info.endNs = row.int64(5);
    info.spanCount = row.int64(6);
    info.errorCount = row.int64(7);
    return info;
}

// Interns the few distinct names, ops and services of a trace once each.
class StringInterner
{
public:
    explicit StringInterner(std::vector<std::string> &strings)
        : m_strings(strings)
    {
        for (size_t i = 0; i < strings.size(); ++i)
            m_index.emplace(strings[i], int32_t(i));
    }

    int32_t intern(std::string_view text)
    {
        if (text.empty())
            return 0;
        const auto found = m_index.find(std::string(text));
        if (found != m_index.end())
            return found->second;
        const int32_t index = int32_t(m_strings.size());
        m_strings.emplace_back(text);
        m_index.emplace(m_strings.back(), index);
        return index;
    }

private:
    std::vector<std::string> &m_strings;
    std::unordered_map<std::string, int32_t> m_index;
};

} // namespace

TraceReader::TraceReader(const Cache &cache)
    : m_cache(cache)
{ }

std::vector<TraceInfo> TraceReader::traces() const
{
    SqliteStatement query(m_cache.handle(), std::string(kTraceColumns) + "ORDER BY t.start_ns");
    std::vector<TraceInfo> result;
    while (query.step())
        result.push_back(traceFromRow(query));
    return result;
}

std::vector<TraceInfo> TraceReader::tracesOfSource(int64_t sourceId) const
{
    SqliteStatement query(m_cache.handle(),
                          std::string(kTraceColumns)
                              + "JOIN (SELECT trace_id, min(ordinal) AS first FROM span "
                                "WHERE source_id = ? GROUP BY trace_id) f "
                                "ON f.trace_id = t.trace_id ORDER BY f.first");
    query.bind(1, sourceId);
    std::vector<TraceInfo> result;
    while (query.step())
        result.push_back(traceFromRow(query));
    return result;
}

std::optional<TraceInfo> TraceReader::trace(std::string_view traceId) const
{
    SqliteStatement query(m_cache.handle(), std::string(kTraceColumns) + "WHERE t.trace_id = ?");
    query.bind(1, traceId);
    if (!query.step())
        return std::nullopt;
    return traceFromRow(query);
}

int64_t TraceReader::traceCount() const
{
    SqliteStatement query(m_cache.handle(), "SELECT count(*) FROM trace");
    query.step();
    return query.int64(0);
}

TraceData TraceReader::loadTrace(std::string_view traceId) const
{
    TraceData data;
    data.traceId = std::string(traceId);
    StringInterner strings(data.strings);
    SqliteStatement count(m_cache.handle(), "SELECT span_count FROM trace WHERE trace_id = ?");
    count.bind(1, traceId);
    if (count.step())
        data.spans.reserve(size_t(count.int64(0)));

    SqliteStatement query(m_cache.handle(),
                          "SELECT id, span_id, parent_span_id, start_ns, end_ns, name, op, "
                          "service, kind, status, segment_id, profile_id, profiler_id, "
                          "thread_id, is_error, is_segment FROM span WHERE trace_id = ? "
                          "ORDER BY source_id, ordinal");
    query.bind(1, traceId);
    while (query.step()) {
        TraceSpan span;
        span.rowId = query.int64(0);
        span.spanId = spanIdKey(query.textView(1));
        span.parentId = spanIdKey(query.textView(2));
        span.startNs = query.int64(3);
        span.endNs = query.int64(4);
        span.name = strings.intern(query.textView(5));
        span.op = strings.intern(query.textView(6));
        span.service = strings.intern(query.textView(7));
        span.kind = strings.intern(query.textView(8));
        span.status = strings.intern(query.textView(9));
        span.segmentId = strings.intern(query.textView(10));
        span.profileId = strings.intern(query.textView(11));
        span.profilerId = strings.intern(query.textView(12));
        span.threadId = strings.intern(query.textView(13));
        span.isError = query.int64(14) != 0;
        span.isSegment = query.int64(15) != 0;
        data.spans.push_back(span);
    }
    return data;
}

std::optional<SpanDetails> TraceReader::spanDetails(int64_t rowId) const
{
    SqliteStatement query(m_cache.handle(),
                          "SELECT s.trace_id, s.span_id, s.parent_span_id, s.segment_id, "
                          "src.name, s.details FROM span s JOIN source src ON src.id = "
                          "s.source_id WHERE s.id = ?");
    query.bind(1, rowId);
    if (!query.step())
        return std::nullopt;
    SpanDetails details;
    details.traceId = std::string(query.textView(0));
    details.spanId = std::string(query.textView(1));
    details.parentSpanId = std::string(query.textView(2));
    details.segmentId = std::string(query.textView(3));
    details.sourceName = std::string(query.textView(4));
    details.details = std::string(query.textView(5));
    return details;
}

QStringList TraceReader::importWarnings(int64_t sourceId) const
{
    SqliteStatement query(m_cache.handle(),
                          "SELECT message FROM import_warning WHERE source_id = ? ORDER BY seq");
    query.bind(1, sourceId);
    QStringList warnings;
    while (query.step())
        warnings << query.text(0);
    return warnings;
}

} // namespace eg::store
