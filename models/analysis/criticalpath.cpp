#include "criticalpath.h"

#include <algorithm>

namespace eg::analysis {

CriticalPath::CriticalPath(const SpanTree &tree)
{
    if (tree.roots().empty())
        return;
    m_root = tree.roots().front();
    for (int32_t root : tree.roots())
        if (tree.node(root).endNs > tree.node(m_root).endNs)
            m_root = root;
    m_onPath.assign(tree.size(), 0);
    m_criticalNs.assign(tree.size(), 0);

    // One frame per span being walked: the span, the moment we have walked back to, and
    // its children by end time, latest first, with a cursor into them.
    struct Frame
    {
        int32_t node;
        int64_t cursor; // walking back from here
        std::vector<int32_t> byEnd;
        size_t next = 0;
    };
    const auto open = [&tree](int32_t node, int64_t until) {
        Frame frame {node, std::min(until, tree.node(node).endNs), {}, 0};
        const auto kids = tree.children(node);
        frame.byEnd.assign(kids.begin(), kids.end());
        std::sort(frame.byEnd.begin(), frame.byEnd.end(), [&tree](int32_t a, int32_t b) {
            return tree.node(a).endNs > tree.node(b).endNs;
        });
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
        while (frame.next < frame.byEnd.size()
               && clippedEnd(frame.byEnd[frame.next]) > frame.cursor)
            ++frame.next;
        if (frame.next == frame.byEnd.size() || frame.cursor <= node.startNs) {
            addSegment(frame.node, node.startNs, frame.cursor);
            stack.pop_back();
            continue;
        }
        const int32_t child = frame.byEnd[frame.next++];
        const SpanTree::Node &c = tree.node(child);
        const int64_t childEnd = clippedEnd(child);
        addSegment(frame.node, childEnd, frame.cursor);
        frame.cursor = std::max(c.startNs, node.startNs);
        m_onPath[size_t(child)] = 1;
        stack.push_back(open(child, childEnd));
    }
    // Segments were found walking backwards in time.
    std::reverse(m_segments.begin(), m_segments.end());
}

} // namespace eg::analysis
