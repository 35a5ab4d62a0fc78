#include "sentryspanbatch.h"

#include "importers/common/importcontext.h"

#include "models/store/cachewriter.h"
#include "models/store/ids.h"

#include <QStringList>

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace eg::importers {

namespace {

// "1 span ends" / "2 spans end": the count, then the singular or the plural text.
QString counted(int64_t n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromUtf8(n == 1 ? one : many));
}

} // namespace

void SentrySpanBatch::add(store::SpanRecord span, bool hasStart, bool hasEnd)
{
    if (span.spanId.empty()) {
        ++m_fixes[size_t(Fix::NoSpanId)];
        return;
    }
    if (span.traceId.empty()) {
        ++m_fixes[size_t(Fix::NoTraceId)];
        return;
    }
    if (!hasStart && !hasEnd) {
        ++m_fixes[size_t(Fix::NoTimes)];
        return;
    }
    if (!hasStart || !hasEnd) {
        ++m_fixes[size_t(Fix::OneTimeMissing)];
        if (!hasStart)
            span.startNs = span.endNs;
        else
            span.endNs = span.startNs;
    }
    if (span.endNs < span.startNs) {
        ++m_fixes[size_t(Fix::EndBeforeStart)];
        span.endNs = span.startNs;
    }
    if (span.parentSpanId == span.spanId) {
        ++m_fixes[size_t(Fix::Cycle)];
        span.parentSpanId.clear();
    }
    m_spans.push_back(std::move(span));
    m_checked = false;
}

void SentrySpanBatch::check()
{
    // Duplicates first: the first record of a (trace, span) pair stays.
    {
        std::unordered_set<std::string> seen;
        seen.reserve(m_spans.size());
        std::vector<store::SpanRecord> kept;
        kept.reserve(m_spans.size());
        for (store::SpanRecord &span : m_spans) {
            if (seen.insert(span.traceId + '/' + span.spanId).second)
                kept.push_back(std::move(span));
            else
                ++m_fixes[size_t(Fix::Duplicate)];
        }
        m_spans = std::move(kept);
    }

    // A parent chain that comes back to itself cannot be drawn: walk each chain once and
    // drop the link that closes a loop. 0 unvisited, 1 on the current walk, 2 done.
    std::unordered_map<std::string, std::unordered_map<uint64_t, size_t>> byTrace;
    for (size_t i = 0; i < m_spans.size(); ++i)
        byTrace[m_spans[i].traceId].emplace(store::spanIdKey(m_spans[i].spanId), i);
    std::vector<uint8_t> state(m_spans.size(), 0);
    std::vector<size_t> path;
    for (size_t start = 0; start < m_spans.size(); ++start) {
        if (state[start] != 0)
            continue;
        const auto &ids = byTrace[m_spans[start].traceId];
        path.clear();
        size_t current = start;
        while (state[current] == 0) {
            state[current] = 1;
            path.push_back(current);
            const uint64_t parent = store::spanIdKey(m_spans[current].parentSpanId);
            const auto it = parent == 0 ? ids.end() : ids.find(parent);
            if (it == ids.end())
                break;
            if (state[it->second] == 1) {
                m_spans[current].parentSpanId.clear();
                ++m_fixes[size_t(Fix::Cycle)];
                break;
            }
            current = it->second;
        }
        for (const size_t i : path)
            state[i] = 2;
    }
    m_checked = true;
}

QStringList SentrySpanBatch::warnings() const
{
    QStringList out;
    const auto fix = [&](Fix f) {
        return m_fixes[size_t(f)];
    };
    const auto problem = [&](Problem p) {
        return m_problems[size_t(p)];
    };
    if (const int64_t n = fix(Fix::EndBeforeStart))
        out << counted(n, "span ends before it starts; shown with zero duration",
                       "spans end before they start; shown with zero duration");
    if (const int64_t n = fix(Fix::OneTimeMissing))
        out << counted(n, "span has only a start or only an end time; shown with zero duration",
                       "spans have only a start or only an end time; shown with zero duration");
    if (const int64_t n = fix(Fix::NoTimes))
        out << counted(n, "span has no start or end time and is left out",
                       "spans have no start or end time and are left out");
    if (const int64_t n = fix(Fix::NoSpanId))
        out << counted(n, "span has no span id and is left out",
                       "spans have no span id and are left out");
    if (const int64_t n = fix(Fix::NoTraceId))
        out << counted(n, "span has no trace id and is left out",
                       "spans have no trace id and are left out");
    if (const int64_t n = fix(Fix::Duplicate))
        out << counted(n, "span repeats the trace and span id of an earlier one and is left out",
                       "spans repeat the trace and span id of an earlier one and are left out");
    if (const int64_t n = fix(Fix::Cycle))
        out << counted(n, "span is its own ancestor (a parent cycle); shown as a root",
                       "spans are their own ancestors (parent cycles); shown as roots");
    if (const int64_t n = problem(Problem::OrphanInTransaction))
        out << counted(n,
                       "span names a parent that its transaction does not hold; shown as a "
                       "root until the parent is imported",
                       "spans name a parent that their transaction does not hold; shown as "
                       "roots until the parents are imported");
    if (const int64_t n = problem(Problem::NestedParentMismatch))
        out << counted(n,
                       "span of the trace response sits under another span than its "
                       "`parent_span_id` names; kept where it sits",
                       "spans of the trace response sit under another span than their "
                       "`parent_span_id` names; kept where they sit");
    if (const int64_t n = problem(Problem::IssueNodesSkipped))
        out << counted(n,
                       "error of the trace response belongs to no span and is not imported "
                       "(errors come in a later version)",
                       "errors of the trace response belong to no span and are not imported "
                       "(errors come in a later version)");
    if (problem(Problem::NoTraceIdInResponse) > 0)
        out << QStringLiteral("the trace response names no trace id (and the file name holds "
                              "none): its spans are filed under the id of its first "
                              "transaction");
    return out;
}

void SentrySpanBatch::write(store::CacheWriter &writer, ImportContext &context)
{
    if (!m_checked)
        check();
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if ((i & 0xfff) == 0)
            context.checkCancelled();
        writer.addSpan(m_spans[i]);
    }
    for (const QString &warning : warnings())
        writer.addWarning(warning);
}

} // namespace eg::importers
