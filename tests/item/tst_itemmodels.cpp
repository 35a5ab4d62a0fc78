#include "tests/analysis/testprofiles.h"

#include "models/item/calltreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace eg;
using itemmodels::CallTreeModel;

namespace {

std::shared_ptr<const store::ProfileData> loadConfigProfile()
{
    return std::make_shared<const store::ProfileData>(tests::profileFromFolded({
        QStringLiteral("main;load_config;parse_json 5"),
        QStringLiteral("main;load_config 1"),
        QStringLiteral("main;render 3"),
        QStringLiteral("main 1"),
        QStringLiteral("main;load_config;parse_json 2"),
        QStringLiteral(" 4"),
    }));
}

// Visits every index the way a view that expands everything would.
int fetchAll(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            if (!index.isValid() || index.parent() != parent)
                return -1;
            model.data(index, Qt::DisplayRole);
            model.data(index, Qt::ToolTipRole);
        }
        const int below = fetchAll(model, model.index(row, 0, parent));
        if (below < 0)
            return -1;
        count += 1 + below;
    }
    return count;
}

// "name | self | total" per row, indented by depth.
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

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTester()
    {
        CallTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        auto profile = loadConfigProfile();
        model.setTree(profile, std::make_shared<const analysis::CallTree>(*profile));
        QCOMPARE(fetchAll(model), 5);

        auto big = std::make_shared<const store::ProfileData>(tests::generatedProfile(3000, 9000));
        auto bigTree = std::make_shared<const analysis::CallTree>(*big);
        model.setTree(big, bigTree);
        QCOMPARE(fetchAll(model), bigTree->size());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsWeightsWithUnitsAndShares()
    {
        CallTreeModel model;
        auto profile = loadConfigProfile();
        model.setTree(profile, std::make_shared<const analysis::CallTree>(*profile));
        QCOMPARE(modelAsText(model),
                 QStringLiteral("All samples | 0 ms | 12 ms (100%)\n"
                                "  main | 1 ms (8.3%) | 12 ms (100%)\n"
                                "    load_config | 1 ms (8.3%) | 8 ms (67%)\n"
                                "      parse_json | 7 ms (58%) | 7 ms (58%)\n"
                                "    render | 3 ms (25%) | 3 ms (25%)\n"));
        QCOMPARE(model.headerData(CallTreeModel::SelfColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Self"));
    }

    void providesCostAndNodeRoles()
    {
        CallTreeModel model;
        auto profile = loadConfigProfile();
        auto tree = std::make_shared<const analysis::CallTree>(*profile);
        model.setTree(profile, tree);
        const int32_t parseJson = tree->heaviestPath().back();
        const QModelIndex self = model.indexForNode(parseJson, CallTreeModel::SelfColumn);
        QCOMPARE(self.data(CallTreeModel::CostRole).toDouble(), 7.0 / 12.0);
        QCOMPARE(self.data(CallTreeModel::NodeRole).toInt(), parseJson);
        QCOMPARE(self.data(CallTreeModel::WeightRole).toDouble(), 7.0);
        const QModelIndex loadConfig = self.parent();
        QCOMPARE(loadConfig.data().toString(), QStringLiteral("load_config"));
        QCOMPARE(loadConfig.siblingAtColumn(CallTreeModel::TotalColumn)
                     .data(CallTreeModel::CostRole)
                     .toDouble(),
                 8.0 / 12.0);
        QCOMPARE(model.index(0, 0).data(CallTreeModel::CostRole).toDouble(), 1.0);

        for (int32_t node = 0; node < tree->size(); ++node) {
            const QModelIndex index = model.indexForNode(node);
            QCOMPARE(CallTreeModel::nodeForIndex(index), node);
            QCOMPARE(CallTreeModel::nodeForIndex(index.parent()), tree->node(node).parent);
            QCOMPARE(model.index(index.row(), 0, index.parent()), index);
        }
        QVERIFY(!model.indexForNode(tree->size()).isValid());
    }

    void toolTipsInPlainWords()
    {
        CallTreeModel model;
        auto profile = loadConfigProfile();
        auto tree = std::make_shared<const analysis::CallTree>(*profile);
        model.setTree(profile, tree);
        const QString tip
            = model.indexForNode(tree->heaviestPath().back()).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip,
                 QStringLiteral("parse_json\n"
                                "src/parse_json.cpp:100\n"
                                "Total: 7 ms (58%) of all samples — this function and everything "
                                "it called.\n"
                                "Self: 7 ms (58%) — in this function's own code.\n"
                                "Seen in 2 samples."));
        const QString rootTip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(rootTip.contains(QStringLiteral("Idle, not shown: 4 ms.")), qPrintable(rootTip));
    }
};

int runItemModelTests(int argc, char *argv[])
{
    TestItemModels test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_itemmodels.moc"
