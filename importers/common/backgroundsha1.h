#pragma once

#include "sha1.h"

#include <QByteArray>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace eg::importers {

// SHA-1 of an input hashed on a thread of its own once it is large: the content hash of a
// two-gigabyte log takes a second of the thread that reads it, which is the import's
// slowest. Small inputs are hashed as they come; the bytes of large ones are copied (a
// tenth of the cost of hashing them) and hashed while the importer goes on.
class BackgroundSha1
{
public:
    BackgroundSha1() = default;
    ~BackgroundSha1();
    BackgroundSha1(const BackgroundSha1 &) = delete;
    BackgroundSha1 &operator=(const BackgroundSha1 &) = delete;

    void addData(const char *data, size_t size);
    // The 20-byte digest of everything added; waits for the thread.
    QByteArray result();

private:
    static constexpr size_t kInlineBytes = size_t(16) << 20;
    static constexpr size_t kMaxQueuedBytes = size_t(32) << 20;

    void run();

    Sha1 m_hash;
    size_t m_added = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_queue;
    size_t m_queuedBytes = 0;
    std::vector<std::string> m_spare; // hashed copies, kept for the next ones
    bool m_finishing = false;
    std::thread m_thread;
};

} // namespace eg::importers
