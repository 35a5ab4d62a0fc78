#pragma once

#include "chrometraceeventlog.h"

#include "importers/common/profilebuilder.h"

#include "models/store/profiledata.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace eg::importers {

class ProfileStreamer;

// Turns the B/E/X events of one thread into an evented profile exactly as speedscope's
// trace-event importer (src/import/trace-event.ts) does, so that our figures are its
// figures: B events (X begins included) are taken in time order, ties by file order with
// X events after B events and longer X first; E events (X ends included) in time order,
// and among E events of the same time the one matching the open frame by key, else by
// name, goes first; an E that matches nothing open is ignored; frames still open at the
// end close at the last time seen.
//
// speedscope sorts all events of a thread first. Here the events come from two queues,
// the B queue and the E events, and X ends wait in a heap until their time: when a
// thread's events come in time order, as generated and exported traces write them, the
// queues are its log read as it is (ChromeTraceLogQueues), even while the file is still
// being read (advance() takes what is complete), and the build holds the open frames and
// a few pending ends, not every event. Other threads (Chrome writes an X event when it
// ends, so children come before their parents) are decoded and sorted first.
class ChromeTraceThreadBuilder
{
public:
    // Where events are taken from, in order; front() is null when there is none (yet).
    class Queue
    {
    public:
        virtual ~Queue() = default;
        virtual const TraceEventRecord *front() = 0;
        virtual void pop() = 0;
    };

    // `keys` and `nameOfKey` may grow between calls to advance(); `profile` and
    // `streamer` must outlive the builder.
    ChromeTraceThreadBuilder(const std::vector<std::string> &keys,
                             const std::vector<uint32_t> &nameOfKey, store::ProfileData &profile,
                             ProfileStreamer &streamer);
    ChromeTraceThreadBuilder(const ChromeTraceThreadBuilder &) = delete;
    ChromeTraceThreadBuilder &operator=(const ChromeTraceThreadBuilder &) = delete;

    // Room for this many stacks at once (a stack per begin at most).
    void reserveStacks(size_t count) { m_builder.reserveStacks(count); }
    // Takes events from the B queue `begins` and the E events `ends` in speedscope's
    // order, as long as what is taken next is earlier than `watermark`, before which the
    // queues hold every event of the thread; when `final`, until both are empty.
    void advance(Queue &begins, Queue &ends, double watermark, bool final);
    // After the final advance(): closes what is still open and ends the profile.
    void finish();

    // The whole build of a thread once its log is complete: `events` is emptied.
    static void build(const std::vector<std::string> &keys, const std::vector<uint32_t> &nameOfKey,
                      ChromeTraceEventLog &events, store::ProfileData &profile,
                      ProfileStreamer &streamer);
    // Memory the build of a thread needs besides its log: its stacks and their index, and
    // every event as a record when they must be sorted. An estimate for the import's budget.
    static size_t buildBytes(const ChromeTraceEventLog &events);

private:
    struct PendingEnd
    {
        double at;
        uint64_t order; // position in the B queue
        uint32_t key;
    };
    struct End
    {
        double at;
        uint32_t key;
    };
    struct Open
    {
        double ts;
        uint32_t key;
        int32_t stack;
    };

    static bool laterEnd(const PendingEnd &a, const PendingEnd &b);
    int32_t frameOf(uint32_t key);
    void readBegin(Queue &begins);
    // Gathers the ends of the next time into m_group, if that time is complete.
    void formGroup(Queue &begins, Queue &ends, double watermark, bool final);
    void leave(double at);

    const std::vector<std::string> &m_keys;
    const std::vector<uint32_t> &m_nameOfKey;
    store::ProfileData &m_profile;
    ProfileStreamer &m_streamer;
    ProfileBuilder m_builder;
    std::vector<int32_t> m_frameOfKey; // per key: the profile's frame, -1 before its first use

    std::vector<PendingEnd> m_xEnds; // a heap, earliest first
    std::deque<TraceEventRecord> m_readBegins; // read (their X ends queued), not yet taken
    uint64_t m_beginsRead = 0;
    std::vector<End> m_group; // the ends of one time, reordered as speedscope swaps them
    size_t m_groupAt = 0;
    std::vector<Open> m_open;
    double m_last = 0; // the last time the profile builder saw, where speedscope ends
    bool m_any = false;
};

} // namespace eg::importers
