#include "acceptancefigures.h"

#include <QJsonArray>

#include <set>

namespace eg::acceptance {

namespace {

// The thread id our Sentry importers put in a profile's thread: "main (thread 259)" or
// "thread 259".
QString threadId(const std::string &thread)
{
    const QString text = QString::fromStdString(thread);
    const qsizetype at = text.lastIndexOf(QLatin1String("thread "));
    if (at < 0)
        return text;
    QString id = text.mid(at + 7);
    if (id.endsWith(QLatin1Char(')')))
        id.chop(1);
    return id;
}

// derive_expected.py names a leaf without a function "?"; we name it as vroom and our
// cpuprofile importer do ("unknown (0x…)", "(anonymous file.js:12)").
QString leafName(const std::string &name)
{
    if (name.rfind("(anonymous ", 0) == 0 || name.rfind("unknown", 0) == 0)
        return QStringLiteral("?");
    return QString::fromStdString(name);
}

} // namespace

// Figures derive_expected.py computes from a Sentry profile itself (code X, regression
// pins only): sample counts per thread, first and last sample, idle samples, the leaf
// functions by sample count, and (legacy iOS) the frames over all samples. The stack and
// frame tables of a file may hold duplicates and unused entries, which we intern away:
// ours may only be smaller.
void compareSentrySelfDerived(const QJsonObject &expected, const Imported &imported,
                              QStringList *problems)
{
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    int64_t samples = 0;
    int64_t empty = 0;
    int64_t framesTotal = 0;
    double first = 0;
    double last = 0;
    bool any = false;
    std::map<QString, double> perThread;
    std::map<QString, double> leaves;
    std::set<std::pair<size_t, int32_t>> stacks; // (profile, stack)
    int64_t frames = 0;
    for (size_t p = 0; p < imported.profiles.size(); ++p) {
        const ProfileFigures &profile = imported.profiles[p];
        const store::ProfileData &data = profile.data;
        samples += profile.samples;
        frames = std::max(frames, profile.frames);
        perThread[threadId(data.thread)] += double(profile.samples);
        for (const int32_t stack : data.sampleStack) {
            stacks.emplace(p, stack);
            if (stack < 0) {
                ++empty;
                continue;
            }
            leaves[leafName(data.frames[size_t(data.stacks[size_t(stack)].frame)].name)] += 1;
            for (int32_t s = stack; s >= 0; s = data.stacks[size_t(s)].parent)
                ++framesTotal;
        }
        if (!data.sampleTime.empty()) {
            first = any ? std::min(first, data.sampleTime.front()) : data.sampleTime.front();
            last = any ? std::max(last, data.sampleTime.back()) : data.sampleTime.back();
            any = true;
        }
    }
    const auto check = [&](const char *key, double ours) {
        if (!expected.contains(QLatin1String(key)))
            return;
        const double theirs = expected.value(QLatin1String(key)).toDouble();
        if (!near(ours, theirs))
            problems->append(QStringLiteral("%1 %2, expected %3")
                                 .arg(QLatin1String(key), num(ours), num(theirs)));
    };
    check("sample_count", double(samples));
    check("first_sample_ns", first);
    check("last_sample_ns", last);
    check("empty_stack_samples", double(empty));
    check("frames_total", double(framesTotal));
    const QJsonObject threads = expected.value(QStringLiteral("samples_per_thread")).toObject();
    std::map<QString, double> theirThreads;
    for (auto it = threads.begin(); it != threads.end(); ++it)
        theirThreads[it.key()] = it.value().toDouble();
    if (theirThreads != perThread) {
        QStringList ours;
        for (const auto &[id, count] : perThread)
            ours << QStringLiteral("%1: %2").arg(id, num(count));
        problems->append(
            QStringLiteral("samples per thread differ: %1").arg(ours.join(QStringLiteral(", "))));
    }
    if (expected.contains(QStringLiteral("stack_count"))
        && double(stacks.size()) > expected.value(QStringLiteral("stack_count")).toDouble())
        problems->append(QStringLiteral("%1 distinct stacks sampled, more than the file's %2")
                             .arg(stacks.size())
                             .arg(expected.value(QStringLiteral("stack_count")).toInt()));
    if (expected.contains(QStringLiteral("frame_count"))
        && double(frames) > expected.value(QStringLiteral("frame_count")).toDouble())
        problems->append(QStringLiteral("%1 distinct frames, more than the file's %2")
                             .arg(frames)
                             .arg(expected.value(QStringLiteral("frame_count")).toInt()));
    if (expected.contains(QStringLiteral("top5_leaf_functions_by_sample_count")))
        compareTop(QStringLiteral("top leaf functions"),
                   expected.value(QStringLiteral("top5_leaf_functions_by_sample_count")).toArray(),
                   leaves, problems);
}

} // namespace eg::acceptance
