// The call tree and sandwich tabs: a small profile loaded, modes switched, the hot path
// expanded with its key, the sandwich's sentence and the search.
#include "tests/analysis/testprofiles.h"

#include "views/calltreetab.h"
#include "views/sandwichtab.h"

#include "models/analysis/calltree.h"
#include "models/item/searchmarks.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace eg;
using itemmodels::SearchMarks;
using views::CallTreeTab;
using views::SandwichTab;

namespace {

views::LoadedProfile loadConfigLoaded()
{
    views::LoadedProfile loaded;
    auto profile = std::make_shared<const store::ProfileData>(tests::profileFromFolded({
        QStringLiteral("main;load_config;parse_json 5"),
        QStringLiteral("main;load_config 1"),
        QStringLiteral("main;render 3"),
        QStringLiteral("main 1"),
        QStringLiteral("main;load_config;parse_json 2"),
        QStringLiteral("main;render;parse_json 1"),
        QStringLiteral(" 4"),
    }));
    loaded.tree = std::make_shared<const analysis::CallTree>(*profile);
    loaded.profile = std::move(profile);
    return loaded;
}

int32_t frameNamed(const store::ProfileData &profile, const char *name)
{
    for (size_t f = 0; f < profile.frames.size(); ++f) {
        if (profile.frames[f].name == name)
            return int32_t(f);
    }
    return -1;
}

// The names from the top-level row down to `index`, joined by " > ".
QString pathOf(QModelIndex index)
{
    QStringList names;
    for (; index.isValid(); index = index.parent())
        names.prepend(index.siblingAtColumn(0).data().toString());
    return names.join(QStringLiteral(" > "));
}

} // namespace

class TestCallTreeTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void hotPathKeyOpensTheHeaviestBranchInEveryMode()
    {
        CallTreeTab tab;
        tab.resize(900, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy selected(&tab, &views::ProfileTab::nodeSelected);
        const auto loaded = loadConfigLoaded();
        tab.setLoaded(loaded);
        QCOMPARE(tab.title(), QStringLiteral("Call tree"));
        QVERIFY(!tab.howToRead().isEmpty());
        QTRY_VERIFY(tab.isReady());

        // Top-down: from nothing selected, the whole heaviest path.
        tab.treeView()->setFocus();
        QTest::keyClick(tab.treeView(), Qt::Key_H);
        QCOMPARE(pathOf(tab.treeView()->currentIndex()),
                 QStringLiteral("All samples > main > load_config > parse_json"));
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(0).toInt(), loaded.tree->heaviestPath().back());

        // From a selected row, only below it.
        const QModelIndex main
            = tab.treeView()->model()->index(0, 0, tab.treeView()->model()->index(0, 0));
        const QModelIndex render = tab.treeView()->model()->index(1, 0, main);
        QCOMPARE(render.data().toString(), QStringLiteral("render"));
        tab.treeView()->setCurrentIndex(render);
        QTest::keyClick(tab.treeView(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(pathOf(tab.treeView()->currentIndex()),
                 QStringLiteral("All samples > main > render > parse_json"));

        // Bottom-up: the function with the most self time, then its callers to the start.
        tab.setMode(CallTreeTab::Mode::BottomUp);
        QCOMPARE(tab.treeView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("parse_json"));
        const int before = int(selected.size());
        tab.expandHotPathAction()->trigger();
        QCOMPARE(pathOf(tab.treeView()->currentIndex()),
                 QStringLiteral("parse_json > load_config > main"));
        QCOMPARE(int(selected.size()), before); // bottom-up rows are not call tree nodes

        // Caller – callee: the heaviest function is picked first; then another one.
        tab.setMode(CallTreeTab::Mode::CallerCallee);
        QTRY_COMPARE(tab.calleesView()->model()->rowCount(), 1);
        tab.pickFrame(frameNamed(*loaded.profile, "render"));
        QTRY_COMPARE(tab.calleesView()->model()->index(0, 0).data().toString(),
                     QStringLiteral("render"));
        QCOMPARE(tab.callersView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("render"));
        tab.calleesView()->setFocus();
        QTest::keyClick(tab.calleesView(), Qt::Key_H);
        QCOMPARE(pathOf(tab.calleesView()->currentIndex()), QStringLiteral("render > parse_json"));
        tab.callersView()->setFocus();
        QTest::keyClick(tab.callersView(), Qt::Key_H);
        QCOMPARE(pathOf(tab.callersView()->currentIndex()), QStringLiteral("render > main"));

        // Search filters the function list; "/…/" is a regular expression.
        tab.setSearchText(QStringLiteral("/^(main|render)$/"));
        QCOMPARE(tab.functionView()->model()->rowCount(), 2);
        tab.setSearchText(QStringLiteral("json"));
        QCOMPARE(tab.functionView()->model()->rowCount(), 1);
        tab.setSearchText(QString());
        QCOMPARE(tab.functionView()->model()->rowCount(), 4);

        // An empty profile empties everything.
        tab.setLoaded({});
        QCOMPARE(tab.treeView()->model()->rowCount(), 0);
        QCOMPARE(tab.functionView()->model()->rowCount(), 0);
    }

    void searchReachesCollapsedBranches()
    {
        CallTreeTab tab;
        tab.resize(900, 600);
        const auto loaded = loadConfigLoaded();
        tab.setLoaded(loaded);
        QTRY_VERIFY(tab.isReady());
        QTreeView *view = tab.treeView();
        view->collapseAll();
        const QAbstractItemModel *model = view->model();
        const QModelIndex all = model->index(0, 0);
        const QModelIndex main = model->index(0, 0, all);
        QVERIFY(!tab.goToMatch(true)); // nothing searched: the panel walks the flame graph

        // The rows that lead to a match are marked even while collapsed, faintly; the
        // matches themselves bold.
        tab.setSearchText(QStringLiteral("json"));
        QCOMPARE(main.data(SearchMarks::SearchRole).toInt(), int(SearchMarks::MatchBelow));
        QVERIFY(main.data(Qt::BackgroundRole).isValid());
        QVERIFY(!main.data(Qt::FontRole).isValid());
        QVERIFY(!view->isExpanded(main));

        // Next and previous open the branches above the match and select it, in the order
        // the rows are shown, round the end.
        QVERIFY(tab.goToMatch(true));
        QCOMPARE(pathOf(view->currentIndex()),
                 QStringLiteral("All samples > main > load_config > parse_json"));
        QVERIFY(view->isExpanded(view->currentIndex().parent()));
        QVERIFY(view->currentIndex().data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(tab.goToMatch(true));
        QCOMPARE(pathOf(view->currentIndex()),
                 QStringLiteral("All samples > main > render > parse_json"));
        QVERIFY(tab.goToMatch(true));
        QCOMPARE(pathOf(view->currentIndex()),
                 QStringLiteral("All samples > main > load_config > parse_json"));
        QVERIFY(tab.goToMatch(false));
        QCOMPARE(pathOf(view->currentIndex()),
                 QStringLiteral("All samples > main > render > parse_json"));

        // Bottom-up: callers are made only as the walk needs them.
        tab.setMode(CallTreeTab::Mode::BottomUp);
        tab.setSearchText(QStringLiteral("load_config"));
        view->setCurrentIndex({});
        QVERIFY(tab.goToMatch(true));
        QCOMPARE(pathOf(view->currentIndex()), QStringLiteral("parse_json > load_config"));
        QVERIFY(tab.goToMatch(true));
        QCOMPARE(pathOf(view->currentIndex()), QStringLiteral("load_config"));
        QVERIFY(tab.goToMatch(true));
        QCOMPARE(pathOf(view->currentIndex()), QStringLiteral("parse_json > load_config"));
        const QModelIndex render = view->model()->index(1, 0);
        QCOMPARE(render.data().toString(), QStringLiteral("render"));
        QCOMPARE(render.data(SearchMarks::SearchRole).toInt(), int(SearchMarks::None));

        // Caller – callee: the function list shows only matches; next moves along it.
        tab.setMode(CallTreeTab::Mode::CallerCallee);
        tab.setSearchText(QStringLiteral("/^(main|render)$/"));
        QVERIFY(tab.goToMatch(true));
        const QString first = tab.functionView()->currentIndex().data().toString();
        QVERIFY(tab.goToMatch(true));
        QVERIFY(tab.functionView()->currentIndex().data().toString() != first);
        QTRY_COMPARE(tab.pickedFrame(),
                     frameNamed(*loaded.profile,
                                qPrintable(tab.functionView()->currentIndex().data().toString())));
    }

    void sortingByAnyColumn()
    {
        CallTreeTab tab;
        tab.setLoaded(loadConfigLoaded());
        QTRY_VERIFY(tab.isReady());
        tab.setMode(CallTreeTab::Mode::BottomUp);
        tab.treeView()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(tab.treeView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("load_config"));
        tab.treeView()->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(tab.treeView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("load_config")); // 1 ms, tied with main, then by name
    }

    void sandwichSaysItInWords()
    {
        SandwichTab tab;
        tab.resize(900, 600);
        const auto loaded = loadConfigLoaded();
        tab.setLoaded(loaded);
        QCOMPARE(tab.title(), QStringLiteral("Sandwich"));
        QTRY_VERIFY(tab.isReady());
        // It opens on the function with the most self time.
        QTRY_COMPARE(tab.pickedFrame(), frameNamed(*loaded.profile, "parse_json"));
        QTRY_VERIFY(tab.sandwich());
        QCOMPARE(tab.summaryText(),
                 QStringLiteral("`parse_json` took 8 ms (62%) in total, 8 ms of it in its own "
                                "code; it was called from 2 places, mostly `load_config` (88%)."));
        tab.pickFrame(frameNamed(*loaded.profile, "load_config"));
        QTRY_COMPARE(tab.sandwich()->frame(), frameNamed(*loaded.profile, "load_config"));
        QCOMPARE(tab.summaryText(),
                 QStringLiteral("`load_config` took 8 ms (62%) in total, 1 ms of it in its own "
                                "code; it was called only from `main`."));
        QCOMPARE(tab.callersView()
                     ->model()
                     ->index(0, 0, tab.callersView()->model()->index(0, 0))
                     .data()
                     .toString(),
                 QStringLiteral("main"));
        tab.pickFrame(frameNamed(*loaded.profile, "main"));
        QTRY_COMPARE(tab.sandwich()->frame(), frameNamed(*loaded.profile, "main"));
        QVERIFY2(tab.summaryText().endsWith(
                     QStringLiteral("no other function called it: it is where the thread's "
                                    "calls start.")),
                 qPrintable(tab.summaryText()));
        tab.setSearchText(QStringLiteral("load"));
        QCOMPARE(tab.functionView()->model()->rowCount(), 1);
    }
};

int runCallTreeTabTests(int argc, char *argv[])
{
    TestCallTreeTab test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_calltreetab.moc"
