#pragma once

#include "treenode.h"

#include "models/store/profiledata.h"

#include <vector>

namespace eg::analysis {

// The order every aggregated tree is shown in: children heaviest first, ties by name and
// then frame, so that a layout does not depend on the order the paths came in; nodes
// numbered breadth first, so that the children of a node are contiguous and each depth is
// one contiguous run from left to right (what the flame graph layout reads).
class TreeOrder
{
public:
    // Whether `a` goes before its sibling `b`.
    static bool heavierFirst(const TreeNode &a, const TreeNode &b,
                             const std::vector<store::Frame> &frames);

    // Finishes a tree whose nodes were made parents first with their self figures, frame,
    // parent and depth (the root at 0): sums the totals bottom-up, sorts the children and
    // numbers the nodes breadth first, filling in firstChild and childCount.
    static std::vector<TreeNode> finish(std::vector<TreeNode> nodes,
                                        const std::vector<store::Frame> &frames);
};

} // namespace eg::analysis
