#pragma once

#include "treenode.h"

#include "models/store/profiledata.h"

#include <cstdint>
#include <span>
#include <vector>

namespace eg::analysis {

// The top-down aggregated call tree of one profile: every distinct path of frames from a
// root is one node, with the weight of the samples that ended there (self) and that went
// through it (total). Built once off the GUI thread, then only read, so it can be shared
// between the flame graph, the tree model and the insights without locks.
//
// Nodes sit in one flat vector in breadth-first order with the children of each node
// contiguous and sorted heaviest first ("left heavy"). That order makes every depth a
// contiguous run sorted left to right, which is exactly what the flame graph layout needs.
class CallTree
{
public:
    using Node = TreeNode;

    // An empty tree: only the root, with no weight.
    CallTree();
    explicit CallTree(const store::ProfileData &profile);

    static constexpr int32_t rootIndex() { return 0; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const Node &node(int32_t index) const { return m_nodes[size_t(index)]; }
    const Node &root() const { return m_nodes.front(); }
    int32_t size() const { return int32_t(m_nodes.size()); }
    std::span<const Node> children(int32_t index) const;
    // The position of a node among its parent's children (0 for the root).
    int32_t row(int32_t index) const;

    store::WeightUnit unit() const { return m_unit; }
    // Weight of the samples with a stack; the root's total.
    double totalWeight() const { return root().total; }
    // Weight and count of the samples without a stack (idle time).
    double idleWeight() const { return m_idleWeight; }
    int64_t idleSamples() const { return m_idleSamples; }
    // The deepest node's depth; rows of a flame graph are 0..maxDepth().
    int32_t maxDepth() const { return int32_t(m_depthStart.size()) - 2; }
    // Nodes of one depth are [depthBegin(d), depthBegin(d + 1)).
    int32_t depthBegin(int32_t depth) const { return m_depthStart[size_t(depth)]; }

    // From the root to a leaf, always into the heaviest child: where the time goes.
    std::vector<int32_t> heaviestPath() const;
    // The nodes from the root down to `index`, both included.
    std::vector<int32_t> pathTo(int32_t index) const;
    // The node reached by following these frames down from the root, or -1. Used to
    // keep a selection across rebuilds of the same profile.
    int32_t findPath(std::span<const int32_t> frames) const;

private:
    std::vector<Node> m_nodes;
    std::vector<int32_t> m_depthStart;
    store::WeightUnit m_unit = store::WeightUnit::None;
    double m_idleWeight = 0;
    int64_t m_idleSamples = 0;
};

} // namespace eg::analysis
