#pragma once

#include "chrometraceeventlog.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eg::importers {

// Reads a thread's packed events back, in file order, from the extents of its log handed
// to it so far: all of them at once, or as they are appended while the file is read.
class ChromeTraceEventReader
{
public:
    // More of the log: the extents that follow those added before.
    void add(const std::vector<ChromeTraceEventLog::Extent> &extents);
    // The next event, its seq() its position in the thread; false when the extents added
    // so far are read (more may come).
    bool next(TraceEventRecord &record);
    // The extent the next event is read from: the ones before it are done with.
    size_t extent() const { return m_extent; }

private:
    std::vector<ChromeTraceEventLog::Extent> m_extents;
    size_t m_extent = 0;
    size_t m_pos = 0;
    uint32_t m_index = 0;
    int64_t m_previousNs = 0;
};

} // namespace eg::importers
