#include "frametree.h"

#include "treeorder.h"

#include <utility>

namespace eg::analysis {

FrameTree::Builder::Builder(const store::ProfileData &profile, size_t expectedNodes)
    : m_profile(profile)
    , m_nodes(1)
    , m_children(expectedNodes)
{
    m_nodes.reserve(expectedNodes + 1);
}

int32_t FrameTree::Builder::child(int32_t parent, int32_t frame)
{
    bool inserted = false;
    const auto fresh = int32_t(m_nodes.size());
    const int32_t node = m_children.findOrInsert(parent, frame, fresh, &inserted);
    if (inserted) {
        Node &n = m_nodes.emplace_back();
        n.frame = frame;
        n.parent = parent;
        n.depth = m_nodes[size_t(parent)].depth + 1;
    }
    return node;
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
    FrameTree tree;
    tree.m_nodes
        = TreeOrder::finish(std::exchange(m_nodes, std::vector<Node>(1)), m_profile.frames);
    m_children = ChildTable();
    tree.m_wholeWeight = wholeWeight;
    tree.m_wholeSamples = wholeSamples;
    tree.m_unit = m_profile.unit;
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
