#include "frametree.h"

#include <algorithm>
#include <bit>
#include <string_view>

namespace eg::analysis {

namespace {

constexpr uint64_t kEmpty = ~uint64_t(0);

uint64_t keyOf(int32_t parent, int32_t frame)
{
    return (uint64_t(uint32_t(parent)) << 32) | uint32_t(frame);
}

size_t slotOf(uint64_t key, size_t mask)
{
    // A multiplicative mix: parents and frames are small dense integers.
    return size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

} // namespace

FrameTree::Builder::Builder(const store::ProfileData &profile, size_t expectedNodes)
    : m_profile(profile)
    , m_nodes(1)
{
    m_nodes.reserve(expectedNodes + 1);
    const size_t capacity = std::bit_ceil(std::max<size_t>(64, expectedNodes * 2));
    m_keys.assign(capacity, kEmpty);
    m_values.resize(capacity);
    m_mask = capacity - 1;
}

void FrameTree::Builder::grow()
{
    // (parent, frame) → node, open addressing; doubled when half full so probes stay short
    // while the number of nodes is not known in advance.
    std::vector<uint64_t> keys(m_keys.size() * 2, kEmpty);
    std::vector<int32_t> values(keys.size());
    const size_t mask = keys.size() - 1;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == kEmpty)
            continue;
        size_t slot = slotOf(m_keys[i], mask);
        while (keys[slot] != kEmpty)
            slot = (slot + 1) & mask;
        keys[slot] = m_keys[i];
        values[slot] = m_values[i];
    }
    m_keys = std::move(keys);
    m_values = std::move(values);
    m_mask = mask;
}

int32_t FrameTree::Builder::child(int32_t parent, int32_t frame)
{
    const uint64_t key = keyOf(parent, frame);
    for (size_t slot = slotOf(key, m_mask);; slot = (slot + 1) & m_mask) {
        if (m_keys[slot] == key)
            return m_values[slot];
        if (m_keys[slot] == kEmpty) {
            const auto fresh = int32_t(m_nodes.size());
            Node &n = m_nodes.emplace_back();
            n.frame = frame;
            n.parent = parent;
            n.depth = m_nodes[size_t(parent)].depth + 1;
            m_keys[slot] = key;
            m_values[slot] = fresh;
            if (++m_used * 2 > m_keys.size())
                grow();
            return fresh;
        }
    }
}

void FrameTree::Builder::add(std::span<const int32_t> frames, double weight, int64_t samples)
{
    int32_t node = rootIndex();
    for (const int32_t frame : frames)
        node = child(node, frame);
    m_nodes[size_t(node)].self += weight;
    m_nodes[size_t(node)].selfSamples += samples;
}

FrameTree FrameTree::Builder::build(double wholeWeight, int64_t wholeSamples)
{
    std::vector<Node> nodes = std::move(m_nodes);
    m_nodes = std::vector<Node>(1);
    m_keys = {};
    m_values = {};

    // Totals bottom-up: children are always created after their parent.
    for (auto &n : nodes) {
        n.total = n.self;
        n.samples = n.selfSamples;
    }
    for (size_t i = nodes.size() - 1; i > 0; --i) {
        Node &parent = nodes[size_t(nodes[i].parent)];
        parent.total += nodes[i].total;
        parent.samples += nodes[i].samples;
    }

    // Children by parent (counting sort), heaviest first, ties by name so that the order
    // does not depend on the order paths were added in.
    const size_t count = nodes.size();
    std::vector<int32_t> childStart(count + 1, 0);
    for (size_t i = 1; i < count; ++i)
        ++childStart[size_t(nodes[i].parent) + 1];
    for (size_t i = 0; i < count; ++i)
        childStart[i + 1] += childStart[i];
    std::vector<int32_t> children(count - 1);
    {
        std::vector<int32_t> fill(childStart.begin(), childStart.end() - 1);
        for (size_t i = 1; i < count; ++i)
            children[size_t(fill[size_t(nodes[i].parent)]++)] = int32_t(i);
    }
    const auto &frames = m_profile.frames;
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

    // Breadth-first numbering: the children of a node become contiguous.
    FrameTree tree;
    tree.m_nodes.resize(count);
    tree.m_wholeWeight = wholeWeight;
    tree.m_wholeSamples = wholeSamples;
    tree.m_unit = m_profile.unit;
    std::vector<int32_t> order {rootIndex()};
    std::vector<int32_t> orderParent {-1};
    order.reserve(count);
    orderParent.reserve(count);
    for (size_t k = 0; k < order.size(); ++k) {
        const auto old = size_t(order[k]);
        Node n = nodes[old];
        n.parent = orderParent[k];
        n.childCount = childStart[old + 1] - childStart[old];
        n.firstChild = n.childCount > 0 ? int32_t(order.size()) : -1;
        for (int32_t c = childStart[old]; c < childStart[old + 1]; ++c) {
            order.push_back(children[size_t(c)]);
            orderParent.push_back(int32_t(k));
        }
        tree.m_nodes[k] = n;
    }
    return tree;
}

FrameTree::FrameTree()
    : m_nodes(1)
{ }

std::span<const FrameTree::Node> FrameTree::children(int32_t index) const
{
    const Node &n = node(index);
    if (n.childCount == 0)
        return {};
    return std::span<const Node>(m_nodes).subspan(size_t(n.firstChild), size_t(n.childCount));
}

int32_t FrameTree::row(int32_t index) const
{
    const int32_t parent = node(index).parent;
    return parent < 0 ? 0 : index - node(parent).firstChild;
}

int32_t FrameTree::topFrame(int32_t index) const
{
    while (index > rootIndex() && node(index).depth > 1)
        index = node(index).parent;
    return node(index).frame;
}

int32_t FrameTree::findChild(int32_t parent, int32_t frame) const
{
    const Node &p = node(parent);
    for (int32_t c = p.firstChild; c >= 0 && c < p.firstChild + p.childCount; ++c) {
        if (node(c).frame == frame)
            return c;
    }
    return -1;
}

} // namespace eg::analysis
