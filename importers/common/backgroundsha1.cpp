#include "backgroundsha1.h"

namespace eg::importers {

BackgroundSha1::~BackgroundSha1()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void BackgroundSha1::addData(const char *data, size_t size)
{
    m_added += size;
    if (!m_thread.joinable() && m_added <= kInlineBytes) {
        m_hash.addData(data, size);
        return;
    }
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_changed.wait(lock, [this] { return m_queuedBytes < kMaxQueuedBytes; });
    std::string copy;
    if (!m_spare.empty()) {
        copy = std::move(m_spare.back());
        m_spare.pop_back();
    }
    copy.assign(data, size);
    m_queuedBytes += size;
    m_queue.push_back(std::move(copy));
    lock.unlock();
    m_changed.notify_all();
}

QByteArray BackgroundSha1::result()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_finishing = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    return m_hash.result();
}

void BackgroundSha1::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_finishing; });
        if (m_queue.empty())
            return; // finishing, and everything is hashed
        std::string piece = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_hash.addData(piece.data(), piece.size());
        lock.lock();
        m_queuedBytes -= piece.size();
        if (m_spare.size() < 4)
            m_spare.push_back(std::move(piece));
        m_changed.notify_all();
    }
}

} // namespace eg::importers
