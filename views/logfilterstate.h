#pragma once

#include <QString>

#include <cstdint>

namespace eg::views {

// What the user set on the log timeline's filter bar, as a plain value: the Navigator keeps
// it with the page, so that Back and Forward bring the same filter back. The fields are as
// typed (an attribute field without `=` comes back as it was, red border and all).
struct LogFilterState
{
    QString text; // the search field
    uint8_t levels = 0x3f; // bit (1 << LogLevel) per level shown
    QString service; // empty: every service
    QString attribute; // the `attribute=value` field

    bool operator==(const LogFilterState &) const = default;
};

} // namespace eg::views
