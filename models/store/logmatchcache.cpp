#include "logmatchcache.h"

namespace eg::store {

LogMatchCache &LogMatchCache::instance()
{
    static LogMatchCache cache;
    return cache;
}

std::shared_ptr<const LogBlockMatches> LogMatchCache::find(const std::string &filterKey,
                                                           int64_t blockId)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_filters.begin(); it != m_filters.end(); ++it) {
        if (it->first != filterKey)
            continue;
        m_filters.splice(m_filters.begin(), m_filters, it);
        const auto found = it->second.find(blockId);
        return found == it->second.end() ? nullptr : found->second;
    }
    return nullptr;
}

void LogMatchCache::insert(const std::string &filterKey, int64_t blockId,
                           std::shared_ptr<const LogBlockMatches> matches)
{
    std::lock_guard lock(m_mutex);
    auto it = m_filters.begin();
    while (it != m_filters.end() && it->first != filterKey)
        ++it;
    if (it == m_filters.end()) {
        m_filters.emplace_front(filterKey, Blocks());
        if (m_filters.size() > kFilters)
            m_filters.pop_back();
        it = m_filters.begin();
    }
    it->second[blockId] = std::move(matches);
}

std::shared_ptr<const std::vector<int64_t>> LogMatchCache::candidates(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_candidates.begin(); it != m_candidates.end(); ++it) {
        if (it->first != key)
            continue;
        m_candidates.splice(m_candidates.begin(), m_candidates, it);
        return it->second;
    }
    return nullptr;
}

void LogMatchCache::setCandidates(const std::string &key,
                                  std::shared_ptr<const std::vector<int64_t>> ids)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_candidates, [&](const auto &entry) { return entry.first == key; });
    m_candidates.emplace_front(key, std::move(ids));
    if (m_candidates.size() > 2 * kFilters)
        m_candidates.pop_back();
}

} // namespace eg::store
