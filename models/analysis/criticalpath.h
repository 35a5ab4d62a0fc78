#pragma once

#include "spantree.h"

#include <cstdint>
#include <vector>

namespace eg::analysis {

// The chain of work that decided how long the trace took: walking back from the end of
// the root span, at each moment the span whose work was still holding things up (the
// child that finished last before that moment, else the span itself). Shortening
// anything off this path would not have made the request faster. The same walk as
// Jaeger's critical path, done iteratively so that deep traces cannot overflow a stack.
class CriticalPath
{
public:
    struct Segment
    {
        int32_t node = -1;
        int64_t startNs = 0;
        int64_t endNs = 0;
    };

    CriticalPath() = default;
    explicit CriticalPath(const SpanTree &tree);

    // The top-level node the path runs through: the span that ends last (a missing-parent
    // placeholder only when no top-level span is real).
    int32_t rootNode() const { return m_root; }
    // The path's pieces in time order; together they cover the root span.
    const std::vector<Segment> &segments() const { return m_segments; }
    bool contains(int32_t node) const
    {
        return size_t(node) < m_onPath.size() && m_onPath[size_t(node)] != 0;
    }
    // Time during which `node` itself (not its children) was the critical work.
    int64_t criticalNs(int32_t node) const
    {
        return size_t(node) < m_criticalNs.size() ? m_criticalNs[size_t(node)] : 0;
    }

private:
    int32_t m_root = -1;
    std::vector<Segment> m_segments;
    std::vector<uint8_t> m_onPath;
    std::vector<int64_t> m_criticalNs;
};

} // namespace eg::analysis
