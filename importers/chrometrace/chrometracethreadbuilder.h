#pragma once

#include "chrometraceparser.h"

#include "models/store/profiledata.h"

#include <string>
#include <vector>

namespace eg::importers {

// Turns the B/E/X events of one thread into an evented profile exactly as speedscope's
// trace-event importer (src/import/trace-event.ts) does, so that our figures are its
// figures: B events (X begins included) are taken in time order, ties by file order with
// X events after B events and longer X first; E events (X ends included) in time order,
// and among E events of the same time the one matching the open frame by key, else by
// name, goes first; an E that matches nothing open is ignored; frames still open at the
// end close at the last time seen.
class ChromeTraceThreadBuilder
{
public:
    ChromeTraceThreadBuilder(const std::vector<std::string> &keys,
                             const std::vector<uint32_t> &nameOfKey);

    // Sorts `events` in place and fills `profile` (frames, stacks, runs, figures).
    void build(std::vector<TraceEventRecord> &events, store::ProfileData &profile);

private:
    const std::vector<std::string> &m_keys;
    const std::vector<uint32_t> &m_nameOfKey;
    std::vector<int32_t> m_frameOfKey; // per key: the profile's frame, -1 before its first use
};

} // namespace eg::importers
