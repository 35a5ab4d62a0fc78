// The Compare page's table of changed functions, and the sources list, under
// QAbstractItemModelTester: every item model of the app runs under it.
#include "tests/analysis/testprofiles.h"

#include "models/analysis/profilediff.h"
#include "models/item/costsortproxy.h"
#include "models/item/difftablemodel.h"
#include "models/item/sourcesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace eg;
using itemmodels::CostSortProxy;
using itemmodels::DiffTableModel;

namespace {

std::shared_ptr<const analysis::ProfileDiff> diffOf(const QStringList &before,
                                                    const QStringList &after)
{
    const store::ProfileData b = tests::profileFromFolded(before);
    const store::ProfileData a = tests::profileFromFolded(after);
    return std::make_shared<const analysis::ProfileDiff>(b, analysis::CallTree(b), a,
                                                         analysis::CallTree(a));
}

QString rowText(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.index(row, column).data().toString();
    return cells.join(QStringLiteral(" | "));
}

} // namespace

class TestDiffTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void passesModelTesterAndSorts()
    {
        DiffTableModel model;
        CostSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setDiff(diffOf({QStringLiteral("main;parse_json 5"), QStringLiteral("main;render 3"),
                              QStringLiteral("main 2")},
                             {QStringLiteral("main;parse_json 7"), QStringLiteral("main;render 1"),
                              QStringLiteral("main 1"), QStringLiteral("main;new_fn 1")}));
        QCOMPARE(model.rowCount(), 4);
        // Biggest change of own time first, with units and the change in words.
        QCOMPARE(rowText(model, 0),
                 QStringLiteral("parse_json | 5 ms | 7 ms | +2 ms (+40%) | 5 ms | 7 ms | "
                                "+2 ms (+40%)"));
        QCOMPARE(model.index(0, DiffTableModel::SelfChangeColumn).data(DiffTableModel::WeightRole),
                 QVariant(2.0));
        QCOMPARE(model.index(0, DiffTableModel::SelfChangeColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xb0, 0x1c, 0x1c));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("new_fn"));
        QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("new_fn\nsrc/new_fn.cpp\n"
                                "Own code: 0 ms before, 1 ms after; +1 ms (new).\n"
                                "With what it called: 0 ms before, 1 ms after; +1 ms (new)."));

        // Sorting by the change puts the biggest drop first when ascending.
        proxy.sort(DiffTableModel::SelfChangeColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("render"));
        proxy.sort(DiffTableModel::FunctionColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("main"));

        model.setDiff(diffOf({QStringLiteral("a;b 1")}, {QStringLiteral("a;c 1")}));
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sourcesModelPassesModelTester()
    {
        itemmodels::SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        store::SourceInfo one;
        one.id = 7;
        one.name = QStringLiteral("a.cpuprofile");
        one.format = QStringLiteral("chrome-cpuprofile");
        one.profileCount = 1;
        store::SourceInfo two = one;
        two.id = 9;
        two.name = QStringLiteral("b.folded");
        two.profileCount = 3;
        model.setSources({one, two});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfSource(9), 1);
        QCOMPARE(model.index(1, itemmodels::SourcesModel::NameColumn).data().toString(),
                 QStringLiteral("b.folded"));
        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
    }
};

int runDiffTableModelTests(int argc, char *argv[])
{
    TestDiffTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_difftablemodel.moc"
