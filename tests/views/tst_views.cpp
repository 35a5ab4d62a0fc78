#include "tests/analysis/testprofiles.h"

#include "models/analysis/flamegraphlayout.h"
#include "models/item/calltreemodel.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "views/flamegraphgeometry.h"
#include "views/flamegraphview.h"
#include "views/loadedprofilecache.h"
#include "views/profilepanel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>
#include <QWheelEvent>

using namespace eg;
using views::FlameGraphGeometry;
using views::FlameGraphView;

namespace {

QStringList loadConfigLines()
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

    QColor colourOf(const char *name, bool dimmed = false) const
    {
        const auto &frame = profile->frames[size_t(tree->node(node(name)).frame)];
        auto c = FlameGraphGeometry::colourForFrame(frame);
        return FlameGraphGeometry::colour(
            FlameGraphGeometry::ColourIndex(dimmed ? c + FlameGraphGeometry::kDimmed : c));
    }
};

QImage renderView(FlameGraphView &view, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    view.render(painter, image.rect());
    return image;
}

// A pixel line of a row below the selection outline and above any label text.
int rowTop(const FlameGraphView &view, int depth)
{
    return depth * view.rowHeight() + 3;
}

QString pixel(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y).name();
}

int64_t storeProfiles(const QString &cachePath, const std::vector<store::ProfileData> &profiles)
{
    store::Cache cache(cachePath);
    store::CacheWriter writer(cache,
                              {QStringLiteral("/tmp/test.folded"), QStringLiteral("test.folded"),
                               QStringLiteral("folded"), 1});
    for (const auto &p : profiles)
        writer.addProfile(p);
    return writer.commit(QStringLiteral("hash-%1").arg(profiles.size())).sourceId;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void coordinates()
    {
        QCOMPARE(FlameGraphGeometry::toPixel(6, 0, 12, 120), 60.0);
        QCOMPARE(FlameGraphGeometry::toPixel(9, 8, 11, 300), 100.0);
        QCOMPARE(FlameGraphGeometry::toWeight(100, 8, 11, 300), 9.0);
        QCOMPARE(FlameGraphGeometry::toPixel(5, 5, 5, 300), 0.0);
    }

    void geometryPlacesAndMerges()
    {
        QStringList lines {QStringLiteral("main;big 1000")};
        for (int i = 0; i < 1000; ++i)
            lines << QStringLiteral("main;tiny%1 1").arg(i);
        const Fixture f(tests::profileFromFolded(lines));
        std::vector<FlameGraphGeometry::ColourIndex> colours(f.profile->frames.size(), 1);
        FlameGraphGeometry geometry;
        FlameGraphGeometry::Input input;
        input.layout = f.layout.get();
        input.frameColours = &colours;
        input.rangeStart = 0;
        input.rangeEnd = 2000;
        input.size = QSizeF(200, 100);
        input.rowHeight = 20;
        geometry.build(input);
        // Root, main, then big (100 px) and one run of a thousand 0.1 px frames.
        QCOMPARE(geometry.items().size(), size_t(4));
        const auto &root = geometry.items()[0];
        QCOMPARE(root.left, 0.0);
        QCOMPARE(root.right, 200.0);
        const auto &run = geometry.items()[3];
        QCOMPARE(run.count, 1000);
        QCOMPARE(run.left, 100.0);
        QCOMPARE(run.right, 200.0);
        QCOMPARE(geometry.itemAt(QPointF(150, 45)), &run);
        QCOMPARE(geometry.itemAt(QPointF(50, 45))->node, f.node("big"));
        QCOMPARE(geometry.itemAt(QPointF(50, 65)), nullptr);

        // Zoomed into the tiny ones, they are frames of their own again.
        input.rangeStart = 1000;
        input.rangeEnd = 1010;
        geometry.build(input);
        QCOMPARE(geometry.items().size(), size_t(2 + 10));
        QCOMPARE(geometry.items()[2].count, 1);
        QCOMPARE(geometry.items()[2].rect.width(), 19); // 20 px less the gap
    }

    void rendersKnownFrames()
    {
        const Fixture f(tests::profileFromFolded(loadConfigLines()));
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        const QImage image = renderView(view, QSize(600, 200));
        const QColor root = FlameGraphGeometry::colour(FlameGraphGeometry::kRootColour);
        for (int x : {0, 2, 300, 598})
            QCOMPARE(pixel(image, x, rowTop(view, 0)), root.name());
        // parse_json: 7 of 12 ms on row 3, render: 8..11 ms on row 2.
        QCOMPARE(pixel(image, 1, rowTop(view, 3)), f.colourOf("parse_json").name());
        QCOMPARE(pixel(image, 340, rowTop(view, 3)), f.colourOf("parse_json").name());
        QCOMPARE(pixel(image, 540, rowTop(view, 2)), f.colourOf("render").name());
        // main's own time leaves a gap below it; nothing is drawn beyond the deepest row.
        const QColor base = view.palette().color(QPalette::Base);
        QCOMPARE(pixel(image, 580, rowTop(view, 2)), base.name());
        QCOMPARE(pixel(image, 10, rowTop(view, 5)), base.name());
    }

    void clickZoomsAndEscapeZoomsOut()
    {
        const Fixture f(tests::profileFromFolded(loadConfigLines()));
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &FlameGraphView::frameSelected);
        const int row = view.rowHeight();

        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(450, 2 * row + row / 2));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), f.node("render"));
        QCOMPARE(view.rangeStart(), 8.0);
        QCOMPARE(view.rangeEnd(), 11.0);
        QImage image = renderView(view, view.size());
        QCOMPARE(pixel(image, 2, rowTop(view, 2)), f.colourOf("render").name());
        QCOMPARE(pixel(image, 300, rowTop(view, 2)), f.colourOf("render").name());
        QCOMPARE(pixel(image, 10, rowTop(view, 3)), view.palette().color(QPalette::Base).name());

        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(view.rangeStart(), 0.0);
        QCOMPARE(view.rangeEnd(), 12.0);
        image = renderView(view, view.size());
        QCOMPARE(pixel(image, 340, rowTop(view, 3)), f.colourOf("parse_json").name());

        // Two levels in, then a double-click on the root row shows everything again.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, row + row / 2));
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, 3 * row + row / 2));
        QCOMPARE(view.rangeEnd(), 7.0);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, QPoint(100, row / 2));
        QVERIFY(!view.isZoomed());
        QTest::keyClick(&view, Qt::Key_Backspace);
        QVERIFY(!view.isZoomed());

        // The keys and the wheel of the flame chart work here too (ChartNavigation); a
        // range pushed against an edge keeps its width instead of shrinking.
        QTest::keyClick(&view, Qt::Key_W);
        QCOMPARE(view.rangeStart(), 3.0);
        QCOMPARE(view.rangeEnd(), 9.0);
        QTest::keyClick(&view, Qt::Key_A);
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.rangeStart(), 0.0);
        QCOMPARE(view.rangeEnd(), 6.0);
        QTest::keyClick(&view, Qt::Key_S);
        QCOMPARE(view.rangeStart(), 0.0);
        QCOMPARE(view.rangeEnd(), 12.0);
        QWheelEvent wheel(QPointF(150, 10), view.mapToGlobal(QPointF(150, 10)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(&view, &wheel);
        // Ctrl+wheel zooms around the pointer: 3 ms (a quarter of 600 px) stays under it.
        QVERIFY(view.rangeEnd() - view.rangeStart() < 12.0);
        QCOMPARE(view.rangeStart() + (view.rangeEnd() - view.rangeStart()) / 4, 3.0);
        QTest::keyClick(&view, Qt::Key_0);
        QVERIFY(!view.isZoomed());
    }

    void searchDimsOtherFrames()
    {
        const Fixture f(tests::profileFromFolded(loadConfigLines()));
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        view.setSearchText(QStringLiteral("PARSE"));
        QCOMPARE(view.searchMatchShare(), 7.0 / 12.0);
        QImage image = renderView(view, QSize(600, 200));
        QCOMPARE(pixel(image, 340, rowTop(view, 3)), f.colourOf("parse_json").name());
        QCOMPARE(pixel(image, 540, rowTop(view, 2)), f.colourOf("render", true).name());
        QCOMPARE(pixel(image, 590, rowTop(view, 1)), f.colourOf("main", true).name());
        view.setSearchText({});
        image = renderView(view, QSize(600, 200));
        QCOMPARE(pixel(image, 540, rowTop(view, 2)), f.colourOf("render").name());
    }

    void toolTipsInPlainWords()
    {
        const Fixture f(tests::profileFromFolded(loadConfigLines()));
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        const QString tip = view.toolTipText(f.node("parse_json"));
        QVERIFY2(tip.startsWith(QStringLiteral("parse_json\nsrc/parse_json.cpp:100\n")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Self: 7 ms (58%)")), qPrintable(tip));
        QCOMPARE(view.toolTipText(2, 40, 3),
                 QStringLiteral("40 small functions, 3 ms (25%) together.\n"
                                "Click to zoom in and see them."));
    }

    void hoverShowsToolTip()
    {
        const Fixture f(tests::profileFromFolded(loadConfigLines()));
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy hovered(&view, &FlameGraphView::hovered);
        const QPoint pos(100, 3 * view.rowHeight() + view.rowHeight() / 2);
        // QTest::mouseMove moves the cursor, which the offscreen platform does not track.
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), view.mapToGlobal(QPointF(pos)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QCOMPARE(view.hoveredNode(), f.node("parse_json"));
        QCOMPARE(hovered.last().at(0).toInt(), f.node("parse_json"));
        QHelpEvent help(QEvent::ToolTip, pos, view.mapToGlobal(pos));
        QApplication::sendEvent(&view, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("<b>parse_json</b><br/>")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void rendersMillionNodeTrees()
    {
        const Fixture f(tests::generatedProfile(1100000, 1100000));
        QVERIFY(f.tree->size() > 1000000);
        FlameGraphView view;
        view.setData(f.profile, f.tree, f.layout);
        const QSize size(1920, 1080);
        const QImage image = renderView(view, size);
        QCOMPARE(pixel(image, 960, 3),
                 FlameGraphGeometry::colour(FlameGraphGeometry::kRootColour).name());
        const auto &geometry = view.geometryFor(size);
        const int rows = geometry.lastDepth() - geometry.firstDepth() + 1;
        QVERIFY(geometry.items().size() <= size_t(rows * size.width()));
        view.setSearchText(QStringLiteral("function_7"));
        view.zoomToNode(f.tree->heaviestPath()[3]);
        renderView(view, size);
    }

    void panelShowsHeadlineAfterLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        auto first = tests::profileFromFolded(loadConfigLines());
        first.name = "main thread";
        auto second = tests::profileFromFolded(
            {QStringLiteral("worker;compress 9"), QStringLiteral("worker;flush 1")});
        second.name = "worker";
        const int64_t source = storeProfiles(path, {first, second});
        const auto profiles = store::Cache(path).profiles(source);
        QCOMPARE(profiles.size(), size_t(2));

        views::ProfilePanel panel;
        panel.resize(1000, 600);
        QSignalSpy loaded(&panel, &views::ProfilePanel::profileLoaded);
        panel.showProfiles(path, profiles, 0);
        QVERIFY(panel.isLoading());
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(panel.headlineText(),
                 QStringLiteral("Most of the time (58%) was spent in `parse_json`, called from "
                                "`load_config`. The thread was idle for 25% of the recorded "
                                "time."));
        QCOMPARE(loaded.count(), 1);

        // The other thread is loaded ahead (or still on its way); the first comes back at
        // once, from the profiles the page keeps.
        panel.showProfile(1);
        QTRY_VERIFY(!panel.isLoading());
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(loaded.last().at(0).toInt(), 1);
        QCOMPARE(panel.headlineText(),
                 QStringLiteral("Most of the time (90%) was spent in `compress`, called from "
                                "`worker`."));
        QCOMPARE(panel.currentIndex(), 1);
        panel.showProfile(0);
        QVERIFY(!panel.isLoading());
        QCOMPARE(loaded.count(), 3);
        QVERIFY(panel.headlineText().contains(QStringLiteral("`parse_json`")));

        // A second request made before the first arrives wins; the first is dropped.
        views::ProfilePanel fresh;
        QSignalSpy freshLoaded(&fresh, &views::ProfilePanel::profileLoaded);
        fresh.showProfiles(path, profiles, 0);
        fresh.showProfile(1);
        QTRY_COMPARE(freshLoaded.count(), 1);
        QCOMPARE(freshLoaded.last().at(0).toInt(), 1);
        QCOMPARE(fresh.currentIndex(), 1);
    }

    void loadedProfilesKeptWithinBounds()
    {
        // At most three entries and 25 samples here; the newest always stays.
        views::LoadedProfileCache cache(25, 3);
        auto loadedWith = [](int samples) {
            auto profile = std::make_shared<store::ProfileData>();
            for (int i = 0; i < samples; ++i)
                profile->appendSample(-1, i, 1);
            views::LoadedProfile loaded;
            loaded.profile = std::move(profile);
            return loaded;
        };
        using Key = views::LoadedProfileCache::Key;
        cache.insert(Key {1, 10, {}}, loadedWith(10));
        cache.insert(Key {2, 10, {}}, loadedWith(10));
        QVERIFY(cache.hasRoomFor(5));
        QVERIFY(!cache.hasRoomFor(6));
        QVERIFY(cache.take(Key {1, 10, {}})); // now the most recent
        cache.insert(Key {3, 10, {}}, loadedWith(10)); // 30 > 25: the oldest (2) goes
        QVERIFY(!cache.contains(Key {2, 10, {}}));
        QVERIFY(cache.contains(Key {1, 10, {}}));
        QVERIFY(!cache.contains(Key {1, 10, QStringLiteral("only my code")}));
        QVERIFY(!cache.take(Key {1, 11, {}})); // a reused row id is another profile
        cache.insert(Key {4, 100, {}}, loadedWith(100));
        QCOMPARE(cache.size(), size_t(1));
        QVERIFY(cache.contains(Key {4, 100, {}}));
    }

    void panelFollowsSelectionBothWays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const int64_t source = storeProfiles(path, {tests::profileFromFolded(loadConfigLines())});
        views::ProfilePanel panel;
        panel.showProfiles(path, store::Cache(path).profiles(source), 0);
        QTRY_VERIFY(panel.loaded().tree != nullptr);
        const auto tree = panel.loaded().tree;
        const int32_t parseJson = tree->heaviestPath().back();
        const int32_t main = tree->heaviestPath()[1];
        const int32_t render = tree->node(main).firstChild + 1;
        QCOMPARE(panel.callTreeModel()->nodeName(render), QStringLiteral("render"));

        QSignalSpy selected(&panel, &views::ProfilePanel::nodeSelected);
        Q_EMIT panel.flameGraph()->frameSelected(render);
        QCOMPARE(itemmodels::CallTreeModel::nodeForIndex(panel.callTreeView()->currentIndex()),
                 render);
        QVERIFY(panel.callTreeView()->isExpanded(
            panel.callTreeModel()->indexForNode(tree->node(render).parent)));

        panel.callTreeView()->setCurrentIndex(panel.callTreeModel()->indexForNode(parseJson));
        QCOMPARE(panel.flameGraph()->selectedNode(), parseJson);
        QCOMPARE(selected.count(), 2);

        panel.searchField()->setText(QStringLiteral("render"));
        QCOMPARE(panel.flameGraph()->searchText(), QStringLiteral("render"));
    }

    void panelReportsLoadErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            const store::Cache empty(path);
        }
        store::ProfileInfo missing;
        missing.id = 999;
        views::ProfilePanel panel;
        QSignalSpy failed(&panel, &views::ProfilePanel::loadFailed);
        panel.showProfiles(path, {missing}, 0);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(panel.headlineText().startsWith(QStringLiteral("Could not load this profile:")),
                 qPrintable(panel.headlineText()));
        QVERIFY(!panel.loaded().tree);
    }
};

int runViewTests(int argc, char *argv[])
{
    TestViews test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_views.moc"
