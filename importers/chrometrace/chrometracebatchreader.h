#pragma once

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

namespace eg::importers {

class InputStream;

// Reads a trace and splits it into batches of whole events (ChromeTraceTokenizer) on a
// thread of its own, while the importer parses the batches before: reading, decompressing,
// hashing and splitting take about as long as simdjson's parse, so a two-core machine
// does both at once. At most `depth` batches wait, so memory stays a few batches whatever
// the file's size. Batches come back in file order; what the tokenizer throws comes back
// after the batches before it, as if it had run on the caller's thread.
class ChromeTraceBatchReader
{
public:
    struct Batch
    {
        std::string text; // events separated by newlines, with simdjson's padding spare
        std::vector<int64_t> offsets; // where each event starts in the input
        double fractionRead = 0; // of the input's raw bytes, when the batch was made
    };

    ChromeTraceBatchReader(InputStream &input, size_t batchBytes, size_t padding, size_t depth = 2);
    // Stops the thread and waits for it: `input` is the caller's again afterwards.
    ~ChromeTraceBatchReader();
    ChromeTraceBatchReader(const ChromeTraceBatchReader &) = delete;
    ChromeTraceBatchReader &operator=(const ChromeTraceBatchReader &) = delete;

    // The next batch, empty at the end; rethrows what the tokenizer threw. Hand it back
    // with recycle() once parsed, so that its buffer is reused.
    std::unique_ptr<Batch> next();
    void recycle(std::unique_ptr<Batch> batch);
    // Whether the input held an event array: valid once next() has returned empty.
    bool sawEventArray() const { return m_sawEventArray; }

private:
    void run(InputStream &input, size_t batchBytes, size_t padding);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_ready;
    std::vector<std::unique_ptr<Batch>> m_free;
    std::exception_ptr m_error;
    bool m_done = false; // the thread has queued its last batch (or its error)
    bool m_stop = false; // the caller is gone: stop reading
    bool m_sawEventArray = false;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace eg::importers
