#include "waterfallsearch.h"

#include <algorithm>
#include <limits>

namespace eg::views {

void WaterfallSearch::clear()
{
    m_isMatch.clear();
    m_matches.clear();
}

void WaterfallSearch::find(const store::TraceData &trace, WaterfallIndex &index,
                           const QString &text)
{
    clear();
    const QString typed = text.trimmed();
    if (typed.isEmpty() || trace.spans.empty())
        return;
    // Strings are few next to spans: test each once.
    std::vector<uint8_t> stringMatches(trace.strings.size(), 0);
    for (size_t s = 1; s < trace.strings.size(); ++s) {
        const std::string_view raw = trace.strings[s];
        stringMatches[s] = QString::fromUtf8(raw.data(), qsizetype(raw.size()))
                               .contains(typed, Qt::CaseInsensitive);
    }
    const std::vector<int32_t> &order = index.preorder();
    m_isMatch.assign(order.size(), 0);
    bool any = false;
    for (size_t i = 0; i < trace.spans.size(); ++i) {
        const store::TraceSpan &span = trace.spans[i];
        m_isMatch[i] = stringMatches[size_t(span.name)] | stringMatches[size_t(span.op)]
            | stringMatches[size_t(span.service)];
        any |= m_isMatch[i] != 0;
    }
    if (!any) {
        m_isMatch.clear();
        return;
    }
    for (int32_t node : order)
        if (m_isMatch[size_t(node)])
            m_matches.push_back(node);
}

int WaterfallSearch::indexOf(int32_t node, WaterfallIndex &index) const
{
    if (node < 0 || m_matches.empty())
        return -1;
    const int32_t rank = index.preorderRank(node);
    const auto found = std::lower_bound(
        m_matches.begin(), m_matches.end(), rank,
        [&index](int32_t match, int32_t r) { return index.preorderRank(match) < r; });
    return found != m_matches.end() && *found == node ? int(found - m_matches.begin()) : -1;
}

int32_t WaterfallSearch::after(int32_t node, WaterfallIndex &index) const
{
    if (m_matches.empty())
        return -1;
    const int32_t rank = node >= 0 ? index.preorderRank(node) : -1;
    const auto next = std::upper_bound(
        m_matches.begin(), m_matches.end(), rank,
        [&index](int32_t r, int32_t match) { return r < index.preorderRank(match); });
    return next == m_matches.end() ? m_matches.front() : *next;
}

int32_t WaterfallSearch::before(int32_t node, WaterfallIndex &index) const
{
    if (m_matches.empty())
        return -1;
    const int32_t rank = node >= 0 ? index.preorderRank(node) : std::numeric_limits<int32_t>::max();
    const auto previous = std::lower_bound(
        m_matches.begin(), m_matches.end(), rank,
        [&index](int32_t match, int32_t r) { return index.preorderRank(match) < r; });
    return previous == m_matches.begin() ? m_matches.back() : *(previous - 1);
}

} // namespace eg::views
