// Export → re-import round trips (STYLE.md, after speedscope's own tests): a profile
// written as speedscope JSON or folded stacks and read back gives the same figures.
#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importpipeline.h"
#include "importers/common/inputstream.h"
#include "models/analysis/foldedstacks.h"
#include "models/analysis/framestatistics.h"
#include "models/analysis/speedscopeexporter.h"
#include "models/store/cache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace eg;

namespace {

// Self and total weight per frame, keyed by what makes a frame distinct in the format
// (name, file, line and column for speedscope; only the name for folded stacks).
using Figures = std::map<std::string, std::pair<double, double>>;

Figures figuresOf(const store::ProfileData &profile, bool byNameOnly)
{
    const analysis::FrameStatistics statistics(profile);
    Figures figures;
    for (const auto &w : statistics.frames()) {
        if (w.self == 0 && w.total == 0)
            continue;
        const store::Frame &f = profile.frames[size_t(w.frame)];
        const std::string key = byNameOnly
            ? f.name
            : f.name + '|' + f.file + '|' + std::to_string(f.line) + '|' + std::to_string(f.column);
        // Frames that differ only in file or line share a name; sum them as folded does.
        figures[key].first += w.self;
        figures[key].second = byNameOnly ? std::max(figures[key].second, w.total) : w.total;
    }
    return figures;
}

QString describe(const Figures &figures)
{
    QString text;
    for (const auto &[key, weights] : figures)
        text += QStringLiteral("%1 %2/%3\n")
                    .arg(QString::fromStdString(key))
                    .arg(weights.first)
                    .arg(weights.second);
    return text;
}

// A small sampled profile with what exports get wrong: recursion, an idle sample, two
// frames of one name in different files, a name that needs escaping, fractional weights.
store::ProfileData handMade()
{
    store::ProfileData p;
    p.name = "worker \"7\"";
    p.thread = p.name;
    p.unit = store::WeightUnit::Milliseconds;
    auto frame = [&](const char *name, const char *file, int line, int column) {
        store::Frame f;
        f.name = name;
        f.file = file;
        f.line = line;
        f.column = column;
        p.frames.push_back(f);
        return int32_t(p.frames.size() - 1);
    };
    const int32_t main = frame("main", "app/main.cpp", 10, 1);
    const int32_t parse = frame("parse", "app/parse.cpp", 22, 5);
    const int32_t parseLib = frame("parse", "lib/json.cpp", 300, 0);
    const int32_t walk = frame("walk\\tree", "", 0, 0);
    auto stack = [&](int32_t parent, int32_t f) {
        p.stacks.push_back({parent, f});
        return int32_t(p.stacks.size() - 1);
    };
    const int32_t sMain = stack(-1, main);
    const int32_t sParse = stack(sMain, parse);
    const int32_t sParseLib = stack(sParse, parseLib);
    const int32_t sWalk = stack(sMain, walk);
    const int32_t sWalk2 = stack(sWalk, walk);
    const int32_t sWalk3 = stack(sWalk2, main);
    double t = 100;
    for (auto [s, w] : std::initializer_list<std::pair<int32_t, double>> {{sMain, 1},
                                                                          {sParse, 2.5},
                                                                          {sParseLib, 4},
                                                                          {-1, 3},
                                                                          {sWalk2, 2},
                                                                          {sWalk3, 1.25},
                                                                          {sParseLib, 4},
                                                                          {sWalk, 0.5}}) {
        p.appendSample(s, t, w);
        t += w;
    }
    p.reportedSampleCount = int64_t(p.sampleCount());
    p.startValue = 100;
    p.endValue = t;
    return p;
}

} // namespace

class TestExportRoundTrip : public QObject
{
    Q_OBJECT

private:
    std::vector<store::ProfileData> importBytes(const std::string &text, const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("cache-%1.db").arg(++m_caches));
        store::Cache cache(path);
        importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
        importers::ImportContext context;
        const auto input = importers::InputStream::fromBytes(
            QByteArray(text.data(), qsizetype(text.size())), name);
        const auto result = pipeline.importStream(*input, name, cache, context);
        std::vector<store::ProfileData> profiles;
        for (const auto &info : cache.profiles(result.sourceId))
            profiles.push_back(cache.loadProfile(info.id));
        return profiles;
    }

    void compareSpeedscope(const store::ProfileData &before, const store::ProfileData &after)
    {
        QCOMPARE(after.unit, before.unit);
        QCOMPARE(after.totalWeight(), before.totalWeight());
        QCOMPARE(after.usedFrameCount(), before.usedFrameCount());
        QCOMPARE(describe(figuresOf(after, false)), describe(figuresOf(before, false)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void speedscopeKeepsTheFigures()
    {
        const store::ProfileData before = handMade();
        const std::string json = analysis::SpeedscopeExporter::toJson(before, "hand-made");
        const auto after = importBytes(json, QStringLiteral("hand-made.speedscope.json"));
        QCOMPARE(after.size(), size_t(1));
        QCOMPARE(after[0].name, before.name);
        QCOMPARE(after[0].sampleCount(), before.sampleCount());
        QCOMPARE(after[0].reportedSampleCount, before.reportedSampleCount);
        compareSpeedscope(before, after[0]);
        // Exporting what was read back gives the same text: nothing drifts on each trip.
        QCOMPARE(analysis::SpeedscopeExporter::toJson(after[0], "hand-made"), json);
    }

    void speedscopeFileFollowsTheSchema()
    {
        const store::ProfileData p = handMade();
        const std::string json = analysis::SpeedscopeExporter::toJson(p, "hand-made");
        QJsonParseError error;
        const QJsonObject root
            = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root[QLatin1String("$schema")].toString(),
                 QStringLiteral("https://www.speedscope.app/file-format-schema.json"));
        const QJsonArray frames
            = root[QLatin1String("shared")].toObject()[QLatin1String("frames")].toArray();
        QCOMPARE(frames.size(), 4);
        QCOMPARE(frames[0].toObject()[QLatin1String("file")].toString(),
                 QStringLiteral("app/main.cpp"));
        QCOMPARE(frames[1].toObject()[QLatin1String("col")].toInt(), 5);
        // Unknown places are left out rather than written as 0 or "".
        QVERIFY(!frames[3].toObject().contains(QLatin1String("file")));
        QVERIFY(!frames[2].toObject().contains(QLatin1String("col")));
        const QJsonObject profile = root[QLatin1String("profiles")].toArray()[0].toObject();
        QCOMPARE(profile[QLatin1String("type")].toString(), QStringLiteral("sampled"));
        QCOMPARE(profile[QLatin1String("unit")].toString(), QStringLiteral("milliseconds"));
        QCOMPARE(profile[QLatin1String("startValue")].toDouble(), 100.0);
        QCOMPARE(profile[QLatin1String("endValue")].toDouble(), 118.25);
        const QJsonArray samples = profile[QLatin1String("samples")].toArray();
        QCOMPARE(samples.size(), 8);
        // Root first: main → parse (app) → parse (lib); the idle sample is an empty stack.
        QCOMPARE(samples[2].toArray(), QJsonArray({0, 1, 2}));
        QCOMPARE(samples[3].toArray(), QJsonArray());
        QCOMPARE(profile[QLatin1String("weights")].toArray()[1].toDouble(), 2.5);
    }

    void speedscopeKeepsEveryProfileAndSharesFrames()
    {
        store::ProfileData a = handMade();
        store::ProfileData b = handMade();
        b.name = "second";
        b.sampleWeight[0] = 7;
        const store::ProfileData *both[] = {&a, &b};
        const std::string json = analysis::SpeedscopeExporter::toJson(both, "two");
        const auto after = importBytes(json, QStringLiteral("two.speedscope.json"));
        QCOMPARE(after.size(), size_t(2));
        compareSpeedscope(a, after[0]);
        compareSpeedscope(b, after[1]);
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(json))
                     .object()[QLatin1String("shared")]
                     .toObject()[QLatin1String("frames")]
                     .toArray()
                     .size(),
                 4);
    }

    void eventedProfilesKeepTheirTotals()
    {
        // Idle time before the first and after the last event, and a gap in between.
        const std::string evented
            = "{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\","
              "\"shared\":{\"frames\":[{\"name\":\"a\"},{\"name\":\"b\"}]},"
              "\"profiles\":[{\"type\":\"evented\",\"name\":\"ev\",\"unit\":"
              "\"microseconds\",\"startValue\":0,\"endValue\":100,\"events\":["
              "{\"type\":\"O\",\"frame\":0,\"at\":10},{\"type\":\"O\",\"frame\":1,\"at\":20},"
              "{\"type\":\"C\",\"frame\":1,\"at\":30},{\"type\":\"C\",\"frame\":0,\"at\":40},"
              "{\"type\":\"O\",\"frame\":1,\"at\":60},{\"type\":\"C\",\"frame\":1,\"at\":90}"
              "]}]}";
        const auto before = importBytes(evented, QStringLiteral("ev.speedscope.json"));
        QCOMPARE(before.size(), size_t(1));
        QCOMPARE(before[0].totalWeight(), 100.0);
        const auto after = importBytes(analysis::SpeedscopeExporter::toJson(before[0], "ev"),
                                       QStringLiteral("ev2.speedscope.json"));
        compareSpeedscope(before[0], after[0]);
    }

    void demoProfileRoundTrips()
    {
        QFile demo(
            QStringLiteral(EG_TEST_DATA_DIR "/../../resources/demo/order-report.cpuprofile.zst"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QByteArray bytes = demo.readAll();
        const auto before
            = importBytes(bytes.toStdString(), QStringLiteral("order-report.cpuprofile.zst"));
        QVERIFY(!before.empty());
        const auto after = importBytes(analysis::SpeedscopeExporter::toJson(before[0], "demo"),
                                       QStringLiteral("demo.speedscope.json"));
        QCOMPARE(after[0].sampleCount(), before[0].sampleCount());
        compareSpeedscope(before[0], after[0]);
    }

    void foldedKeepsTheFigures()
    {
        const store::ProfileData before = handMade();
        const std::string folded = analysis::FoldedStacks::fromProfile(before);
        const auto after = importBytes(folded, QStringLiteral("hand-made.folded"));
        QCOMPARE(after.size(), size_t(1));
        // Folded stacks have no idle samples and no places: compare what they keep.
        const double idle = 3;
        QCOMPARE(after[0].totalWeight(), before.totalWeight() - idle);
        QCOMPARE(describe(figuresOf(after[0], true)), describe(figuresOf(before, true)));
        QCOMPARE(analysis::FoldedStacks::fromProfile(after[0]), folded);
    }

private:
    QTemporaryDir m_dir;
    int m_caches = 0;
};

int runExportRoundTripTests(int argc, char *argv[])
{
    TestExportRoundTrip test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_exportroundtrip.moc"
