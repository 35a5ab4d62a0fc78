#pragma once

#include "waterfallindex.h"

#include "models/store/tracedata.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace eg::views {

// The waterfall's search: spans whose name, op or service contains the text
// (case-insensitive), in the order the rows list them, with stepping to the next or
// previous one from any span. Each distinct string is tested once, not once per span.
class WaterfallSearch
{
public:
    // Empty text ends the search.
    void find(const store::TraceData &trace, WaterfallIndex &index, const QString &text);
    void clear();

    bool isEmpty() const { return m_matches.empty(); }
    // Per node, whether it matches; empty when nothing does.
    const std::vector<uint8_t> &isMatch() const { return m_isMatch; }
    // The matching nodes in row order.
    const std::vector<int32_t> &matches() const { return m_matches; }
    // Position of `node` among the matches, or -1.
    int indexOf(int32_t node, WaterfallIndex &index) const;
    // The match after (before) `node` in row order, wrapping around; -1 when none. A node
    // of -1 starts from the top (bottom).
    int32_t after(int32_t node, WaterfallIndex &index) const;
    int32_t before(int32_t node, WaterfallIndex &index) const;

private:
    std::vector<uint8_t> m_isMatch;
    std::vector<int32_t> m_matches;
};

} // namespace eg::views
