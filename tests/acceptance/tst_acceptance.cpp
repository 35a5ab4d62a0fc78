// The shared acceptance corpus (../shared/acceptance, MANIFEST.md): every input of the
// formats below is imported and compared with the figures another tool published for it,
// under that tool's own rule. Differences we keep on purpose are listed, with the reason,
// in known_differences.tsv and reported, not failed.

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"

#include "models/analysis/framestatistics.h"
#include "models/store/cache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

using namespace eg;

namespace {

const char *const kFormats[] = {"speedscope", "folded", "cpuprofile"};

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

QString num(double value)
{
    return QString::number(value, 'g', 12);
}

// What we imported from one input, as the comparisons need it.
struct ProfileFigures
{
    QString name;
    int64_t samples = 0;
    double totalWeight = 0;
    int64_t frames = 0;
    double busyWeight = 0;
    std::map<QString, double> selfByName; // summed per frame name
    std::map<QString, double> totalByName;
};

struct Imported
{
    std::vector<ProfileFigures> profiles;
    QString error; // the ImportError message when the import failed
};

Imported importFile(const QString &path)
{
    Imported imported;
    QTemporaryDir dir;
    store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    importers::ImportContext context;
    int64_t sourceId = 0;
    try {
        sourceId = pipeline.importFile(path, cache, context).sourceId;
    } catch (const importers::ImportError &error) {
        imported.error = error.message();
        return imported;
    }
    for (const store::ProfileInfo &info : cache.profiles(sourceId)) {
        const store::ProfileData profile = cache.loadProfile(info.id);
        const analysis::FrameStatistics statistics(profile);
        ProfileFigures figures;
        figures.name = info.name;
        figures.samples = info.sampleCount;
        figures.totalWeight = info.totalWeight;
        figures.frames = info.frameCount;
        figures.busyWeight = statistics.busyWeight();
        for (const analysis::FrameWeight &weight : statistics.frames()) {
            const QString name = QString::fromStdString(profile.frames[size_t(weight.frame)].name);
            figures.selfByName[name] += weight.self;
            figures.totalByName[name] += weight.total;
        }
        imported.profiles.push_back(std::move(figures));
    }
    return imported;
}

// A peer's top-5 list of [name, weight] against our weights summed per name, compared as
// sets: each listed name must weigh the same, and no name left off may outweigh the
// lightest listed one (or weigh anything, when the list is shorter than five). Ties at
// the cut may be listed in any order.
void compareTop(const QString &what, const QJsonArray &expected,
                const std::map<QString, double> &ours, QStringList *problems)
{
    std::map<QString, double> listed;
    double lightest = std::numeric_limits<double>::infinity();
    for (const QJsonValue &entry : expected) {
        const QJsonArray pair = entry.toArray();
        const QString name = pair.at(0).toString();
        const double weight = pair.at(1).toDouble();
        listed[name] = weight;
        lightest = std::min(lightest, weight);
        const auto it = ours.find(name);
        const double mine = it == ours.end() ? 0 : it->second;
        if (it == ours.end() || !near(mine, weight)) {
            problems->append(QStringLiteral("%1: %2 weighs %3, expected %4")
                                 .arg(what, name,
                                      it == ours.end() ? QStringLiteral("(absent)") : num(mine),
                                      num(weight)));
        }
    }
    const double bound = expected.size() < 5 ? 0 : lightest;
    for (const auto &[name, weight] : ours) {
        if (!listed.count(name) && weight > bound && !near(weight, bound)) {
            problems->append(QStringLiteral("%1: %2 (%3) is missing from the expected list")
                                 .arg(what, name, num(weight)));
        }
    }
}

// speedscope's snapshot figures (MANIFEST.md, code S).
void compareSpeedscope(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
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
    if (size_t(profiles.size()) != imported.profiles.size()) {
        problems->append(QStringLiteral("%1 profiles, expected %2")
                             .arg(imported.profiles.size())
                             .arg(profiles.size()));
        return;
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject peer = profiles.at(i).toObject();
        const ProfileFigures &ours = imported.profiles[size_t(i)];
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
                   ours.totalByName, problems);
    }
}

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

// Figures derived from the input itself (code X): regression pins only.
void compareSelfDerived(const QJsonObject &expected, const Imported &imported,
                        QStringList *problems)
{
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

bool isExpectation(const QString &path)
{
    return path.endsWith(QLatin1String(".expected.json"))
        || path.endsWith(QLatin1String(".selfderived.json"));
}

std::map<QString, QString> readKnownDifferences()
{
    std::map<QString, QString> known;
    QFile file(QStringLiteral(EG_ACCEPTANCE_SOURCE_DIR "/known_differences.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return known;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0)
            known[line.left(tab)] = line.mid(tab + 1).trimmed();
    }
    return known;
}

} // namespace

class TestAcceptance : public QObject
{
    Q_OBJECT

private slots:
    void corpus();
};

void TestAcceptance::corpus()
{
    const QDir root(QStringLiteral(EG_SHARED_DIR "/acceptance"));
    if (!root.exists())
        QSKIP(
            qPrintable(QStringLiteral("the acceptance corpus is not there: %1").arg(root.path())));

    const std::map<QString, QString> known = readKnownDifferences();
    int passed = 0;
    int failed = 0;
    int knownCount = 0;
    int folders = 0;
    for (const char *format : kFormats) {
        const QString folder = root.filePath(QString::fromLatin1(format));
        if (!QDir(folder).exists()) {
            qWarning("skipping %s: the folder is not there", format);
            continue;
        }
        ++folders;
        QStringList inputs;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!isExpectation(path))
                inputs << path;
        }
        inputs.sort();
        for (const QString &path : inputs) {
            const QString relative = root.relativeFilePath(path);
            const Imported imported = importFile(path);
            QStringList problems;
            QString rule;
            QFile expectedFile(path + QStringLiteral(".expected.json"));
            QFile selfDerivedFile(path + QStringLiteral(".selfderived.json"));
            if (expectedFile.open(QIODevice::ReadOnly)) {
                const QJsonObject expected
                    = QJsonDocument::fromJson(expectedFile.readAll()).object();
                const QString peer = expected.value(QStringLiteral("format_peer")).toString();
                rule = peer;
                if (peer == QLatin1String("speedscope"))
                    compareSpeedscope(expected, imported, &problems);
                else if (peer == QLatin1String("firefox-profiler"))
                    compareFirefox(expected, imported, &problems);
                else
                    problems << QStringLiteral("unknown peer \"%1\"").arg(peer);
            } else if (selfDerivedFile.open(QIODevice::ReadOnly)) {
                rule = QStringLiteral("self-derived");
                compareSelfDerived(QJsonDocument::fromJson(selfDerivedFile.readAll()).object(),
                                   imported, &problems);
            } else {
                // No published figures: a robustness input that must simply import.
                rule = QStringLiteral("imports");
                if (!imported.error.isEmpty())
                    problems << QStringLiteral("import failed: %1").arg(imported.error);
            }

            const auto knownIt = known.find(relative);
            if (problems.isEmpty()) {
                ++passed;
                std::printf("PASS  %s (%s)\n", qPrintable(relative), qPrintable(rule));
                if (knownIt != known.end())
                    std::printf("      listed as a known difference but matches now\n");
            } else if (knownIt != known.end()) {
                ++passed;
                ++knownCount;
                std::printf("KNOWN %s (%s): %s\n      differs: %s\n", qPrintable(relative),
                            qPrintable(rule), qPrintable(knownIt->second),
                            qPrintable(problems.join(QStringLiteral("; "))));
            } else {
                ++failed;
                std::printf("FAIL  %s (%s): %s\n", qPrintable(relative), qPrintable(rule),
                            qPrintable(problems.join(QStringLiteral("; "))));
            }
        }
    }
    if (folders == 0)
        QSKIP("none of the speedscope, folded or cpuprofile folders is in the corpus");
    if (knownCount > 0)
        std::printf("%d of the passed differ for a known reason (known_differences.tsv)\n",
                    knownCount);
    std::printf("%d passed, %d failed\n", passed, failed);
    std::fflush(stdout);
    QCOMPARE(failed, 0);
}

QTEST_GUILESS_MAIN(TestAcceptance)
#include "tst_acceptance.moc"
