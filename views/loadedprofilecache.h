#pragma once

#include "loadedprofile.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <optional>

namespace eg::views {

// The profiles the page loaded lately, and those it loaded ahead of time, with what their
// tabs derived from them (ProfileExtras): switching back to a thread, or to one loaded
// ahead, shows it at once instead of loading it from the cache again. Bounded by the
// number of samples held, since a profile of ten million samples takes a few hundred
// megabytes; the one on show is never counted out.
class LoadedProfileCache
{
public:
    // What a loaded profile is, beyond the cache row: the same row filtered otherwise
    // ("only my code", a time window) is another entry.
    struct Key
    {
        int64_t profileId = 0;
        int64_t sampleCount = 0; // a row id reused after a delete is another profile
        QString variant;
        bool operator==(const Key &) const = default;
    };

    explicit LoadedProfileCache(int64_t maxSamples = 30'000'000, size_t maxEntries = 4);

    // The entry, now the most recent one; nullopt when there is none.
    std::optional<LoadedProfile> take(const Key &key);
    bool contains(const Key &key) const;
    // Keeps `loaded` as the most recent entry and drops the oldest ones beyond the bounds.
    void insert(const Key &key, LoadedProfile loaded);
    // Whether a profile of `samples` more would fit without dropping anything.
    bool hasRoomFor(int64_t samples) const;
    void clear() { m_entries.clear(); }
    size_t size() const { return m_entries.size(); }

private:
    static int64_t samplesOf(const LoadedProfile &loaded);
    int64_t heldSamples() const;

    int64_t m_maxSamples;
    size_t m_maxEntries;
    std::deque<std::pair<Key, LoadedProfile>> m_entries; // most recent first
};

} // namespace eg::views
