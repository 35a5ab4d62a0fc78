#pragma once

#include "models/store/profiledata.h"

#include <cstdint>
#include <vector>

namespace eg::analysis {

// The samples of a profile summed per distinct stack: the first step of every aggregated
// view. Ten million samples usually fold into a few hundred thousand stacks, so the tree
// builders walk stacks, never samples, and share this one pass.
struct StackWeights
{
    StackWeights() = default;
    explicit StackWeights(const store::ProfileData &profile);

    std::vector<double> weight; // per stack index
    std::vector<int64_t> samples; // per stack index
    double busyWeight = 0; // samples with a stack
    int64_t busySamples = 0;
    double idleWeight = 0; // samples without one
    int64_t idleSamples = 0;

    // The frames of `stack` from the leaf up to the outermost caller, into `out` (cleared
    // first). False for a stack that a corrupt table makes unreadable: a frame or parent
    // out of range, or a cycle.
    static bool framesLeafFirst(const store::ProfileData &profile, int32_t stack,
                                std::vector<int32_t> *out);
    // Per stack, whether its path (the stack and its callers) holds a frame that
    // `frameMask` marks. Each stack is decided once, so it costs the size of the table,
    // not its depth times that.
    static std::vector<char> pathsHolding(const store::ProfileData &profile,
                                          const std::vector<char> &frameMask);
};

} // namespace eg::analysis
