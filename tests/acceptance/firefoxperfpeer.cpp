#include "perfprofiles.h"

#include <QJsonArray>

namespace eg::acceptance {

// The Firefox Profiler's perf import (code F): one thread per tid, every event type,
// each sample counting 1. We sum our (event, command, thread) profiles per tid and
// compare each thread's sample count. False for inputs that are not perf.
bool compareFirefoxPerf(const QJsonObject &expected, const Imported &imported,
                        QStringList *problems)
{
    const QString test = expected.value(QStringLiteral("peer"))
                             .toObject()
                             .value(QStringLiteral("test"))
                             .toString();
    if (!test.contains(QLatin1String("Linux perf")))
        return false;
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return true;
    }
    std::map<QString, int64_t> perTid;
    for (const ProfileFigures &profile : imported.profiles) {
        PerfThreadKey key;
        if (!parsePerfProfileName(profile.name, &key)) {
            problems->append(
                QStringLiteral("profile \"%1\" is not a perf thread").arg(profile.name));
            return true;
        }
        perTid[key.tid] += profile.samples;
    }
    const QJsonArray threads = expected.value(QStringLiteral("threads")).toArray();
    std::map<QString, int64_t> expectedPerTid;
    for (const QJsonValue &value : threads) {
        const QJsonObject thread = value.toObject();
        expectedPerTid[QString::number(thread.value(QStringLiteral("tid")).toInteger())]
            += thread.value(QStringLiteral("sampleCount")).toInteger();
    }
    if (perTid.size() != expectedPerTid.size())
        problems->append(QStringLiteral("%1 threads, expected %2")
                             .arg(perTid.size())
                             .arg(expectedPerTid.size()));
    for (const auto &[tid, count] : expectedPerTid) {
        const auto mine = perTid.find(tid);
        if (mine == perTid.end() || mine->second != count)
            problems->append(QStringLiteral("thread %1: %2 samples, expected %3")
                                 .arg(tid,
                                      mine == perTid.end() ? QStringLiteral("(absent)")
                                                           : QString::number(mine->second))
                                 .arg(count));
    }
    return true;
}

} // namespace eg::acceptance
