#pragma once

#include "childtable.h"
#include "treenode.h"

#include "models/store/profiledata.h"

#include <cstdint>
#include <span>
#include <vector>

namespace eg::analysis {

// A tree of frame paths with weights, the shape shared by the bottom-up tree and the
// sandwich's callers and callees: every distinct path from the (frameless) root is one
// node. Unlike CallTree the paths need not run from the thread's start to a leaf; the
// builder is fed whatever paths a view needs (stacks reversed, stacks cut at a function).
//
// Like CallTree the nodes sit breadth first with each node's children contiguous and
// heaviest first, so models index it without pointers and it is immutable once built.
class FrameTree
{
public:
    using Node = TreeNode;

    // Collects paths, merging equal prefixes, then sorts and numbers the nodes in build().
    class Builder
    {
    public:
        explicit Builder(const store::ProfileData &profile, size_t expectedNodes = 0);
        // `frames` goes from the root's child downwards; the weight ends at its last node.
        void add(std::span<const int32_t> frames, double weight, int64_t samples);
        // `wholeWeight` and `wholeSamples`: what shares are taken of (the profile's busy
        // weight), so that figures read the same as in the other views.
        FrameTree build(double wholeWeight, int64_t wholeSamples);

    private:
        int32_t child(int32_t parent, int32_t frame);

        const store::ProfileData &m_profile;
        std::vector<Node> m_nodes;
        ChildTable m_children;
    };

    // Only the root, no weight.
    FrameTree();

    static constexpr int32_t rootIndex() { return 0; }
    int32_t size() const { return int32_t(m_nodes.size()); }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const Node &node(int32_t index) const { return m_nodes[size_t(index)]; }
    const Node &root() const { return m_nodes.front(); }
    std::span<const Node> children(int32_t index) const;
    // The position of a node among its parent's children (0 for the root).
    int32_t row(int32_t index) const;
    // Where shares are taken of.
    double wholeWeight() const { return m_wholeWeight; }
    int64_t wholeSamples() const { return m_wholeSamples; }
    store::WeightUnit unit() const { return m_unit; }
    // The frame of the top-level node above `index` (its ancestor at depth 1).
    int32_t topFrame(int32_t index) const;
    // The child of `parent` for `frame`, or -1.
    int32_t findChild(int32_t parent, int32_t frame) const;

private:
    std::vector<Node> m_nodes;
    double m_wholeWeight = 0;
    int64_t m_wholeSamples = 0;
    store::WeightUnit m_unit = store::WeightUnit::None;
};

} // namespace eg::analysis
