#include "callfilter.h"

#include <limits>
#include <unordered_map>

namespace eg::analysis {

namespace {

// Our own glob: Qt's wildcard conversion (before 6.6) will not let `*` cross a `/`,
// and "*/node_modules/*" must match a whole path.
QRegularExpression globToRegex(const QString &glob)
{
    QString pattern;
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            pattern += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            pattern += QLatin1Char('.');
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

constexpr int32_t kUnmapped = -2;
constexpr int32_t kVisiting = -3;

} // namespace

CallFilter::CallFilter(const QStringList &patterns)
{
    for (const QString &raw : patterns) {
        const QString pattern = raw.trimmed();
        if (pattern.isEmpty() || pattern == QLatin1String("+"))
            continue;
        m_patterns.append(pattern);
        if (pattern.startsWith(QLatin1Char('+')))
            m_own.push_back(globToRegex(pattern.mid(1)));
        else
            m_library.push_back(globToRegex(pattern));
    }
}

QStringList CallFilter::defaultPatterns()
{
    return {QStringLiteral("node:*"),
            QStringLiteral("*/node_modules/*"),
            QStringLiteral("std::*"),
            QStringLiteral("__gnu_cxx::*"),
            QStringLiteral("*.so"),
            QStringLiteral("*.so.*"),
            QStringLiteral("[kernel*"),
            QStringLiteral("(program)"),
            QStringLiteral("(garbage collector)")};
}

const std::string &CallFilter::otherCodeName()
{
    static const std::string name = "(other code)";
    return name;
}

bool CallFilter::matchesAny(const std::vector<QRegularExpression> &globs, const store::Frame &frame)
{
    if (globs.empty())
        return false;
    const QString texts[]
        = {QString::fromStdString(frame.module), QString::fromStdString(frame.file),
           QString::fromStdString(frame.name)};
    for (const QRegularExpression &glob : globs) {
        for (const QString &text : texts) {
            if (!text.isEmpty() && glob.match(text).hasMatch())
                return true;
        }
    }
    return false;
}

bool CallFilter::isOwnCode(const store::Frame &frame) const
{
    if (matchesAny(m_own, frame))
        return true;
    if (matchesAny(m_library, frame))
        return false;
    return frame.inApp != 0;
}

std::vector<char> CallFilter::ownFrames(const store::ProfileData &profile) const
{
    std::vector<char> own(profile.frames.size());
    for (size_t f = 0; f < own.size(); ++f)
        own[f] = isOwnCode(profile.frames[f]) ? 1 : 0;
    return own;
}

store::ProfileData CallFilter::apply(const store::ProfileData &profile) const
{
    store::ProfileData out;
    out.name = profile.name;
    out.thread = profile.thread;
    out.unit = profile.unit;
    out.kind = profile.kind;
    out.reportedSampleCount = profile.reportedSampleCount;
    out.startValue = profile.startValue;
    out.endValue = profile.endValue;
    out.frames = profile.frames;
    const auto frameCount = int32_t(profile.frames.size());
    const std::vector<char> own = ownFrames(profile);

    // Each old stack maps to the new stack of its nearest visible frame (-1: none). A
    // hidden frame's stack is its parent's new stack, so its time lands on that caller.
    const auto &stacks = profile.stacks;
    const auto stackCount = int32_t(stacks.size());
    std::vector<int32_t> mapped(size_t(stackCount), kUnmapped);
    std::unordered_map<uint64_t, int32_t> interned;
    interned.reserve(size_t(stackCount));
    auto intern = [&](int32_t parent, int32_t frame) {
        const uint64_t key = (uint64_t(uint32_t(parent)) << 32) | uint32_t(frame);
        const auto [it, inserted] = interned.try_emplace(key, int32_t(out.stacks.size()));
        if (inserted)
            out.stacks.push_back({parent, frame});
        return it->second;
    };
    std::vector<int32_t> path;
    for (int32_t s = 0; s < stackCount; ++s) {
        if (mapped[size_t(s)] != kUnmapped)
            continue;
        path.clear();
        int32_t anchor = -1;
        for (int32_t cur = s; cur >= 0 && cur < stackCount;) {
            const int32_t known = mapped[size_t(cur)];
            if (known != kUnmapped) {
                anchor = known == kVisiting ? -1 : known; // a cycle: cut it at the root
                break;
            }
            mapped[size_t(cur)] = kVisiting;
            path.push_back(cur);
            cur = stacks[size_t(cur)].parent;
        }
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            const int32_t frame = stacks[size_t(*it)].frame;
            if (frame >= 0 && frame < frameCount && own[size_t(frame)])
                anchor = intern(anchor, frame);
            mapped[size_t(*it)] = anchor;
        }
    }

    int32_t otherStack = -1;
    const size_t sampleCount = profile.sampleStack.size();
    out.sampleStack.resize(sampleCount);
    for (size_t i = 0; i < sampleCount; ++i) {
        const int32_t s = profile.sampleStack[i];
        int32_t target = s; // idle (-1) stays idle; broken ids stay broken, as CallTree skips them
        if (s >= 0 && s < stackCount) {
            target = mapped[size_t(s)];
            if (target < 0) {
                if (otherStack < 0) {
                    store::Frame other;
                    other.name = otherCodeName();
                    other.inApp = 0;
                    out.frames.push_back(std::move(other));
                    otherStack = intern(-1, int32_t(out.frames.size()) - 1);
                }
                target = otherStack;
            }
        } else if (s >= stackCount) {
            target = std::numeric_limits<int32_t>::max();
        }
        out.sampleStack[i] = target;
    }
    out.sampleTime = profile.sampleTime;
    out.sampleWeight = profile.sampleWeight;
    out.sampleRepeats = profile.sampleRepeats;
    return out;
}

} // namespace eg::analysis
