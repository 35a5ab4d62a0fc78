#pragma once

#include "models/store/profiledata.h"

#include <cstddef>
#include <cstdint>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

// Writes a profile that may grow too large to hold whole. Once the profile being built
// holds `flushAt` samples they go to the cache (CacheWriter's streamed profiles) and
// leave memory, so a gigabyte trace's thread costs its frames and stacks, not its tens of
// millions of samples. A profile that stays smaller is written by addProfile() as ever;
// either way the cache ends up with the same rows.
class ProfileStreamer
{
public:
    static constexpr size_t kDefaultFlushAt = size_t(1) << 16; // one sample chunk

    ProfileStreamer(store::CacheWriter &writer, store::ProfileData &profile,
                    size_t flushAt = kDefaultFlushAt);
    ProfileStreamer(const ProfileStreamer &) = delete;
    ProfileStreamer &operator=(const ProfileStreamer &) = delete;

    // Call after adding samples; cheap unless there is a chunk's worth to write.
    void samplesAdded()
    {
        if (m_profile.sampleCount() >= m_flushAt)
            flush();
    }
    // Writes the profile with what it holds now; returns its id in the cache.
    int64_t finish();
    // Drops what was streamed (the profile will be built again another way).
    void abandon();
    bool streaming() const { return m_profileId >= 0; }

private:
    void flush();

    store::CacheWriter &m_writer;
    store::ProfileData &m_profile;
    size_t m_flushAt;
    int64_t m_profileId = -1;
};

} // namespace eg::importers
