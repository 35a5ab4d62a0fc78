#include "functiontable.h"

#include <algorithm>

namespace eg::analysis {

FunctionTable::FunctionTable(const store::ProfileData &profile, const StackWeights &weights)
    : m_busyWeight(weights.busyWeight)
    , m_busySamples(weights.busySamples)
    , m_unit(profile.unit)
{
    const auto &stacks = profile.stacks;
    const auto stackCount = int32_t(std::min(stacks.size(), weights.samples.size()));
    const auto frameCount = int32_t(profile.frames.size());
    std::vector<Row> all(profile.frames.size());

    // The stacks form a forest (a stack's parent is its caller). A function's total is the
    // weight below its outermost occurrences on each path, so one walk of the forest that
    // counts how often each function is open on the path adds every stack's weight once per
    // function, without walking each stack up to its root. Stacks a corrupt table makes
    // unreadable (a frame or parent out of range, a cycle) are not reached from a root and
    // count nowhere, as StackWeights::framesLeafFirst would have it.
    // Children grouped by parent: the roots under the pseudo-parent stackCount, stacks
    // whose parent is out of range under stackCount + 1, which no walk starts from.
    auto groupOf = [stackCount](int32_t parent) {
        return parent < 0 ? stackCount : parent < stackCount ? parent : stackCount + 1;
    };
    std::vector<int32_t> childStart(size_t(stackCount) + 3, 0);
    for (int32_t s = 0; s < stackCount; ++s)
        ++childStart[size_t(groupOf(stacks[size_t(s)].parent)) + 1];
    for (size_t i = 0; i + 1 < childStart.size(); ++i)
        childStart[i + 1] += childStart[i];
    std::vector<int32_t> children(static_cast<size_t>(stackCount));
    {
        std::vector<int32_t> fill(childStart.begin(), childStart.end() - 1);
        for (int32_t s = 0; s < stackCount; ++s)
            children[size_t(fill[size_t(groupOf(stacks[size_t(s)].parent))]++)] = s;
    }
    // Pre-order from the roots (the pseudo-node stackCount), then totals bottom-up.
    std::vector<int32_t> order;
    order.reserve(size_t(stackCount));
    std::vector<int32_t> todo(children.begin() + childStart[size_t(stackCount)],
                              children.begin() + childStart[size_t(stackCount) + 1]);
    while (!todo.empty()) {
        const int32_t s = todo.back();
        todo.pop_back();
        const int32_t frame = stacks[size_t(s)].frame;
        if (frame < 0 || frame >= frameCount)
            continue; // unreadable, and so is everything it called
        order.push_back(s);
        todo.insert(todo.end(), children.begin() + childStart[size_t(s)],
                    children.begin() + childStart[size_t(s) + 1]);
    }
    std::vector<double> below(weights.weight.begin(), weights.weight.begin() + stackCount);
    std::vector<int64_t> samplesBelow(weights.samples.begin(),
                                      weights.samples.begin() + stackCount);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int32_t parent = stacks[size_t(*it)].parent;
        if (parent >= 0) {
            below[size_t(parent)] += below[size_t(*it)];
            samplesBelow[size_t(parent)] += samplesBelow[size_t(*it)];
        }
    }
    // Depth first again, with each function's count of occurrences on the path.
    std::vector<int32_t> open(profile.frames.size(), 0);
    std::vector<std::pair<int32_t, bool>> walk;
    for (int32_t c = childStart[size_t(stackCount)]; c < childStart[size_t(stackCount) + 1]; ++c)
        walk.push_back({children[size_t(c)], false});
    while (!walk.empty()) {
        const auto [s, leaving] = walk.back();
        walk.pop_back();
        const int32_t frame = stacks[size_t(s)].frame;
        if (frame < 0 || frame >= frameCount)
            continue;
        Row &row = all[size_t(frame)];
        if (leaving) {
            --open[size_t(frame)];
            continue;
        }
        row.self += weights.weight[size_t(s)];
        row.selfSamples += weights.samples[size_t(s)];
        if (open[size_t(frame)]++ == 0) {
            row.total += below[size_t(s)];
            row.samples += samplesBelow[size_t(s)];
        }
        walk.push_back({s, true});
        for (int32_t c = childStart[size_t(s)]; c < childStart[size_t(s) + 1]; ++c)
            walk.push_back({children[size_t(c)], false});
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
