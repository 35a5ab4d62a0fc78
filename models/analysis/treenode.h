#pragma once

#include <cstdint>

namespace eg::analysis {

// One node of an aggregated tree of frame paths, the shape every tree here shares: the
// top-down call tree, the bottom-up tree and a sandwich's callers and callees. Trees keep
// their nodes in one flat vector and refer to each other by index, so models and views
// index them without pointers.
struct TreeNode
{
    double self = 0; // weight of the paths that end at this node
    double total = 0; // weight of the paths that pass through it
    // Samples whose path passes through this node, and those that end in it.
    int64_t samples = 0;
    int64_t selfSamples = 0;
    int32_t frame = -1; // index into ProfileData::frames; -1 for the root
    int32_t parent = -1;
    int32_t firstChild = -1; // children are [firstChild, firstChild + childCount)
    int32_t childCount = 0;
    int32_t depth = 0; // the root is depth 0, the outermost frames depth 1
};

} // namespace eg::analysis
