#pragma once

#include <cstdint>
#include <string>

namespace eg::store {

// One span as an importer hands it to the CacheWriter, already normalized: ids are
// canonical lower-case hex (see canonicalHexId), times are nanoseconds since the Unix
// epoch, and everything a waterfall does not need for drawing goes into `details`.
struct SpanRecord
{
    std::string traceId;
    std::string spanId;
    std::string parentSpanId; // empty for a root
    std::string name; // what a person calls it: Sentry description, OTel span name
    std::string op; // Sentry op ("db.query"), or a category derived from OTel attributes
    std::string service; // service.name, Jaeger process, Sentry project or SDK
    std::string kind; // "server", "client", "producer", "consumer", "internal" or empty
    std::string status; // as written: "ok", "internal_error", "error", "404"...
    bool isError = false; // the status means the operation failed
    int64_t startNs = 0;
    int64_t endNs = 0;
    std::string segmentId; // Sentry transaction event_id, or the segment span's id
    bool isSegment = false; // root span of a transaction or segment
    std::string profileId; // transaction profile (Sentry v1)
    std::string profilerId; // continuous profiler session (Sentry v2)
    std::string threadId; // thread the span ran on, as its profile names it
    // A JSON object with any of: "attributes" {key: value}, "events" [{name, time_ns,
    // attributes}], "links" [{trace_id, span_id, attributes}], "measurements" {name:
    // {value, unit}}. Empty means {}.
    std::string details;
};

} // namespace eg::store
