#include "criticalpath.h"

#include <algorithm>

namespace eg::analysis {

CriticalPath::CriticalPath(const SpanTree &tree)
{
    if (tree.roots().empty())
        return;
    // The path runs through the top-level span that ends last. A missing-parent
    // placeholder is not work anyone did: it is only chosen when no real span is on top.
    const auto better = [&tree](int32_t a, int32_t b) {
        const bool realA = !tree.node(a).isPlaceholder();
        const bool realB = !tree.node(b).isPlaceholder();
        if (realA != realB)
            return realA;
        return tree.node(a).endNs > tree.node(b).endNs;
    };
    m_root = tree.roots().front();
    for (int32_t root : tree.roots())
        if (better(root, m_root))
            m_root = root;
    m_onPath.assign(tree.size(), 0);
    m_criticalNs.assign(tree.size(), 0);
    // A span adds at most one segment before each child on the path and one after the
    // last: never more than two per span. Reserving that (untouched memory costs nothing)
    // spares a path through a million spans the copies of a growing vector.
    m_segments.reserve(2 * tree.size() + 1);

    // One frame per span being walked: the span, the moment we have walked back to, and
    // its children by end time, latest first, with a cursor into them. The children of all
    // open frames share one buffer, used as a stack: a path through a million spans sorts
    // their children without a million allocations.
    struct Frame
    {
        int32_t node;
        int64_t cursor; // walking back from here
        size_t begin; // this frame's children in `byEnd`
        size_t end;
        size_t next;
    };
    std::vector<int32_t> byEnd;
    const auto open = [&tree, &byEnd](int32_t node, int64_t until) {
        const auto kids = tree.children(node);
        Frame frame {node, std::min(until, tree.node(node).endNs), byEnd.size(), 0, 0};
        byEnd.insert(byEnd.end(), kids.begin(), kids.end());
        frame.end = byEnd.size();
        frame.next = frame.begin;
        const auto latestFirst = [&tree](int32_t a, int32_t b) {
            return tree.node(a).endNs > tree.node(b).endNs;
        };
        // Children come in start order; siblings that run one after another are already
        // in end order, backwards.
        auto first = byEnd.begin() + std::ptrdiff_t(frame.begin);
        if (!std::is_sorted(first, byEnd.end(), latestFirst)) {
            std::reverse(first, byEnd.end());
            if (!std::is_sorted(first, byEnd.end(), latestFirst))
                std::stable_sort(first, byEnd.end(), latestFirst);
        }
        return frame;
    };

    const auto addSegment = [this](int32_t node, int64_t from, int64_t to) {
        if (to <= from)
            return;
        m_segments.push_back({node, from, to});
        m_criticalNs[size_t(node)] += to - from;
    };

    std::vector<Frame> stack;
    stack.push_back(open(m_root, tree.node(m_root).endNs));
    m_onPath[size_t(m_root)] = 1;
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const SpanTree::Node &node = tree.node(frame.node);
        // The child that finished last at or before the cursor is what the span was
        // waiting for. A child still running at the cursor ran in parallel with the
        // critical one and is passed over (children are clipped to their parent).
        const auto clippedEnd = [&](int32_t child) {
            return std::min(tree.node(child).endNs, node.endNs);
        };
        while (frame.next < frame.end && clippedEnd(byEnd[frame.next]) > frame.cursor)
            ++frame.next;
        if (frame.next == frame.end || frame.cursor <= node.startNs) {
            addSegment(frame.node, node.startNs, frame.cursor);
            byEnd.resize(frame.begin);
            stack.pop_back();
            continue;
        }
        const int32_t child = byEnd[frame.next++];
        const SpanTree::Node &c = tree.node(child);
        const int64_t childEnd = clippedEnd(child);
        // Work started by the span but run after it ended (a queued job) held nothing up.
        const int64_t childStart = std::clamp(c.startNs, node.startNs, node.endNs);
        if (childEnd <= childStart)
            continue;
        addSegment(frame.node, childEnd, frame.cursor);
        frame.cursor = childStart;
        m_onPath[size_t(child)] = 1;
        stack.push_back(open(child, childEnd));
    }
    // Segments were found walking backwards in time.
    std::reverse(m_segments.begin(), m_segments.end());
}

} // namespace eg::analysis
