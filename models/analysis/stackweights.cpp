#include "stackweights.h"

#include <algorithm>

namespace eg::analysis {

StackWeights::StackWeights(const store::ProfileData &profile)
    : weight(profile.stacks.size(), 0.0)
    , samples(profile.stacks.size(), 0)
{
    const auto stackCount = int32_t(profile.stacks.size());
    const size_t count = std::min(profile.sampleStack.size(), profile.sampleWeight.size());
    for (size_t i = 0; i < count; ++i) {
        const int32_t s = profile.sampleStack[i];
        const double w = profile.sampleWeight[i];
        if (s < 0) {
            idleWeight += w;
            ++idleSamples;
        } else if (s < stackCount) {
            weight[size_t(s)] += w;
            ++samples[size_t(s)];
            busyWeight += w;
            ++busySamples;
        }
    }
}

bool StackWeights::framesLeafFirst(const store::ProfileData &profile, int32_t stack,
                                   std::vector<int32_t> *out)
{
    out->clear();
    const auto stackCount = int32_t(profile.stacks.size());
    const auto frameCount = int32_t(profile.frames.size());
    for (int32_t s = stack; s >= 0; s = profile.stacks[size_t(s)].parent) {
        // A path longer than the table has a cycle in it.
        if (s >= stackCount || int32_t(out->size()) >= stackCount)
            return false;
        const int32_t frame = profile.stacks[size_t(s)].frame;
        if (frame < 0 || frame >= frameCount)
            return false;
        out->push_back(frame);
    }
    return true;
}

} // namespace eg::analysis
