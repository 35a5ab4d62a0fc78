#pragma once

#include "calltree.h"

#include "models/store/profiledata.h"

#include <QRegularExpression>
#include <QStringList>

#include <string>
#include <vector>

namespace eg::analysis {

// "Only my code": which frames are the application's own, and a profile with the others
// folded away. A frame is library code when one of the patterns matches its module, file
// or name ("node:*", "*/node_modules/*", "std::*"; `*` is any text, `?` one character);
// a pattern written with a leading `+` marks own code instead and wins over the rest.
// Frames no pattern speaks for follow Frame::inApp, and unknown origin counts as own code
// so that a profile without that information is not emptied.
class CallFilter
{
public:
    CallFilter() = default;
    explicit CallFilter(const QStringList &patterns);

    // What a fresh install hides: the runtimes and package folders of the formats we read.
    static QStringList defaultPatterns();
    // The name of the node that stands for time spent only in hidden frames.
    static const std::string &otherCodeName();

    const QStringList &patterns() const { return m_patterns; }
    bool isOwnCode(const store::Frame &frame) const;
    // isOwnCode for every frame of a profile.
    std::vector<char> ownFrames(const store::ProfileData &profile) const;

    // The profile with every hidden frame removed from its stacks, so that its time goes
    // to the nearest visible caller; samples whose every frame is hidden go to one
    // "(other code)" frame at the root (appended to the frames). Samples and weights are
    // kept one for one, so totals and idle time do not change.
    store::ProfileData apply(const store::ProfileData &profile) const;
    CallTree buildTree(const store::ProfileData &profile) const { return CallTree(apply(profile)); }

private:
    static bool matchesAny(const std::vector<QRegularExpression> &globs, const store::Frame &frame);

    QStringList m_patterns;
    std::vector<QRegularExpression> m_library;
    std::vector<QRegularExpression> m_own;
};

} // namespace eg::analysis
