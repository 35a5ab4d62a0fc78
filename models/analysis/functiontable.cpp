#include "functiontable.h"

#include <algorithm>

namespace eg::analysis {

FunctionTable::FunctionTable(const store::ProfileData &profile, const StackWeights &weights)
    : m_busyWeight(weights.busyWeight)
    , m_busySamples(weights.busySamples)
    , m_unit(profile.unit)
{
    std::vector<Row> all(profile.frames.size());
    // The stack that last added to a frame: a recursive frame is met twice on one stack
    // but must count once.
    std::vector<int32_t> stamp(profile.frames.size(), -1);
    std::vector<int32_t> frames;
    for (size_t s = 0; s < weights.samples.size(); ++s) {
        if (weights.samples[s] == 0 || !StackWeights::framesLeafFirst(profile, int32_t(s), &frames))
            continue;
        const double w = weights.weight[s];
        const int64_t n = weights.samples[s];
        all[size_t(frames.front())].self += w;
        all[size_t(frames.front())].selfSamples += n;
        for (const int32_t f : frames) {
            if (stamp[size_t(f)] == int32_t(s))
                continue;
            stamp[size_t(f)] = int32_t(s);
            all[size_t(f)].total += w;
            all[size_t(f)].samples += n;
        }
    }
    for (size_t f = 0; f < all.size(); ++f) {
        all[f].frame = int32_t(f);
        if (all[f].samples > 0)
            m_rows.push_back(all[f]);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.total != b.total ? a.total > b.total : a.frame < b.frame;
    });
    m_rowOfFrame.assign(profile.frames.size(), -1);
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_rowOfFrame[size_t(m_rows[r].frame)] = int32_t(r);
}

int32_t FunctionTable::rowOfFrame(int32_t frame) const
{
    if (frame < 0 || size_t(frame) >= m_rowOfFrame.size())
        return -1;
    return m_rowOfFrame[size_t(frame)];
}

} // namespace eg::analysis
