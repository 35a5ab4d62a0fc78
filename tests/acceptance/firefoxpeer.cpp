#include "acceptancefigures.h"

#include <QJsonArray>

namespace eg::acceptance {

bool compareFirefoxPerf(const QJsonObject &expected, const Imported &imported,
                        QStringList *problems); // firefoxperfpeer.cpp

// The Firefox Profiler's import snapshot (code F): it counts samples.
void compareFirefox(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    if (compareFirefoxPerf(expected, imported, problems))
        return;
    if (expected.value(QStringLiteral("meta")).toObject().value(QStringLiteral("importedFrom"))
            == QStringLiteral("Chrome Trace")
        && imported.error.isEmpty()) {
        // From a Chrome trace the Firefox Profiler takes samples only from its CPU profiles
        // (B/E/X events become markers): compare its sample total with our sampled ones.
        int64_t ours = 0;
        for (const ProfileFigures &profile : imported.profiles) {
            if (profile.data.kind == store::ProfileKind::Sampled)
                ours += profile.samples;
        }
        const auto total = int64_t(expected.value(QStringLiteral("total_sample_count")).toDouble());
        if (ours != total)
            problems->append(
                QStringLiteral("%1 CPU profile samples, expected %2").arg(ours).arg(total));
        return;
    }
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    const QJsonArray threads = expected.value(QStringLiteral("threads")).toArray();
    if (threads.isEmpty() || imported.profiles.empty()) {
        problems->append(QStringLiteral("no thread or no profile to compare"));
        return;
    }
    // Upgrade snapshots (gecko-*.json) list every thread, depth first through the
    // sub-processes, with `sample_count`; import snapshots give `sampleCount`.
    const auto countOf = [](const QJsonObject &thread, int64_t *count) {
        for (const char *key : {"sampleCount", "sample_count"}) {
            if (thread.contains(QLatin1String(key))) {
                *count = int64_t(thread.value(QLatin1String(key)).toDouble());
                return true;
            }
        }
        return false;
    };
    const bool everyThread = threads.at(0).toObject().contains(QLatin1String("sample_count"));
    if (everyThread && size_t(threads.size()) != imported.profiles.size()) {
        problems->append(QStringLiteral("%1 threads, expected %2")
                             .arg(imported.profiles.size())
                             .arg(threads.size()));
        return;
    }
    for (qsizetype i = 0; i < (everyThread ? threads.size() : 1); ++i) {
        int64_t count = 0;
        if (!countOf(threads.at(i).toObject(), &count)) {
            problems->append(QStringLiteral("the expectation has no sampleCount"));
            return;
        }
        const ProfileFigures &ours = imported.profiles[size_t(i)];
        if (ours.samples != count) {
            problems->append(QStringLiteral("thread %1: %2 samples, expected %3")
                                 .arg(i + 1)
                                 .arg(ours.samples)
                                 .arg(count));
        }
    }
}

} // namespace eg::acceptance
