#include "epochclock.h"

#include <limits>

namespace eg::importers {

namespace {

// Wall-clock times a trace can plausibly hold: 1990-01-01 to 2200-01-01. The range spans
// less than a factor of 1000, so a value fits it in one unit at most.
constexpr int64_t kEarliestNs = 631152000LL * 1'000'000'000LL;
constexpr int64_t kLatestNs = 7258118400LL * 1'000'000'000LL;

constexpr int64_t kUnits[4] = {1, 1'000, 1'000'000, 1'000'000'000};
const char *const kUnitNames[4] = {"nanoseconds", "microseconds", "milliseconds", "seconds"};

// "1 span has" / "3 spans have".
QString spansHave(int64_t n)
{
    return n == 1 ? QStringLiteral("1 span has") : QStringLiteral("%1 spans have").arg(n);
}

bool plausible(int64_t ns)
{
    return ns >= kEarliestNs && ns <= kLatestNs;
}

} // namespace

EpochClock::EpochClock(int64_t unitNs, const char *formatName, const char *unitName)
    : m_unitNs(unitNs)
    , m_formatName(formatName)
    , m_unitName(unitName)
{ }

int64_t EpochClock::scaled(int64_t raw, int64_t unitNs)
{
    int64_t out = 0;
    if (__builtin_mul_overflow(raw, unitNs, &out))
        return raw < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    return out;
}

int64_t EpochClock::unitOf(int64_t raw) const
{
    if (plausible(scaled(raw, m_unitNs)))
        return m_unitNs;
    for (int64_t unit : kUnits) {
        if (unit != m_unitNs && plausible(scaled(raw, unit)))
            return unit;
    }
    return m_unitNs;
}

int64_t EpochClock::unitOfSpan(int64_t rawStart)
{
    const int64_t unit = unitOf(rawStart);
    if (unit != m_unitNs) {
        for (int i = 0; i < 4; ++i) {
            if (kUnits[i] == unit)
                ++m_otherUnit[i];
        }
    } else if (!plausible(scaled(rawStart, unit))) {
        ++m_notEpoch;
    }
    return unit;
}

QStringList EpochClock::warnings() const
{
    QStringList out;
    for (int i = 0; i < 4; ++i) {
        if (m_otherUnit[i] == 0)
            continue;
        out << QStringLiteral("%1 times in %2 where %3 uses %4; they were read in %2")
                   .arg(spansHave(m_otherUnit[i]), QLatin1String(kUnitNames[i]),
                        QLatin1String(m_formatName), QLatin1String(m_unitName));
    }
    if (m_notEpoch > 0)
        out << QStringLiteral("%1 a start time that is not a wall-clock time (zero, or a clock "
                              "that does not count from 1970); shown as written")
                   .arg(spansHave(m_notEpoch));
    return out;
}

} // namespace eg::importers
