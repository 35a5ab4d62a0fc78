#include "flamechartsearch.h"

#include <algorithm>

namespace eg::views {

FlameChartSearch::FlameChartSearch(const analysis::FlameChartLayout &layout,
                                   const std::vector<store::StackNode> &stacks,
                                   const std::vector<char> &frameMatches)
{
    // Per stack first: spans then need one lookup each instead of two.
    std::vector<char> stackMatches(stacks.size(), 0);
    for (size_t s = 0; s < stacks.size(); ++s) {
        const int32_t frame = stacks[s].frame;
        stackMatches[s]
            = frame >= 0 && size_t(frame) < frameMatches.size() && frameMatches[size_t(frame)];
    }
    m_matches.resize(size_t(layout.depthCount()));
    for (int32_t depth = 0; depth < layout.depthCount(); ++depth) {
        const auto spans = layout.row(depth);
        auto &matches = m_matches[size_t(depth)];
        for (size_t i = 0; i < spans.size(); ++i) {
            const auto stack = size_t(spans[i].stack);
            if (stack < stackMatches.size() && stackMatches[stack])
                matches.push_back(int32_t(i));
        }
        m_count += int64_t(matches.size());
    }
}

bool FlameChartSearch::holdsMatch(int32_t depth, size_t first, size_t last) const
{
    if (depth < 0 || size_t(depth) >= m_matches.size())
        return false;
    const auto &matches = m_matches[size_t(depth)];
    const auto it = std::lower_bound(matches.begin(), matches.end(), int32_t(first));
    return it != matches.end() && size_t(*it) <= last;
}

} // namespace eg::views
