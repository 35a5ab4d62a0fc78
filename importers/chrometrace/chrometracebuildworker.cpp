#include "chrometracebuildworker.h"

#include "chrometracelogqueues.h"
#include "chrometraceparser.h"
#include "chrometracethreadbuilder.h"

#include "importers/common/importcontext.h"
#include "importers/common/profilestreamer.h"
#include "importers/common/stackinterner.h"

#include "models/store/profiledata.h"

#include <algorithm>

namespace eg::importers {

struct ChromeTraceBuildWorker::ThreadBuild
{
    std::unique_ptr<store::ProfileData> profile;
    std::unique_ptr<ProfileStreamer> streamer;
    ChromeTraceLogQueues queues;
    std::unique_ptr<ChromeTraceThreadBuilder> builder;
};

ChromeTraceBuildWorker::ChromeTraceBuildWorker(store::CacheWriter &writer,
                                               const ImportContext &context, size_t flushSamplesAt)
    : m_writer(writer)
    , m_context(context)
    , m_flushSamplesAt(flushSamplesAt)
    , m_thread([this] { run(); })
{ }

ChromeTraceBuildWorker::~ChromeTraceBuildWorker()
{
    stop();
}

void ChromeTraceBuildWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ChromeTraceBuildWorker::postFrom(const ChromeTraceParser &parser, double fractionRead,
                                      int64_t memoryBudget)
{
    // Big threads have room reserved for what the whole file will bring (and a quarter
    // more, so that a file a little denser further on does not make it grow again) rather
    // than doubling every few million stacks; small ones just grow, where a guess from
    // little data would cost more than it saves. No stack index takes more than a quarter
    // of the budget up front: past that it grows as it must, and the budget check sees it.
    constexpr size_t kReserveFrom = size_t(1) << 16;
    Update update;
    const std::vector<std::string> &keys = parser.keys();
    update.keys.assign(keys.begin() + long(m_keysHanded), keys.end());
    update.nameOfKey.assign(parser.nameOfKey().begin() + long(m_keysHanded),
                            parser.nameOfKey().end());
    m_keysHanded = keys.size();
    const std::vector<TraceThread> &threads = parser.threads();
    if (m_feeds.size() < threads.size())
        m_feeds.resize(threads.size());
    for (size_t i = 0; i < threads.size(); ++i) {
        const ChromeTraceEventLog &log = threads[i].events;
        Feed &feed = m_feeds[i];
        if (feed.state == Feed::Abandoned || log.size() == feed.mark.events)
            continue;
        Update::Thread change;
        change.index = uint32_t(i);
        if (!log.allInTimeOrder()) {
            // Built at the end, sorted; what was built so far goes.
            change.abandon = feed.state == Feed::Building;
            feed.state = Feed::Abandoned;
            if (change.abandon)
                update.threads.push_back(std::move(change));
            continue;
        }
        feed.state = Feed::Building;
        change.extents = log.extentsSince(feed.mark);
        change.watermark = log.lastTime();
        if (log.beginCount() >= kReserveFrom && fractionRead > 0) {
            const auto expected = size_t(double(log.beginCount()) / std::min(fractionRead, 1.0));
            size_t wanted = expected + expected / 4;
            while (wanted > log.beginCount()
                   && int64_t(StackInterner::tableBytes(wanted)) > memoryBudget / 4)
                wanted = wanted * 3 / 4;
            if (expected > feed.reservedStacks && wanted > feed.reservedStacks) {
                feed.reservedStacks = wanted;
                change.reserveStacks = wanted;
            }
        }
        update.threads.push_back(std::move(change));
    }
    if (!update.threads.empty() || !update.keys.empty())
        post(std::move(update));
}

int64_t ChromeTraceBuildWorker::plannedBytes(const ChromeTraceParser &parser) const
{
    int64_t bytes = 0;
    const std::vector<TraceThread> &threads = parser.threads();
    for (size_t i = 0; i < m_feeds.size() && i < threads.size(); ++i) {
        if (m_feeds[i].state != Feed::Building)
            continue;
        const size_t begins = threads[i].events.beginCount();
        bytes += int64_t(begins * sizeof(store::StackNode)
                         + StackInterner::tableBytes(std::max(begins, m_feeds[i].reservedStacks)));
    }
    return bytes;
}

void ChromeTraceBuildWorker::post(Update update)
{
    {
        std::lock_guard lock(m_mutex);
        m_updates.push_back(std::move(update));
    }
    m_changed.notify_all();
}

void ChromeTraceBuildWorker::rethrowIfFailed()
{
    std::lock_guard lock(m_mutex);
    if (m_error)
        std::rethrow_exception(m_error);
}

void ChromeTraceBuildWorker::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_error)
        std::rethrow_exception(m_error);
}

ChromeTraceBuildWorker::Built ChromeTraceBuildWorker::take(uint32_t index)
{
    Built built;
    if (index < m_threads.size() && m_threads[index]) {
        built.profile = std::move(m_threads[index]->profile);
        built.streamer = std::move(m_threads[index]->streamer);
        m_threads[index].reset();
    }
    return built;
}

void ChromeTraceBuildWorker::run()
{
    try {
        for (;;) {
            std::deque<Update> updates;
            bool finishing = false;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock,
                               [this] { return m_stopping || m_finishing || !m_updates.empty(); });
                if (m_stopping)
                    return;
                updates.swap(m_updates);
                finishing = m_finishing;
            }
            for (Update &update : updates)
                apply(update);
            if (!finishing)
                continue;
            // Nothing more will come: every thread takes the rest of its events.
            for (const std::unique_ptr<ThreadBuild> &t : m_threads) {
                if (!t)
                    continue;
                t->queues.setWatermark(0, true);
                t->builder->advance(t->queues.begins(), t->queues.ends(), 0, true);
                t->builder->finish();
                t->builder.reset();
                m_context.checkCancelled();
            }
            return;
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
}

void ChromeTraceBuildWorker::apply(Update &update)
{
    m_keys.insert(m_keys.end(), update.keys.begin(), update.keys.end());
    m_nameOfKey.insert(m_nameOfKey.end(), update.nameOfKey.begin(), update.nameOfKey.end());
    for (Update::Thread &change : update.threads) {
        if (change.index >= m_threads.size())
            m_threads.resize(size_t(change.index) + 1);
        std::unique_ptr<ThreadBuild> &t = m_threads[change.index];
        if (change.abandon) {
            if (t)
                t->streamer->abandon();
            t.reset();
            continue;
        }
        if (!t) {
            t = std::make_unique<ThreadBuild>();
            t->profile = std::make_unique<store::ProfileData>();
            t->streamer
                = std::make_unique<ProfileStreamer>(m_writer, *t->profile, m_flushSamplesAt);
            t->builder = std::make_unique<ChromeTraceThreadBuilder>(m_keys, m_nameOfKey,
                                                                    *t->profile, *t->streamer);
        }
        if (change.reserveStacks > 0)
            t->builder->reserveStacks(change.reserveStacks);
        t->queues.add(change.extents);
        t->queues.setWatermark(change.watermark, false);
        t->builder->advance(t->queues.begins(), t->queues.ends(), change.watermark, false);
    }
    m_context.checkCancelled();
}

} // namespace eg::importers
