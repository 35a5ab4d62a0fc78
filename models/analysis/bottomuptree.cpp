#include "bottomuptree.h"

namespace eg::analysis {

BottomUpTree::BottomUpTree(const store::ProfileData &profile, const StackWeights &weights)
{
    // Per distinct stack, not per sample: StackWeights already folded the samples.
    FrameTree::Builder builder(profile, profile.stacks.size());
    std::vector<int32_t> frames;
    for (size_t s = 0; s < weights.samples.size(); ++s) {
        if (weights.samples[s] == 0)
            continue;
        if (StackWeights::framesLeafFirst(profile, int32_t(s), &frames))
            builder.add(frames, weights.weight[s], weights.samples[s]);
    }
    m_tree = builder.build(weights.busyWeight, weights.busySamples);
}

} // namespace eg::analysis
