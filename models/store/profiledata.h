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

// Ids that tie a profile to the telemetry around it (SENTRY.md §3.4, §4.3): a span links
// to a transaction profile by profileId, or to continuous chunks by profilerId, threadId
// and its time range. Empty strings and 0 mean "not known".
struct ProfileLinks
{
    std::string profileId; // Sentry v1: the profile's event_id
    std::string profilerId; // Sentry v2: the profiler session of the chunks
    std::string threadId; // the thread as spans name it (`thread.id`)
    std::string traceId;
    std::string transactionId; // event_id of the transaction it was recorded for
    // Wall-clock time (ns since the epoch) of time value 0: a sample at sampleTime t was
    // taken at originEpochNs + t * nanosecondsPerUnit(unit). Sentry v1 profiles count
    // elapsed_since_start_ns from their `timestamp`, which is the origin; Sentry v2 chunks
    // write epoch seconds, stored as ns since the session's first sample, the origin.
    int64_t originEpochNs = 0;

    bool operator==(const ProfileLinks &) const = default;
};

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
    // How many of the file's samples each stored sample stands for: importers store a run
    // of consecutive identical samples (V8 profiles) or a counted line (folded stacks) as
    // one weighted sample, and the "Samples" figures count the file's samples, not runs.
    // Empty when every stored sample is one; otherwise parallel to sampleStack.
    std::vector<uint32_t> sampleRepeats;

    // What the summary reports as "samples": the number of samples for sampled
    // profiles, the number of frame openings for evented ones (CLI.md).
    int64_t reportedSampleCount = 0;
    double startValue = 0;
    double endValue = 0;
    ProfileLinks links;

    void appendSample(int32_t stack, double time, double weight, uint32_t repeats = 1)
    {
        sampleStack.push_back(stack);
        sampleTime.push_back(time);
        sampleWeight.push_back(weight);
        if (!sampleRepeats.empty() && sampleRepeats.size() + 1 == sampleStack.size())
            sampleRepeats.push_back(repeats);
        else if (!sampleRepeats.empty() || repeats != 1)
            setRepeats(sampleStack.size() - 1, repeats);
    }
    // Stored samples (runs), not the file's samples: see fileSamples().
    size_t sampleCount() const { return sampleStack.size(); }
    // How many of the file's samples stored sample `i` stands for.
    uint32_t fileSamples(size_t i) const { return i < sampleRepeats.size() ? sampleRepeats[i] : 1; }
    void setRepeats(size_t i, uint32_t repeats);
    // One more file sample for the last stored one (the run goes on).
    void repeatLastSample();

    // Sampled: the sum of sample weights; evented: end minus start (CLI.md).
    double totalWeight() const;
    // Frames that appear in at least one sample.
    int64_t usedFrameCount() const;
};

// Frames that the stacks flagged in `usedStack` (indexed like `stacks`; missing flags are
// unused) and their callers hold: ProfileData::usedFrameCount() for samples that are no
// longer in memory, as when a profile is streamed into the cache.
int64_t usedFrameCount(const std::vector<StackNode> &stacks, size_t frameCount,
                       const std::vector<bool> &usedStack);

} // namespace eg::store
