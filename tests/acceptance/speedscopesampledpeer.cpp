#include "perfprofiles.h"

#include <QJsonArray>

#include <set>

namespace eg::acceptance {

namespace {

struct SpeedscopeProfile
{
    QString name;
    int64_t frames = 0;
    double busy = 0;
    std::map<QString, double> selfByName;
    std::map<QString, double> totalByName;
};

void compareProfiles(const QJsonObject &expected, const std::vector<SpeedscopeProfile> &ours,
                     QStringList *problems)
{
    const QJsonArray profiles = expected.value(QStringLiteral("profiles")).toArray();
    if (size_t(profiles.size()) != ours.size()) {
        problems->append(
            QStringLiteral("%1 profiles, expected %2").arg(ours.size()).arg(profiles.size()));
        return;
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject peer = profiles.at(i).toObject();
        const SpeedscopeProfile &mine = ours[size_t(i)];
        const QString where = QStringLiteral("profile %1").arg(i + 1);
        const QString name = peer.value(QStringLiteral("name")).toString();
        if (!mine.name.isEmpty() && mine.name != name)
            problems->append(
                QStringLiteral("%1: named \"%2\", expected \"%3\"").arg(where, mine.name, name));
        const auto frameCount = int64_t(peer.value(QStringLiteral("frame_count")).toDouble());
        if (mine.frames != frameCount)
            problems->append(QStringLiteral("%1: %2 frames, expected %3")
                                 .arg(where)
                                 .arg(mine.frames)
                                 .arg(frameCount));
        const double selfSum = peer.value(QStringLiteral("self_weight_sum")).toDouble();
        if (!near(mine.busy, selfSum))
            problems->append(QStringLiteral("%1: self weight sum %2, expected %3")
                                 .arg(where, num(mine.busy), num(selfSum)));
        compareTop(where + QStringLiteral(" top self"),
                   peer.value(QStringLiteral("top5_self_by_frame_name")).toArray(), mine.selfByName,
                   problems);
        compareTop(where + QStringLiteral(" top total"),
                   peer.value(QStringLiteral("top5_total_by_frame_name")).toArray(),
                   mine.totalByName, problems);
    }
}

// speedscope's linux-tools-perf.ts: the first event type only, one profile per
// "comm pid: P tid: T" (zero ids left out), each sample weighing the time from the
// midpoint with the previous sample to the midpoint with the next, in seconds (one
// sample alone weighs 1); `[unknown]` reads "??? (dso)"; frames keyed by symbol and dso.
std::vector<SpeedscopeProfile> speedscopePerf(const Imported &imported)
{
    std::vector<SpeedscopeProfile> out;
    std::map<QString, size_t> byName;
    struct Pending
    {
        const store::ProfileData *data;
        std::vector<size_t> samples;
    };
    std::vector<Pending> pending;
    for (const ProfileFigures *profile : firstEventProfiles(imported)) {
        PerfThreadKey key;
        parsePerfProfileName(profile->name, &key);
        QString name = key.comm;
        if (key.hasPid && key.pid != QLatin1String("0"))
            name += QStringLiteral(" pid: ") + key.pid;
        if (key.tid != QLatin1String("0"))
            name += QStringLiteral(" tid: ") + key.tid;
        const auto [it, inserted] = byName.try_emplace(name, out.size());
        if (inserted) {
            out.push_back({});
            out.back().name = name;
            pending.push_back({&profile->data, {}});
        }
        // Two of our profiles under one speedscope name would interleave; keep it simple
        // and take each profile's samples in its own order.
        for (size_t i = 0; i < profile->data.sampleCount(); ++i)
            pending[it->second].samples.push_back(i);
    }
    for (size_t p = 0; p < out.size(); ++p) {
        const store::ProfileData &data = *pending[p].data;
        const std::vector<size_t> &samples = pending[p].samples;
        std::set<std::pair<std::string, std::string>> frames;
        const size_t n = samples.size();
        for (size_t k = 0; k < n; ++k) {
            const auto t = [&](size_t j) {
                return data.sampleTime[samples[j]] / 1e9;
            };
            double weight = 1;
            if (n > 1) {
                const double start = k == 0 ? t(0) : (t(k) + t(k - 1)) / 2;
                const double end = k + 1 == n ? t(k) : (t(k + 1) + t(k)) / 2;
                weight = end - start;
            }
            if (weight == 0)
                continue;
            const int32_t stack = data.sampleStack[samples[k]];
            if (stack < 0)
                continue;
            out[p].busy += weight;
            std::set<std::pair<std::string, std::string>> inSample;
            const std::vector<int32_t> chain = stackFramesRootFirst(data, stack);
            for (int32_t f : chain) {
                const store::Frame &frame = data.frames[size_t(f)];
                inSample.insert({frame.name, frame.file});
            }
            const auto nameOf = [](const std::pair<std::string, std::string> &frame) {
                return frame.first == "[unknown]"
                    ? QStringLiteral("??? (%1)").arg(QString::fromStdString(frame.second))
                    : QString::fromStdString(frame.first);
            };
            const store::Frame &leaf = data.frames[size_t(chain.back())];
            out[p].selfByName[nameOf({leaf.name, leaf.file})] += weight;
            for (const auto &frame : inSample) {
                // speedscope lists frames without self weight too (as 0).
                out[p].selfByName[nameOf(frame)] += 0;
                out[p].totalByName[nameOf(frame)] += weight;
                frames.insert(frame);
            }
        }
        out[p].frames = int64_t(frames.size());
    }
    return out;
}

} // namespace

// speedscope reads perf and pprof files by rules of its own (MANIFEST.md, code S): for
// perf, time between samples of the first event type; for pprof, one profile of the last
// sample type. Both are derived from what we store. False for other speedscope inputs.
bool compareSpeedscopeSampled(const QJsonObject &expected, const Imported &imported,
                              QStringList *problems)
{
    const QString test = expected.value(QStringLiteral("peer"))
                             .toObject()
                             .value(QStringLiteral("test"))
                             .toString();
    const bool perf = test.startsWith(QLatin1String("importFromLinuxPerf"));
    const bool pprof = test.startsWith(QLatin1String("importAsPprofProfile"));
    if (!perf && !pprof)
        return false;
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return true;
    }
    if (perf) {
        compareProfiles(expected, speedscopePerf(imported), problems);
        return true;
    }
    // speedscope's pprof.ts shows the last sample type (default_sample_type aside).
    if (imported.profiles.empty()) {
        problems->append(QStringLiteral("no profile"));
        return true;
    }
    const ProfileFigures &last = imported.profiles.back();
    SpeedscopeProfile mine;
    mine.frames = last.frames;
    mine.busy = last.busyWeight;
    mine.selfByName = last.selfByName;
    mine.totalByName = last.totalByName;
    compareProfiles(expected, {mine}, problems);
    return true;
}

} // namespace eg::acceptance
