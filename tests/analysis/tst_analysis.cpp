#include "testprofiles.h"

#include "models/analysis/calltree.h"
#include "models/analysis/flamegraphlayout.h"
#include "models/analysis/profileinsights.h"
#include "models/analysis/weightformatter.h"

#include <QTest>

using namespace eg;
using analysis::CallTree;
using analysis::FlameGraphLayout;
using analysis::ProfileInsights;
using analysis::WeightFormatter;
using store::WeightUnit;

namespace {

QStringList loadConfigProfile()
{
    return {
        QStringLiteral("main;load_config;parse_json 5"),
        QStringLiteral("main;load_config 1"),
        QStringLiteral("main;render 3"),
        QStringLiteral("main 1"),
        QStringLiteral("main;load_config;parse_json 2"),
        QStringLiteral(" 4"),
    };
}

const QString kLoadConfigTree = QStringLiteral("all 12/0\n"
                                               "  main 12/1\n"
                                               "    load_config 8/1\n"
                                               "      parse_json 7/7\n"
                                               "    render 3/3\n");

QString headlineOf(const QStringList &lines, WeightUnit unit = WeightUnit::Milliseconds)
{
    const auto profile = tests::profileFromFolded(lines, unit);
    const CallTree tree(profile);
    return ProfileInsights(profile, tree).headline();
}

int32_t nodeNamed(const CallTree &tree, const store::ProfileData &profile, const char *name,
                  int32_t depth)
{
    for (int32_t i = tree.depthBegin(depth); i < tree.depthBegin(depth + 1); ++i) {
        if (profile.frames[size_t(tree.node(i).frame)].name == name)
            return i;
    }
    return -1;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void callTreeAggregates()
    {
        const auto profile = tests::profileFromFolded(loadConfigProfile());
        const CallTree tree(profile);
        QCOMPARE(tests::treeAsText(tree, profile), kLoadConfigTree);
        QCOMPARE(tree.totalWeight(), 12.0);
        QCOMPARE(tree.idleWeight(), 4.0);
        QCOMPARE(tree.idleSamples(), int64_t(1));
        QCOMPARE(tree.root().samples, int64_t(5));
        QCOMPARE(tree.maxDepth(), 3);
        QCOMPARE(tree.unit(), WeightUnit::Milliseconds);
    }

    void callTreeMergesDuplicateStacks()
    {
        const auto profile
            = tests::profileFromFolded(loadConfigProfile(), WeightUnit::Milliseconds, false);
        QVERIFY(profile.stacks.size() > 5);
        const CallTree tree(profile);
        QCOMPARE(tests::treeAsText(tree, profile), kLoadConfigTree);
        QCOMPARE(tree.size(), 5);
    }

    void callTreeKeepsRecursionAsPaths()
    {
        const auto profile = tests::profileFromFolded({
            QStringLiteral("main;walk;walk;walk 4"),
            QStringLiteral("main;walk 1"),
            QStringLiteral("main;walk;walk;leaf 2"),
        });
        const CallTree tree(profile);
        QCOMPARE(tests::treeAsText(tree, profile),
                 QStringLiteral("all 7/0\n"
                                "  main 7/0\n"
                                "    walk 7/1\n"
                                "      walk 6/0\n"
                                "        walk 4/4\n"
                                "        leaf 2/2\n"));
    }

    void callTreeOrdersLeftHeavyThenByName()
    {
        const auto profile = tests::profileFromFolded({
            QStringLiteral("main;b 2"),
            QStringLiteral("main;a 2"),
            QStringLiteral("main;c 3"),
        });
        const CallTree tree(profile);
        QCOMPARE(tests::treeAsText(tree, profile),
                 QStringLiteral("all 7/0\n  main 7/0\n    c 3/3\n    a 2/2\n    b 2/2\n"));
    }

    void callTreeOfEmptyAndIdleProfiles()
    {
        const CallTree empty(store::ProfileData {});
        QCOMPARE(empty.size(), 1);
        QCOMPARE(empty.maxDepth(), 0);
        QCOMPARE(empty.totalWeight(), 0.0);
        QCOMPARE(empty.heaviestPath(), std::vector<int32_t> {0});

        const auto idle = tests::profileFromFolded({QStringLiteral(" 5"), QStringLiteral(" 2")});
        const CallTree tree(idle);
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.idleWeight(), 7.0);
        QCOMPARE(tree.idleSamples(), int64_t(2));
    }

    void callTreeSurvivesCorruptStackTables()
    {
        store::ProfileData profile;
        profile.frames.resize(2);
        profile.frames[0].name = "a";
        profile.frames[1].name = "b";
        // 0 ← 1 ← 0 is a cycle, 2 names a frame that does not exist, 3 a missing parent,
        // 4 is fine.
        profile.stacks = {{1, 0}, {0, 1}, {-1, 7}, {99, 0}, {-1, 1}};
        for (int32_t s : {0, 1, 2, 3, 4, 12})
            profile.appendSample(s, 0, 1);
        const CallTree tree(profile);
        QCOMPARE(tests::treeAsText(tree, profile), QStringLiteral("all 1/0\n  b 1/1\n"));
    }

    void heaviestPathFollowsHeaviestChild()
    {
        const auto profile = tests::profileFromFolded(loadConfigProfile());
        const CallTree tree(profile);
        QStringList names;
        for (int32_t node : tree.heaviestPath()) {
            const int32_t frame = tree.node(node).frame;
            names << (frame < 0 ? QStringLiteral("all")
                                : QString::fromStdString(profile.frames[size_t(frame)].name));
        }
        QCOMPARE(names.join(QLatin1Char('>')), QStringLiteral("all>main>load_config>parse_json"));
        const int32_t leaf = tree.heaviestPath().back();
        QCOMPARE(tree.pathTo(leaf), tree.heaviestPath());
        const std::vector<int32_t> frames {tree.node(1).frame, tree.node(leaf).frame};
        QCOMPARE(tree.findPath(frames), -1); // parse_json is not a child of main
    }

    void bigTreeInvariants()
    {
        const auto profile = tests::generatedProfile(200000, 600000);
        const CallTree tree(profile);
        const FlameGraphLayout layout(tree);
        QCOMPARE(tree.totalWeight(), 600000.0 * 1000);
        double leafSelf = 0;
        for (int32_t i = 0; i < tree.size(); ++i) {
            const auto &n = tree.node(i);
            leafSelf += n.self;
            double childTotal = 0;
            for (int32_t c = 0; c < n.childCount; ++c) {
                const auto &child = tree.node(n.firstChild + c);
                QCOMPARE(child.parent, i);
                QCOMPARE(child.depth, n.depth + 1);
                childTotal += child.total;
                if (c > 0)
                    QVERIFY(tree.node(n.firstChild + c - 1).total >= child.total);
                QVERIFY(layout.rect(n.firstChild + c).x0 >= layout.rect(i).x0);
            }
            QCOMPARE(n.total, n.self + childTotal);
            QCOMPARE(layout.depthOf(i), n.depth);
        }
        QCOMPARE(leafSelf, tree.totalWeight());
        for (int32_t d = 0; d < layout.depthCount(); ++d) {
            const auto row = layout.row(d);
            for (size_t i = 1; i < row.size(); ++i)
                QVERIFY(row[i].x0 >= row[i - 1].x1() - 1e-6);
        }
    }

    void layoutPlacesRects()
    {
        const auto profile = tests::profileFromFolded(loadConfigProfile());
        const CallTree tree(profile);
        const FlameGraphLayout layout(tree);
        QCOMPARE(layout.depthCount(), 4);
        QCOMPARE(layout.totalWidth(), 12.0);
        QCOMPARE(layout.row(0).size(), size_t(1));
        QCOMPARE(layout.row(0)[0].width, 12.0);
        const auto row2 = layout.row(2);
        QCOMPARE(row2.size(), size_t(2));
        QCOMPARE(row2[0].x0, 0.0);
        QCOMPARE(row2[0].width, 8.0);
        QCOMPARE(row2[1].x0, 8.0);
        QCOMPARE(row2[1].width, 3.0);
        const int32_t render = nodeNamed(tree, profile, "render", 2);
        QCOMPARE(layout.nodeAt(2, 9.5), render);
        QCOMPARE(layout.rect(render).node, render);
        QCOMPARE(layout.nodeAt(2, 11.5), -1); // main's own time: a gap on the row below
        QCOMPARE(layout.nodeAt(1, 12.0), -1);
        QCOMPARE(layout.nodeAt(3, 0.0), nodeNamed(tree, profile, "parse_json", 3));
        QCOMPARE(layout.nodeAt(7, 1.0), -1);
        QCOMPARE(layout.firstEndingAfter(2, 8.0), size_t(1));
    }

    void insightsHeadlines_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("headline");
        const int ms = int(WeightUnit::Milliseconds);
        QTest::newRow("dominant, with idle")
            << loadConfigProfile() << ms
            << QStringLiteral("Most of the time (58%) was spent in `parse_json`, called from "
                              "`load_config`. The thread was idle for 25% of the recorded time.");
        QTest::newRow("leading") << QStringList {QStringLiteral("main;a 3"),
                                                 QStringLiteral("main;b 2"),
                                                 QStringLiteral("main;c 2"),
                                                 QStringLiteral("main;d 2"),
                                                 QStringLiteral("main;e 1")}
                                 << ms
                                 << QStringLiteral("The largest share of the time (30%) was spent "
                                                   "in `a`, called from `main`.");
        QStringList spread;
        for (int i = 1; i <= 12; ++i)
            spread << QStringLiteral("main;f%1 1").arg(i, 2, 10, QLatin1Char('0'));
        QTest::newRow("spread out")
            << spread << ms
            << QStringLiteral(
                   "Time is spread out: the heaviest function, `f01`, accounts for 8.3%.");
        QTest::newRow("recursion is not its own caller")
            << QStringList {QStringLiteral("main;walk;walk;walk 4"), QStringLiteral("main 1")} << ms
            << QStringLiteral("Most of the time (80%) was spent in `walk`, called from `main`.");
        QTest::newRow("top of the stack")
            << QStringList {QStringLiteral("main 5"), QStringLiteral("main;x 1")} << ms
            << QStringLiteral("Most of the time (83%) was spent in `main`.");
        QTest::newRow("memory")
            << QStringList {QStringLiteral("main;alloc_buffers 9"), QStringLiteral("main 1")}
            << int(WeightUnit::Bytes)
            << QStringLiteral(
                   "Most of the memory (90%) was allocated in `alloc_buffers`, called from "
                   "`main`.");
        QTest::newRow("idle only") << QStringList {QStringLiteral(" 5")} << ms
                                   << QStringLiteral("This profile recorded only idle time: none "
                                                     "of its samples has a call stack with any "
                                                     "weight.");
        QTest::newRow("empty") << QStringList {} << ms
                               << QStringLiteral("This profile has no samples.");
    }

    void insightsHeadlines()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, unit);
        QFETCH(QString, headline);
        QCOMPARE(headlineOf(lines, WeightUnit(unit)), headline);
    }

    void insightsPointAtEntities()
    {
        const auto profile = tests::profileFromFolded(loadConfigProfile());
        const CallTree tree(profile);
        const ProfileInsights insights(profile, tree);
        QCOMPARE(insights.kind(), ProfileInsights::Kind::Dominant);
        QCOMPARE(profile.frames[size_t(insights.hottestFrame())].name, std::string("parse_json"));
        QCOMPARE(profile.frames[size_t(insights.hottestCaller())].name, std::string("load_config"));
        QCOMPARE(insights.hottestNode(), tree.heaviestPath().back());
        QCOMPARE(insights.idleShare(), 0.25);
    }

    void weightFormatting_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("text");
        const int ns = int(WeightUnit::Nanoseconds);
        QTest::newRow("seconds") << 1.52e9 << ns << QStringLiteral("1.52 s");
        QTest::newRow("milliseconds") << 340e6 << ns << QStringLiteral("340 ms");
        QTest::newRow("microseconds") << 12000.0 << ns << QStringLiteral("12 µs");
        QTest::newRow("nanoseconds") << 850.0 << ns << QStringLiteral("850 ns");
        QTest::newRow("rounds into the next unit")
            << 999.7 << int(WeightUnit::Milliseconds) << QStringLiteral("1 s");
        QTest::newRow("minutes") << 125.0 << int(WeightUnit::Seconds)
                                 << QStringLiteral("2 min 5 s");
        QTest::newRow("hours") << 7500.0 << int(WeightUnit::Seconds) << QStringLiteral("2 h 5 min");
        QTest::newRow("from microseconds")
            << 2500.0 << int(WeightUnit::Microseconds) << QStringLiteral("2.5 ms");
        QTest::newRow("samples") << 3421.0 << int(WeightUnit::None)
                                 << QStringLiteral("3,421 samples");
        QTest::newRow("one sample") << 1.0 << int(WeightUnit::None) << QStringLiteral("1 sample");
        QTest::newRow("megabytes") << 1.2e6 << int(WeightUnit::Bytes) << QStringLiteral("1.2 MB");
        QTest::newRow("bytes") << 512.0 << int(WeightUnit::Bytes) << QStringLiteral("512 B");
        QTest::newRow("zero time") << 0.0 << ns << QStringLiteral("0 ns");
    }

    void weightFormatting()
    {
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, text);
        QCOMPARE(WeightFormatter::formatWeight(value, WeightUnit(unit)), text);
    }

    void percentFormatting()
    {
        QCOMPARE(WeightFormatter::formatPercent(0.62), QStringLiteral("62%"));
        QCOMPARE(WeightFormatter::formatPercent(0.08), QStringLiteral("8%"));
        QCOMPARE(WeightFormatter::formatPercent(0.0833), QStringLiteral("8.3%"));
        QCOMPARE(WeightFormatter::formatPercent(0.0004), QStringLiteral("<0.1%"));
        QCOMPARE(WeightFormatter::formatPercent(0), QStringLiteral("0%"));
        QCOMPARE(WeightFormatter::formatPercent(1), QStringLiteral("100%"));
        QCOMPARE(WeightFormatter::formatWeightAndShare(340, 1000, WeightUnit::Milliseconds),
                 QStringLiteral("340 ms (34%)"));
        QCOMPARE(WeightFormatter::formatWeightAndShare(0, 1000, WeightUnit::Milliseconds),
                 QStringLiteral("0 ms"));
        QCOMPARE(WeightFormatter::formatWeight(1.5, WeightUnit::Seconds,
                                               QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("1,5 s"));
    }
};

int runAnalysisTests(int argc, char *argv[])
{
    TestAnalysis test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_analysis.moc"
