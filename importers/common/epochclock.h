#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace eg::importers {

// Turns a trace format's timestamps into nanoseconds since the Unix epoch, and notices
// the ones that do not fit: a value that only makes sense in another unit (a Jaeger
// start time in nanoseconds, an OTLP one in microseconds) is read in that unit, and a
// value that is not a wall-clock time in any unit (zero, a monotonic clock) is kept as
// written. Both are counted, so that the importer can say so once per file.
class EpochClock
{
public:
    // `unitNs`: the format's own unit in nanoseconds (1 for OTLP, 1000 for Jaeger and
    // Zipkin); `formatName` and `unitName` ("OTLP", "nanoseconds") go into warnings.
    EpochClock(int64_t unitNs, const char *formatName, const char *unitName);

    // The unit (in nanoseconds) to read a span's times in, decided by its start time
    // and counted. Apply it to the span's end or duration too, so they stay together.
    int64_t unitOfSpan(int64_t rawStart);
    // A time inside a span (an event, a log) in nanoseconds, not counted.
    int64_t toNs(int64_t raw) const { return scaled(raw, unitOf(raw)); }

    // `raw * unitNs`, saturated instead of overflowing.
    static int64_t scaled(int64_t raw, int64_t unitNs);

    // One sentence per kind of problem seen ("3 spans ..."), for CacheWriter::addWarning.
    QStringList warnings() const;

private:
    int64_t unitOf(int64_t raw) const;

    int64_t m_unitNs;
    const char *m_formatName;
    const char *m_unitName;
    int64_t m_otherUnit[4] = {0, 0, 0, 0}; // spans read in ns, µs, ms, s instead
    int64_t m_notEpoch = 0;
};

} // namespace eg::importers
