#include "logblockpipeline.h"

#include <algorithm>

namespace eg::store {

LogBlockPipeline::LogBlockPipeline()
    : m_threadCount(std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8))
{ }

LogBlockPipeline::~LogBlockPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_waiting.clear();
    }
    m_changed.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void LogBlockPipeline::submit(Job job)
{
    std::unique_lock lock(m_mutex);
    if (m_threads.empty())
        for (size_t i = 0; i < m_threadCount; ++i)
            m_threads.emplace_back([this] { run(); });
    // Waiting jobs and finished blocks not yet taken both hold memory. Blocks finished
    // behind a slow one wait for it; the next one ready to take lets the caller go on.
    const size_t bound = 2 * m_threadCount + 2;
    m_changed.wait(lock, [&] {
        return (m_waiting.size() < bound && (m_done.size() < 4 * bound || m_done.count(m_taken)))
            || m_failure;
    });
    m_waiting.emplace_back(m_submitted++, std::move(job));
    lock.unlock();
    m_changed.notify_all();
}

std::vector<std::vector<EncodedLogBlock>> LogBlockPipeline::take(bool all)
{
    std::unique_lock lock(m_mutex);
    if (all)
        m_changed.wait(
            lock, [this] { return m_taken + int64_t(m_done.size()) == m_submitted || m_failure; });
    if (m_failure)
        std::rethrow_exception(m_failure);
    std::vector<std::vector<EncodedLogBlock>> blocks;
    for (auto next = m_done.find(m_taken); next != m_done.end(); next = m_done.find(m_taken)) {
        blocks.push_back(std::move(next->second));
        m_done.erase(next);
        ++m_taken;
    }
    if (!blocks.empty()) {
        lock.unlock();
        m_changed.notify_all(); // room for submit()
    }
    return blocks;
}

void LogBlockPipeline::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_waiting.empty() || m_stopping; });
        if (m_stopping)
            return;
        auto [number, job] = std::move(m_waiting.front());
        m_waiting.pop_front();
        lock.unlock();
        try {
            std::vector<EncodedLogBlock> blocks = job();
            job = nullptr; // its lines go before the lock is taken again
            lock.lock();
            m_done.emplace(number, std::move(blocks));
        } catch (...) {
            lock.lock();
            m_failure = std::current_exception();
        }
        m_changed.notify_all();
    }
}

} // namespace eg::store
