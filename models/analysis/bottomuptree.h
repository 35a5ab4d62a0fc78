#pragma once

#include "frametree.h"
#include "stackweights.h"

#include <deque>
#include <optional>
#include <vector>

namespace eg::analysis {

// The inverted call tree, as the "bottom-up" views of Firefox Profiler, Chrome and
// Hotspot show it: the top level holds every function that had self time, heaviest
// first, and the children of a node are the functions that called it. Each sample's
// weight goes along its stack reversed (leaf first), so a top-level function's figure is
// its self time and a caller's figure is the part of that self time that came through it.
// A path ends (has "self") where the thread's outermost frame was reached.
//
// Built lazily, as Firefox Profiler does: inverting every stack of a big profile makes
// tens of millions of nodes nobody opens. Only the top level is built up front; a node
// keeps the stacks that reach it (the "suffix" entries: stack → weight) and its callers
// are made from their parent stacks the first time they are asked for. Memory follows
// what has been opened. The lazy parts mutate behind a const interface, so after
// construction a tree is for one thread at a time (the GUI thread, in the views).
class BottomUpTree
{
public:
    using Node = FrameTree::Node;

    // Only the root, no weight.
    BottomUpTree();
    // `weights` must be built from `profile`, and `profile` must outlive the tree: it is
    // read again whenever a node is opened. `weights` is not kept.
    BottomUpTree(const store::ProfileData &profile, const StackWeights &weights);

    // Nodes are numbered in the order they were made (the root, the top level heaviest
    // first, then each opened node's callers contiguous and heaviest first), so numbers
    // stay valid as the tree grows. A node's childCount and firstChild are -1 until
    // children() or childCount() has made them.
    static constexpr int32_t rootIndex() { return 0; }
    int32_t size() const { return int32_t(m_nodes.size()); }
    const Node &node(int32_t index) const { return m_nodes[size_t(index)]; }
    // Makes the callers of `index` if they were not made yet.
    int32_t childCount(int32_t index) const;
    int32_t firstChild(int32_t index) const;
    // Without making them: whether some of the node's paths go on to a caller.
    bool hasChildren(int32_t index) const;
    // The position of a node among its parent's children (0 for the root).
    int32_t row(int32_t index) const;
    // The frame of the top-level node above `index` (its ancestor at depth 1).
    int32_t topFrame(int32_t index) const;
    double wholeWeight() const { return m_wholeWeight; }
    int64_t wholeSamples() const { return m_wholeSamples; }
    store::WeightUnit unit() const { return m_unit; }

    // Per stack, whether one of its callers (its parent stack and above) has a frame that
    // `frameMatches` marks: what callersMatch() reads.
    std::vector<char> callerMatches(const std::vector<char> &frameMatches) const;
    // Whether a path below `index` (towards the thread's start) reaches a matching frame,
    // without opening nodes: the stacks still pending on an unopened node are read, and the
    // children of an opened one.
    bool callersMatch(int32_t index, const std::vector<char> &frameMatches,
                      const std::vector<char> &callerMatches) const;

    // The whole tree at once, numbered breadth first like every FrameTree, made the first
    // time it is asked for by opening every node. For tests and small profiles only: on a
    // big profile this is exactly the cost the lazy tree avoids.
    const FrameTree &tree() const;

private:
    // One stack reaching a node: `stack` is the stack whose frame is the node's frame.
    struct Entry
    {
        int32_t stack = -1;
        int64_t samples = 0;
        double weight = 0;
    };

    // Groups `candidates` (stacks one level further from the leaf) by frame into the
    // children of `index`.
    void makeChildren(int32_t index, const std::vector<Entry> &candidates) const;
    void expand(int32_t index) const;

    const store::ProfileData *m_profile = nullptr;
    // Deques: references to nodes stay valid while the tree grows behind them.
    mutable std::deque<Node> m_nodes;
    // Per node, the entries not yet turned into children; emptied once the node is opened.
    mutable std::deque<std::vector<Entry>> m_pending;
    // Per frame, its group while children are being made; -1 between calls.
    mutable std::vector<int32_t> m_groupOfFrame;
    mutable std::optional<FrameTree> m_whole;
    double m_wholeWeight = 0;
    int64_t m_wholeSamples = 0;
    store::WeightUnit m_unit = store::WeightUnit::None;
};

} // namespace eg::analysis
