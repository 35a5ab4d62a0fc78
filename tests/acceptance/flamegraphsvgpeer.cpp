#include "perfprofiles.h"

#include <QJsonObject>

namespace eg::acceptance {

// flamegraph.pl's SVG of stackcollapse-perf.pl's default output (code V): the root's
// total and the per-process (command) roots.
void compareFlameGraphSvg(const QJsonObject &expected, const Imported &imported,
                          QStringList *problems)
{
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    std::map<QString, double> roots;
    double total = 0;
    for (const ProfileFigures *profile : firstEventProfiles(imported)) {
        PerfThreadKey key;
        parsePerfProfileName(profile->name, &key);
        QString comm = key.comm;
        comm.replace(QLatin1Char(' '), QLatin1Char('_'));
        roots[comm] += profile->totalWeight;
        total += profile->totalWeight;
    }
    const double expectedTotal = expected.value(QStringLiteral("total_samples")).toDouble();
    if (!near(total, expectedTotal))
        problems->append(
            QStringLiteral("total %1, expected %2").arg(num(total), num(expectedTotal)));
    const QJsonObject peer = expected.value(QStringLiteral("root_children")).toObject();
    for (auto it = peer.begin(); it != peer.end(); ++it) {
        const auto mine = roots.find(it.key());
        if (mine == roots.end() || !near(mine->second, it.value().toDouble()))
            problems->append(
                QStringLiteral("root %1 weighs %2, expected %3")
                    .arg(it.key(),
                         mine == roots.end() ? QStringLiteral("(absent)") : num(mine->second),
                         num(it.value().toDouble())));
    }
    if (size_t(peer.size()) != roots.size())
        problems->append(
            QStringLiteral("%1 roots, expected %2").arg(roots.size()).arg(peer.size()));
}

} // namespace eg::acceptance
