#include "perfprofiles.h"

#include <QFile>
#include <QJsonArray>

#include <set>

namespace eg::acceptance {

namespace {

// stackcollapse-perf.pl's name for a frame, from what we store: `[unknown]` becomes the
// dso's base name in brackets when the dso is known; names that start with '(' are
// dropped (its "skip process names"). Our import already tidied the rest the same way.
bool flameGraphName(const store::Frame &frame, QString *name)
{
    if (frame.name == "[unknown]") {
        const QString module = QString::fromStdString(frame.module);
        if (module.isEmpty() || module == QLatin1String("[unknown]"))
            *name = QStringLiteral("[unknown]");
        else
            *name = QLatin1Char('[') + module.section(QLatin1Char('/'), -1) + QLatin1Char(']');
        return true;
    }
    if (!frame.name.empty() && frame.name.front() == '(')
        return false;
    *name = QString::fromStdString(frame.name);
    return true;
}

std::map<QString, double> readCollapsed(const QString &path, bool *ok)
{
    std::map<QString, double> lines;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    while (*ok && !file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            lines[line.left(space)] += line.mid(space + 1).toDouble();
    }
    return lines;
}

} // namespace

// FlameGraph's stackcollapse-perf.pl (code G): period-weighted, first event type only,
// the process ("comm-PID" with --pid) as the root frame. We rebuild its --pid output from
// our profiles and compare it line by line with the committed result, then the figures.
void compareFlameGraph(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    std::map<QString, double> collapsed; // --pid output
    std::map<QString, double> perProcess;
    std::map<QString, double> perThread;
    double total = 0;
    for (const ProfileFigures *profile : firstEventProfiles(imported)) {
        PerfThreadKey key;
        parsePerfProfileName(profile->name, &key);
        QString comm = key.comm;
        comm.replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString process = comm + QLatin1Char('-') + key.pid;
        const QString thread = process + QLatin1Char('/') + key.tid;
        const store::ProfileData &data = profile->data;
        for (size_t i = 0; i < data.sampleCount(); ++i) {
            const double weight = data.sampleWeight[i];
            QString line = process;
            for (int32_t f : stackFramesRootFirst(data, data.sampleStack[i])) {
                QString name;
                if (flameGraphName(data.frames[size_t(f)], &name))
                    line += QLatin1Char(';') + name;
            }
            collapsed[line] += weight;
            perProcess[process] += weight;
            perThread[thread] += weight;
            total += weight;
        }
    }

    const double expectedTotal = expected.value(QStringLiteral("total_weight")).toDouble();
    if (!near(total, expectedTotal))
        problems->append(
            QStringLiteral("total weight %1, expected %2").arg(num(total), num(expectedTotal)));
    const auto compareTotals = [&](const char *key, const std::map<QString, double> &ours) {
        const QJsonObject peer = expected.value(QLatin1String(key)).toObject();
        if (size_t(peer.size()) != ours.size())
            problems->append(QStringLiteral("%1: %2 entries, expected %3")
                                 .arg(QLatin1String(key))
                                 .arg(ours.size())
                                 .arg(peer.size()));
        for (auto it = peer.begin(); it != peer.end(); ++it) {
            const auto mine = ours.find(it.key());
            if (mine == ours.end() || !near(mine->second, it.value().toDouble()))
                problems->append(
                    QStringLiteral("%1: %2 weighs %3, expected %4")
                        .arg(QLatin1String(key), it.key(),
                             mine == ours.end() ? QStringLiteral("(absent)") : num(mine->second),
                             num(it.value().toDouble())));
        }
    };
    compareTotals("per_process_total", perProcess);
    compareTotals("per_thread_total", perThread);

    // Frame figures from the --pid output without its process frame.
    std::map<QString, double> self;
    std::map<QString, double> totals;
    for (const auto &[line, weight] : collapsed) {
        const QStringList frames = line.split(QLatin1Char(';')).mid(1);
        if (frames.isEmpty())
            continue;
        self[frames.back()] += weight;
        for (const QString &name : std::set<QString>(frames.begin(), frames.end()))
            totals[name] += weight;
    }
    const auto names = int64_t(expected.value(QStringLiteral("distinct_frame_names")).toDouble());
    if (int64_t(totals.size()) != names)
        problems->append(
            QStringLiteral("%1 distinct frame names, expected %2").arg(totals.size()).arg(names));
    compareTop(QStringLiteral("top self"), expected.value(QStringLiteral("top5_self")).toArray(),
               self, problems);
    compareTop(QStringLiteral("top total"), expected.value(QStringLiteral("top5_total")).toArray(),
               totals, problems);

    // The committed --pid result itself, line by line.
    const QJsonObject pid = expected.value(QStringLiteral("variants"))
                                .toObject()
                                .value(QStringLiteral("pid"))
                                .toObject();
    bool ok = false;
    const std::map<QString, double> peerLines = readCollapsed(
        QStringLiteral(EG_SHARED_DIR "/acceptance/") + pid.value(QStringLiteral("file")).toString(),
        &ok);
    if (!ok) {
        problems->append(QStringLiteral("cannot read the peer's --pid output"));
        return;
    }
    int shown = 0;
    for (const auto &[line, weight] : peerLines) {
        const auto mine = collapsed.find(line);
        if ((mine == collapsed.end() || !near(mine->second, weight)) && shown++ < 3)
            problems->append(
                QStringLiteral("--pid line \"%1 %2\": ours %3")
                    .arg(line, num(weight),
                         mine == collapsed.end() ? QStringLiteral("absent") : num(mine->second)));
    }
    for (const auto &[line, weight] : collapsed) {
        if (!peerLines.count(line) && shown++ < 3)
            problems->append(
                QStringLiteral("--pid line \"%1 %2\" is ours only").arg(line, num(weight)));
    }
}

} // namespace eg::acceptance
