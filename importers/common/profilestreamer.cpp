#include "profilestreamer.h"

#include "models/store/cachewriter.h"

#include <algorithm>

namespace eg::importers {

ProfileStreamer::ProfileStreamer(store::CacheWriter &writer, store::ProfileData &profile,
                                 size_t flushAt)
    : m_writer(writer)
    , m_profile(profile)
    , m_flushAt(std::max<size_t>(flushAt, 1))
{ }

void ProfileStreamer::flush()
{
    if (m_profileId < 0)
        m_profileId = m_writer.beginProfile();
    m_writer.appendSamples(m_profileId, m_profile, 0, m_profile.sampleCount());
    // clear() keeps the capacity: the next chunk's samples reuse it.
    m_profile.sampleStack.clear();
    m_profile.sampleTime.clear();
    m_profile.sampleWeight.clear();
    m_profile.sampleRepeats.clear();
}

int64_t ProfileStreamer::finish()
{
    if (m_profileId < 0)
        return m_writer.addProfile(m_profile);
    const int64_t id = m_writer.finishProfile(m_profileId, m_profile);
    m_profileId = -1;
    return id;
}

void ProfileStreamer::abandon()
{
    if (m_profileId >= 0)
        m_writer.abandonProfile(m_profileId);
    m_profileId = -1;
}

} // namespace eg::importers
