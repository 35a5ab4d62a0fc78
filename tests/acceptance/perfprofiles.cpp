#include "perfprofiles.h"

#include <algorithm>

namespace eg::acceptance {

bool parsePerfProfileName(const QString &name, PerfThreadKey *key)
{
    const qsizetype firstSpace = name.indexOf(QLatin1Char(' '));
    const qsizetype lastSpace = name.lastIndexOf(QLatin1Char(' '));
    if (firstSpace <= 0 || lastSpace <= firstSpace)
        return false;
    key->event = name.left(firstSpace);
    key->comm = name.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const QString ids = name.mid(lastSpace + 1);
    const qsizetype slash = ids.indexOf(QLatin1Char('/'));
    key->hasPid = slash > 0;
    key->pid = key->hasPid ? ids.left(slash) : QStringLiteral("?");
    key->tid = key->hasPid ? ids.mid(slash + 1) : ids;
    return !key->tid.isEmpty();
}

std::vector<int32_t> stackFramesRootFirst(const store::ProfileData &profile, int32_t stack)
{
    std::vector<int32_t> frames;
    for (int32_t s = stack; s >= 0; s = profile.stacks[size_t(s)].parent)
        frames.push_back(profile.stacks[size_t(s)].frame);
    std::reverse(frames.begin(), frames.end());
    return frames;
}

std::vector<const ProfileFigures *> firstEventProfiles(const Imported &imported)
{
    std::vector<const ProfileFigures *> out;
    PerfThreadKey first;
    if (imported.profiles.empty() || !parsePerfProfileName(imported.profiles.front().name, &first))
        return out;
    for (const ProfileFigures &profile : imported.profiles) {
        PerfThreadKey key;
        if (parsePerfProfileName(profile.name, &key) && key.event == first.event)
            out.push_back(&profile);
    }
    return out;
}

} // namespace eg::acceptance
