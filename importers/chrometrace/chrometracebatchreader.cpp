#include "chrometracebatchreader.h"

#include "chrometracetokenizer.h"

#include "importers/common/inputstream.h"

namespace eg::importers {

ChromeTraceBatchReader::ChromeTraceBatchReader(InputStream &input, size_t batchBytes,
                                               size_t padding, size_t depth)
{
    // `depth` batches may wait while the caller parses one more.
    for (size_t i = 0; i < depth + 1; ++i) {
        auto batch = std::make_unique<Batch>();
        batch->text.reserve(batchBytes + (batchBytes >> 2) + padding);
        m_free.push_back(std::move(batch));
    }
    m_thread
        = std::thread([this, &input, batchBytes, padding] { run(input, batchBytes, padding); });
}

ChromeTraceBatchReader::~ChromeTraceBatchReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ChromeTraceBatchReader::run(InputStream &input, size_t batchBytes, size_t padding)
{
    try {
        ChromeTraceTokenizer tokenizer(input);
        for (;;) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
                if (m_stop)
                    return;
                batch = std::move(m_free.back());
                m_free.pop_back();
            }
            batch->text.clear();
            batch->offsets.clear();
            const size_t events = tokenizer.nextBatch(batch->text, batch->offsets, batchBytes);
            batch->text.reserve(batch->text.size() + padding);
            batch->fractionRead = input.fractionRead();
            std::lock_guard lock(m_mutex);
            if (events == 0) {
                m_sawEventArray = tokenizer.sawEventArray();
                m_free.push_back(std::move(batch));
                m_done = true;
            } else {
                m_ready.push_back(std::move(batch));
            }
            m_changed.notify_all();
            if (m_done)
                return;
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
        m_done = true;
        m_changed.notify_all();
    }
}

std::unique_ptr<ChromeTraceBatchReader::Batch> ChromeTraceBatchReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        std::unique_ptr<Batch> batch = std::move(m_ready.front());
        m_ready.pop_front();
        return batch;
    }
    if (m_error)
        std::rethrow_exception(m_error);
    return nullptr;
}

void ChromeTraceBatchReader::recycle(std::unique_ptr<Batch> batch)
{
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

} // namespace eg::importers
