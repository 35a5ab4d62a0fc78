#include "flamechartlayout.h"

#include <algorithm>

namespace eg::analysis {

namespace {

// Depth of every stack node (0 for an outermost frame), without assuming that parents come
// before their children in the table: each chain is walked once and then remembered.
std::vector<int32_t> stackDepths(const std::vector<store::StackNode> &stacks)
{
    std::vector<int32_t> depth(stacks.size(), -1);
    std::vector<int32_t> chain;
    for (size_t i = 0; i < stacks.size(); ++i) {
        int32_t s = int32_t(i);
        while (s >= 0 && depth[size_t(s)] < 0) {
            chain.push_back(s);
            s = stacks[size_t(s)].parent;
            // A broken table (a cycle, a parent out of range) ends the chain as a root.
            if (s >= int32_t(stacks.size()) || chain.size() > stacks.size()) {
                s = -1;
                break;
            }
        }
        int32_t d = s < 0 ? -1 : depth[size_t(s)];
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            depth[size_t(*it)] = ++d;
        chain.clear();
    }
    return depth;
}

// One stack id per distinct path of frames: stack tables written without sharing (a
// filtered profile, a careless exporter) hold the same path under several ids, and a call
// must not end just because its id changed. Parents are canonical before their children
// because the stacks are visited by depth.
std::vector<int32_t> canonicalStacks(const std::vector<store::StackNode> &stacks,
                                     const std::vector<int32_t> &depth)
{
    // Counting sort by depth: parents are then canonical before their children.
    const int32_t maxDepth = depth.empty() ? 0 : *std::max_element(depth.begin(), depth.end());
    std::vector<int32_t> depthStart(size_t(maxDepth) + 2, 0);
    for (const int32_t d : depth)
        ++depthStart[size_t(d) + 1];
    for (size_t d = 1; d < depthStart.size(); ++d)
        depthStart[d] += depthStart[d - 1];
    std::vector<int32_t> byDepth(stacks.size());
    for (size_t i = 0; i < stacks.size(); ++i)
        byDepth[size_t(depthStart[size_t(depth[i])]++)] = int32_t(i);

    // An open-addressing table from (canonical parent, frame) to the first stack with
    // them: a few times faster than std::unordered_map on a million stacks.
    size_t capacity = 16;
    while (capacity < stacks.size() * 2)
        capacity *= 2;
    constexpr uint64_t kEmpty = ~uint64_t(0);
    std::vector<uint64_t> keys(capacity, kEmpty);
    std::vector<int32_t> values(capacity, -1);
    std::vector<int32_t> canonical(stacks.size(), -1);
    for (const int32_t s : byDepth) {
        const int32_t parent = stacks[size_t(s)].parent;
        const int32_t canonicalParent
            = parent >= 0 && size_t(parent) < stacks.size() ? canonical[size_t(parent)] : -1;
        const uint64_t key = (uint64_t(uint32_t(canonicalParent)) << 32)
            | uint64_t(uint32_t(stacks[size_t(s)].frame));
        size_t slot = size_t((key * 0x9e3779b97f4a7c15ull) >> 20) & (capacity - 1);
        while (keys[slot] != kEmpty && keys[slot] != key)
            slot = (slot + 1) & (capacity - 1);
        if (keys[slot] == kEmpty) {
            keys[slot] = key;
            values[slot] = s;
        }
        canonical[size_t(s)] = values[slot];
    }
    return canonical;
}

} // namespace

FlameChartLayout::FlameChartLayout(const store::ProfileData &profile)
    : m_unit(profile.unit)
{
    const size_t n = std::min(
        {profile.sampleStack.size(), profile.sampleTime.size(), profile.sampleWeight.size()});
    if (n == 0)
        return;
    // Positions of samples, not times, for profiles counted in samples or bytes: each
    // sample then lasts until the next one.
    const bool timed = store::nanosecondsPerUnit(profile.unit) > 0;
    const auto &times = profile.sampleTime;
    const auto &weights = profile.sampleWeight;
    auto sampleEnd = [&](size_t i) {
        const double t = times[i];
        if (i + 1 == n)
            return t + (timed ? std::max(0.0, weights[i]) : 1.0);
        const double next = std::max(t, times[i + 1]);
        // A sample never reaches into the next one.
        return timed && weights[i] > 0 ? std::min(t + weights[i], next) : next;
    };
    m_startTime = times.front();
    m_endTime = std::max(m_startTime, sampleEnd(n - 1));

    const auto &stacks = profile.stacks;
    const std::vector<int32_t> depth = stackDepths(stacks);
    const std::vector<int32_t> canonical = canonicalStacks(stacks, depth);
    auto parentOf = [&](int32_t stack) {
        const int32_t parent = stacks[size_t(stack)].parent;
        return parent >= 0 && size_t(parent) < stacks.size() ? canonical[size_t(parent)] : -1;
    };
    // The spans still open after the previous sample, one per depth from the outermost.
    std::vector<int32_t> openStack;
    std::vector<int32_t> openFirst;
    std::vector<int32_t> entering; // stacks opened by this sample, innermost first

    auto closeFrom = [&](size_t keep, int32_t end) {
        if (keep >= openStack.size())
            return;
        const double stop = sampleEnd(size_t(end) - 1);
        for (size_t d = keep; d < openStack.size(); ++d) {
            const double start = times[size_t(openFirst[d])];
            m_rows[d].push_back({start, float(std::max(0.0, stop - start)), openStack[d]});
        }
        m_spanCount += int64_t(openStack.size() - std::min(keep, openStack.size()));
        openStack.resize(std::min(keep, openStack.size()));
        openFirst.resize(openStack.size());
    };

    for (size_t i = 0; i < n; ++i) {
        const int32_t sample = int32_t(i);
        int32_t s = profile.sampleStack[i];
        if (s < 0 || s >= int32_t(stacks.size())) {
            closeFrom(0, sample); // idle time ends every call
            continue;
        }
        s = canonical[size_t(s)];
        // Walk up from the sample's stack to the deepest span still open with the same
        // prefix: the work is the number of spans that open and close, not the depth.
        int32_t d = depth[size_t(s)];
        entering.clear();
        while (s >= 0 && d >= int32_t(openStack.size())) {
            entering.push_back(s);
            s = parentOf(s);
            --d;
        }
        while (s >= 0 && openStack[size_t(d)] != s) {
            entering.push_back(s);
            s = parentOf(s);
            --d;
        }
        closeFrom(size_t(d + 1), sample);
        if (m_rows.size() < openStack.size() + entering.size())
            m_rows.resize(openStack.size() + entering.size());
        for (auto it = entering.rbegin(); it != entering.rend(); ++it) {
            openStack.push_back(*it);
            openFirst.push_back(sample);
        }
    }
    closeFrom(0, int32_t(n));
    buildLevels();
}

void FlameChartLayout::buildLevels()
{
    if (!(duration() > 0))
        return;
    for (int level = 0; level < kLevels; ++level) {
        const double width = levelWidth(level);
        auto &rows = m_levels[level];
        rows.resize(m_rows.size());
        for (size_t d = 0; d < m_rows.size(); ++d) {
            const std::vector<Span> &spans = m_rows[d];
            std::vector<Run> &runs = rows[d];
            bool open = false; // the last run is made of narrow calls and may grow
            for (size_t i = 0; i < spans.size(); ++i) {
                const double start = spans[i].start;
                const double end = spans[i].end();
                const bool narrow = end - start < width;
                if (narrow && open && start - runs.back().end < width) {
                    runs.back().last = uint32_t(i);
                    runs.back().end = std::max(runs.back().end, end);
                    continue;
                }
                runs.push_back({start, end, uint32_t(i), uint32_t(i)});
                open = narrow;
            }
            runs.shrink_to_fit();
        }
    }
}

std::span<const FlameChartLayout::Run> FlameChartLayout::runs(int32_t depth, double minTime) const
{
    if (depth < 0 || depth >= depthCount())
        return {};
    for (int level = 0; level < kLevels; ++level) {
        if (levelWidth(level) <= minTime && !m_levels[level].empty())
            return m_levels[level][size_t(depth)];
    }
    return {};
}

size_t FlameChartLayout::firstEndingAfter(int32_t depth, double time, size_t from) const
{
    if (depth < 0 || depth >= depthCount())
        return 0;
    const auto spans = row(depth);
    from = std::min(from, spans.size());
    return size_t(std::partition_point(spans.begin() + ptrdiff_t(from), spans.end(),
                                       [&](const Span &span) { return spanEnd(span) <= time; })
                  - spans.begin());
}

int32_t FlameChartLayout::spanAt(int32_t depth, double time) const
{
    if (depth < 0 || depth >= depthCount())
        return -1;
    const size_t i = firstEndingAfter(depth, time);
    const auto spans = row(depth);
    if (i >= spans.size() || spanStart(spans[i]) > time)
        return -1;
    return int32_t(i);
}

} // namespace eg::analysis
