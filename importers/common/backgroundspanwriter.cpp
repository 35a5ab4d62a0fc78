#include "backgroundspanwriter.h"

#include "models/store/cachewriter.h"

namespace eg::importers {

namespace {

// 512 spans of an OTLP export are about half a megabyte; four batches let the parser
// run two ahead of the writer without holding much.
constexpr size_t kBatchSize = 512;
constexpr size_t kBatchCount = 4;

} // namespace

BackgroundSpanWriter::BackgroundSpanWriter(store::CacheWriter &writer)
    : m_writer(writer)
{
    for (size_t i = 0; i < kBatchCount; ++i) {
        m_batches.push_back(std::make_unique<Batch>());
        m_batches.back()->records.resize(kBatchSize);
        if (i > 0)
            m_free.push_back(m_batches.back().get());
    }
    m_current = m_batches.front().get();
    m_thread = std::thread([this] { run(); });
}

BackgroundSpanWriter::~BackgroundSpanWriter()
{
    stop();
}

void BackgroundSpanWriter::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void BackgroundSpanWriter::push()
{
    if (++m_current->count == kBatchSize)
        handOver();
}

void BackgroundSpanWriter::handOver()
{
    std::unique_lock lock(m_mutex);
    m_full.push_back(m_current);
    m_current = nullptr;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return !m_free.empty() || m_error; });
    if (m_error) {
        lock.unlock();
        rethrow();
    }
    m_current = m_free.front();
    m_free.pop_front();
    m_current->count = 0;
}

void BackgroundSpanWriter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_current && m_current->count > 0)
            m_full.push_back(m_current);
        m_current = nullptr;
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    rethrow();
}

void BackgroundSpanWriter::rethrow()
{
    std::exception_ptr error;
    {
        std::lock_guard lock(m_mutex);
        error = m_error;
    }
    if (error) {
        stop();
        std::rethrow_exception(error);
    }
}

void BackgroundSpanWriter::run()
{
    for (;;) {
        Batch *batch = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_closing || !m_full.empty(); });
            if (m_stopping || m_full.empty())
                return; // stopped, or closing with nothing left
            batch = m_full.front();
            m_full.pop_front();
        }
        try {
            for (size_t i = 0; i < batch->count; ++i)
                m_writer.addSpan(batch->records[i]);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_changed.notify_all();
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(batch);
        }
        m_changed.notify_all();
    }
}

} // namespace eg::importers
