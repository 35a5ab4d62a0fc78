// The shared acceptance corpus (../shared/acceptance, MANIFEST.md): every input of the
// formats below is imported and compared with the figures another tool published for it,
// under that tool's own rule. Differences we keep on purpose are listed, with the reason,
// in known_differences.tsv and reported, not failed.

#include "acceptancefigures.h"

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

using namespace eg::acceptance;

namespace {

const char *const kFormats[] = {"speedscope", "folded", "cpuprofile", "perf",   "pprof", "chrome",
                                "gecko",      "sentry", "otlp",       "jaeger", "zipkin"};

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
                if (const PeerComparison compare = peerComparison(peer))
                    compare(expected, imported, &problems);
                else
                    problems << QStringLiteral("no comparison for the peer \"%1\"").arg(peer);
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
