#include "profileslice.h"

namespace eg::analysis {

bool ProfileSlice::canSlice(const store::ProfileData &profile)
{
    return profile.links.originEpochNs != 0 && store::nanosecondsPerUnit(profile.unit) > 0;
}

std::optional<store::ProfileData> ProfileSlice::slice(const store::ProfileData &profile,
                                                      int64_t fromEpochNs, int64_t toEpochNs)
{
    if (!canSlice(profile))
        return std::nullopt;
    const double perUnit = store::nanosecondsPerUnit(profile.unit);
    // The window in the profile's own time values.
    const double from = double(fromEpochNs - profile.links.originEpochNs) / perUnit;
    const double to = double(toEpochNs - profile.links.originEpochNs) / perUnit;

    store::ProfileData part;
    part.name = profile.name;
    part.thread = profile.thread;
    part.unit = profile.unit;
    part.kind = profile.kind;
    part.frames = profile.frames;
    part.stacks = profile.stacks;
    part.links = profile.links;
    for (size_t i = 0; i < profile.sampleCount(); ++i) {
        const double time = profile.sampleTime[i];
        if (time < from || time > to)
            continue;
        part.appendSample(profile.sampleStack[i], time, profile.sampleWeight[i],
                          profile.fileSamples(i));
        part.reportedSampleCount += profile.fileSamples(i);
    }
    part.startValue = from;
    part.endValue = to;
    return part;
}

} // namespace eg::analysis
