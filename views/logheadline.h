#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace eg::views {

struct LogQueryResult;

// The sentence above the log timeline: how many lines, from how many services, over what
// time, and what stands out (errors, and when most of them came), in plain words.
class LogHeadline
{
    Q_DECLARE_TR_FUNCTIONS(LogHeadline)

public:
    static QString text(const LogQueryResult &result);
    // A time as the headline writes it: the time of day, with the date when the range
    // crosses midnight, with milliseconds when it is only seconds long.
    static QString timeText(int64_t ns, bool withDate, bool withMs = false);

private:
    static QString errorText(const LogQueryResult &result, int64_t errors, bool withDate);
};

} // namespace eg::views
