#include "profiledata.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string_view>

namespace eg::store {

namespace {
struct UnitName
{
    WeightUnit unit;
    const char *name;
    double nanoseconds;
};
constexpr UnitName kUnits[] = {
    {WeightUnit::None, "none", 0},
    {WeightUnit::Nanoseconds, "nanoseconds", 1},
    {WeightUnit::Microseconds, "microseconds", 1e3},
    {WeightUnit::Milliseconds, "milliseconds", 1e6},
    {WeightUnit::Seconds, "seconds", 1e9},
    {WeightUnit::Bytes, "bytes", 0},
};
} // namespace

const char *weightUnitName(WeightUnit unit)
{
    for (const auto &u : kUnits) {
        if (u.unit == unit)
            return u.name;
    }
    return "none";
}

bool weightUnitFromName(std::string_view name, WeightUnit *unit)
{
    for (const auto &u : kUnits) {
        if (name == u.name) {
            *unit = u.unit;
            return true;
        }
    }
    return false;
}

double nanosecondsPerUnit(WeightUnit unit)
{
    for (const auto &u : kUnits) {
        if (u.unit == unit)
            return u.nanoseconds;
    }
    return 0;
}

void ProfileData::setRepeats(size_t i, uint32_t repeats)
{
    if (sampleRepeats.empty()) {
        if (repeats == 1)
            return;
        // Materialised on the first sample that is not one: most profiles never need it.
        sampleRepeats.assign(sampleStack.size(), 1);
    }
    if (sampleRepeats.size() < sampleStack.size())
        sampleRepeats.resize(sampleStack.size(), 1);
    if (i < sampleRepeats.size())
        sampleRepeats[i] = repeats;
}

void ProfileData::repeatLastSample()
{
    if (sampleStack.empty())
        return;
    const size_t last = sampleStack.size() - 1;
    const uint32_t now = fileSamples(last);
    if (now < std::numeric_limits<uint32_t>::max())
        setRepeats(last, now + 1);
}

double ProfileData::totalWeight() const
{
    if (kind == ProfileKind::Evented)
        return endValue - startValue;
    return std::accumulate(sampleWeight.begin(), sampleWeight.end(), 0.0);
}

int64_t ProfileData::usedFrameCount() const
{
    std::vector<bool> usedStack(stacks.size(), false);
    for (int32_t s : sampleStack) {
        if (s >= 0)
            usedStack[size_t(s)] = true;
    }
    return store::usedFrameCount(stacks, frames.size(), usedStack);
}

int64_t usedFrameCount(const std::vector<StackNode> &stacks, size_t frameCount,
                       const std::vector<bool> &usedStack)
{
    // A stack node's ancestors are used whenever it is; parents precede children
    // in the table only by convention, so walk up explicitly. Bits, not bytes: a profile
    // of forty million stacks needs 5 MB here, not 40.
    std::vector<char> usedFrame(frameCount, 0);
    std::vector<bool> visited(stacks.size(), false);
    for (size_t i = 0; i < stacks.size() && i < usedStack.size(); ++i) {
        if (!usedStack[i])
            continue;
        for (int32_t s = int32_t(i); s >= 0 && !visited[size_t(s)]; s = stacks[size_t(s)].parent) {
            visited[size_t(s)] = true;
            usedFrame[size_t(stacks[size_t(s)].frame)] = 1;
        }
    }
    return std::count(usedFrame.begin(), usedFrame.end(), char(1));
}

} // namespace eg::store
