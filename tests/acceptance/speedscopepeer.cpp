#include "acceptancefigures.h"

#include <QJsonArray>

namespace eg::acceptance {

bool compareSpeedscopeSampled(const QJsonObject &expected, const Imported &imported,
                              QStringList *problems); // speedscopesampledpeer.cpp
bool speedscopeFirefoxView(const QJsonObject &expected, const Imported &imported,
                           Imported *view); // speedscopefirefoxview.cpp

// speedscope's snapshot figures (MANIFEST.md, code S).
void compareSpeedscope(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    if (compareSpeedscopeSampled(expected, imported, problems))
        return;
    // A Chrome trace with CPU profiles in it is shown by speedscope as those profiles
    // only (importFromChromeTimeline); we keep its B/E/X threads too, after them.
    Imported timeline;
    const Imported *compared = &imported;
    for (const ProfileFigures &profile : imported.profiles) {
        if (profile.data.kind == store::ProfileKind::Sampled)
            timeline.profiles.push_back(profile);
    }
    if (!timeline.profiles.empty() && timeline.profiles.size() < imported.profiles.size())
        compared = &timeline;
    Imported firefox;
    if (speedscopeFirefoxView(expected, imported, &firefox))
        compared = &firefox;
    if (expected.value(QStringLiteral("expect_import_failure")).toBool()) {
        const QString message = expected.value(QStringLiteral("error_message")).toString();
        if (imported.error.isEmpty())
            problems->append(QStringLiteral("imported, expected the error \"%1\"").arg(message));
        else if (!imported.error.contains(message))
            problems->append(
                QStringLiteral("error \"%1\", expected \"%2\"").arg(imported.error, message));
        return;
    }
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    const QJsonArray profiles = expected.value(QStringLiteral("profiles")).toArray();
    if (size_t(profiles.size()) != compared->profiles.size()) {
        problems->append(QStringLiteral("%1 profiles, expected %2")
                             .arg(compared->profiles.size())
                             .arg(profiles.size()));
        return;
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject peer = profiles.at(i).toObject();
        const ProfileFigures &ours = compared->profiles[size_t(i)];
        const QString where = QStringLiteral("profile %1").arg(i + 1);
        // A renamed key must not turn into a comparison with nothing.
        for (const char *key : {"frame_count", "self_weight_sum", "top5_self_by_frame_name",
                                "top5_total_by_frame_name"}) {
            if (!peer.contains(QLatin1String(key)))
                problems->append(
                    QStringLiteral("%1: the expectation has no %2").arg(where, QLatin1String(key)));
        }
        const auto frameCount = int64_t(peer.value(QStringLiteral("frame_count")).toDouble());
        if (ours.frames != frameCount) {
            problems->append(QStringLiteral("%1: %2 frames, expected %3")
                                 .arg(where)
                                 .arg(ours.frames)
                                 .arg(frameCount));
        }
        const double selfSum = peer.value(QStringLiteral("self_weight_sum")).toDouble();
        if (!near(ours.busyWeight, selfSum)) {
            problems->append(QStringLiteral("%1: self weight sum %2, expected %3")
                                 .arg(where, num(ours.busyWeight), num(selfSum)));
        }
        compareTop(where + QStringLiteral(" top self"),
                   peer.value(QStringLiteral("top5_self_by_frame_name")).toArray(), ours.selfByName,
                   problems);
        compareTop(where + QStringLiteral(" top total"),
                   peer.value(QStringLiteral("top5_total_by_frame_name")).toArray(),
                   ours.largestTotalByName, problems);
    }
}

} // namespace eg::acceptance
