#include "chrometraceeventreader.h"

namespace eg::importers {

void ChromeTraceEventReader::add(const std::vector<ChromeTraceEventLog::Extent> &extents)
{
    m_extents.insert(m_extents.end(), extents.begin(), extents.end());
}

bool ChromeTraceEventReader::next(TraceEventRecord &record)
{
    while (m_extent < m_extents.size() && m_pos == m_extents[m_extent].bytes) {
        ++m_extent;
        m_pos = 0;
    }
    if (m_extent == m_extents.size())
        return false;
    const uint8_t *const start = m_extents[m_extent].data + m_pos;
    const uint8_t *const end = ChromeTraceEventLog::decode(start, m_previousNs, record);
    record.seqPhase |= m_index++;
    m_pos += size_t(end - start);
    return true;
}

} // namespace eg::importers
