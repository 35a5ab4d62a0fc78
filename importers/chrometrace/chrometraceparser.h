#pragma once

#include "chrometraceeventlog.h"

#include "importers/common/stringinterner.h"
#include "importers/cpuprofile/cpuprofilewalker.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eg::importers {

struct TraceThread
{
    std::string pid; // as written (numbers keep their text), for names and ordering
    std::string tid;
    ChromeTraceEventLog events;
};

// A V8 CPU profile carried by `Profile` + `ProfileChunk` events (matched by id) or by
// one `CpuProfile` event, collected across the whole trace.
struct TraceCpuProfile
{
    std::string pid;
    std::string tid;
    std::string id;
    double firstTs = 0; // the ts of its first event: profiles are listed in that order
    double startTime = 0;
    double endTime = 0;
    bool hasEndTime = false;
    std::vector<CpuProfileNode> nodes;
    std::vector<int64_t> samples;
    std::vector<double> timeDeltas;
    std::vector<std::pair<int32_t, int64_t>> childLinks; // (parent index, child id)
};

// Parses batches of whole event objects (from ChromeTraceTokenizer) with simdjson
// On-Demand and keeps only what the profiles need. simdjson stays inside the .cpp, which
// may be compiled for a newer instruction set than the rest (see CMakeLists.txt).
class ChromeTraceParser
{
public:
    ChromeTraceParser();
    ~ChromeTraceParser();
    ChromeTraceParser(const ChromeTraceParser &) = delete;
    ChromeTraceParser &operator=(const ChromeTraceParser &) = delete;

    // `batch` holds events separated by newlines and has SIMDJSON_PADDING spare capacity;
    // `offsets` is where each event starts in the input, for messages.
    void parse(std::string &batch, const std::vector<int64_t> &offsets);
    // Frees simdjson's buffers once every batch is parsed; parse() may not be called after.
    void doneParsing();

    std::vector<TraceThread> &threads() { return m_threads; }
    const std::vector<TraceThread> &threads() const { return m_threads; }
    std::vector<TraceCpuProfile> &cpuProfiles() { return m_cpuProfiles; }
    const std::vector<std::string> &keys() const { return m_keys.strings(); }
    // The id of the event name (without args) of each key, to compare names as
    // speedscope does when it matches E events with open frames.
    const std::vector<uint32_t> &nameOfKey() const { return m_nameOfKey; }
    // `thread_name` / `process_name` metadata; the last one wins, as in speedscope.
    const std::string *threadName(const std::string &pid, const std::string &tid) const;
    const std::string *processName(const std::string &pid) const;
    int64_t eventCount() const { return m_eventCount; }
    // Bytes held for what was parsed: event logs, keys, CPU profiles. An estimate for the
    // import's memory budget.
    int64_t memoryBytes() const;
    int64_t skippedCount() const { return m_skipped; }

private:
    struct Impl;
    friend struct Impl;

    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    using StringIndex = std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>>;

    uint32_t internKey(std::string_view key, std::string_view name, bool hasName);
    uint32_t threadIndex(std::string_view pid, std::string_view tid);
    TraceCpuProfile &cpuProfile(std::string_view pid, std::string_view tid, std::string_view id,
                                double ts);

    std::unique_ptr<Impl> m_impl;
    std::vector<TraceThread> m_threads;
    std::vector<TraceCpuProfile> m_cpuProfiles;
    StringInterner m_keys;
    std::vector<uint32_t> m_nameOfKey;
    StringInterner m_names;
    StringIndex m_threadIndex;
    StringIndex m_cpuProfileIndex;
    std::unordered_map<std::string, std::string> m_threadNames; // "pid\0tid" → name
    std::unordered_map<std::string, std::string> m_processNames;
    std::string m_lastThreadKey;
    uint32_t m_lastThread = 0;
    std::string m_scratch;
    int64_t m_eventCount = 0;
    int64_t m_skipped = 0;
};

} // namespace eg::importers
