#pragma once

#include "models/store/profiledata.h"

#include <cstdint>
#include <optional>

namespace eg::analysis {

// The part of a profile recorded while a span ran: what a span's "open the profile" link
// shows. Needs the profile's wall clock (ProfileLinks::originEpochNs) and a time unit;
// without them there is no way to line samples up with spans and there is no slice.
class ProfileSlice
{
public:
    // Samples whose time falls in [fromEpochNs, toEpochNs], frames and stacks unchanged;
    // nullopt when the profile cannot be placed on the wall clock.
    static std::optional<store::ProfileData> slice(const store::ProfileData &profile,
                                                   int64_t fromEpochNs, int64_t toEpochNs);
    static bool canSlice(const store::ProfileData &profile);
};

} // namespace eg::analysis
