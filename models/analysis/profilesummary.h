#pragma once

#include "calltree.h"

#include "models/store/profiledata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace eg::analysis {

// The summary at the top of a profile, in plain sentences for people who do not read
// flame graphs every day: how much the profile holds, the three functions that spend the
// most in their own code, the heaviest path from the top of the stack to a leaf, and
// where on that path the application's own code hands over to libraries. Names are
// quoted in `backticks` (the panel makes them bold). Built off the GUI thread.
class ProfileSummary
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSummary)

public:
    // Paths longer than this keep their first and last frames around an ellipsis.
    static constexpr int kMaxPathFrames = 6;

    ProfileSummary() = default;
    ProfileSummary(const store::ProfileData &profile, const CallTree &tree);

    // The sentences in reading order; the boundary sentence only when it is known.
    QStringList sentences() const;
    QString totalSentence() const { return m_total; }
    QString heaviestSentence() const { return m_heaviest; }
    QString pathSentence() const { return m_path; }
    QString boundarySentence() const { return m_boundary; }

    // Frames (indices into ProfileData::frames) by self weight, heaviest first, at most 3.
    const std::vector<int32_t> &topSelfFrames() const { return m_topSelf; }
    // The deepest in-app frame on the heaviest path, or -1 when unknown.
    int32_t lastAppFrame() const { return m_lastAppFrame; }
    // "main → load_config → … → parse_json", names in backticks.
    static QString shortenedPath(const QStringList &names, int maxFrames = kMaxPathFrames);

private:
    QString m_total;
    QString m_heaviest;
    QString m_path;
    QString m_boundary;
    std::vector<int32_t> m_topSelf;
    int32_t m_lastAppFrame = -1;
};

} // namespace eg::analysis
