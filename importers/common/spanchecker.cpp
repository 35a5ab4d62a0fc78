#include "spanchecker.h"

#include "models/store/ids.h"
#include "models/store/spanrecord.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>

namespace eg::importers {

namespace {

QString spans(int64_t n, const char *one, const char *many)
{
    return n == 1 ? QStringLiteral("1 span %1").arg(QLatin1String(one))
                  : QStringLiteral("%1 spans %2").arg(n).arg(QLatin1String(many));
}

} // namespace

void SpanChecker::check(store::SpanRecord &span, uint32_t variant)
{
    if (span.endNs < span.startNs) {
        span.endNs = span.startNs;
        ++m_endBeforeStart;
    }
    // A trace id is only compared for equality here, so its hash is enough (two
    // different ids colliding in 64 bits would merely hide a warning).
    const uint64_t trace = std::hash<std::string_view> {}(span.traceId) | 1;
    m_entries.push_back(
        {trace, store::spanIdKey(span.spanId), store::spanIdKey(span.parentSpanId), variant});
}

QStringList SpanChecker::warnings() const
{
    QStringList out;
    if (m_endBeforeStart > 0)
        out << spans(m_endBeforeStart, "ends before it starts; it is shown with zero duration",
                     "end before they start; they are shown with zero duration");
    if (m_entries.empty())
        return out;

    // Sorted by id and variant, file order kept among equals.
    std::vector<uint32_t> order(m_entries.size());
    for (uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto byId = [&](uint32_t a, uint32_t b) {
        const Entry &x = m_entries[a];
        const Entry &y = m_entries[b];
        return x.trace != y.trace ? x.trace < y.trace : x.span < y.span;
    };
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return byId(a, b) || (!byId(b, a) && m_entries[a].variant < m_entries[b].variant);
    });

    int64_t duplicates = 0;
    std::vector<uint32_t> firstOfId; // one entry per distinct (trace, span), sorted
    firstOfId.reserve(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && !byId(order[i - 1], order[i])) {
            // The other half of a Zipkin span has another variant: not a duplicate.
            if (m_entries[order[i - 1]].variant == m_entries[order[i]].variant)
                ++duplicates;
            continue;
        }
        firstOfId.push_back(order[i]);
    }
    if (duplicates > 0)
        out << (duplicates == 1 ? QStringLiteral("1 span record repeats")
                                : QStringLiteral("%1 span records repeat").arg(duplicates))
                + QStringLiteral(" the id of another span of the same trace; every record is kept");

    // The parent of each distinct id, as an index into firstOfId (-1: none or absent).
    using Id = std::pair<uint64_t, uint64_t>;
    const auto before = [&](uint32_t index, const Id &id) {
        const Entry &e = m_entries[index];
        return Id(e.trace, e.span) < id;
    };
    const auto find = [&](uint64_t trace, uint64_t span) -> int64_t {
        const auto it
            = std::lower_bound(firstOfId.begin(), firstOfId.end(), Id(trace, span), before);
        if (it == firstOfId.end() || m_entries[*it].trace != trace || m_entries[*it].span != span)
            return -1;
        return it - firstOfId.begin();
    };
    int64_t missingParents = 0;
    std::vector<int64_t> parentOf(firstOfId.size(), -1);
    for (size_t i = 0; i < order.size(); ++i) {
        const Entry &entry = m_entries[order[i]];
        if (entry.parent == 0)
            continue;
        const int64_t parent = find(entry.trace, entry.parent);
        if (parent < 0)
            ++missingParents;
    }
    for (size_t i = 0; i < firstOfId.size(); ++i) {
        const Entry &entry = m_entries[firstOfId[i]];
        if (entry.parent != 0)
            parentOf[i] = find(entry.trace, entry.parent);
    }
    if (missingParents > 0)
        out << spans(missingParents,
                     "names a parent that is not in the file; it is shown as a root",
                     "name a parent that is not in the file; they are shown as roots");

    // Walk up from every id; a walk that meets its own path has found a cycle.
    enum : uint8_t { Unseen, OnPath, Done };
    std::vector<uint8_t> state(firstOfId.size(), Unseen);
    std::vector<int64_t> path;
    int64_t inCycles = 0;
    for (size_t start = 0; start < firstOfId.size(); ++start) {
        int64_t at = int64_t(start);
        path.clear();
        while (at >= 0 && state[size_t(at)] == Unseen) {
            state[size_t(at)] = OnPath;
            path.push_back(at);
            at = parentOf[size_t(at)];
        }
        if (at >= 0 && state[size_t(at)] == OnPath) {
            const auto first = std::find(path.begin(), path.end(), at);
            inCycles += path.end() - first;
        }
        for (int64_t node : path)
            state[size_t(node)] = Done;
    }
    if (inCycles > 0)
        out << spans(inCycles,
                     "is its own ancestor (its parent ids form a cycle); the cycle is cut "
                     "where the trace is drawn",
                     "are their own ancestors (their parent ids form cycles); the cycles are "
                     "cut where the trace is drawn");
    return out;
}

} // namespace eg::importers
