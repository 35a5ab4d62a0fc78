#pragma once

#include "chrometraceeventlog.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace eg::store {
class CacheWriter;
struct ProfileData;
} // namespace eg::store

namespace eg::importers {

class ChromeTraceLogQueues;
class ChromeTraceParser;
class ChromeTraceThreadBuilder;
class ImportContext;
class ProfileStreamer;

// Builds the threads whose events come in time order on a thread of its own, while the
// importer is still parsing the file: the importer hands over what each batch added to
// their logs (ChromeTraceEventLog extents, which never move), and the worker takes every
// event before each thread's latest time. Parsing and building then share the machine's
// two cores instead of taking turns; samples go to the cache as they are made.
//
// The worker is the only user of the CacheWriter until finish() returns. A thread whose
// events turn out of order is abandoned: what was built and written for it is dropped and
// the importer builds it from its log at the end, sorting as speedscope sorts.
class ChromeTraceBuildWorker
{
public:
    // What a parsed batch added: new keys (each with the id of its name) and, per thread
    // being built here, the new part of its log and the time before which it is complete.
    struct Update
    {
        struct Thread
        {
            uint32_t index = 0;
            std::vector<ChromeTraceEventLog::Extent> extents;
            double watermark = 0;
            size_t reserveStacks = 0; // room for the whole file's, projected from what is read
            bool abandon = false;
        };
        std::vector<std::string> keys;
        std::vector<uint32_t> nameOfKey;
        std::vector<Thread> threads;
    };

    // A profile built here; its samples are in the cache, the rest is for the importer
    // to name and write (streamer->finish()).
    struct Built
    {
        std::unique_ptr<store::ProfileData> profile;
        std::unique_ptr<ProfileStreamer> streamer;
    };

    ChromeTraceBuildWorker(store::CacheWriter &writer, const ImportContext &context,
                           size_t flushSamplesAt);
    // Stops the worker and waits for it.
    ~ChromeTraceBuildWorker();
    ChromeTraceBuildWorker(const ChromeTraceBuildWorker &) = delete;
    ChromeTraceBuildWorker &operator=(const ChromeTraceBuildWorker &) = delete;

    // Called by the importer after each parsed batch: hands over what the batch added to
    // the logs of the threads in time order (and abandons those that no longer are).
    // Stacks are reserved for what the whole file will bring, within `memoryBudget`.
    void postFrom(const ChromeTraceParser &parser, double fractionRead, int64_t memoryBudget);
    // What the profiles built here hold, or have reserved: their stacks and stack index.
    int64_t plannedBytes(const ChromeTraceParser &parser) const;
    // Whether thread `index` is being built here.
    bool builds(uint32_t index) const
    {
        return index < m_feeds.size() && m_feeds[index].state == Feed::Building;
    }
    void post(Update update);
    // Rethrows what the worker threw (a cancel, a cache error), if it threw.
    void rethrowIfFailed();
    // Every event is in: builds the rest, ends the profiles and waits for the worker.
    // Rethrows what it threw.
    void finish();
    // After finish(): the profile of thread `index`, or an empty Built when it was not
    // built here (out of order, or never handed over).
    Built take(uint32_t index);

private:
    struct ThreadBuild;

    void run();
    void apply(Update &update);
    void stop();

    // The importer's side: what each thread's log has handed over so far.
    struct Feed
    {
        enum State { None, Building, Abandoned } state = None;
        ChromeTraceEventLog::Mark mark;
        size_t reservedStacks = 0;
    };
    std::vector<Feed> m_feeds;
    size_t m_keysHanded = 0;

    // The worker's side.
    store::CacheWriter &m_writer;
    const ImportContext &m_context;
    size_t m_flushSamplesAt;
    std::vector<std::string> m_keys;
    std::vector<uint32_t> m_nameOfKey;
    std::vector<std::unique_ptr<ThreadBuild>> m_threads; // by thread index

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Update> m_updates;
    std::exception_ptr m_error;
    bool m_finishing = false;
    bool m_stopping = false;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace eg::importers
