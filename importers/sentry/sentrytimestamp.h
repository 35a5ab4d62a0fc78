#pragma once

#include "importers/common/jsonsupport.h"

#include <cstdint>
#include <string_view>

namespace eg::importers {

// Sentry writes the same time field as RFC 3339 text or as epoch seconds (SENTRY.md §2.1,
// §9.1): Python sends "2023-11-22T16:23:49.525798Z", JavaScript 1795547563.68623. Both
// become nanoseconds since the Unix epoch, exactly for the microseconds SDKs send (a
// double holds an epoch in seconds only to about 240 ns).
class SentryTimestamp
{
public:
    // "2023-11-22T16:23:49.525798Z", with `T` or a space, any number of fraction digits
    // (rounded to the nanosecond), and `Z`, `+hh:mm`, `-hh:mm` or no zone (UTC).
    static bool parseRfc3339(std::string_view text, int64_t *ns);
    // Epoch seconds written as a JSON number token or as text ("1795547563.68623").
    static bool parseSeconds(std::string_view token, int64_t *ns);

    // A time field: a number of seconds or a string of either kind. Returns false for null
    // (absent); throws ImportError naming `what` for any other type or for unreadable text.
    static bool read(JsonSupport &json, JsonSupport::Value &value, const char *what, int64_t *ns);
};

} // namespace eg::importers
