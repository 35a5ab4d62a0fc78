#include "sentrychunktimeline.h"

#include "sentrysampletables.h"

#include "models/store/ids.h"

namespace eg::importers {

void SentryChunkTimeline::add(const std::string &profilerId, const SentrySampleTables &chunk)
{
    Session *session = nullptr;
    for (const std::unique_ptr<Session> &s : m_sessions) {
        if (s->profilerId == profilerId)
            session = s.get();
    }
    if (!session) {
        m_sessions.push_back(std::make_unique<Session>());
        session = m_sessions.back().get();
        session->profilerId = profilerId;
    }
    session->threads.add(chunk);
    ++m_chunks;
}

std::vector<store::ProfileData> SentryChunkTimeline::finish()
{
    std::vector<store::ProfileData> out;
    for (const std::unique_ptr<Session> &session : m_sessions) {
        std::string name = "continuous profile";
        if (!session->profilerId.empty())
            name.append(" ").append(session->profilerId);
        // Chunks carry no transaction, so no active thread: "main" (by name) goes first.
        // Sample times count in ns from the session's first sample, an epoch time.
        const int64_t origin = session->threads.earliest();
        std::vector<store::ProfileData> profiles = session->threads.finish(name, {}, origin);
        for (store::ProfileData &profile : profiles) {
            profile.links.profilerId = store::canonicalHexId(session->profilerId);
            profile.links.originEpochNs = origin;
            out.push_back(std::move(profile));
        }
    }
    m_sessions.clear();
    m_chunks = 0;
    return out;
}

} // namespace eg::importers
