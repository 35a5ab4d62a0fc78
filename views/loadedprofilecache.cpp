#include "loadedprofilecache.h"

#include <algorithm>

namespace eg::views {

LoadedProfileCache::LoadedProfileCache(int64_t maxSamples, size_t maxEntries)
    : m_maxSamples(maxSamples)
    , m_maxEntries(std::max<size_t>(1, maxEntries))
{ }

std::optional<LoadedProfile> LoadedProfileCache::take(const Key &key)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&key](const auto &entry) { return entry.first == key; });
    if (it == m_entries.end())
        return std::nullopt;
    auto entry = std::move(*it);
    m_entries.erase(it);
    m_entries.push_front(entry);
    return entry.second;
}

bool LoadedProfileCache::contains(const Key &key) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&key](const auto &entry) { return entry.first == key; });
}

void LoadedProfileCache::insert(const Key &key, LoadedProfile loaded)
{
    if (!loaded.profile)
        return;
    std::erase_if(m_entries, [&key](const auto &entry) { return entry.first == key; });
    m_entries.emplace_front(key, std::move(loaded));
    // The newest entry stays whatever it weighs: it is the one on show (or just loaded).
    while (m_entries.size() > 1
           && (m_entries.size() > m_maxEntries || heldSamples() > m_maxSamples))
        m_entries.pop_back();
}

bool LoadedProfileCache::hasRoomFor(int64_t samples) const
{
    return m_entries.size() < m_maxEntries && heldSamples() + samples <= m_maxSamples;
}

int64_t LoadedProfileCache::samplesOf(const LoadedProfile &loaded)
{
    return loaded.profile ? int64_t(loaded.profile->sampleCount()) : 0;
}

int64_t LoadedProfileCache::heldSamples() const
{
    int64_t held = 0;
    for (const auto &entry : m_entries)
        held += samplesOf(entry.second);
    return held;
}

} // namespace eg::views
