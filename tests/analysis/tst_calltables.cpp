// The call tree tables' analysis: the bottom-up tree, the function table and the
// sandwich (callers and callees of one function), on small profiles with known answers.
#include "testprofiles.h"

#include "models/analysis/bottomuptree.h"
#include "models/analysis/frametree.h"
#include "models/analysis/functiontable.h"
#include "models/analysis/sandwich.h"
#include "models/analysis/stackweights.h"

#include <QTest>

using namespace eg;
using analysis::BottomUpTree;
using analysis::FrameTree;
using analysis::FunctionTable;
using analysis::Sandwich;
using analysis::StackWeights;

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

// `a` calls itself through `b`; the totals must count it once per sample.
QStringList recursiveProfile()
{
    return {
        QStringLiteral("main;a;b;a;c 4"),
        QStringLiteral("main;a;b 2"),
        QStringLiteral("main;c 1"),
        QStringLiteral("main;a 3"),
    };
}

// "name total/self", two spaces of indent per depth, children in tree order.
QString frameTreeAsText(const FrameTree &tree, const store::ProfileData &profile)
{
    QString text;
    std::vector<int32_t> todo {FrameTree::rootIndex()};
    while (!todo.empty()) {
        const int32_t i = todo.back();
        todo.pop_back();
        const auto &n = tree.node(i);
        const QString name = n.frame < 0
            ? QStringLiteral("all")
            : QString::fromStdString(profile.frames[size_t(n.frame)].name);
        text += QString(n.depth * 2, QLatin1Char(' ')) + name + QLatin1Char(' ')
            + QString::number(n.total) + QLatin1Char('/') + QString::number(n.self)
            + QLatin1Char('\n');
        for (int32_t c = n.childCount - 1; c >= 0; --c)
            todo.push_back(n.firstChild + c);
    }
    return text;
}

// "name self/total samples" per function, heaviest total first.
QString functionTableAsText(const FunctionTable &table, const store::ProfileData &profile)
{
    QString text;
    for (const auto &row : table.rows())
        text += QString::fromStdString(profile.frames[size_t(row.frame)].name) + QLatin1Char(' ')
            + QString::number(row.self) + QLatin1Char('/') + QString::number(row.total)
            + QLatin1Char(' ') + QString::number(row.samples) + QLatin1Char('\n');
    return text;
}

int32_t frameNamed(const store::ProfileData &profile, const char *name)
{
    for (size_t f = 0; f < profile.frames.size(); ++f) {
        if (profile.frames[f].name == name)
            return int32_t(f);
    }
    return -1;
}

} // namespace

class TestCallTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stackWeightsFoldSamples()
    {
        const auto profile = tests::profileFromFolded(loadConfigProfile());
        const StackWeights weights(profile);
        QCOMPARE(weights.busyWeight, 12.0);
        QCOMPARE(weights.busySamples, int64_t(5));
        QCOMPARE(weights.idleWeight, 4.0);
        QCOMPARE(weights.idleSamples, int64_t(1));
        std::vector<int32_t> frames;
        QVERIFY(StackWeights::framesLeafFirst(profile, profile.sampleStack.front(), &frames));
        QCOMPARE(frames.size(), size_t(3));
        QCOMPARE(frames.front(), frameNamed(profile, "parse_json"));
    }

    void bottomUpInvertsStacks()
    {
        const auto profile = tests::profileFromFolded(loadConfigProfile());
        const BottomUpTree bottomUp(profile, StackWeights(profile));
        // Top level: functions by self time; below: who called them, with the part of
        // that self time that came through each caller. Paths end at the thread's start.
        QCOMPARE(frameTreeAsText(bottomUp.tree(), profile),
                 QStringLiteral("all 12/0\n"
                                "  parse_json 7/0\n"
                                "    load_config 7/0\n"
                                "      main 7/7\n"
                                "  render 3/0\n"
                                "    main 3/3\n"
                                "  load_config 1/0\n"
                                "    main 1/1\n"
                                "  main 1/1\n"));
        QCOMPARE(bottomUp.tree().wholeWeight(), 12.0);
        QCOMPARE(bottomUp.tree().node(1).samples, int64_t(2));
        // Breadth first: four functions, three callers, then `main` under parse_json ← load_config.
        QCOMPARE(bottomUp.tree().topFrame(8), frameNamed(profile, "parse_json"));
    }

    void bottomUpMergesDuplicateStacksAndRecursion()
    {
        // A stack table with a fresh chain per sample must give the same tree.
        const auto shared = tests::profileFromFolded(recursiveProfile());
        const auto unshared
            = tests::profileFromFolded(recursiveProfile(), store::WeightUnit::Milliseconds, false);
        const QString expected = QStringLiteral("all 10/0\n"
                                                "  c 5/0\n"
                                                "    a 4/0\n"
                                                "      b 4/0\n"
                                                "        a 4/0\n"
                                                "          main 4/4\n"
                                                "    main 1/1\n"
                                                "  a 3/0\n"
                                                "    main 3/3\n"
                                                "  b 2/0\n"
                                                "    a 2/0\n"
                                                "      main 2/2\n");
        QCOMPARE(frameTreeAsText(BottomUpTree(shared, StackWeights(shared)).tree(), shared),
                 expected);
        QCOMPARE(frameTreeAsText(BottomUpTree(unshared, StackWeights(unshared)).tree(), unshared),
                 expected);
    }

    void functionTableCountsRecursionOnce()
    {
        const auto profile = tests::profileFromFolded(recursiveProfile());
        const FunctionTable table(profile, StackWeights(profile));
        // name self/total samples
        QCOMPARE(functionTableAsText(table, profile),
                 QStringLiteral("main 0/10 4\n"
                                "a 3/9 3\n"
                                "b 2/6 2\n"
                                "c 5/5 2\n"));
        QCOMPARE(table.busyWeight(), 10.0);
        QCOMPARE(table.rowOfFrame(frameNamed(profile, "b")), 2);
        QCOMPARE(table.rowOfFrame(-1), -1);
    }

    void functionTableSkipsUnusedFrames()
    {
        auto profile = tests::profileFromFolded(loadConfigProfile());
        profile.frames.push_back({"never_sampled", "", "", 0, 0, -1});
        const FunctionTable table(profile, StackWeights(profile));
        QCOMPARE(table.rows().size(), size_t(4));
        QCOMPARE(table.rowOfFrame(int32_t(profile.frames.size()) - 1), -1);
        // Totals and selfs agree with FrameStatistics's figures for the same profile.
        QCOMPARE(functionTableAsText(table, profile),
                 QStringLiteral("main 1/12 5\n"
                                "load_config 1/8 3\n"
                                "parse_json 7/7 2\n"
                                "render 3/3 1\n"));
    }

    void sandwichOfARecursiveFunction()
    {
        const auto profile = tests::profileFromFolded(recursiveProfile());
        const StackWeights weights(profile);
        const Sandwich sandwich(profile, weights, frameNamed(profile, "a"));
        QCOMPARE(sandwich.total(), 9.0);
        QCOMPARE(sandwich.self(), 3.0);
        QCOMPARE(sandwich.samples(), int64_t(3));
        // Callers of the outermost call only: the inner `a` was called by `b`, which is
        // inside `a` itself.
        QCOMPARE(frameTreeAsText(sandwich.callers(), profile),
                 QStringLiteral("all 9/0\n"
                                "  a 9/0\n"
                                "    main 9/9\n"));
        // Callees from the outermost call down, the recursive call included once.
        QCOMPARE(frameTreeAsText(sandwich.callees(), profile),
                 QStringLiteral("all 9/0\n"
                                "  a 9/3\n"
                                "    b 6/2\n"
                                "      a 4/0\n"
                                "        c 4/4\n"));
        QCOMPARE(sandwich.functionNode(), 1);
    }

    void sandwichOfALeafWithTwoCallers()
    {
        const auto profile = tests::profileFromFolded(recursiveProfile());
        const Sandwich sandwich(profile, StackWeights(profile), frameNamed(profile, "c"));
        QCOMPARE(frameTreeAsText(sandwich.callers(), profile),
                 QStringLiteral("all 5/0\n"
                                "  c 5/0\n"
                                "    a 4/0\n"
                                "      b 4/0\n"
                                "        a 4/0\n"
                                "          main 4/4\n"
                                "    main 1/1\n"));
        QCOMPARE(frameTreeAsText(sandwich.callees(), profile),
                 QStringLiteral("all 5/0\n"
                                "  c 5/5\n"));
        QCOMPARE(sandwich.self(), 5.0);
    }

    void sandwichOfTheLoadConfigExample()
    {
        const auto profile = tests::profileFromFolded(loadConfigProfile());
        const Sandwich sandwich(profile, StackWeights(profile), frameNamed(profile, "load_config"));
        QCOMPARE(frameTreeAsText(sandwich.callers(), profile),
                 QStringLiteral("all 8/0\n"
                                "  load_config 8/0\n"
                                "    main 8/8\n"));
        QCOMPARE(frameTreeAsText(sandwich.callees(), profile),
                 QStringLiteral("all 8/0\n"
                                "  load_config 8/1\n"
                                "    parse_json 7/7\n"));
        // A frame that never ran gives empty trees, not a crash.
        const Sandwich nothing(profile, StackWeights(profile), 999);
        QCOMPARE(nothing.functionNode(), -1);
        QCOMPARE(nothing.total(), 0.0);
    }

    void corruptStackTablesCountNowhere()
    {
        // 0 ← 1 ← 0 is a cycle, 2 names a frame that does not exist, 3 a missing parent,
        // 4 is fine: only 4 can be read, as in the call tree.
        store::ProfileData profile;
        profile.frames.resize(2);
        profile.frames[0].name = "a";
        profile.frames[1].name = "b";
        profile.stacks = {{1, 0}, {0, 1}, {-1, 7}, {99, 0}, {-1, 1}};
        for (int32_t s : {0, 1, 2, 3, 4, 4})
            profile.appendSample(s, 0, 1);
        const StackWeights weights(profile);
        const FunctionTable table(profile, weights);
        QCOMPARE(functionTableAsText(table, profile), QStringLiteral("b 2/2 2\n"));
        // Which stacks hold `a` on their path: the cycle holds it (it is on it), the missing
        // parent too; the rest not.
        const std::vector<char> holds = StackWeights::pathsHolding(profile, {1, 0});
        QCOMPARE(holds, (std::vector<char> {1, 1, 0, 1, 0}));
    }

    void bigProfileAgreesWithCallTree()
    {
        // The bottom-up top level is every function's self time; the function table's
        // totals are the top-down tree's totals with recursion counted once.
        const auto profile = tests::generatedProfile(5000, 40000);
        const StackWeights weights(profile);
        const BottomUpTree bottomUp(profile, weights);
        const FunctionTable table(profile, weights);
        QCOMPARE(bottomUp.tree().root().total, weights.busyWeight);
        double selfSum = 0;
        for (const auto &row : table.rows()) {
            selfSum += row.self;
            const int32_t node = bottomUp.tree().findChild(FrameTree::rootIndex(), row.frame);
            QCOMPARE(node >= 0 ? bottomUp.tree().node(node).total : 0.0, row.self);
            const Sandwich sandwich(profile, weights, row.frame);
            QCOMPARE(sandwich.total(), row.total);
            QCOMPARE(sandwich.callers().root().total, row.total);
            QCOMPARE(sandwich.callees().root().total, row.total);
            if (&row - table.rows().data() > 40)
                break; // the heaviest few are enough
        }
        QVERIFY(selfSum > 0);
    }
};

int runCallTableTests(int argc, char *argv[])
{
    TestCallTables test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_calltables.moc"
