#include "acceptancefigures.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <set>

namespace eg::acceptance {

namespace {

// speedscope's importFromFirefox (src/import/firefox.ts) leaves out every frame whose
// location is not `name (file...)` (native labels) and every Firefox-internal one
// (`resource:` and `self-hosted` files). We keep all of them; this is its view of ours.
bool speedscopeKeeps(const store::Frame &frame)
{
    const std::string &file = frame.file;
    return !file.empty() && file.rfind("resource:", 0) != 0 && file != "self-hosted"
        && file.rfind("self-hosted:", 0) != 0;
}

ProfileFigures firefoxView(const ProfileFigures &ours)
{
    const store::ProfileData &data = ours.data;
    ProfileFigures view;
    view.data = data;
    view.name = ours.name;
    view.samples = ours.samples;
    view.totalWeight = ours.totalWeight;
    std::set<int32_t> usedFrames;
    std::vector<int32_t> kept;
    std::map<int32_t, double> totals; // per frame
    for (size_t i = 0; i < data.sampleStack.size(); ++i) {
        const double weight = data.sampleWeight[i];
        kept.clear();
        for (int32_t s = data.sampleStack[i]; s >= 0; s = data.stacks[size_t(s)].parent) {
            const int32_t frame = data.stacks[size_t(s)].frame;
            if (speedscopeKeeps(data.frames[size_t(frame)]))
                kept.push_back(frame); // leaf first
        }
        if (kept.empty())
            continue;
        view.busyWeight += weight;
        const std::set<int32_t> distinct(kept.begin(), kept.end());
        usedFrames.insert(distinct.begin(), distinct.end());
        view.selfByName[QString::fromStdString(data.frames[size_t(kept.front())].name)] += weight;
        for (const int32_t frame : distinct)
            totals[frame] += weight;
    }
    for (const auto &[frame, total] : totals) {
        const QString name = QString::fromStdString(data.frames[size_t(frame)].name);
        view.totalByName[name] += total;
        view.selfByName[name] += 0; // listed with no self weight, as speedscope lists it
        double &largest = view.largestTotalByName[name];
        largest = std::max(largest, total);
    }
    view.frames = int64_t(usedFrames.size());
    return view;
}

} // namespace

// For speedscope's Firefox snapshots, what speedscope shows of our profiles; false when
// the expectation is not one of them.
bool speedscopeFirefoxView(const QJsonObject &expected, const Imported &imported, Imported *view)
{
    const QString test = expected.value(QStringLiteral("peer"))
                             .toObject()
                             .value(QStringLiteral("test"))
                             .toString();
    if (!test.startsWith(QLatin1String("importFromFirefox")) || !imported.error.isEmpty())
        return false;
    view->error = imported.error;
    for (const ProfileFigures &profile : imported.profiles)
        view->profiles.push_back(firefoxView(profile));
    return true;
}

} // namespace eg::acceptance
