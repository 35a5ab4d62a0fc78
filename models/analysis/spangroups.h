#pragma once

#include "spantree.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace eg::analysis {

// Autogrouping, as Sentry's trace view does it, so that the shapes that matter read at a
// glance instead of as a wall of rows:
// - a run of consecutive sibling spans with the same op and name (the N+1 query shape)
//   becomes one row "10 × db.query SELECT … (total 62 ms)";
// - a chain of spans where each has exactly one child with the same op (middleware
//   calling middleware) becomes one row for the whole chain.
class SpanGroups
{
public:
    enum class Kind { Siblings, Chain };

    struct Group
    {
        Kind kind = Kind::Siblings;
        // Siblings: the run in start order. Chain: the spans from the top down.
        std::vector<int32_t> members;
        int64_t startNs = 0;
        int64_t endNs = 0;
        // Siblings: the sum of their durations (what the repeated work cost in all);
        // Chain: the top span's duration.
        int64_t totalNs = 0;

        int32_t first() const { return members.front(); }
        int32_t last() const { return members.back(); }
    };

    // Sentry groups sibling runs from five spans on, and chains from two.
    static constexpr size_t kMinSiblingRun = 5;
    static constexpr size_t kMinChainLength = 2;

    SpanGroups() = default;
    explicit SpanGroups(const SpanTree &tree);

    const std::vector<Group> &groups() const { return m_groups; }
    const Group &group(int32_t index) const { return m_groups[size_t(index)]; }
    // The sibling run that starts at `node`, or -1.
    int32_t siblingRunAt(int32_t node) const;
    // The chain whose top span is `node`, or -1.
    int32_t chainAt(int32_t node) const;
    // The sibling run `node` belongs to, or -1.
    int32_t siblingRunOf(int32_t node) const;
    // The chain `node` belongs to (top included), or -1.
    int32_t chainOf(int32_t node) const;

    // "10 × db.query SELECT id FROM orders … (total 62 ms)" / "3 nested middleware spans".
    QString label(int32_t group, const SpanTree &tree) const;

private:
    std::vector<Group> m_groups;
    std::vector<int32_t> m_siblingRunAt;
    std::vector<int32_t> m_siblingRunOf;
    std::vector<int32_t> m_chainAt;
    std::vector<int32_t> m_chainOf;
};

} // namespace eg::analysis
