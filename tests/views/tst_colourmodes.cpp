// The flame graph's search (text and regular expression, next/previous match) and its
// colour modes, checked on a small hand-made profile by rendering into a QImage.
#include "flamegraphpixels.h"
#include "tests/analysis/testprofiles.h"

#include "models/analysis/callfilter.h"
#include "models/item/calltreemodel.h"
#include "models/item/searchmarks.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "views/calltreetab.h"
#include "views/flamegraphcolours.h"
#include "views/flamegraphgeometry.h"
#include "views/flamegraphpane.h"
#include "views/flamegraphview.h"
#include "views/profilepanel.h"
#include "views/profiletab.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace eg;
using views::FlameGraphGeometry;
using views::FlameGraphView;
using ColourMode = FlameGraphView::ColourMode;

namespace {

// 12 ms over 600 px: main spans row 1, load_config 0..400 px of row 2 with parse_json
// 0..350 px below it, render 400..550 px of row 2.
store::ProfileData loadConfigProfile()
{
    auto profile = tests::profileFromFolded({
        QStringLiteral("main;load_config;parse_json 5"),
        QStringLiteral("main;load_config 1"),
        QStringLiteral("main;render 3"),
        QStringLiteral("main 1"),
        QStringLiteral("main;load_config;parse_json 2"),
        QStringLiteral(" 4"),
    });
    for (auto &frame : profile.frames) {
        if (frame.name == "main" || frame.name == "load_config")
            frame.module = "app";
        else if (frame.name == "parse_json")
            frame.module = "json";
        else if (frame.name == "render")
            frame.inApp = 0; // no module: its directory, "src", stands for it
    }
    return profile;
}

struct Fixture
{
    std::shared_ptr<const store::ProfileData> profile;
    std::shared_ptr<const analysis::CallTree> tree;
    std::shared_ptr<const analysis::FlameGraphLayout> layout;

    explicit Fixture(store::ProfileData data)
        : profile(std::make_shared<const store::ProfileData>(std::move(data)))
        , tree(std::make_shared<const analysis::CallTree>(*profile))
        , layout(std::make_shared<const analysis::FlameGraphLayout>(*tree))
    { }

    int32_t node(const char *name) const
    {
        for (int32_t i = 1; i < tree->size(); ++i) {
            if (profile->frames[size_t(tree->node(i).frame)].name == name)
                return i;
        }
        return -1;
    }
};

using namespace tests::flamegraphpixels;

class SearchRecorder : public views::ProfileTab
{
public:
    QString title() const override { return QStringLiteral("recorder"); }
    QString howToRead() const override { return {}; }
    void setLoaded(const views::LoadedProfile &) override { }
    void setSearchText(const QString &text) override { last = text; }
    QString last;
};

} // namespace

class TestColourModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void regexSearchWalksMatchesHeaviestFirst()
    {
        const Fixture f(loadConfigProfile());
        FlameGraphView view;
        view.resize(600, 200);
        view.setData(f.profile, f.tree, f.layout);
        QSignalSpy selected(&view, &FlameGraphView::frameSelected);
        view.setSearchPattern(QRegularExpression(QStringLiteral("^(REN|pars)"),
                                                 QRegularExpression::CaseInsensitiveOption));
        QCOMPARE(view.matchingNodes(),
                 (std::vector<int32_t> {f.node("parse_json"), f.node("render")}));
        QCOMPARE(view.searchMatchShare(), 10.0 / 12.0);
        QCOMPARE(view.matchSummary(), QStringLiteral("2 matches (83% of the time)"));
        QImage image = renderView(view);
        QCOMPARE(at(view, image, 540, 2),
                 colour(FlameGraphGeometry::colourForFrame(f.profile->frames[2 + 1])));
        const auto mainDimmed = FlameGraphGeometry::ColourIndex(
            FlameGraphGeometry::colourForFrame(f.profile->frames[0]) + FlameGraphGeometry::kDimmed);
        QCOMPARE(at(view, image, 590, 1), colour(mainDimmed));

        view.nextMatch();
        QCOMPARE(view.currentMatch(), 0);
        QCOMPARE(view.selectedNode(), f.node("parse_json"));
        QCOMPARE(selected.last().at(0).toInt(), f.node("parse_json"));
        QCOMPARE(view.rangeStart(), 0.0);
        QCOMPARE(view.rangeEnd(), 7.0);
        QCOMPARE(view.matchSummary(), QStringLiteral("1 of 2 matches (83% of the time)"));
        view.nextMatch();
        QCOMPARE(view.selectedNode(), f.node("render"));
        QCOMPARE(view.rangeStart(), 8.0);
        QCOMPARE(view.rangeEnd(), 11.0);
        view.nextMatch(); // wraps around
        QCOMPARE(view.selectedNode(), f.node("parse_json"));
        view.previousMatch();
        QCOMPARE(view.selectedNode(), f.node("render"));
        QCOMPARE(selected.count(), 4);
        // The walk is one zoom step: Esc returns to the whole graph.
        view.zoomOut();
        QVERIFY(!view.isZoomed());

        // "/…/" is a regular expression, as the other tabs read it.
        view.setSearchText(QStringLiteral("/^render$/"));
        QCOMPARE(view.matchingNodes(), std::vector<int32_t> {f.node("render")});
        view.setSearchText(QStringLiteral("json"));
        QCOMPARE(view.matchingNodes(), std::vector<int32_t> {f.node("parse_json")});
    }

    void invalidRegexHighlightsNothing()
    {
        const Fixture f(loadConfigProfile());
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        view.setSearchPattern(QRegularExpression(QStringLiteral("pars(")));
        QVERIFY(!view.searchError().isEmpty());
        QVERIFY(!view.isSearching());
        QVERIFY(view.matchingNodes().empty());
        QCOMPARE(view.matchSummary(), QStringLiteral("Invalid regular expression"));
        const QImage image = renderView(view);
        QCOMPARE(at(view, image, 590, 1),
                 colour(FlameGraphGeometry::colourForFrame(f.profile->frames[0])));
        view.nextMatch(); // nothing to walk to
        QCOMPARE(view.selectedNode(), -1);
    }

    void colourModesPaintKnownRegions()
    {
        const Fixture f(loadConfigProfile());
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        QSignalSpy legend(&view, &FlameGraphView::legendChanged);

        view.setColourMode(ColourMode::Module);
        QImage image = renderView(view);
        QCOMPARE(at(view, image, 590, 1), colour(FlameGraphGeometry::colourForKey("app")));
        QCOMPARE(at(view, image, 100, 3), colour(FlameGraphGeometry::colourForKey("json")));
        QCOMPARE(at(view, image, 500, 2), colour(FlameGraphGeometry::colourForKey("src")));
        QCOMPARE(view.legend().front().label, QStringLiteral("json (58%)"));
        QCOMPARE(view.legend().size(), size_t(3));

        view.setColourMode(ColourMode::Ownership);
        image = renderView(view);
        QCOMPARE(at(view, image, 100, 3), colour(FlameGraphGeometry::kAppColour));
        QCOMPARE(at(view, image, 500, 2), colour(FlameGraphGeometry::kSystemColour));
        // The user's patterns move parse_json to the libraries.
        view.setCallFilter(analysis::CallFilter({QStringLiteral("json")}));
        image = renderView(view);
        QCOMPARE(at(view, image, 100, 3), colour(FlameGraphGeometry::kSystemColour));
        QCOMPARE(at(view, image, 590, 1), colour(FlameGraphGeometry::kAppColour));

        view.setColourMode(ColourMode::SelfHeat);
        image = renderView(view);
        // parse_json has the most self time (7 ms): full red; render 3 ms; main 1 ms;
        // load_config 1 ms.
        QCOMPARE(at(view, image, 100, 3), colour(FlameGraphGeometry::heatColour(1)));
        QCOMPARE(at(view, image, 500, 2),
                 colour(FlameGraphGeometry::heatColour(std::sqrt(3.0 / 7.0))));
        QCOMPARE(at(view, image, 590, 1),
                 colour(FlameGraphGeometry::heatColour(std::sqrt(1.0 / 7.0))));
        QVERIFY(FlameGraphGeometry::colour(FlameGraphGeometry::heatColour(0)).lightness() > 230);
        QVERIFY(FlameGraphGeometry::colour(FlameGraphGeometry::heatColour(1)).red() > 200);
        QVERIFY(FlameGraphGeometry::colour(FlameGraphGeometry::heatColour(1)).green() < 60);
        QCOMPARE(view.legend().back().label, QStringLiteral("Most self time (7 ms)"));

        view.setColourMode(ColourMode::Name);
        image = renderView(view);
        QCOMPARE(at(view, image, 590, 1),
                 colour(FlameGraphGeometry::colourForFrame(f.profile->frames[0])));
        QVERIFY(legend.count() >= 5);
    }

    void nodeColourOverrideHook()
    {
        const Fixture f(loadConfigProfile());
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        std::vector<FlameGraphGeometry::ColourIndex> colours(size_t(f.tree->size()),
                                                             FlameGraphGeometry::kSameColour);
        colours[size_t(f.node("parse_json"))] = FlameGraphGeometry::kGrowBase + 4;
        colours[size_t(f.node("render"))] = FlameGraphGeometry::kShrinkBase;
        view.setNodeColours(
            colours,
            {{FlameGraphGeometry::colour(FlameGraphGeometry::kGrowBase), QStringLiteral("grew")}},
            [](int32_t) { return QStringLiteral("Before: 1 ms"); });
        QImage image = renderView(view);
        QCOMPARE(at(view, image, 100, 3), colour(FlameGraphGeometry::kGrowBase + 4));
        QCOMPARE(at(view, image, 500, 2), colour(FlameGraphGeometry::kShrinkBase));
        QCOMPARE(at(view, image, 590, 1), colour(FlameGraphGeometry::kSameColour));
        QCOMPARE(view.legend().size(), size_t(1));
        QVERIFY(view.toolTipText(f.node("render")).contains(QStringLiteral("\nBefore: 1 ms\n")));
        // The mode does not win over the override; a wrong size gives the mode back.
        view.setColourMode(ColourMode::SelfHeat);
        QCOMPARE(at(view, renderView(view), 500, 2), colour(FlameGraphGeometry::kShrinkBase));
        view.setNodeColours({FlameGraphGeometry::kGrowBase});
        QCOMPARE(at(view, renderView(view), 100, 3), colour(FlameGraphGeometry::heatColour(1)));
    }

    void panelSearchBar()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        int64_t source = 0;
        {
            store::Cache cache(path);
            store::CacheWriter writer(cache,
                                      {QStringLiteral("/tmp/t.folded"), QStringLiteral("t.folded"),
                                       QStringLiteral("folded"), 1});
            writer.addProfile(loadConfigProfile());
            source = writer.commit(QStringLiteral("hash-search")).sourceId;
        }
        views::ProfilePanel panel;
        panel.resize(1000, 600);
        auto *recorder = new SearchRecorder;
        panel.addTab(recorder);
        panel.showProfiles(path, store::Cache(path).profiles(source), 0);
        QTRY_VERIFY(panel.loaded().tree != nullptr);
        const int32_t parseJson = panel.loaded().tree->heaviestPath().back();

        panel.regexToggle()->setChecked(true);
        panel.searchField()->setText(QStringLiteral("pars("));
        QCOMPARE(panel.searchField()->palette().color(QPalette::Base), QColor(0xff, 0xd2, 0xd2));
        QVERIFY(panel.searchField()->toolTip().startsWith(
            QStringLiteral("Not a valid regular expression: ")));
        QVERIFY(!panel.nextMatchButton()->isEnabled());
        QCOMPARE(recorder->last, QStringLiteral("/pars(/"));

        panel.searchField()->setText(QStringLiteral("^pa.*n$"));
        QVERIFY(panel.searchField()->palette().color(QPalette::Base) != QColor(0xff, 0xd2, 0xd2));
        QCOMPARE(recorder->last, QStringLiteral("/^pa.*n$/"));
        QCOMPARE(panel.matchLabel()->text(), QStringLiteral("1 match (58% of the time)"));
        QVERIFY(panel.nextMatchButton()->isEnabled());
        // Enter in the field goes to the first match and selects it in both views.
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(panel.flameGraph()->selectedNode(), parseJson);
        QCOMPARE(panel.matchLabel()->text(), QStringLiteral("1 of 1 match (58% of the time)"));
        QCOMPARE(itemmodels::CallTreeModel::nodeForIndex(panel.callTreeView()->currentIndex()),
                 parseJson);

        // Plain text again: tabs get it as typed.
        panel.regexToggle()->setChecked(false);
        QCOMPARE(recorder->last, QStringLiteral("^pa.*n$"));
        QCOMPARE(panel.matchLabel()->text(), QStringLiteral("No function matches"));

        // The tree beside the graph marks the way to a match; on the call tree tab, Enter
        // walks that tab's table instead of the (hidden) flame graph.
        panel.searchField()->setText(QStringLiteral("render"));
        const QModelIndex main
            = panel.callTreeModel()->index(0, 0, panel.callTreeModel()->index(0, 0));
        QCOMPARE(main.data(itemmodels::SearchMarks::SearchRole).toInt(),
                 int(itemmodels::SearchMarks::MatchBelow));
        auto *calls = qobject_cast<views::CallTreeTab *>(panel.tabs()->widget(2));
        QVERIFY(calls);
        panel.tabs()->setCurrentWidget(calls);
        const int32_t flameSelection = panel.flameGraph()->selectedNode();
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(calls->treeView()->currentIndex().data().toString(), QStringLiteral("render"));
        QCOMPARE(panel.flameGraph()->currentMatch(), -1);
        // Picking the row there selects it in the flame graph, as any row of the table does.
        QVERIFY(panel.flameGraph()->selectedNode() != flameSelection);

        // "Colour by" lives beside the graph and drives the view.
        auto *pane = panel.flameGraphPane();
        pane->colourBox()->setCurrentIndex(3);
        QCOMPARE(panel.flameGraph()->colourMode(), ColourMode::SelfHeat);
        QVERIFY(pane->legendLabel()->text().contains(QStringLiteral("Most self time")));
    }
};

int runColourModeTests(int argc, char *argv[])
{
    TestColourModes test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_colourmodes.moc"
