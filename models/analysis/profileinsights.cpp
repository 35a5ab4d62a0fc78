#include "profileinsights.h"

#include "weightformatter.h"

#include <QCoreApplication>

#include <vector>

namespace eg::analysis {

namespace {

// Long C++ template names would swallow the sentence; the full name is one click away.
constexpr qsizetype kMaxNameLength = 80;

QString displayName(const store::Frame &frame)
{
    QString name = QString::fromStdString(frame.name);
    if (name.isEmpty())
        return QCoreApplication::translate("ProfileInsights", "(unnamed function)");
    if (name.size() > kMaxNameLength)
        name = name.left(kMaxNameLength - 1) + QChar(0x2026);
    return name;
}

// Largest weight wins; equal weights go to the smaller name, so the sentence does not
// depend on the order frames were imported in.
template<typename NameOf> int32_t heaviest(const std::vector<double> &weight, NameOf nameOf)
{
    int32_t best = -1;
    for (size_t i = 0; i < weight.size(); ++i) {
        if (weight[i] <= 0)
            continue;
        if (best < 0 || weight[i] > weight[size_t(best)]
            || (weight[i] == weight[size_t(best)] && nameOf(int32_t(i)) < nameOf(best)))
            best = int32_t(i);
    }
    return best;
}

} // namespace

ProfileInsights::ProfileInsights(const store::ProfileData &profile, const CallTree &tree)
    : m_memory(profile.unit == store::WeightUnit::Bytes)
{
    const double busy = tree.totalWeight();
    const double all = busy + tree.idleWeight();
    m_idleShare = all > 0 ? tree.idleWeight() / all : 0;
    if (tree.root().samples + tree.idleSamples() == 0) {
        m_kind = Kind::Empty;
        return;
    }
    if (busy <= 0) {
        m_kind = Kind::IdleOnly;
        return;
    }

    const auto &frames = profile.frames;
    const auto &nodes = tree.nodes();
    std::vector<double> selfByFrame(frames.size(), 0.0);
    for (size_t i = 1; i < nodes.size(); ++i)
        selfByFrame[size_t(nodes[i].frame)] += nodes[i].self;
    auto frameName = [&](int32_t f) -> const std::string & {
        return frames[size_t(f)].name;
    };
    m_hottestFrame = heaviest(selfByFrame, frameName);
    if (m_hottestFrame < 0) {
        m_kind = Kind::IdleOnly;
        return;
    }
    m_hottestShare = selfByFrame[size_t(m_hottestFrame)] / busy;

    // The caller is the nearest frame above that is not the function itself, so that a
    // recursive function is not reported as called from itself. Slot 0 stands for "the
    // top of the stack".
    std::vector<double> callerWeight(frames.size() + 1, 0.0);
    double bestNodeSelf = -1;
    for (size_t i = 1; i < nodes.size(); ++i) {
        if (nodes[i].frame != m_hottestFrame)
            continue;
        if (nodes[i].self > bestNodeSelf) {
            bestNodeSelf = nodes[i].self;
            m_hottestNode = int32_t(i);
        }
        int32_t up = nodes[i].parent;
        while (up > 0 && nodes[size_t(up)].frame == m_hottestFrame)
            up = nodes[size_t(up)].parent;
        callerWeight[up > 0 ? size_t(nodes[size_t(up)].frame) + 1 : 0] += nodes[i].self;
    }
    static const std::string kTop;
    const int32_t caller = heaviest(callerWeight, [&](int32_t slot) -> const std::string & {
        return slot == 0 ? kTop : frames[size_t(slot - 1)].name;
    });
    m_hottestCaller = caller > 0 ? caller - 1 : -1;

    m_frameName = displayName(frames[size_t(m_hottestFrame)]);
    if (m_hottestCaller >= 0)
        m_callerName = displayName(frames[size_t(m_hottestCaller)]);
    m_kind = m_hottestShare >= kDominantShare ? Kind::Dominant
        : m_hottestShare >= kLeadingShare     ? Kind::Leading
                                              : Kind::SpreadOut;
}

QString ProfileInsights::headline() const
{
    const QString idle = idleSentence();
    const QString main = mainSentence();
    return idle.isEmpty() ? main : main + QLatin1Char(' ') + idle;
}

QString ProfileInsights::mainSentence() const
{
    const QString share = WeightFormatter::formatPercent(m_hottestShare);
    const bool caller = m_hottestCaller >= 0;
    switch (m_kind) {
    case Kind::Empty:
        return QCoreApplication::translate("ProfileInsights", "This profile has no samples.");
    case Kind::IdleOnly:
        return QCoreApplication::translate(
            "ProfileInsights",
            "This profile recorded only idle time: none of its samples has a call stack "
            "with any weight.");
    case Kind::Dominant:
        if (m_memory) {
            return caller ? QCoreApplication::translate(
                                "ProfileInsights",
                                "Most of the memory (%1) was allocated in `%2`, called from `%3`.")
                                .arg(share, m_frameName, m_callerName)
                          : QCoreApplication::translate(
                                "ProfileInsights", "Most of the memory (%1) was allocated in `%2`.")
                                .arg(share, m_frameName);
        }
        return caller
            ? QCoreApplication::translate(
                  "ProfileInsights", "Most of the time (%1) was spent in `%2`, called from `%3`.")
                  .arg(share, m_frameName, m_callerName)
            : QCoreApplication::translate("ProfileInsights",
                                          "Most of the time (%1) was spent in `%2`.")
                  .arg(share, m_frameName);
    case Kind::Leading:
        if (m_memory) {
            return caller ? QCoreApplication::translate("ProfileInsights",
                                                        "The largest share of the memory (%1) was "
                                                        "allocated in `%2`, called from `%3`.")
                                .arg(share, m_frameName, m_callerName)
                          : QCoreApplication::translate(
                                "ProfileInsights",
                                "The largest share of the memory (%1) was allocated in `%2`.")
                                .arg(share, m_frameName);
        }
        return caller
            ? QCoreApplication::translate(
                  "ProfileInsights",
                  "The largest share of the time (%1) was spent in `%2`, called from "
                  "`%3`.")
                  .arg(share, m_frameName, m_callerName)
            : QCoreApplication::translate("ProfileInsights",
                                          "The largest share of the time (%1) was spent in `%2`.")
                  .arg(share, m_frameName);
    case Kind::SpreadOut:
        return m_memory ? QCoreApplication::translate("ProfileInsights",
                                                      "Memory use is spread out: the heaviest "
                                                      "function, `%1`, accounts for %2.")
                              .arg(m_frameName, share)
                        : QCoreApplication::translate("ProfileInsights",
                                                      "Time is spread out: the heaviest function, "
                                                      "`%1`, accounts for %2.")
                              .arg(m_frameName, share);
    }
    return {};
}

QString ProfileInsights::idleSentence() const
{
    if (m_memory || m_kind == Kind::Empty || m_kind == Kind::IdleOnly
        || m_idleShare < kNotableIdleShare)
        return {};
    return QCoreApplication::translate("ProfileInsights",
                                       "The thread was idle for %1 of the recorded time.")
        .arg(WeightFormatter::formatPercent(m_idleShare));
}

} // namespace eg::analysis
