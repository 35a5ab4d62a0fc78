#include "tracereader.h"

#include "cache.h"
#include "ids.h"
#include "sqlitestatement.h"
#include "storeerror.h"
#include "tracesummaries.h"

#include <array>
#include <exception>
#include <string>
#include <thread>
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

// Interns the few distinct names, ops and services of a trace once each, looked up by
// string_view so that a million rows allocate nothing.
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
        const auto found = m_index.find(text);
        if (found != m_index.end())
            return found->second;
        const int32_t index = int32_t(m_strings.size());
        m_strings.emplace_back(text);
        m_index.emplace(m_strings.back(), index);
        return index;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };

    std::vector<std::string> &m_strings;
    std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> m_index;
};

// One text column of consecutive rows: services, ops, statuses and parents mostly repeat
// from one span to the next, so the last value is compared before anything is hashed.
template<typename Value> class RepeatMemo
{
public:
    template<typename Compute> Value get(std::string_view text, Compute &&compute)
    {
        if (m_valid && text == m_text)
            return m_value;
        m_text.assign(text);
        m_value = compute(text);
        m_valid = true;
        return m_value;
    }

private:
    std::string m_text;
    Value m_value {};
    bool m_valid = false;
};

constexpr const char *kSpanColumns
    = "SELECT id, span_id, parent_span_id, start_ns, end_ns, name, op, service, kind, status, "
      "segment_id, profile_id, profiler_id, thread_id, is_error, is_segment FROM span "
      "WHERE trace_id = ? ";
constexpr int kTextColumns = 9; // name .. thread_id

// Appends the rows of a span query to `data`, interning into data.strings.
void readSpans(SqliteStatement &query, TraceData &data)
{
    StringInterner strings(data.strings);
    std::array<RepeatMemo<int32_t>, kTextColumns> columns;
    RepeatMemo<uint64_t> parents;
    const auto intern = [&strings](std::string_view text) {
        return strings.intern(text);
    };
    while (query.step()) {
        TraceSpan span;
        span.rowId = query.int64(0);
        span.spanId = spanIdKey(query.textView(1));
        span.parentId = parents.get(query.textView(2), spanIdKey);
        span.startNs = query.int64(3);
        span.endNs = query.int64(4);
        int32_t *text[kTextColumns]
            = {&span.name,      &span.op,        &span.service,    &span.kind,    &span.status,
               &span.segmentId, &span.profileId, &span.profilerId, &span.threadId};
        for (int c = 0; c < kTextColumns; ++c)
            *text[c] = columns[size_t(c)].get(query.textView(5 + c), intern);
        span.isError = query.int64(14) != 0;
        span.isSegment = query.int64(15) != 0;
        data.spans.push_back(span);
    }
}

// Moves the spans of `part` to the end of `data`, their strings into data's table.
void appendPart(TraceData &data, TraceData &&part)
{
    StringInterner strings(data.strings);
    std::vector<int32_t> remap(part.strings.size(), 0);
    for (size_t i = 1; i < part.strings.size(); ++i)
        remap[i] = strings.intern(part.strings[i]);
    data.spans.reserve(data.spans.size() + part.spans.size());
    for (TraceSpan span : part.spans) {
        for (int32_t *text : {&span.name, &span.op, &span.service, &span.kind, &span.status,
                              &span.segmentId, &span.profileId, &span.profilerId, &span.threadId})
            *text = remap[size_t(*text)];
        data.spans.push_back(span);
    }
}

// Traces from this many spans on are read by two connections at once, each half of them.
constexpr int64_t kSplitFrom = 100'000;

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

int64_t TraceReader::spanRow(std::string_view traceId, std::string_view spanId) const
{
    SqliteStatement query(m_cache.handle(),
                          "SELECT id FROM span WHERE trace_id = ? AND span_id = ? "
                          "ORDER BY source_id, ordinal LIMIT 1");
    query.bind(1, traceId).bind(2, spanId);
    return query.step() ? query.int64(0) : 0;
}

TraceData TraceReader::loadTrace(std::string_view traceId) const
{
    TraceData data;
    data.traceId = std::string(traceId);
    SqliteStatement count(m_cache.handle(), "SELECT span_count FROM trace WHERE trace_id = ?");
    count.bind(1, traceId);

    const int64_t spanCount = count.step() ? count.int64(0) : 0;
    const QString path = m_cache.path();
    const bool ownFile = !path.isEmpty() && path != QLatin1String(":memory:")
        && !path.startsWith(QLatin1String("file:"));
    if (spanCount >= kSplitFrom && ownFile) {
        // A big trace: reading rows is most of the time, so two connections (one per
        // thread, as ARCHITECTURE.md has it) read the halves in (source, position) order.
        // The split is a guess from the first and last span's positions, found through the
        // index without reading rows; a lopsided guess costs time, never spans.
        SqliteStatement first(m_cache.handle(),
                              "SELECT source_id, ordinal FROM span WHERE trace_id = ? "
                              "ORDER BY source_id, ordinal LIMIT 1");
        SqliteStatement last(m_cache.handle(),
                             "SELECT source_id, ordinal FROM span WHERE trace_id = ? "
                             "ORDER BY source_id DESC, ordinal DESC LIMIT 1");
        first.bind(1, traceId);
        last.bind(1, traceId);
        if (first.step() && last.step()) {
            const int64_t firstSource = first.int64(0);
            const int64_t firstOrdinal = first.int64(1);
            const int64_t lastSource = last.int64(0);
            const int64_t lastOrdinal = last.int64(1);
            // Within one source, half way between its first and last span; across sources,
            // the last source on its own.
            const int64_t splitSource = lastSource;
            const int64_t splitOrdinal
                = firstSource == lastSource ? firstOrdinal + (lastOrdinal - firstOrdinal) / 2 : 0;
            TraceData later;
            std::exception_ptr failure;
            std::thread helper([&] {
                try {
                    Cache own(path);
                    // Rows are read once, in order: a large page cache would only cost
                    // memory to fill.
                    own.execute("PRAGMA cache_size = -4096");
                    SqliteStatement query(own.handle(),
                                          std::string(kSpanColumns)
                                              + "AND (source_id, ordinal) >= (?, ?) "
                                                "ORDER BY source_id, ordinal");
                    query.bind(1, traceId).bind(2, splitSource).bind(3, splitOrdinal);
                    later.spans.reserve(size_t(spanCount / 2 + 1024));
                    readSpans(query, later);
                } catch (...) {
                    failure = std::current_exception();
                }
            });
            try {
                SqliteStatement query(m_cache.handle(),
                                      std::string(kSpanColumns)
                                          + "AND (source_id, ordinal) < (?, ?) "
                                            "ORDER BY source_id, ordinal");
                query.bind(1, traceId).bind(2, splitSource).bind(3, splitOrdinal);
                data.spans.reserve(size_t(spanCount) + 1024);
                readSpans(query, data);
            } catch (...) {
                helper.join();
                throw;
            }
            helper.join();
            if (failure)
                std::rethrow_exception(failure);
            // The halves add up unless an import changed the trace in between: then read
            // it again in one go rather than show a mix.
            if (int64_t(data.spans.size() + later.spans.size()) == spanCount) {
                appendPart(data, std::move(later));
                return data;
            }
            data.spans.clear();
            data.strings.assign(1, std::string());
        }
    }
    data.spans.reserve(size_t(spanCount));
    SqliteStatement query(m_cache.handle(),
                          std::string(kSpanColumns) + "ORDER BY source_id, ordinal");
    query.bind(1, traceId);
    readSpans(query, data);
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
