#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eg::store {

class Cache;

// Error events grouped the way the errors list shows them: one row per type and message
// (numbers and ids masked, see errorGroupKey), with how often and when.
struct ErrorGroup
{
    std::string groupKey;
    std::string type;
    std::string value; // the latest event's message
    int64_t count = 0;
    int64_t firstSeenNs = 0; // 0: no event of the group has a time
    int64_t lastSeenNs = 0;
    int64_t latestEventRow = 0; // error_event row of the latest event, for its page
};

// Which error events the errors list shows: those of some sources (none: the whole cache)
// and, when traceId is set, only those captured during that trace.
struct ErrorFilter
{
    std::vector<int64_t> sourceIds;
    std::string traceId;
    std::string spanId; // with traceId: only the events raised during this span
};

// One error event with everything its page shows.
struct ErrorEvent
{
    int64_t row = 0;
    int64_t sourceId = 0;
    std::string eventId;
    std::optional<int64_t> timeNs;
    std::string level;
    std::string type;
    std::string value;
    std::string culprit;
    std::string traceId;
    std::string spanId;
    std::string release;
    std::string environment;
    std::string replayId;
    std::string details; // JSON (ErrorRecord::details)
};

class ErrorReader
{
public:
    explicit ErrorReader(const Cache &cache);

    // Distinct error events (by event id) of these sources; empty: of the whole cache.
    int64_t count(const std::vector<int64_t> &sourceIds = {}) const;
    int64_t count(const ErrorFilter &filter) const;
    // Groups, most frequent first.
    std::vector<ErrorGroup> groups(const std::vector<int64_t> &sourceIds = {}) const;
    std::vector<ErrorGroup> groups(const ErrorFilter &filter) const;
    // One group with its count and first and last seen, among the events the filter keeps.
    std::optional<ErrorGroup> group(const std::string &groupKey,
                                    const ErrorFilter &filter = {}) const;
    // The group's events, oldest first; with a filter, only those it keeps.
    std::vector<ErrorEvent> eventsOfGroup(const std::string &groupKey,
                                          const ErrorFilter &filter = {}) const;
    std::vector<ErrorEvent> eventsOfTrace(const std::string &traceId,
                                          const std::string &spanId = {}) const;
    std::optional<ErrorEvent> event(int64_t row) const;

private:
    // Groups of the filtered events; only the one with this key when it is set.
    std::vector<ErrorGroup> groupsWhere(const ErrorFilter &filter,
                                        const std::string *groupKey) const;

    const Cache &m_cache;
};

} // namespace eg::store
