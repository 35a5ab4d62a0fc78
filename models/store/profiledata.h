#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eg::store {

// The unit a profile's weights (and, for time units, its timestamps) are written in.
// Kept as the file wrote it so that our figures compare with the tools that read it first.
enum class WeightUnit { None, Nanoseconds, Microseconds, Milliseconds, Seconds, Bytes };

// Stable machine names ("nanoseconds", "none", ...) as CLI.md lists them.
const char *weightUnitName(WeightUnit unit);
bool weightUnitFromName(std::string_view name, WeightUnit *unit);
// How many nanoseconds one unit is; 0 for units that are not time.
double nanosecondsPerUnit(WeightUnit unit);

enum class ProfileKind { Sampled, Evented };

// One distinct frame of a profile: a function at a place in the code.
// Two frames are the same when name, file, line and column are (CLI.md).
struct Frame
{
    std::string name;
    std::string file;
    std::string module; // library, package or binary; empty when unknown
    int32_t line = 0; // 1-based; 0 when unknown
    int32_t column = 0; // 1-based; 0 when unknown
    int8_t inApp = -1; // 1: the application's own code, 0: a library, -1: unknown

    bool operator==(const Frame &) const = default;
};

// A node of the prefix tree of call stacks: stacks[i] is `frame` called from `parent`
// (-1 for a root). Every distinct stack of a profile is one index into this table.
struct StackNode
{
    int32_t parent = -1;
    int32_t frame = 0;
};

// A profile as every stage sees it once normalized: importers fill it, the cache stores
// it, analysis reads it. Evented profiles are stored as their runs of identical stacks
// (one weighted sample per run), which is what every aggregated view needs.
struct ProfileData
{
    std::string name;
    std::string thread;
    WeightUnit unit = WeightUnit::None;
    ProfileKind kind = ProfileKind::Sampled;

    std::vector<Frame> frames;
    std::vector<StackNode> stacks;

    // Parallel arrays, one entry per sample in time order. sampleStack is -1 for a
    // sample with an empty stack (idle time, speedscope's "empty stack" segments).
    std::vector<int32_t> sampleStack;
    std::vector<double> sampleTime; // in `unit` (or the sample's position for counts)
    std::vector<double> sampleWeight;

    // What the summary reports as "samples": the number of samples for sampled
    // profiles, the number of frame openings for evented ones (CLI.md).
    int64_t reportedSampleCount = 0;
    double startValue = 0;
    double endValue = 0;

    void appendSample(int32_t stack, double time, double weight)
    {
        sampleStack.push_back(stack);
        sampleTime.push_back(time);
        sampleWeight.push_back(weight);
    }
    size_t sampleCount() const { return sampleStack.size(); }

    // Sampled: the sum of sample weights; evented: end minus start (CLI.md).
    double totalWeight() const;
    // Frames that appear in at least one sample.
    int64_t usedFrameCount() const;
};

} // namespace eg::store
