// Comparing two profiles: per-node and per-function deltas, scaling, and the sentence.
#include "testprofiles.h"

#include "models/analysis/profilediff.h"

#include <QTest>

using namespace eg;
using analysis::CallTree;
using analysis::ProfileDiff;

namespace {

struct Diffed
{
    store::ProfileData before;
    store::ProfileData after;
    CallTree beforeTree;
    CallTree afterTree;
    ProfileDiff diff;

    Diffed(store::ProfileData b, store::ProfileData a,
           ProfileDiff::Scaling scaling = ProfileDiff::Scaling::Auto)
        : before(std::move(b))
        , after(std::move(a))
        , beforeTree(before)
        , afterTree(after)
        , diff(before, beforeTree, after, afterTree, scaling)
    { }

    // The first node of the union tree (breadth first) for a function.
    int32_t unionNode(const char *name) const
    {
        const auto &tree = *diff.unionTree();
        for (int32_t i = 1; i < tree.size(); ++i) {
            if (diff.unionProfile()->frames[size_t(tree.node(i).frame)].name == name)
                return i;
        }
        return -1;
    }
    const ProfileDiff::NodeDelta &delta(const char *name) const
    {
        return diff.nodes()[size_t(unionNode(name))];
    }

    const ProfileDiff::FunctionDelta *function(const char *name) const
    {
        for (const auto &f : diff.functions()) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }
};

QStringList beforeLines()
{
    return {QStringLiteral("main;parse_json 5"), QStringLiteral("main;render 3"),
            QStringLiteral("main 2")};
}

QStringList afterLines()
{
    return {QStringLiteral("main;parse_json 7"), QStringLiteral("main;render 1"),
            QStringLiteral("main 1"), QStringLiteral("main;new_fn 1")};
}

// The union tree as indented text: "name width/self (before → after, new|removed)".
QString treeAsText(const Diffed &d)
{
    const auto &tree = *d.diff.unionTree();
    QString text;
    std::vector<int32_t> todo {analysis::CallTree::rootIndex()};
    while (!todo.empty()) {
        const int32_t i = todo.back();
        todo.pop_back();
        const auto &n = tree.node(i);
        const auto &delta = d.diff.nodes()[size_t(i)];
        const QString name = n.frame < 0
            ? QStringLiteral("all")
            : QString::fromStdString(d.diff.unionProfile()->frames[size_t(n.frame)].name);
        text += QString(n.depth * 2, QLatin1Char(' ')) + name + QLatin1Char(' ')
            + QString::number(n.total) + QLatin1Char('/') + QString::number(n.self);
        if (n.frame >= 0)
            text += QStringLiteral(" (%1 → %2%3)")
                        .arg(delta.before)
                        .arg(delta.after)
                        .arg(delta.isNew        ? QStringLiteral(", new")
                                 : delta.isGone ? QStringLiteral(", removed")
                                                : QString());
        text += QLatin1Char('\n');
        for (int32_t c = n.childCount - 1; c >= 0; --c)
            todo.push_back(n.firstChild + c);
    }
    return text;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void nodeAndFunctionDeltas()
    {
        const Diffed d(tests::profileFromFolded(beforeLines()),
                       tests::profileFromFolded(afterLines()));
        QVERIFY(d.diff.error().isEmpty());
        QVERIFY(!d.diff.normalised());
        // No path was removed: the union is the after tree.
        QCOMPARE(d.diff.nodes().size(), size_t(d.afterTree.size()));
        QCOMPARE(d.diff.unionTree()->size(), d.afterTree.size());
        QCOMPARE(d.diff.nodes()[0].before, 10.0);
        QCOMPARE(d.diff.nodes()[0].after, 10.0);
        const auto &parse = d.delta("parse_json");
        QCOMPARE(parse.before, 5.0);
        QCOMPARE(parse.after, 7.0);
        QVERIFY(!parse.isNew);
        QVERIFY(!parse.isGone);
        QCOMPARE(d.delta("render").before, 3.0);
        QCOMPARE(d.delta("main").beforeSelf, 2.0);
        QCOMPARE(d.delta("main").afterSelf, 1.0);
        QVERIFY(d.delta("new_fn").isNew);
        QCOMPARE(d.delta("new_fn").after, 1.0);

        QCOMPARE(d.function("parse_json")->selfDelta(), 2.0);
        QCOMPARE(d.function("render")->selfDelta(), -2.0);
        QCOMPARE(d.function("main")->totalDelta(), 0.0);
        QCOMPARE(d.function("main")->selfDelta(), -1.0);
        QVERIFY(d.function("new_fn")->isNew());
        // Largest change of self time first.
        QCOMPARE(std::abs(d.diff.functions().front().selfDelta()), 2.0);
        QCOMPARE(d.diff.summary(),
                 QStringLiteral("`parse_json` grew by 2 ms (+40%); `render` "
                                "shrank by 2 ms (\u221267%)."));
        QCOMPARE(d.diff.scalingNote(),
                 QStringLiteral("Absolute figures: 10 ms before, 10 ms after."));
    }

    void pathsDifferFromFunctions()
    {
        // The same function under another caller is a new path, but not a new function.
        const Diffed d(tests::profileFromFolded({QStringLiteral("main;a;work 4")}),
                       tests::profileFromFolded({QStringLiteral("main;b;work 4")}));
        QCOMPARE(d.diff.goneWeight(), 4.0);
        QCOMPARE(d.function("work")->selfDelta(), 0.0);
        QVERIFY(d.function("a")->isGone());
        // Both paths stand in the union: main;b;work is new, main;a;work was removed, and
        // main is as wide as both (it had 4 before and has 4 after, on other paths).
        QCOMPARE(treeAsText(d),
                 QStringLiteral("all 8/0\n"
                                "  main 8/0 (4 → 4)\n"
                                "    a 4/0 (4 → 0, removed)\n"
                                "      work 4/4 (4 → 0, removed)\n"
                                "    b 4/0 (0 → 4, new)\n"
                                "      work 4/4 (0 → 4, new)\n"));
        QCOMPARE(
            d.diff.summary(),
            QStringLiteral("No function's own time changed by more than 0.5% of the profile."));
    }

    void recursionCountsOnce()
    {
        const Diffed d(tests::profileFromFolded({QStringLiteral("a;b;a 2")}),
                       tests::profileFromFolded({QStringLiteral("a;b;a 3")}),
                       ProfileDiff::Scaling::Absolute);
        QCOMPARE(d.function("a")->totalBefore, 2.0);
        QCOMPARE(d.function("a")->totalAfter, 3.0);
    }

    void differentTotalsCompareShares()
    {
        QStringList doubled;
        for (const QString &line : afterLines()) {
            const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
            doubled << line.left(space + 1) + QString::number(line.mid(space + 1).toInt() * 2);
        }
        const Diffed d(tests::profileFromFolded(beforeLines()), tests::profileFromFolded(doubled));
        QVERIFY(d.diff.normalised());
        QCOMPARE(d.diff.scale(), 2.0);
        QCOMPARE(d.function("parse_json")->totalBefore, 10.0);
        QCOMPARE(d.function("parse_json")->totalAfter, 14.0);
        QVERIFY(d.diff.scalingNote().contains(QStringLiteral("compare shares")));
        // Asked for absolute figures, the doubling shows as growth everywhere.
        const Diffed absolute(tests::profileFromFolded(beforeLines()),
                              tests::profileFromFolded(doubled), ProfileDiff::Scaling::Absolute);
        QVERIFY(!absolute.diff.normalised());
        QCOMPARE(absolute.function("main")->totalDelta(), 10.0);
    }

    void unitsConvertOrRefuse()
    {
        QStringList micro;
        for (const QString &line : afterLines()) {
            const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
            micro << line.left(space + 1) + QString::number(line.mid(space + 1).toInt() * 1000);
        }
        const Diffed d(tests::profileFromFolded(beforeLines()),
                       tests::profileFromFolded(micro, store::WeightUnit::Microseconds));
        QVERIFY(!d.diff.normalised());
        QCOMPARE(d.function("parse_json")->totalBefore, 5000.0);
        QCOMPARE(d.diff.unit(), store::WeightUnit::Microseconds);

        const Diffed bytes(tests::profileFromFolded(beforeLines()),
                           tests::profileFromFolded(afterLines(), store::WeightUnit::Bytes));
        QVERIFY(!bytes.diff.error().isEmpty());
        QVERIFY(bytes.diff.nodes().empty());
    }
};

int runDiffTests(int argc, char *argv[])
{
    TestDiff test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diff.moc"
