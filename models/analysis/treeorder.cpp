#include "treeorder.h"

#include <algorithm>
#include <string_view>

namespace eg::analysis {

bool TreeOrder::heavierFirst(const TreeNode &a, const TreeNode &b,
                             const std::vector<store::Frame> &frames)
{
    if (a.total != b.total)
        return a.total > b.total;
    const std::string_view nameA = frames[size_t(a.frame)].name;
    const std::string_view nameB = frames[size_t(b.frame)].name;
    if (nameA != nameB)
        return nameA < nameB;
    return a.frame < b.frame;
}

std::vector<TreeNode> TreeOrder::finish(std::vector<TreeNode> nodes,
                                        const std::vector<store::Frame> &frames)
{
    // 1. Totals bottom-up: children always come after their parent.
    for (auto &n : nodes) {
        n.total = n.self;
        n.samples = n.selfSamples;
    }
    for (size_t i = nodes.size(); i-- > 1;) {
        TreeNode &parent = nodes[size_t(nodes[i].parent)];
        parent.total += nodes[i].total;
        parent.samples += nodes[i].samples;
    }

    // 2. Children lists (counting sort by parent), each sorted heaviest first.
    const size_t count = nodes.size();
    std::vector<int32_t> childStart(count + 1, 0);
    for (size_t i = 1; i < count; ++i)
        ++childStart[size_t(nodes[i].parent) + 1];
    for (size_t i = 0; i < count; ++i)
        childStart[i + 1] += childStart[i];
    std::vector<int32_t> children(count > 0 ? count - 1 : 0);
    {
        std::vector<int32_t> fill(childStart.begin(), childStart.end() - 1);
        for (size_t i = 1; i < count; ++i)
            children[size_t(fill[size_t(nodes[i].parent)]++)] = int32_t(i);
    }
    for (size_t i = 0; i < count; ++i) {
        if (childStart[i + 1] - childStart[i] > 1)
            std::sort(children.begin() + childStart[i], children.begin() + childStart[i + 1],
                      [&](int32_t a, int32_t b) {
                          return heavierFirst(nodes[size_t(a)], nodes[size_t(b)], frames);
                      });
    }

    // 3. Breadth-first numbering.
    std::vector<TreeNode> ordered(count);
    std::vector<int32_t> order; // old index of the node at each new position
    std::vector<int32_t> orderParent; // new index of its parent
    order.reserve(count);
    orderParent.reserve(count);
    if (count > 0) {
        order.push_back(0);
        orderParent.push_back(-1);
    }
    constexpr size_t kLookAhead = 8;
    for (size_t k = 0; k < order.size(); ++k) {
        // The queue is known ahead of the walk; fetching ahead hides the cache misses of
        // jumping from creation order to breadth-first order.
        if (k + kLookAhead < order.size()) {
            const auto ahead = size_t(order[k + kLookAhead]);
            __builtin_prefetch(&nodes[ahead]);
            __builtin_prefetch(&childStart[ahead]);
        }
        const auto old = size_t(order[k]);
        TreeNode n = nodes[old];
        n.parent = orderParent[k];
        n.childCount = childStart[old + 1] - childStart[old];
        n.firstChild = n.childCount > 0 ? int32_t(order.size()) : -1;
        for (int32_t c = childStart[old]; c < childStart[old + 1]; ++c) {
            order.push_back(children[size_t(c)]);
            orderParent.push_back(int32_t(k));
        }
        ordered[k] = n;
    }
    return ordered;
}

} // namespace eg::analysis
