#include "acceptancefigures.h"

#include <QJsonArray>

namespace eg::acceptance {

// The Firefox Profiler's import snapshot (code F): it counts samples.
void compareFirefox(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    const QJsonArray threads = expected.value(QStringLiteral("threads")).toArray();
    if (threads.isEmpty() || imported.profiles.empty()) {
        problems->append(QStringLiteral("no thread or no profile to compare"));
        return;
    }
    const QJsonObject thread = threads.at(0).toObject();
    if (!thread.contains(QLatin1String("sampleCount"))) {
        problems->append(QStringLiteral("the expectation has no sampleCount"));
        return;
    }
    const auto count = int64_t(thread.value(QStringLiteral("sampleCount")).toDouble());
    if (imported.profiles.front().samples != count) {
        problems->append(QStringLiteral("%1 samples, expected %2")
                             .arg(imported.profiles.front().samples)
                             .arg(count));
    }
}

} // namespace eg::acceptance
