#pragma once

#include "sentrysampletables.h"

#include "importers/common/profilebuilder.h"

#include "models/store/profiledata.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace eg::importers {

// Turns Sentry sample tables into one sampled profile per thread. Several tables may be
// added (the chunks of one continuous profiler join into one timeline); each thread keeps
// its own frames and stacks, interned once however many chunks repeat them.
//
// Weights follow vroom's speedscope conversion (internal/sample/sample.go), which is also
// speedscope's rule for sampled input: a sample weighs the time to the next sample of the
// same thread, and the last sample of a thread weighs nothing. A profile starts at its
// first sample and ends at its last, in nanoseconds.
class SentryThreadProfiles
{
public:
    void add(const SentrySampleTables &tables);

    // The profiles, the active thread first (`activeThreadId`, else a thread named "main"
    // or "com.apple.main-thread", else the first that was sampled), then the others in
    // the order their first sample appears. Times count from `timeBase` ns. Threads
    // without samples are left out. Each profile's links name its thread id as the file
    // writes it (the `thread.id` of spans); the caller fills in the other links.
    std::vector<store::ProfileData> finish(const std::string &profileName,
                                           const std::string &activeThreadId, int64_t timeBase);

    bool empty() const { return m_threads.empty(); }
    // The earliest sample time added so far (INT64_MAX when none).
    int64_t earliest() const { return m_earliest; }

private:
    struct Thread
    {
        std::string id;
        std::string name;
        std::unique_ptr<store::ProfileData> profile;
        std::unique_ptr<ProfileBuilder> builder;
        std::vector<int64_t> times;
        std::vector<int32_t> stacks;
        std::vector<int32_t> frameMap; // table frame → our frame, per added table
        std::vector<int32_t> stackMap; // table stack → our stack, per added table
        int64_t order = 0; // when its first sample was added
    };

    Thread &thread(const SentrySampleTables::Thread &info);
    int32_t convertStack(Thread &thread, const SentrySampleTables &tables, int32_t stack);

    std::vector<std::unique_ptr<Thread>> m_threads;
    std::unordered_map<std::string, size_t> m_byId;
    std::vector<int32_t> m_rootFirst;
    int64_t m_samplesAdded = 0;
    int64_t m_earliest = INT64_MAX;
};

} // namespace eg::importers
