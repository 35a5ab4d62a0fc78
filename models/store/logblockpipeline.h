#pragma once

#include "logblockbuilder.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace eg::store {

// Makes log blocks on threads of their own while the import thread reads on: parsing a
// block's lines (when an importer hands that over too), compressing the block and listing
// its words take several times longer than reading the lines, so on two cores a log
// imports about twice as fast. Blocks come back in the order their jobs were submitted;
// SQLite stays on the import thread.
class LogBlockPipeline
{
public:
    // Makes the blocks of one run of lines, in order.
    using Job = std::function<std::vector<EncodedLogBlock>()>;

    // One thread per core.
    LogBlockPipeline();
    ~LogBlockPipeline();
    LogBlockPipeline(const LogBlockPipeline &) = delete;
    LogBlockPipeline &operator=(const LogBlockPipeline &) = delete;

    // Waits while a few jobs per thread are waiting already, so memory stays bounded.
    void submit(Job job);
    // The blocks of the jobs finished so far that follow those taken before, a list per
    // job, in order; with `all`, waits for every job submitted. Rethrows what a job threw.
    std::vector<std::vector<EncodedLogBlock>> take(bool all);

private:
    void run();

    const size_t m_threadCount;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<int64_t, Job>> m_waiting;
    std::map<int64_t, std::vector<EncodedLogBlock>> m_done; // by submission number
    int64_t m_submitted = 0;
    int64_t m_taken = 0; // the submission number take() returns next
    std::exception_ptr m_failure;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace eg::store
