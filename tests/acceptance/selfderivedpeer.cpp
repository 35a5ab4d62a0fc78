#include "acceptancefigures.h"

#include <QJsonArray>

namespace eg::acceptance {

void compareSentrySelfDerived(const QJsonObject &expected, const Imported &imported,
                              QStringList *problems);

// Figures derived from the input itself (code X): regression pins only.
void compareSelfDerived(const QJsonObject &expected, const Imported &imported,
                        QStringList *problems)
{
    // Sentry profiles pin other figures (sample counts per thread, leaf functions).
    if (!expected.contains(QLatin1String("total_weight"))
        && expected.contains(QLatin1String("samples_per_thread"))) {
        compareSentrySelfDerived(expected, imported, problems);
        return;
    }
    if (expected.contains(QLatin1String("span_count"))) {
        compareTraces(expected, imported, problems);
        return;
    }
    if (expected.contains(QLatin1String("log_record_count"))) {
        compareLogs(expected, imported, problems);
        return;
    }
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    double total = 0;
    std::map<QString, double> self;
    std::map<QString, double> totals;
    for (const ProfileFigures &profile : imported.profiles) {
        total += profile.totalWeight;
        for (const auto &[name, weight] : profile.selfByName)
            self[name] += weight;
        for (const auto &[name, weight] : profile.totalByName)
            totals[name] += weight;
    }
    for (const char *key : {"total_weight", "top5_self", "top5_total"}) {
        if (!expected.contains(QLatin1String(key)))
            problems->append(QStringLiteral("the expectation has no %1").arg(QLatin1String(key)));
    }
    const double expectedTotal = expected.value(QStringLiteral("total_weight")).toDouble();
    if (!near(total, expectedTotal))
        problems->append(
            QStringLiteral("total weight %1, expected %2").arg(num(total), num(expectedTotal)));
    compareTop(QStringLiteral("top self"), expected.value(QStringLiteral("top5_self")).toArray(),
               self, problems);
    compareTop(QStringLiteral("top total"), expected.value(QStringLiteral("top5_total")).toArray(),
               totals, problems);
}

} // namespace eg::acceptance
