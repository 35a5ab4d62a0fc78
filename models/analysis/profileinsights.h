#pragma once

#include "calltree.h"

#include "models/store/profiledata.h"

#include <QString>

#include <cstdint>

namespace eg::analysis {

// The first thing a person reads about a profile: one sentence in plain words saying
// where the time (or memory) went, with the figures that prove it. Built next to the call
// tree off the GUI thread; only the frame names are kept, not the profile.
class ProfileInsights
{
public:
    enum class Kind {
        Empty, // no samples at all
        IdleOnly, // samples, but none with a stack (or none with weight)
        Dominant, // one function holds at least half of the weight
        Leading, // one function holds a clear share, but not half
        SpreadOut, // no function stands out
    };

    // Shares at or above these pick Dominant and Leading.
    static constexpr double kDominantShare = 0.5;
    static constexpr double kLeadingShare = 0.15;
    // From this share of idle time on, the headline says so.
    static constexpr double kNotableIdleShare = 0.25;

    ProfileInsights() = default;
    ProfileInsights(const store::ProfileData &profile, const CallTree &tree);

    Kind kind() const { return m_kind; }
    // The sentence(s) for the top of the profile page, names quoted in `backticks`.
    QString headline() const;

    // The frame with the largest self weight, its share of the busy weight, the caller it
    // was most often reached from (-1: called from the top of the stack), and the tree
    // node that holds most of its self weight, for "show me".
    int32_t hottestFrame() const { return m_hottestFrame; }
    double hottestShare() const { return m_hottestShare; }
    int32_t hottestCaller() const { return m_hottestCaller; }
    int32_t hottestNode() const { return m_hottestNode; }
    // Idle weight over all weight (idle included).
    double idleShare() const { return m_idleShare; }

private:
    QString mainSentence() const;
    QString idleSentence() const;

    Kind m_kind = Kind::Empty;
    bool m_memory = false;
    int32_t m_hottestFrame = -1;
    int32_t m_hottestCaller = -1;
    int32_t m_hottestNode = -1;
    double m_hottestShare = 0;
    double m_idleShare = 0;
    QString m_frameName;
    QString m_callerName;
};

} // namespace eg::analysis
