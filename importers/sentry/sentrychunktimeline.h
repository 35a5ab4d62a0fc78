#pragma once

#include "sentrythreadprofiles.h"

#include "models/store/profiledata.h"

#include <memory>
#include <string>
#include <vector>

namespace eg::importers {

class SentrySampleTables;

// Joins continuous-profiling chunks (sample format v2) into one timeline per
// `profiler_id` (SENTRY.md §4.2, §4.3): the chunks of one profiler session are pieces of
// one recording, so their samples merge per thread, sorted by time, counted from the
// session's first sample. Chunks of different profilers stay apart.
class SentryChunkTimeline
{
public:
    void add(const std::string &profilerId, const SentrySampleTables &chunk);
    bool empty() const { return m_sessions.empty(); }
    int chunkCount() const { return m_chunks; }

    // One profile per thread per profiler session, sessions in the order they first
    // appeared. Empties the timeline.
    std::vector<store::ProfileData> finish();

private:
    struct Session
    {
        std::string profilerId;
        SentryThreadProfiles threads;
    };

    std::vector<std::unique_ptr<Session>> m_sessions;
    int m_chunks = 0;
};

} // namespace eg::importers
