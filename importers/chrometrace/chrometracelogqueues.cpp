#include "chrometracelogqueues.h"

#include <algorithm>

namespace eg::importers {

namespace {

using Record = TraceEventRecord;

// speedscope's B queue order among begins of one time: B events before X events (it
// appends X begins after the B events, then sorts stably), X events longer first, then
// file order.
bool beginsBefore(const Record &a, const Record &b)
{
    const bool aX = a.phase() == Record::Complete;
    const bool bX = b.phase() == Record::Complete;
    if (aX != bX)
        return bX;
    if (aX && a.dur != b.dur)
        return a.dur > b.dur;
    return a.seq() < b.seq();
}

} // namespace

ChromeTraceLogQueues::ChromeTraceLogQueues(ChromeTraceEventLog *releasable)
    : m_releasable(releasable)
{ }

void ChromeTraceLogQueues::add(const std::vector<ChromeTraceEventLog::Extent> &extents)
{
    m_begins.reader.add(extents);
    m_ends.reader.add(extents);
}

void ChromeTraceLogQueues::setWatermark(double time, bool final)
{
    m_watermark = time;
    m_final = final;
}

void ChromeTraceLogQueues::readerMoved()
{
    const size_t both = std::min(m_begins.reader.extent(), m_ends.reader.extent());
    if (m_releasable && both > m_released) {
        m_releasable->releaseBlocksBefore(both);
        m_released = both;
    }
}

bool ChromeTraceLogQueues::Begins::read(Record &record)
{
    const size_t extent = reader.extent();
    bool found = false;
    while (reader.next(record)) {
        if (record.phase() != Record::End) {
            found = true;
            break;
        }
    }
    if (reader.extent() != extent)
        m_owner.readerMoved();
    return found;
}

const Record *ChromeTraceLogQueues::Begins::front()
{
    if (m_at == m_run.size()) {
        m_run.clear();
        m_at = 0;
        m_complete = false;
        m_sorted = false;
        if (!m_hasNext)
            m_hasNext = read(m_next);
        if (!m_hasNext)
            return nullptr;
        m_run.push_back(m_next);
        m_hasNext = false;
    }
    // Gather the rest of the run's time; a begin of a later time completes it.
    while (!m_complete && !m_hasNext && read(m_next)) {
        if (m_next.ts == m_run.front().ts) {
            m_run.push_back(m_next);
        } else {
            m_hasNext = true;
            m_complete = true;
        }
    }
    // Begins of a time before the watermark are all here, even without a later one.
    if (!m_complete && !m_owner.m_final && !(m_run.front().ts < m_owner.m_watermark))
        return nullptr;
    m_complete = true;
    if (!m_sorted) {
        if (m_run.size() > 1)
            std::sort(m_run.begin(), m_run.end(), beginsBefore);
        m_sorted = true;
    }
    return &m_run[m_at];
}

const Record *ChromeTraceLogQueues::Ends::front()
{
    if (!m_has) {
        const size_t extent = reader.extent();
        while ((m_has = reader.next(m_next))) {
            if (m_next.phase() == Record::End)
                break;
        }
        if (reader.extent() != extent)
            m_owner.readerMoved();
    }
    return m_has ? &m_next : nullptr;
}

} // namespace eg::importers
