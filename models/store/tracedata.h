#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eg::store {

// One row of the trace list: what the cache knows about a trace without loading spans.
struct TraceInfo
{
    std::string traceId;
    std::string rootName; // the earliest root span's name
    std::vector<std::string> roots; // every root span's name, in file order
    std::vector<std::string> services; // distinct, in order of first appearance
    int64_t startNs = 0;
    int64_t endNs = 0;
    int64_t spanCount = 0;
    int64_t errorCount = 0;

    int64_t durationNs() const { return endNs - startNs; }
};

// A span of a loaded trace, compact enough for a million of them: strings are indices
// into TraceData::strings (0 is the empty string), ids are 64-bit keys (spanIdKey).
struct TraceSpan
{
    int64_t rowId = 0; // the span table row, for the details panel
    uint64_t spanId = 0;
    uint64_t parentId = 0; // 0: no parent
    int64_t startNs = 0;
    int64_t endNs = 0;
    int32_t name = 0;
    int32_t op = 0;
    int32_t service = 0;
    int32_t kind = 0;
    int32_t status = 0;
    int32_t segmentId = 0;
    int32_t profileId = 0;
    int32_t profilerId = 0;
    int32_t threadId = 0;
    bool isError = false;
    bool isSegment = false;

    int64_t durationNs() const { return endNs - startNs; }
};

// Every span of one trace, from every source that holds some, in file order.
struct TraceData
{
    std::string traceId;
    std::vector<std::string> strings {std::string()};
    std::vector<TraceSpan> spans;

    std::string_view text(int32_t index) const { return strings[size_t(index)]; }
    // The span's own id as text (16 lower-case hex digits).
    static std::string spanIdText(uint64_t key);
};

// What the details panel shows for one span, loaded on demand.
struct SpanDetails
{
    std::string traceId;
    std::string spanId;
    std::string parentSpanId;
    std::string segmentId;
    std::string sourceName;
    std::string details; // JSON object (SpanRecord::details)
};

} // namespace eg::store
