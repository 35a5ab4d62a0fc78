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
        const int64_t n = profile.fileSamples(i);
        if (s < 0) {
            idleWeight += w;
            idleSamples += n;
        } else if (s < stackCount) {
            weight[size_t(s)] += w;
            samples[size_t(s)] += n;
            busyWeight += w;
            busySamples += n;
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

std::vector<char> StackWeights::pathsHolding(const store::ProfileData &profile,
                                             const std::vector<char> &frameMask)
{
    const auto &stacks = profile.stacks;
    const auto stackCount = int32_t(stacks.size());
    auto marked = [&](int32_t stack) {
        const int32_t frame = stacks[size_t(stack)].frame;
        return frame >= 0 && size_t(frame) < frameMask.size() && frameMask[size_t(frame)];
    };
    // -1: not decided yet. Parents need not come first in the table, so each undecided
    // chain is walked up to a decided stack (or the root) once and decided on the way back.
    std::vector<int8_t> holds(stacks.size(), -1);
    std::vector<int32_t> chain;
    for (int32_t s = 0; s < stackCount; ++s) {
        chain.clear();
        int32_t at = s;
        // A chain longer than the table runs round a cycle.
        while (at >= 0 && at < stackCount && holds[size_t(at)] < 0
               && chain.size() <= stacks.size()) {
            chain.push_back(at);
            at = stacks[size_t(at)].parent;
        }
        int8_t above = at >= 0 && at < stackCount && holds[size_t(at)] > 0 ? 1 : 0;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            above = int8_t(above || marked(*it));
            holds[size_t(*it)] = above;
        }
    }
    return std::vector<char>(holds.begin(), holds.end());
}

} // namespace eg::analysis
