// The call tree table models: FrameTreeModel (bottom-up, callers, callees),
// FunctionTableModel and the CostSortProxy over them, all under QAbstractItemModelTester.
#include "tests/analysis/testprofiles.h"

#include "models/analysis/bottomuptree.h"
#include "models/analysis/functiontable.h"
#include "models/analysis/sandwich.h"
#include "models/item/costsortproxy.h"
#include "models/item/frametreemodel.h"
#include "models/item/functiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace eg;
using itemmodels::CostSortProxy;
using itemmodels::FrameTreeModel;
using itemmodels::FunctionTableModel;

namespace {

std::shared_ptr<const store::ProfileData> recursiveProfile()
{
    return std::make_shared<const store::ProfileData>(tests::profileFromFolded({
        QStringLiteral("main;a;b;a;c 4"),
        QStringLiteral("main;a;b 2"),
        QStringLiteral("main;c 1"),
        QStringLiteral("main;a 3"),
        QStringLiteral(" 2"),
    }));
}

std::shared_ptr<const analysis::FrameTree> bottomUpOf(const store::ProfileData &profile)
{
    return std::make_shared<const analysis::FrameTree>(
        analysis::BottomUpTree(profile, analysis::StackWeights(profile)).tree());
}

int32_t frameNamed(const store::ProfileData &profile, const char *name)
{
    for (size_t f = 0; f < profile.frames.size(); ++f) {
        if (profile.frames[f].name == name)
            return int32_t(f);
    }
    return -1;
}

// Cells joined by " | ", two spaces of indent per depth.
QString modelAsText(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString text;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << model.index(row, column, parent).data().toString();
        text += QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | "))
            + QLatin1Char('\n');
        text += modelAsText(model, model.index(row, 0, parent), depth + 1);
    }
    return text;
}

int countAll(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.parent() != parent)
            return -1;
        model.data(index, Qt::ToolTipRole);
        count += 1 + countAll(model, index);
    }
    return count;
}

} // namespace

class TestCallTableModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bottomUpModelShowsSelfTimeAndCallers()
    {
        FrameTreeModel model(FrameTreeModel::Kind::BottomUp);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto profile = recursiveProfile();
        model.setTree(profile, bottomUpOf(*profile));
        QCOMPARE(modelAsText(model),
                 QStringLiteral("c | 5 ms (50%) | 2 samples\n"
                                "  a | 4 ms (40%) | 1 sample\n"
                                "    b | 4 ms (40%) | 1 sample\n"
                                "      a | 4 ms (40%) | 1 sample\n"
                                "        main | 4 ms (40%) | 1 sample\n"
                                "  main | 1 ms (10%) | 1 sample\n"
                                "a | 3 ms (30%) | 1 sample\n"
                                "  main | 3 ms (30%) | 1 sample\n"
                                "b | 2 ms (20%) | 1 sample\n"
                                "  a | 2 ms (20%) | 1 sample\n"
                                "    main | 2 ms (20%) | 1 sample\n"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Self"));
        const QModelIndex c = model.index(0, 1);
        QCOMPARE(c.data(FrameTreeModel::CostRole).toDouble(), 0.5);
        QCOMPARE(c.data(FrameTreeModel::WeightRole).toDouble(), 5.0);
        QCOMPARE(c.data(FrameTreeModel::FrameRole).toInt(), frameNamed(*profile, "c"));
        const QString tip = model.index(0, 0, model.index(0, 0)).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("4 ms (40%) of c's own time")), qPrintable(tip));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sandwichModelsUnderTester()
    {
        auto profile = recursiveProfile();
        const analysis::StackWeights weights(*profile);
        auto sandwich = std::make_shared<const analysis::Sandwich>(*profile, weights,
                                                                   frameNamed(*profile, "a"));
        FrameTreeModel callers(FrameTreeModel::Kind::Callers);
        FrameTreeModel callees(FrameTreeModel::Kind::Callees);
        QAbstractItemModelTester callersTester(
            &callers, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester calleesTester(
            &callees, QAbstractItemModelTester::FailureReportingMode::Fatal);
        callers.setTree(profile, {sandwich, &sandwich->callers()});
        callees.setTree(profile, {sandwich, &sandwich->callees()});
        QCOMPARE(modelAsText(callers),
                 QStringLiteral("a | 9 ms (90%) | 3 samples\n"
                                "  main | 9 ms (90%) | 3 samples\n"));
        QCOMPARE(modelAsText(callees),
                 QStringLiteral("a | 3 ms (30%) | 9 ms (90%) | 3 samples\n"
                                "  b | 2 ms (20%) | 6 ms (60%) | 2 samples\n"
                                "    a | 0 ms | 4 ms (40%) | 1 sample\n"
                                "      c | 4 ms (40%) | 4 ms (40%) | 1 sample\n"));
        QCOMPARE(callees.columnOf(FrameTreeModel::SelfColumn), 1);
        QCOMPARE(callers.columnOf(FrameTreeModel::SelfColumn), -1);
    }

    void bigTreeThroughSortingProxy()
    {
        FrameTreeModel model(FrameTreeModel::Kind::BottomUp);
        CostSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto big = std::make_shared<const store::ProfileData>(tests::generatedProfile(2000, 6000));
        auto tree = bottomUpOf(*big);
        model.setTree(big, tree);
        QCOMPARE(countAll(model), tree->size() - 1);
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(countAll(proxy), tree->size() - 1);
        proxy.sort(1, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, 1).data(FrameTreeModel::WeightRole).toDouble()
                    <= proxy.index(row, 1).data(FrameTreeModel::WeightRole).toDouble());
        // Every node maps back to itself.
        for (int32_t node = 1; node < tree->size(); node += 97) {
            const QModelIndex index = model.indexForNode(node);
            QCOMPARE(FrameTreeModel::nodeForIndex(index), node);
            QCOMPARE(model.index(index.row(), 0, index.parent()), index);
        }
        proxy.setSearchText(QStringLiteral("function_1"));
        model.setTree(nullptr, nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void functionTableSortsAndFilters()
    {
        FunctionTableModel model;
        CostSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRows(true);
        QAbstractItemModelTester modelTester(&model,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto profile = recursiveProfile();
        model.setTable(profile,
                       std::make_shared<const analysis::FunctionTable>(
                           *profile, analysis::StackWeights(*profile)));
        QCOMPARE(modelAsText(model),
                 QStringLiteral("main | 0 ms | 10 ms (100%) | 4 samples\n"
                                "a | 3 ms (30%) | 9 ms (90%) | 3 samples\n"
                                "b | 2 ms (20%) | 6 ms (60%) | 2 samples\n"
                                "c | 5 ms (50%) | 5 ms (50%) | 2 samples\n"));
        proxy.sort(FunctionTableModel::SelfColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("c"));
        QCOMPARE(proxy.index(0, FunctionTableModel::SelfColumn)
                     .data(FunctionTableModel::CostRole)
                     .toDouble(),
                 0.5);
        proxy.sort(FunctionTableModel::FunctionColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a"));

        // Plain text matches anywhere, case-insensitive; /…/ is a regular expression.
        proxy.setSearchText(QStringLiteral("MA"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(Qt::FontRole).value<QFont>().bold(), true);
        proxy.setSearchText(QStringLiteral("/^[bc]$/"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("/[/"));
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!CostSortProxy::searchPattern(QStringLiteral("/[/")).isValid());
        proxy.setSearchText(QStringLiteral("a.b"));
        QCOMPARE(proxy.rowCount(), 0); // plain text: the dot is a dot
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(!proxy.index(0, 0).data(Qt::FontRole).isValid());

        QCOMPARE(model.indexForFrame(frameNamed(*profile, "b")).row(), 2);
        const QString tip = model.index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Total: 9 ms (90%)")), qPrintable(tip));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }
};

int runCallTableModelTests(int argc, char *argv[])
{
    TestCallTableModels test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_calltablemodels.moc"
