// The time-ordered flame chart: layout spans on small hand-made profiles with known answers,
// then the view, the minimap and the tab rendered into images and checked by region.
#include "tests/analysis/testprofiles.h"

#include "models/analysis/calltree.h"
#include "models/analysis/flamechartlayout.h"
#include "views/flamechartgeometry.h"
#include "views/flamechartminimap.h"
#include "views/flamecharttab.h"
#include "views/flamechartview.h"
#include "views/framelabelcache.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <random>

using namespace eg;
using analysis::FlameChartLayout;
using views::FlameChartGeometry;
using views::FlameChartView;
using views::FlameGraphGeometry;

namespace {

// main → a → x for 3 ms, main → a for 1 ms, main → b for 2 ms, 3 ms idle, main → a 1 ms.
std::shared_ptr<const store::ProfileData> smallProfile()
{
    return std::make_shared<const store::ProfileData>(tests::profileFromFolded(
        {QStringLiteral("main;a;x 2"), QStringLiteral("main;a;x 1"), QStringLiteral("main;a 1"),
         QStringLiteral("main;b 2"), QStringLiteral("3"), QStringLiteral("main;a 1")}));
}

// 1,000 one-millisecond calls alternating a and b, then one call c of a whole second.
std::shared_ptr<const store::ProfileData> manyShortCalls()
{
    QStringList lines;
    for (int i = 0; i < 1000; ++i)
        lines << (i % 2 ? QStringLiteral("main;b 1") : QStringLiteral("main;a 1"));
    lines << QStringLiteral("main;c 1000");
    return std::make_shared<const store::ProfileData>(tests::profileFromFolded(lines));
}

QString spansText(const FlameChartLayout &layout, const store::ProfileData &profile, int depth)
{
    QStringList parts;
    for (const auto &span : layout.row(depth)) {
        const auto &frame = profile.frames[size_t(profile.stacks[size_t(span.stack)].frame)];
        parts << QStringLiteral("%1 %2-%3")
                     .arg(QString::fromStdString(frame.name))
                     .arg(layout.spanStart(span))
                     .arg(layout.spanEnd(span));
    }
    return parts.join(QStringLiteral(", "));
}

struct Chart
{
    explicit Chart(std::shared_ptr<const store::ProfileData> p, QSize size = QSize(400, 240))
        : profile(std::move(p))
        , tree(std::make_shared<const analysis::CallTree>(*profile))
        , layout(std::make_shared<const FlameChartLayout>(*profile))
    {
        view.resize(size);
        view.setData(profile, tree, layout);
    }
    QImage image()
    {
        QImage out(view.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&out);
        view.render(painter, QRect(QPoint(0, 0), view.size()));
        return out;
    }
    // The item of the current geometry at a depth that covers time t, or nullptr.
    const FlameChartGeometry::Item *itemAt(int depth, double t)
    {
        const auto &geometry = view.geometryFor(view.size());
        for (const auto &item : geometry.items())
            if (item.depth == depth && item.start <= t && t < item.end)
                return &item;
        return nullptr;
    }
    QPoint centre(const FlameChartGeometry::Item &item) const { return item.rect.center(); }
    QString frameOf(const FlameChartGeometry::Item &item) const
    {
        const auto &span = layout->row(item.depth)[size_t(item.span)];
        return QString::fromStdString(
            profile->frames[size_t(profile->stacks[size_t(span.stack)].frame)].name);
    }

    std::shared_ptr<const store::ProfileData> profile;
    std::shared_ptr<const analysis::CallTree> tree;
    std::shared_ptr<const FlameChartLayout> layout;
    FlameChartView view;
};

void sendKey(QWidget *widget, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// A profile of thousands of calls of random lengths (mostly far below a pixel when the
// whole profile is shown, some wide), four levels deep, with idle gaps.
std::shared_ptr<const store::ProfileData> randomCalls()
{
    std::mt19937 random(11);
    const QStringList stacks
        = {QStringLiteral("main;a"), QStringLiteral("main;a;x"),   QStringLiteral("main;b;y;z"),
           QStringLiteral("main;b"), QStringLiteral("main;a;x;w"), QStringLiteral("main;c")};
    QStringList lines;
    for (int i = 0; i < 6000; ++i) {
        const int roll = int(random() % 100);
        const int weight = roll < 90 ? 1 + int(random() % 3) : 50 + int(random() % 4000);
        if (roll == 99)
            lines << QString::number(weight); // idle
        else
            lines << stacks[int(random() % stacks.size())] + QLatin1Char(' ')
                    + QString::number(weight);
    }
    return std::make_shared<const store::ProfileData>(tests::profileFromFolded(lines));
}

// The items a chart of the whole profile should show, by the merging rule walked call by
// call: a call at least `minTime` long stands alone; a narrower one starts a run that takes
// every call ending less than `minTime` after the run's end, and the next narrow call that
// starts less than `minTime` after it. (first call, calls) per item, depth by depth.
std::vector<std::pair<size_t, size_t>> itemsByTheRule(const FlameChartLayout &layout,
                                                      double minTime)
{
    std::vector<std::pair<size_t, size_t>> items;
    for (int32_t depth = 0; depth < layout.depthCount(); ++depth) {
        const auto spans = layout.row(depth);
        for (size_t i = 0; i < spans.size();) {
            const double start = FlameChartLayout::spanStart(spans[i]);
            double runEnd = FlameChartLayout::spanEnd(spans[i]);
            size_t last = i;
            if (runEnd - start < minTime) {
                for (size_t j = i + 1; j < spans.size(); ++j) {
                    const double s = FlameChartLayout::spanStart(spans[j]);
                    const double e = FlameChartLayout::spanEnd(spans[j]);
                    if (!(e < runEnd + minTime || (e - s < minTime && s - runEnd < minTime)))
                        break;
                    last = j;
                    runEnd = std::max(runEnd, e);
                }
            }
            items.emplace_back(i, last - i + 1);
            i = last + 1;
        }
    }
    return items;
}

} // namespace

class TestFlameChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void layoutMergesSamplesIntoCallsPerDepth()
    {
        const auto profile = smallProfile();
        const FlameChartLayout layout(*profile);
        QCOMPARE(layout.depthCount(), 3);
        QCOMPARE(layout.startTime(), 0.0);
        QCOMPARE(layout.endTime(), 10.0);
        // The idle gap 6-9 ends every call; main and a start again after it.
        QCOMPARE(spansText(layout, *profile, 0), QStringLiteral("main 0-6, main 9-10"));
        QCOMPARE(spansText(layout, *profile, 1), QStringLiteral("a 0-4, b 4-6, a 9-10"));
        QCOMPARE(spansText(layout, *profile, 2), QStringLiteral("x 0-3"));
        QCOMPARE(layout.spanCount(), 6);
        QCOMPARE(layout.spanAt(1, 4.5), 1);
        QCOMPARE(layout.spanAt(1, 7), -1);
        QCOMPARE(layout.firstEndingAfter(1, 5.9), size_t(1));
    }

    void layoutSplitsCallsWhenACallerChanges()
    {
        // Same leaf frame under different callers: two calls of x, not one.
        const auto profile = std::make_shared<const store::ProfileData>(
            tests::profileFromFolded({QStringLiteral("main;a;x 1"), QStringLiteral("main;b;x 1"),
                                      QStringLiteral("main;b;x 1")},
                                     store::WeightUnit::Milliseconds, false));
        const FlameChartLayout layout(*profile);
        QCOMPARE(spansText(layout, *profile, 0), QStringLiteral("main 0-3"));
        QCOMPARE(spansText(layout, *profile, 2), QStringLiteral("x 0-1, x 1-3"));
    }

    void emptyProfileHasNoRows()
    {
        const FlameChartLayout layout(store::ProfileData {});
        QCOMPARE(layout.depthCount(), 0);
        QCOMPARE(layout.duration(), 0.0);
    }

    void drawsCallsWhereTheyHappened()
    {
        Chart chart(smallProfile());
        const QImage image = chart.image();
        const auto *x = chart.itemAt(2, 1);
        QVERIFY(x);
        QCOMPARE(chart.frameOf(*x), QStringLiteral("x"));
        // 0-3 ms of 10 ms across 400 px.
        QCOMPARE(x->left, 0.0);
        QCOMPARE(x->right, 120.0);
        QCOMPARE(image.pixelColor(chart.centre(*x)).rgb(),
                 FlameGraphGeometry::colour(x->colour).rgb());
        // The idle gap stays empty at every depth.
        const int y = chart.centre(*chart.itemAt(0, 1)).y();
        QCOMPARE(image.pixelColor(300, y).rgb(), chart.view.palette().color(QPalette::Base).rgb());
        QVERIFY(!chart.itemAt(0, 7));
    }

    // Labels are the name when it fits, else its longest start that fits with "…", as
    // Qt would elide it, and nothing when too little would be left to read.
    void labelsAreElidedToTheirBar()
    {
        const QFontMetricsF metrics(QApplication::font());
        views::FrameLabelCache labels;
        labels.reset(2);
        const QString name = QStringLiteral("eg::analysis::CallTree::CallTree(ProfileData const&)");
        const double full = metrics.horizontalAdvance(name);
        QCOMPARE(labels.label(0, name, full + 1, metrics, 3), name);
        for (double available : {full - 1, full * 0.6, full * 0.3, 60.0}) {
            const QString label = labels.label(0, name, available, metrics, 3);
            QVERIFY2(label.endsWith(QChar(0x2026)), qPrintable(label));
            QVERIFY(name.startsWith(label.chopped(1)));
            // Within the 8-pixel step the cache rounds down to, and as long as Qt's.
            QVERIFY(metrics.horizontalAdvance(label) <= available);
            const int step = int(available) / 8 * 8;
            QCOMPARE(label.size(), metrics.elidedText(name, Qt::ElideRight, step).size());
        }
        QVERIFY(labels.label(0, name, metrics.averageCharWidth() * 2, metrics, 3).isEmpty());
        // A name of two-unit characters is never cut between the halves of one.
        const QString emoji = QString::fromUtf8("\xF0\x9F\x94\xA5\xF0\x9F\x94\xA5\xF0\x9F\x94\xA5"
                                                "\xF0\x9F\x94\xA5 hot path");
        const QString cut
            = labels.label(1, emoji, metrics.horizontalAdvance(emoji) / 2, metrics, 0);
        QVERIFY(cut.isEmpty() || !cut.chopped(1).back().isHighSurrogate());
    }

    // Zoomed out, the chart merges the layout's pre-merged runs instead of walking every
    // call; at every width that must give exactly the items the rule gives call by call.
    void zoomedOutItemsFollowTheMergingRule()
    {
        Chart chart(randomCalls());
        for (const int width : {120, 300, 700, 1920}) {
            chart.view.resize(width, 240);
            chart.view.resetRange();
            const double minTime
                = 3 * (chart.view.rangeEnd() - chart.view.rangeStart()) / double(width);
            QVERIFY(!chart.layout->runs(1, minTime).empty()); // the runs are what is drawn
            std::vector<std::pair<size_t, size_t>> drawn;
            for (const auto &item : chart.view.geometryFor(chart.view.size()).items())
                drawn.emplace_back(size_t(item.span), size_t(item.count));
            QCOMPARE(drawn, itemsByTheRule(*chart.layout, minTime));
        }
    }

    void narrowCallsMergeIntoOneItem()
    {
        Chart chart(manyShortCalls(), QSize(200, 200));
        // 1,000 calls of 0.1 px each: one counted item over the first 100 px.
        const auto &geometry = chart.view.geometryFor(chart.view.size());
        int depthOne = 0;
        for (const auto &item : geometry.items())
            depthOne += item.depth == 1;
        QCOMPARE(depthOne, 2);
        const auto *run = chart.itemAt(1, 10);
        QVERIFY(run);
        QCOMPARE(run->count, 1000);
        QCOMPARE(run->left, 0.0);
        QCOMPARE(run->right, 100.0);
        const QImage image = chart.image();
        const QColor colour = FlameGraphGeometry::colour(run->colour);
        const int y = chart.centre(*run).y();
        for (int x = run->rect.left(); x <= run->rect.right(); ++x)
            QCOMPARE(image.pixelColor(x, y).rgb(), colour.rgb());
        QVERIFY(chart.view.toolTipText(*run).contains(QStringLiteral("1,000 calls")));

        // Zoomed to 10 ms, every call is its own item again.
        chart.view.setRange(0, 10);
        depthOne = 0;
        for (const auto &item : chart.view.geometryFor(chart.view.size()).items())
            depthOne += item.depth == 1 && item.count == 1;
        QCOMPARE(depthOne, 10);
    }

    void zoomAndPanChangeWhatIsDrawn()
    {
        Chart chart(smallProfile());
        const QPoint probe = chart.centre(*chart.itemAt(1, 1)); // a, at 1 ms of 10
        const QColor before = chart.image().pixelColor(probe);
        QCOMPARE(before.rgb(), FlameGraphGeometry::colour(chart.itemAt(1, 1)->colour).rgb());
        // Show 4-6 ms: b now fills the row, where a was before.
        chart.view.setRange(4, 6);
        QCOMPARE(chart.view.rangeStart(), 4.0);
        QCOMPARE(chart.view.rangeEnd(), 6.0);
        const auto *b = chart.itemAt(1, 5);
        QVERIFY(b);
        QCOMPARE(chart.frameOf(*b), QStringLiteral("b"));
        QCOMPARE(b->left, 0.0);
        QCOMPARE(b->right, 400.0);
        QCOMPARE(chart.image().pixelColor(probe).rgb(),
                 FlameGraphGeometry::colour(b->colour).rgb());
        QVERIFY(!chart.itemAt(2, 1)); // x is off screen
        // The wheel zooms around the pointer: the time under it stays put.
        chart.view.resetRange();
        QWheelEvent wheel(QPointF(100, 50), chart.view.mapToGlobal(QPointF(100, 50)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&chart.view, &wheel);
        QVERIFY(chart.view.rangeEnd() - chart.view.rangeStart() < 10);
        const double under
            = FlameChartGeometry::toTime(100, chart.view.rangeStart(), chart.view.rangeEnd(), 400);
        QVERIFY(std::abs(under - 2.5) < 1e-9);
    }

    void keysZoomAndPan()
    {
        Chart chart(smallProfile());
        QSignalSpy changed(&chart.view, &FlameChartView::rangeChanged);
        sendKey(&chart.view, Qt::Key_Plus);
        QCOMPARE(chart.view.rangeStart(), 2.5);
        QCOMPARE(chart.view.rangeEnd(), 7.5);
        sendKey(&chart.view, Qt::Key_D);
        QCOMPARE(chart.view.rangeStart(), 3.0);
        sendKey(&chart.view, Qt::Key_Left);
        QCOMPARE(chart.view.rangeStart(), 2.5);
        sendKey(&chart.view, Qt::Key_A);
        QCOMPARE(chart.view.rangeStart(), 2.0);
        sendKey(&chart.view, Qt::Key_W);
        QCOMPARE(chart.view.rangeEnd() - chart.view.rangeStart(), 2.5);
        sendKey(&chart.view, Qt::Key_S);
        QCOMPARE(chart.view.rangeEnd() - chart.view.rangeStart(), 5.0);
        sendKey(&chart.view, Qt::Key_Minus);
        QCOMPARE(chart.view.rangeEnd() - chart.view.rangeStart(), 10.0);
        sendKey(&chart.view, Qt::Key_Plus);
        sendKey(&chart.view, Qt::Key_0);
        QCOMPARE(chart.view.rangeStart(), 0.0);
        QCOMPARE(chart.view.rangeEnd(), 10.0);
        QVERIFY(changed.count() >= 7);
        // Panning stops at the ends of the profile.
        sendKey(&chart.view, Qt::Key_Right);
        QCOMPARE(chart.view.rangeEnd(), 10.0);
    }

    void dragPans()
    {
        Chart chart(smallProfile());
        chart.view.setRange(2, 6);
        sendMouse(&chart.view, QEvent::MouseButtonPress, QPointF(200, 60), Qt::LeftButton);
        sendMouse(&chart.view, QEvent::MouseMove, QPointF(100, 60), Qt::LeftButton);
        sendMouse(&chart.view, QEvent::MouseButtonRelease, QPointF(100, 60), Qt::NoButton);
        // 100 px of 400 px showing 4 ms: 1 ms later.
        QCOMPARE(chart.view.rangeStart(), 3.0);
        QCOMPARE(chart.view.rangeEnd(), 7.0);
        QCOMPARE(chart.view.selectedDepth(), -1); // a drag is not a click
    }

    void clickSelectsTheCallTreeNode()
    {
        Chart chart(smallProfile());
        QSignalSpy selected(&chart.view, &FlameChartView::nodeSelected);
        const QPoint at = chart.centre(*chart.itemAt(2, 1));
        sendMouse(&chart.view, QEvent::MouseButtonPress, at, Qt::LeftButton);
        sendMouse(&chart.view, QEvent::MouseButtonRelease, at, Qt::NoButton);
        QCOMPARE(selected.count(), 1);
        const int node = selected.at(0).at(0).toInt();
        QVERIFY(node > 0);
        QCOMPARE(QString::fromStdString(
                     chart.profile->frames[size_t(chart.tree->node(node).frame)].name),
                 QStringLiteral("x"));
        QCOMPARE(chart.tree->node(node).total, 3.0);
        QCOMPARE(chart.view.selectedDepth(), 2);
        QCOMPARE(chart.view.selectedSpan(), 0);
    }

    void searchDimsWhatDoesNotMatch()
    {
        Chart chart(smallProfile());
        chart.view.setSearchText(QStringLiteral("X"));
        QVERIFY(chart.view.isSearching());
        const QImage image = chart.image();
        const auto *x = chart.itemAt(2, 1);
        const auto *a = chart.itemAt(1, 1);
        QVERIFY(x && a);
        QVERIFY(x->colour < FlameGraphGeometry::kDimmed);
        QVERIFY(a->colour >= FlameGraphGeometry::kDimmed);
        QCOMPARE(image.pixelColor(chart.centre(*a)).rgb(),
                 FlameGraphGeometry::colour(a->colour).rgb());
        QCOMPARE(image.pixelColor(chart.centre(*x)).rgb(),
                 FlameGraphGeometry::colour(x->colour).rgb());
        // A regular expression, as the panel hands it to every tab.
        chart.view.setSearchText(QStringLiteral("/^(a|b)$/"));
        QVERIFY(chart.itemAt(1, 1)->colour < FlameGraphGeometry::kDimmed);
        QVERIFY(chart.itemAt(2, 1)->colour >= FlameGraphGeometry::kDimmed);
        chart.view.setSearchText(QString());
        QVERIFY(chart.itemAt(2, 1)->colour < FlameGraphGeometry::kDimmed);
    }

    void searchOfMillionsOfCallsArrivesLater()
    {
        // Two roots taking turns, 1,100,000 one-call spans: the matching calls are found off
        // the GUI thread, and the chart shows them when they arrive.
        auto profile = std::make_shared<store::ProfileData>();
        profile->unit = store::WeightUnit::Milliseconds;
        for (const char *name : {"even", "odd"}) {
            store::Frame frame;
            frame.name = name;
            profile->frames.push_back(frame);
        }
        profile->stacks = {{-1, 0}, {-1, 1}};
        const int count = 1'100'000;
        for (int i = 0; i < count; ++i)
            profile->appendSample(i % 2, double(i), 1);
        profile->endValue = count;
        Chart chart(profile);
        QVERIFY(chart.layout->spanCount() > 1'000'000);
        QSignalSpy ready(&chart.view, &FlameChartView::searchReady);
        chart.view.setSearchText(QStringLiteral("odd"));
        QVERIFY(chart.view.isSearching());
        QVERIFY(!chart.view.isSearchReady());
        QTRY_VERIFY(chart.view.isSearchReady());
        QCOMPARE(ready.count(), 1);
        // Zoomed in far enough to see single calls: "odd" keeps its colour, "even" not.
        chart.view.setRange(0, 10);
        QVERIFY(chart.itemAt(0, 1.5)->colour < FlameGraphGeometry::kDimmed);
        QVERIFY(chart.itemAt(0, 2.5)->colour >= FlameGraphGeometry::kDimmed);
        // A newer search wins over one still on its way.
        chart.view.setSearchText(QStringLiteral("nothing"));
        chart.view.setSearchText(QStringLiteral("even"));
        QTRY_VERIFY(chart.view.isSearchReady());
        QVERIFY(chart.itemAt(0, 2.5)->colour < FlameGraphGeometry::kDimmed);
        QVERIFY(chart.itemAt(0, 1.5)->colour >= FlameGraphGeometry::kDimmed);
    }

    void toolTipSaysWhatAndWhen()
    {
        Chart chart(smallProfile());
        const QString text = chart.view.toolTipText(*chart.itemAt(1, 4.5));
        QVERIFY2(text.startsWith(QStringLiteral("b\nsrc/b.cpp:10\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Started at 4 ms and ran for 2 ms")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("20% of the visible range")), qPrintable(text));
    }

    void axisTicksUseReadableUnits()
    {
        using U = store::WeightUnit;
        QCOMPARE(FlameChartView::tickStep(4.8, 1000, 100, U::Seconds), 0.5);
        QCOMPARE(FlameChartView::tickLabel(1.25, 0.05, 4.8, U::Seconds), QStringLiteral("1.25 s"));
        QCOMPARE(FlameChartView::tickLabel(1500, 500, 4000, U::Microseconds),
                 QStringLiteral("1.5 ms"));
        // Deep in a long profile the labels keep enough digits to differ.
        QCOMPARE(FlameChartView::tickLabel(1.23451, 1e-5, 1.3, U::Seconds),
                 QStringLiteral("1.23451 s"));
        // Without a time unit the axis counts samples, whole ones.
        QCOMPARE(FlameChartView::tickStep(10, 1000, 20, U::None), 1.0);
        QCOMPARE(FlameChartView::tickLabel(1200, 100, 5000, U::None),
                 QStringLiteral("1,200 samples"));
    }

    void minimapDragPansTheChart()
    {
        views::FlameChartTab tab;
        tab.resize(400, 300);
        views::LoadedProfile loaded;
        loaded.profile = smallProfile();
        loaded.tree = std::make_shared<const analysis::CallTree>(*loaded.profile);
        tab.setLoaded(loaded);
        QTRY_VERIFY(!tab.isBuilding());
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        views::FlameChartMinimap *minimap = tab.minimap();
        FlameChartView *chart = tab.chart();
        chart->setRange(0, 2);
        QCOMPARE(minimap->visibleStart(), 0.0);
        QCOMPARE(minimap->visibleEnd(), 2.0);
        QCOMPARE(tab.statusLabel()->text(),
                 QStringLiteral("Showing 2 ms of 10 ms, from the start"));
        const QRectF window = minimap->windowRect(minimap->size());
        const double perMs = minimap->width() / 10.0;
        QVERIFY(std::abs(window.width() - 2 * perMs) < 1e-9);
        const QPointF grab(window.center().x(), minimap->height() / 2.0);
        sendMouse(minimap, QEvent::MouseButtonPress, grab, Qt::LeftButton);
        sendMouse(minimap, QEvent::MouseMove, grab + QPointF(3 * perMs, 0), Qt::LeftButton);
        sendMouse(minimap, QEvent::MouseButtonRelease, grab + QPointF(3 * perMs, 0), Qt::NoButton);
        QVERIFY(std::abs(chart->rangeStart() - 3) < 1e-6);
        QVERIFY(std::abs(chart->rangeEnd() - 5) < 1e-6);
        QVERIFY(std::abs(minimap->visibleStart() - 3) < 1e-6);
        QCOMPARE(tab.statusLabel()->text(), QStringLiteral("Showing 2 ms of 10 ms, from 3 ms"));
        // The minimap draws the window where the chart is, and shades the rest.
        QImage image(minimap->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        minimap->render(painter, minimap->rect());
        painter.end();
        // Below the strip's rows: the background, light inside the window, shaded outside.
        const QColor inside = image.pixelColor(int(4 * perMs), minimap->height() / 2);
        const QColor outside = image.pixelColor(int(8 * perMs), minimap->height() / 2);
        QVERIFY(inside.lightness() > outside.lightness());
        QVERIFY(!tab.howToRead().isEmpty());
        QCOMPARE(tab.title(), QStringLiteral("Flame chart"));
    }
};

int runFlameChartTests(int argc, char *argv[])
{
    TestFlameChart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_flamechart.moc"
