#pragma once

#include "chrometraceeventlog.h"

#include "models/store/profiledata.h"

#include <string>
#include <vector>

namespace eg::importers {

class ProfileBuilder;
class ProfileStreamer;

// Turns the B/E/X events of one thread into an evented profile exactly as speedscope's
// trace-event importer (src/import/trace-event.ts) does, so that our figures are its
// figures: B events (X begins included) are taken in time order, ties by file order with
// X events after B events and longer X first; E events (X ends included) in time order,
// and among E events of the same time the one matching the open frame by key, else by
// name, goes first; an E that matches nothing open is ignored; frames still open at the
// end close at the last time seen.
//
// speedscope sorts all events of a thread first. When the thread's begins and its E events
// each come in time order, as generated and exported traces write them, the log is read
// as it is instead, and X ends wait in a heap until their time: the build then holds the
// open frames and a few pending ends, not every event. Other threads (Chrome writes an X
// event when it ends, so children come before their parents) are decoded and sorted.
class ChromeTraceThreadBuilder
{
public:
    ChromeTraceThreadBuilder(const std::vector<std::string> &keys,
                             const std::vector<uint32_t> &nameOfKey);

    // Fills `profile` (frames, stacks, figures) from `events`, which is emptied; samples go
    // through `streamer` as they are made.
    void build(ChromeTraceEventLog &events, store::ProfileData &profile, ProfileStreamer &streamer);

    // Memory the build of a thread needs besides its log: its stacks and their index, and
    // every event as a record when they must be sorted. An estimate for the import's budget.
    static size_t buildBytes(const ChromeTraceEventLog &events);

private:
    // `releaseRead` is called now and then to free what both queues have read.
    template<typename Begins, typename Ends, typename Release>
    void run(Begins &begins, Ends &ends, ProfileBuilder &builder, store::ProfileData &profile,
             ProfileStreamer &streamer, const Release &releaseRead);
    int32_t frameOf(uint32_t key, ProfileBuilder &builder);

    const std::vector<std::string> &m_keys;
    const std::vector<uint32_t> &m_nameOfKey;
    std::vector<int32_t> m_frameOfKey; // per key: the profile's frame, -1 before its first use
};

} // namespace eg::importers
