#pragma once

#include "models/analysis/flamechartlayout.h"
#include "models/store/profiledata.h"

#include <cstdint>
#include <vector>

namespace eg::views {

// Which calls of a flame chart match a search: per depth, the indexes of the matching
// spans, ascending. Memory follows the matches, not the tens of millions of spans, and a
// merged run of calls finds whether it hides a match with one binary search.
class FlameChartSearch
{
public:
    FlameChartSearch() = default;
    // One pass over every span: for a big profile, run it off the GUI thread.
    FlameChartSearch(const analysis::FlameChartLayout &layout,
                     const std::vector<store::StackNode> &stacks,
                     const std::vector<char> &frameMatches);

    // Whether a span in [first, last] of the depth's row matches.
    bool holdsMatch(int32_t depth, size_t first, size_t last) const;
    int64_t matchCount() const { return m_count; }

private:
    std::vector<std::vector<int32_t>> m_matches;
    int64_t m_count = 0;
};

} // namespace eg::views
