#pragma once

#include "models/store/profiledata.h"

#include <memory>

namespace eg::bench {

// A sampled profile of the shape the performance targets name (10,000,000 samples and
// about 1,000,000 distinct call-tree nodes by default), already in memory: a random tree
// of `nodeCount` stacks up to 80 deep over 5,000 functions, walked in depth-first order
// through time. Each stack holds for about ten samples, and samples flicker between a
// stack and its caller, as real sampled stacks do, so that time-ordered views see
// millions of short calls rather than a few long ones. The same arguments always give
// the same profile; another `seed` gives another program of the same shape.
class TimedProfileGenerator
{
public:
    static std::shared_ptr<store::ProfileData> generate(int sampleCount, int nodeCount,
                                                        uint64_t seed = 7);
};

} // namespace eg::bench
