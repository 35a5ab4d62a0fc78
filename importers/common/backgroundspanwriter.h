#pragma once

#include "models/store/spanrecord.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

// Hands span records to CacheWriter::addSpan on a thread of its own, so that parsing a
// big trace file and SQLite's inserts run side by side instead of one after the other
// (each takes about half of an OTLP import). Records travel in a few batches that go
// round between the two threads; a record's strings keep their capacity from one span
// to the next, so filling one does not allocate once the batches are warm.
//
// Only the writing thread touches the CacheWriter until finish() returns: the importer
// must not call the writer in between.
class BackgroundSpanWriter
{
public:
    explicit BackgroundSpanWriter(store::CacheWriter &writer);
    // Stops the thread without writing what is still queued: an import that did not
    // reach finish() failed or was cancelled, and its transaction is rolled back.
    ~BackgroundSpanWriter();
    BackgroundSpanWriter(const BackgroundSpanWriter &) = delete;
    BackgroundSpanWriter &operator=(const BackgroundSpanWriter &) = delete;

    // The record to fill next, holding whatever an earlier span left in it.
    store::SpanRecord &record() { return m_current->records[m_current->count]; }
    // The record from record() is complete: it will be written, in this order.
    void push();
    // Writes everything pushed and stops the thread; rethrows what addSpan threw.
    void finish();

private:
    struct Batch
    {
        std::vector<store::SpanRecord> records;
        size_t count = 0;
    };

    void handOver();
    void run();
    void rethrow();
    void stop();

    store::CacheWriter &m_writer;
    std::vector<std::unique_ptr<Batch>> m_batches;
    Batch *m_current = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch *> m_full; // waiting to be written, oldest first
    std::deque<Batch *> m_free;
    bool m_closing = false; // no more batches: write the rest, then end
    bool m_stopping = false; // end now
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace eg::importers
