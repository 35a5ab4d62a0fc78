#pragma once

#include "chrometraceeventreader.h"
#include "chrometracethreadbuilder.h"

#include <cstddef>
#include <vector>

namespace eg::importers {

// speedscope's two queues of a thread whose events come in time order, read straight
// from its packed log: the B queue (B and X events; those of one time gathered and
// ordered as speedscope orders them) and the E events. The log may still be growing:
// setWatermark() says which times are complete, and only begins of such times are handed
// out. When `releasable` is given, its blocks are freed as both queues read past them.
class ChromeTraceLogQueues
{
public:
    explicit ChromeTraceLogQueues(ChromeTraceEventLog *releasable = nullptr);
    ChromeTraceLogQueues(const ChromeTraceLogQueues &) = delete;
    ChromeTraceLogQueues &operator=(const ChromeTraceLogQueues &) = delete;

    // More of the log, following what was added before.
    void add(const std::vector<ChromeTraceEventLog::Extent> &extents);
    // Every event before `time` has been added (every event, when `final`).
    void setWatermark(double time, bool final);

    ChromeTraceThreadBuilder::Queue &begins() { return m_begins; }
    ChromeTraceThreadBuilder::Queue &ends() { return m_ends; }

private:
    class Begins : public ChromeTraceThreadBuilder::Queue
    {
    public:
        explicit Begins(ChromeTraceLogQueues &owner)
            : m_owner(owner)
        { }
        const TraceEventRecord *front() override;
        void pop() override { ++m_at; }

        ChromeTraceEventReader reader;

    private:
        bool read(TraceEventRecord &record);

        ChromeTraceLogQueues &m_owner;
        std::vector<TraceEventRecord> m_run; // begins of one time
        size_t m_at = 0;
        bool m_complete = false; // no more begins of the run's time can come
        bool m_sorted = false;
        TraceEventRecord m_next; // the first begin after the run, read already
        bool m_hasNext = false;
    };

    class Ends : public ChromeTraceThreadBuilder::Queue
    {
    public:
        explicit Ends(ChromeTraceLogQueues &owner)
            : m_owner(owner)
        { }
        const TraceEventRecord *front() override;
        void pop() override { m_has = false; }

        ChromeTraceEventReader reader;

    private:
        ChromeTraceLogQueues &m_owner;
        TraceEventRecord m_next;
        bool m_has = false;
    };

    void readerMoved();

    ChromeTraceEventLog *m_releasable;
    size_t m_released = 0;
    double m_watermark = 0;
    bool m_final = false;
    Begins m_begins {*this};
    Ends m_ends {*this};
};

} // namespace eg::importers
