#pragma once

#include "logblock.h"
#include "logreader.h"
#include "logtextquery.h"

#include <array>
#include <optional>

namespace eg::store {

// A LogFilter applied to blocks of lines: first to a block's summary (can any line of it
// match? do its counts alone say how many do?), then, when they cannot, line by line.
class LogBlockMatcher
{
public:
    enum class Lines { All, Timed, Untimed };

    explicit LogBlockMatcher(const LogFilter &filter);

    // Searched text without a single word: no line matches.
    bool matchesNothing() const { return m_text && m_text->isEmpty(); }
    const LogTextQuery *text() const { return m_text ? &*m_text : nullptr; }
    bool needsBodies() const
    {
        return m_text || !m_filter.traceId.empty() || !m_filter.spanId.empty();
    }
    bool needsAttributes() const { return !m_filter.attributeKey.empty(); }

    // False when the summary shows that no line of the block matches.
    bool mayMatch(const LogBlockSummary &block) const;
    // The matching lines among `lines` of the block, by level, when the summary alone
    // decides it: only levels (and a service or time window the whole block is inside)
    // narrow. nullopt: the block must be decoded.
    std::optional<std::array<int64_t, 6>> countsFromSummary(const LogBlockSummary &block,
                                                            Lines lines) const;
    // The block decoded with what needs...() asked for.
    bool matches(const LogBlock &block, int line) const;

private:
    bool attributeMatches(std::string_view attributes) const;

    LogFilter m_filter;
    std::optional<LogTextQuery> m_text;
};

} // namespace eg::store
