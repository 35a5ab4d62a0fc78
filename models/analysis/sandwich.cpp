#include "sandwich.h"

#include <algorithm>

namespace eg::analysis {

Sandwich::Sandwich(const store::ProfileData &profile, const StackWeights &weights, int32_t frame)
    : m_frame(frame)
{
    FrameTree::Builder callers(profile);
    FrameTree::Builder callees(profile);
    std::vector<int32_t> frames;
    std::vector<int32_t> down;
    // Only the stacks the function is on are walked: for most functions a small part.
    std::vector<char> mask(profile.frames.size(), 0);
    if (frame >= 0 && size_t(frame) < mask.size())
        mask[size_t(frame)] = 1;
    const std::vector<char> holds = StackWeights::pathsHolding(profile, mask);
    for (size_t s = 0; s < weights.samples.size(); ++s) {
        if (weights.samples[s] == 0 || !holds[s]
            || !StackWeights::framesLeafFirst(profile, int32_t(s), &frames))
            continue;
        // Leaf first, so the last match is the outermost call.
        const auto outermost = std::find(frames.rbegin(), frames.rend(), frame);
        if (outermost == frames.rend())
            continue;
        const double w = weights.weight[s];
        const int64_t n = weights.samples[s];
        m_total += w;
        m_samples += n;
        if (frames.front() == frame)
            m_self += w;
        // Callers: from the function up to the outermost frame, i.e. the stack reversed
        // from that position on.
        const auto at = size_t(frames.rend() - outermost) - 1;
        callers.add(std::span<const int32_t>(frames).subspan(at), w, n);
        // Callees: from the function down to the leaf.
        down.assign(outermost, frames.rend());
        callees.add(down, w, n);
    }
    m_callers = callers.build(weights.busyWeight, weights.busySamples);
    m_callees = callees.build(weights.busyWeight, weights.busySamples);
}

} // namespace eg::analysis
