#include "framestatistics.h"

#include <algorithm>

namespace eg::analysis {

FrameStatistics::FrameStatistics(const store::ProfileData &profile)
    : m_profile(profile)
{
    const auto &stacks = profile.stacks;
    std::vector<double> nodeWeight(stacks.size(), 0.0);
    for (size_t i = 0; i < profile.sampleCount(); ++i) {
        const int32_t s = profile.sampleStack[i];
        if (s >= 0)
            nodeWeight[size_t(s)] += profile.sampleWeight[i];
    }

    m_frames.resize(profile.frames.size());
    for (size_t f = 0; f < m_frames.size(); ++f)
        m_frames[f].frame = int32_t(f);

    // Each stack node's own weight counts as self for its leaf frame and as total for
    // every distinct frame on its path; the stamp keeps recursion from counting twice.
    std::vector<int32_t> stamp(m_frames.size(), -1);
    for (size_t n = 0; n < stacks.size(); ++n) {
        const double w = nodeWeight[n];
        if (w == 0)
            continue;
        m_busyWeight += w;
        m_frames[size_t(stacks[n].frame)].self += w;
        for (int32_t s = int32_t(n); s >= 0; s = stacks[size_t(s)].parent) {
            const auto f = size_t(stacks[size_t(s)].frame);
            if (stamp[f] == int32_t(n))
                continue;
            stamp[f] = int32_t(n);
            m_frames[f].total += w;
        }
    }
}

std::vector<FrameWeight> FrameStatistics::top(size_t count, bool bySelf) const
{
    std::vector<FrameWeight> sorted = m_frames;
    const auto &frames = m_profile.frames;
    auto key = [bySelf](const FrameWeight &w) { return bySelf ? w.self : w.total; };
    std::sort(sorted.begin(), sorted.end(), [&](const FrameWeight &a, const FrameWeight &b) {
        if (key(a) != key(b))
            return key(a) > key(b);
        return frames[size_t(a.frame)].name < frames[size_t(b.frame)].name;
    });
    if (sorted.size() > count)
        sorted.resize(count);
    return sorted;
}

std::vector<FrameWeight> FrameStatistics::topBySelf(size_t count) const
{
    return top(count, true);
}

std::vector<FrameWeight> FrameStatistics::topByTotal(size_t count) const
{
    return top(count, false);
}

} // namespace eg::analysis
