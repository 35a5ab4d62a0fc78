// The Compare page: two small profiles written to a cache, compared, and the differential
// flame graph rendered into a QImage, checked by pixel.
#include "flamegraphpixels.h"
#include "tests/analysis/testprofiles.h"

#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "views/diffpage.h"
#include "views/flamegraphgeometry.h"
#include "views/flamegraphview.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;
using views::DiffPage;
using views::FlameGraphGeometry;
using views::FlameGraphView;

namespace {

using namespace tests::flamegraphpixels;

int32_t nodeNamed(const FlameGraphView &view, const DiffPage &page, const char *name, int depth)
{
    const auto &tree = *view.tree();
    for (int32_t i = 1; i < tree.size(); ++i) {
        if (tree.node(i).depth == depth
            && page.diff()->unionProfile()->frames[size_t(tree.node(i).frame)].name == name)
            return i;
    }
    return -1;
}

} // namespace

class TestDiffPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void removedCodeKeepsItsBars()
    {
        // `a` (and `work` below it) ran only before, `b` only after; `c` did not change.
        // Both take 8 ms, so the figures stay absolute.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        std::vector<store::ProfileInfo> before, after;
        {
            store::Cache cache(path);
            int64_t ids[2] = {0, 0};
            const QStringList lines[2]
                = {{QStringLiteral("main;a;work 4"), QStringLiteral("main;c 4")},
                   {QStringLiteral("main;b;work 4"), QStringLiteral("main;c 4")}};
            for (int i = 0; i < 2; ++i) {
                const QString name = i == 0 ? QStringLiteral("before") : QStringLiteral("after");
                store::CacheWriter writer(
                    cache, {QStringLiteral("/tmp/") + name, name, QStringLiteral("folded"), 1});
                writer.addProfile(tests::profileFromFolded(lines[i]));
                ids[i] = writer.commit(QStringLiteral("hash-") + name).sourceId;
            }
            before = cache.profiles(ids[0]);
            after = cache.profiles(ids[1]);
        }
        DiffPage page;
        page.resize(800, 600);
        QSignalSpy compared(&page, &DiffPage::compared);
        page.compare(path, before, after, QStringLiteral("before"), QStringLiteral("after"));
        QTRY_COMPARE(compared.count(), 1);
        QVERIFY(page.diff());
        QVERIFY(!page.diff()->normalised());

        // 12 ms on 600 px: main is as wide as what it holds after (8 ms) plus what only
        // "before" had below it (4 ms); row 2 holds a, b and c, 200 px each, ties by name.
        FlameGraphView &view = *page.flameGraph();
        const QImage image = renderView(view);
        const QString removed = colour(FlameGraphGeometry::diffColour(-1));
        QCOMPARE(at(view, image, 590, 1), colour(FlameGraphGeometry::kSameColour));
        QCOMPARE(at(view, image, 190, 2), removed);
        QCOMPARE(at(view, image, 190, 3), removed);
        QCOMPARE(at(view, image, 390, 2), colour(FlameGraphGeometry::kNewColour));
        QCOMPARE(at(view, image, 390, 3), colour(FlameGraphGeometry::kNewColour));
        QCOMPARE(at(view, image, 590, 2), colour(FlameGraphGeometry::kSameColour));
        QCOMPARE(at(view, image, 590, 3),
                 view.palette().color(QPalette::Base).name()); // no callees

        // The words say before and after, not the union's width.
        const int32_t a = nodeNamed(view, page, "a", 2);
        QVERIFY(a > 0);
        const QString tip = view.toolTipText(a);
        QVERIFY2(tip.contains(QStringLiteral("Removed: only the before profile has this call; it "
                                             "took 4 ms there.")),
                 qPrintable(tip));
        const QString mainTip = view.toolTipText(nodeNamed(view, page, "main", 1));
        QVERIFY2(mainTip.contains(QStringLiteral("Total: 8 ms before, 8 ms after; 0 ms (+0%).")),
                 qPrintable(mainTip));
        bool legendSaysRemoved = false;
        for (const auto &entry : view.legend())
            legendSaysRemoved |= entry.colour.name() == removed
                && entry.label.contains(QStringLiteral("removed"));
        QVERIFY(legendSaysRemoved);
        QCOMPARE(page.table()->model()->rowCount(), 5);
    }
};

int runDiffPageTests(int argc, char *argv[])
{
    TestDiffPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diffpage.moc"
