#pragma once

#include "frametree.h"
#include "stackweights.h"

namespace eg::analysis {

// The inverted call tree, as the "bottom-up" views of Firefox Profiler, Chrome and
// Hotspot show it: the top level holds every function that had self time, heaviest
// first, and the children of a node are the functions that called it. Each sample's
// weight goes along its stack reversed (leaf first), so a top-level function's figure is
// its self time and a caller's figure is the part of that self time that came through it.
// A path ends (has "self") where the thread's outermost frame was reached.
class BottomUpTree
{
public:
    BottomUpTree() = default;
    // `weights` must be built from `profile`.
    BottomUpTree(const store::ProfileData &profile, const StackWeights &weights);

    const FrameTree &tree() const { return m_tree; }

private:
    FrameTree m_tree;
};

} // namespace eg::analysis
