#pragma once

#include "models/store/profiledata.h"

#include <vector>

namespace eg::analysis {

// Self and total weight of every frame of a profile, the figures behind the function
// table, the summary's top lists and the plain-words insights.
struct FrameWeight
{
    int32_t frame = 0;
    double self = 0;
    // Counted once per sample even when the frame recurses (CLI.md, speedscope).
    double total = 0;
};

class FrameStatistics
{
public:
    explicit FrameStatistics(const store::ProfileData &profile);

    const std::vector<FrameWeight> &frames() const { return m_frames; }
    const FrameWeight &frame(int32_t index) const { return m_frames[size_t(index)]; }
    // Weight of all samples that have a stack (idle time excluded).
    double busyWeight() const { return m_busyWeight; }
    // Frames by self (or total) weight, larger first, ties by name; at most `count`.
    std::vector<FrameWeight> topBySelf(size_t count) const;
    std::vector<FrameWeight> topByTotal(size_t count) const;

private:
    std::vector<FrameWeight> top(size_t count, bool bySelf) const;

    const store::ProfileData &m_profile;
    std::vector<FrameWeight> m_frames;
    double m_busyWeight = 0;
};

} // namespace eg::analysis
