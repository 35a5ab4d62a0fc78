#include "calltree.h"

#include <algorithm>
#include <bit>
#include <string_view>

namespace eg::analysis {

namespace {

// (parent node, frame) → node, open addressing with linear probing. The tree is built
// from up to millions of stacks; a node-based map would allocate once per node.
class ChildTable
{
public:
    explicit ChildTable(size_t expected)
    {
        const size_t capacity = std::bit_ceil(std::max<size_t>(16, expected * 2));
        m_keys.assign(capacity, kEmpty);
        m_values.resize(capacity);
        m_mask = capacity - 1;
    }

    // The node for (parent, frame), or `fresh` after recording it when there was none.
    int32_t findOrInsert(int32_t parent, int32_t frame, int32_t fresh, bool *inserted)
    {
        const uint64_t key = (uint64_t(uint32_t(parent)) << 32) | uint32_t(frame);
        // A multiplicative mix: parents and frames are small dense integers.
        for (size_t slot = size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask;;
             slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key) {
                *inserted = false;
                return m_values[slot];
            }
            if (m_keys[slot] == kEmpty) {
                m_keys[slot] = key;
                m_values[slot] = fresh;
                *inserted = true;
                return fresh;
            }
        }
    }

private:
    static constexpr uint64_t kEmpty = ~uint64_t(0);
    std::vector<uint64_t> m_keys;
    std::vector<int32_t> m_values;
    size_t m_mask = 0;
};

constexpr int32_t kUnmapped = -2;
constexpr int32_t kVisiting = -3;
constexpr int32_t kInvalid = -1;

} // namespace

CallTree::CallTree()
    : m_nodes(1)
    , m_depthStart {0, 1}
{ }

CallTree::CallTree(const store::ProfileData &profile)
    : m_unit(profile.unit)
{
    const auto &stacks = profile.stacks;
    const auto stackCount = int32_t(stacks.size());
    const auto frameCount = int32_t(profile.frames.size());

    // 1. Weight per distinct stack: one pass over the samples, no tree work per sample.
    std::vector<double> stackWeight(size_t(stackCount), 0.0);
    std::vector<int64_t> stackSamples(size_t(stackCount), 0);
    const size_t sampleCount = std::min(profile.sampleStack.size(), profile.sampleWeight.size());
    for (size_t i = 0; i < sampleCount; ++i) {
        const int32_t s = profile.sampleStack[i];
        const double w = profile.sampleWeight[i];
        if (s < 0) {
            m_idleWeight += w;
            ++m_idleSamples;
        } else if (s < stackCount) {
            stackWeight[size_t(s)] += w;
            ++stackSamples[size_t(s)];
        }
    }

    // 2. Map every used stack to a node keyed by (parent node, frame), so stacks that
    // spell the same frame path merge even when the stack table has duplicates. Nodes are
    // created parents first, which step 3 relies on.
    std::vector<Node> nodes(1);
    nodes.reserve(size_t(stackCount) + 1);
    ChildTable table(size_t(stackCount) + 1);
    std::vector<int32_t> stackNode(size_t(stackCount), kUnmapped);
    std::vector<int32_t> path;
    for (int32_t s = 0; s < stackCount; ++s) {
        if (stackSamples[size_t(s)] == 0)
            continue;
        path.clear();
        int32_t anchor = rootIndex();
        for (int32_t cur = s; cur >= 0;) {
            if (cur >= stackCount) {
                anchor = kInvalid;
                break;
            }
            const int32_t known = stackNode[size_t(cur)];
            if (known != kUnmapped) {
                // A stack met again on its own way up is a cycle in a corrupt table.
                anchor = known == kVisiting ? kInvalid : known;
                break;
            }
            stackNode[size_t(cur)] = kVisiting;
            path.push_back(cur);
            cur = stacks[size_t(cur)].parent;
        }
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            const int32_t frame = stacks[size_t(*it)].frame;
            if (anchor < 0 || frame < 0 || frame >= frameCount) {
                anchor = kInvalid;
            } else {
                bool inserted = false;
                const auto fresh = int32_t(nodes.size());
                const int32_t node = table.findOrInsert(anchor, frame, fresh, &inserted);
                if (inserted) {
                    Node &n = nodes.emplace_back();
                    n.frame = frame;
                    n.parent = anchor;
                    n.depth = nodes[size_t(anchor)].depth + 1;
                }
                anchor = node;
            }
            stackNode[size_t(*it)] = anchor;
        }
        const int32_t leaf = stackNode[size_t(s)];
        if (leaf >= 0) {
            nodes[size_t(leaf)].self += stackWeight[size_t(s)];
            nodes[size_t(leaf)].selfSamples += stackSamples[size_t(s)];
        }
    }
    stackWeight = {};
    stackSamples = {};
    stackNode = {};

    // 3. Totals bottom-up: children always come after their parent.
    for (auto &n : nodes) {
        n.total = n.self;
        n.samples = n.selfSamples;
    }
    for (size_t i = nodes.size() - 1; i > 0; --i) {
        Node &parent = nodes[size_t(nodes[i].parent)];
        parent.total += nodes[i].total;
        parent.samples += nodes[i].samples;
    }

    // 4. Children lists (counting sort by parent), each sorted heaviest first, ties by
    // name so that the layout does not depend on import order.
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
    const auto &frames = profile.frames;
    auto heavierFirst = [&](int32_t a, int32_t b) {
        const Node &na = nodes[size_t(a)];
        const Node &nb = nodes[size_t(b)];
        if (na.total != nb.total)
            return na.total > nb.total;
        const std::string_view nameA = frames[size_t(na.frame)].name;
        const std::string_view nameB = frames[size_t(nb.frame)].name;
        if (nameA != nameB)
            return nameA < nameB;
        return na.frame < nb.frame;
    };
    for (size_t i = 0; i < count; ++i) {
        if (childStart[i + 1] - childStart[i] > 1)
            std::sort(children.begin() + childStart[i], children.begin() + childStart[i + 1],
                      heavierFirst);
    }

    // 5. Renumber breadth first: children of a node become contiguous, depths become
    // contiguous runs ordered left to right.
    std::vector<int32_t> order; // old index of the node at each new position
    std::vector<int32_t> orderParent; // new index of its parent
    order.reserve(count);
    orderParent.reserve(count);
    order.push_back(rootIndex());
    orderParent.push_back(-1);
    m_nodes.resize(count);
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
        Node n = nodes[old];
        n.parent = orderParent[k];
        n.childCount = childStart[old + 1] - childStart[old];
        n.firstChild = n.childCount > 0 ? int32_t(order.size()) : -1;
        for (int32_t c = childStart[old]; c < childStart[old + 1]; ++c) {
            order.push_back(children[size_t(c)]);
            orderParent.push_back(int32_t(k));
        }
        m_nodes[k] = n;
    }

    m_depthStart.clear();
    for (size_t k = 0; k < count; ++k) {
        while (int32_t(m_depthStart.size()) <= m_nodes[k].depth)
            m_depthStart.push_back(int32_t(k));
    }
    m_depthStart.push_back(int32_t(count));
}

std::span<const CallTree::Node> CallTree::children(int32_t index) const
{
    const Node &n = node(index);
    if (n.childCount == 0)
        return {};
    return std::span<const Node>(m_nodes).subspan(size_t(n.firstChild), size_t(n.childCount));
}

int32_t CallTree::row(int32_t index) const
{
    const int32_t parent = node(index).parent;
    return parent < 0 ? 0 : index - node(parent).firstChild;
}

std::vector<int32_t> CallTree::heaviestPath() const
{
    std::vector<int32_t> path {rootIndex()};
    for (int32_t i = rootIndex(); node(i).childCount > 0;) {
        i = node(i).firstChild;
        path.push_back(i);
    }
    return path;
}

std::vector<int32_t> CallTree::pathTo(int32_t index) const
{
    std::vector<int32_t> path;
    for (int32_t i = index; i >= 0; i = node(i).parent)
        path.push_back(i);
    std::reverse(path.begin(), path.end());
    return path;
}

int32_t CallTree::findPath(std::span<const int32_t> frames) const
{
    int32_t current = rootIndex();
    for (const int32_t frame : frames) {
        const Node &n = node(current);
        int32_t found = -1;
        for (int32_t c = n.firstChild; c >= 0 && c < n.firstChild + n.childCount; ++c) {
            if (node(c).frame == frame) {
                found = c;
                break;
            }
        }
        if (found < 0)
            return -1;
        current = found;
    }
    return current;
}

} // namespace eg::analysis
