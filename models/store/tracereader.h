#pragma once

#include "tracedata.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace eg::store {

class Cache;

// Reads traces and spans from the cache: the trace list, one whole trace for the
// waterfall, and the details of one span when it is selected.
class TraceReader
{
public:
    explicit TraceReader(const Cache &cache);

    // Every trace in the cache, earliest first.
    std::vector<TraceInfo> traces() const;
    // Traces that have spans from one source, in the order the file first names them.
    std::vector<TraceInfo> tracesOfSource(int64_t sourceId) const;
    std::optional<TraceInfo> trace(std::string_view traceId) const;
    int64_t traceCount() const;
    // All spans of a trace, from every source, in file order (source, then position).
    TraceData loadTrace(std::string_view traceId) const;
    std::optional<SpanDetails> spanDetails(int64_t rowId) const;
    // The span table row of a span named by its ids (the first file's when several hold
    // it), for links from records that carry a trace and span id; 0 when none does.
    int64_t spanRow(std::string_view traceId, std::string_view spanId) const;
    // The problems importers worked around in one source, in the order they were found.
    QStringList importWarnings(int64_t sourceId) const;

private:
    const Cache &m_cache;
};

} // namespace eg::store
