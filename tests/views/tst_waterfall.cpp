// The trace waterfall: small hand-made traces with known answers, rendered into images
// and checked by region and pixel; the details panel and the trace page around it.
#include "tests/analysis/testtraces.h"

#include "views/loadedtrace.h"
#include "views/spandetailspanel.h"
#include "views/tracepage.h"
#include "views/waterfallcolours.h"
#include "views/waterfallminimap.h"
#include "views/waterfallview.h"

#include <QApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace eg;
using analysis::WaterfallRows;
using views::LoadedTrace;
using views::WaterfallView;
using Colours = views::WaterfallColours;

namespace {

constexpr int64_t kMs = 1'000'000;
const QSize kSize(900, 480);

// A request that loads a user and then ten orders one at a time (the N+1 shape), while an
// audit message goes out in parallel, then charges a card in another service, which fails.
//  0 GET /api/orders 0–60      1 OrdersService.load 2–50   2 users query 3–8
//  3–12 orders queries         13 audit log 10–20          14 POST /charge 51–58
//  15 charge card 52–57 (payments, failed)
std::shared_ptr<const store::TraceData> checkoutTrace()
{
    TestTraceBuilder b;
    b.span(1, 0, "GET /api/orders", 0, 60, "api", "http.server");
    b.span(2, 1, "OrdersService.load", 2, 50, "api", "function");
    b.span(3, 2, "SELECT id, email FROM users", 3, 8, "api", "db.query");
    for (int i = 0; i < 10; ++i)
        b.span(uint64_t(10 + i), 2, "SELECT id, total FROM orders WHERE user_id = $1", 9 + 4 * i,
               12 + 4 * i, "api", "db.query");
    b.span(30, 1, "audit log", 10, 20, "api", "queue.publish");
    b.span(31, 1, "POST /charge", 51, 58, "api", "http.client");
    b.span(32, 31, "charge card", 52, 57, "payments", "http.server");
    auto trace = b.take();
    trace.traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    trace.spans[15].isError = true;
    trace.strings.emplace_back("internal_error");
    trace.spans[15].status = int32_t(trace.strings.size() - 1);
    trace.strings.emplace_back("a1b2c3d4e5f60718293a4b5c6d7e8f90");
    trace.spans[15].profileId = int32_t(trace.strings.size() - 1);
    return std::make_shared<const store::TraceData>(std::move(trace));
}

// A poll, 800 ms of nothing, then the work it found.
std::shared_ptr<const store::TraceData> idleTrace()
{
    TestTraceBuilder b;
    b.span(1, 0, "poll", 0, 100, "worker", "queue.poll");
    b.span(2, 0, "process batch", 900, 1000, "worker", "function");
    b.span(3, 2, "write results", 920, 990, "worker", "db.query");
    return std::make_shared<const store::TraceData>(b.take());
}

struct Waterfall
{
    explicit Waterfall(std::shared_ptr<const store::TraceData> data)
        : loaded(LoadedTrace::analyse(std::move(data)))
    {
        view.resize(kSize);
        view.setTrace(loaded);
    }
    QImage image() { return view.renderToImage(kSize); }
    int rowMiddle(int32_t row) const { return int(view.rowTop(row)) + view.rowHeight() / 2; }
    // x of a time in ms from the trace's start.
    int x(double ms) const { return int(std::round(view.xOfTime(int64_t(ms * kMs), kSize))); }
    QRgb pixel(const QImage &image, double ms, int32_t row) const
    {
        return image.pixel(x(ms), rowMiddle(row));
    }

    LoadedTrace loaded;
    WaterfallView view;
};

QRgb colour(Colours::Index index)
{
    return Colours::colour(index).rgb();
}

void click(QWidget *widget, QPoint pos)
{
    QMouseEvent press(QEvent::MouseButtonPress, pos, widget->mapToGlobal(pos), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, widget->mapToGlobal(pos), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
}

void sendKey(QWidget *widget, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
}

} // namespace

class TestWaterfall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void drawsBarsWhereTheSpansAre()
    {
        Waterfall w(checkoutTrace());
        const QImage image = w.image();
        const Colours::Index api = 0; // the first service gets the first hue
        // The root waits on its children from 2 ms on, and works alone before that.
        QCOMPARE(w.pixel(image, 1, 0), colour(Colours::self(api)));
        QCOMPARE(w.pixel(image, 30, 0), colour(api));
        // The users query (row 2) is a leaf: all of it is its own work.
        QCOMPARE(w.pixel(image, 5.5, 2), colour(Colours::self(api)));
        // Nothing of it before it starts or after the waterfall's label for it.
        QVERIFY(w.pixel(image, 1, 2) != colour(Colours::self(api)));
        QVERIFY(w.pixel(image, 40, 2) != colour(Colours::self(api)));
        // The charge in the payments service failed: red.
        QCOMPARE(w.pixel(image, 54.5, 6), colour(Colours::self(Colours::kError)));
        // The bar starts where the span starts, to the pixel.
        const int start = w.x(51);
        QCOMPARE(image.pixel(start + 1, w.rowMiddle(5)), colour(Colours::self(api)));
        QVERIFY(image.pixel(start - 2, w.rowMiddle(5)) != colour(Colours::self(api)));
        QCOMPARE(w.pixel(image, 55, 5), colour(api)); // waiting on the charge
    }

    void drawsARunOfQueriesAsOneRowUntilOpened()
    {
        Waterfall w(checkoutTrace());
        const WaterfallRows &rows = *w.view.rows();
        QCOMPARE(rows.size(), size_t(7));
        QCOMPARE(rows.row(3).kind, WaterfallRows::Kind::Group);
        QCOMPARE(rows.row(4).node, 13); // the audit log follows the one group row
        QImage image = w.image();
        const QRgb query = colour(Colours::self(0));
        // Each of the ten queries shows on the group's row, with a gap between them.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(w.pixel(image, 10.5 + 4 * i, 3), query);
        const int barTop = int(w.view.rowTop(3)) + std::max(2, w.view.rowHeight() / 6) + 1;
        QVERIFY(image.pixel(w.x(12.5), barTop) != query);
        // No other row draws them.
        for (int32_t row : {2, 4, 5})
            QVERIFY(w.pixel(image, 10.5, row) != query || row == 4);

        w.view.setRowOpen(3, true);
        QCOMPARE(rows.size(), size_t(17));
        QCOMPARE(rows.row(3).kind, WaterfallRows::Kind::GroupHeader);
        image = w.image();
        // Ten rows now, each with one query at its own time and nothing at the others'.
        for (int i = 0; i < 10; ++i) {
            const int32_t row = 4 + i;
            QCOMPARE(rows.row(size_t(row)).node, 3 + i);
            QCOMPARE(w.pixel(image, 10.5 + 4 * i, row), query);
            QVERIFY(w.pixel(image, 10.5 + 4 * ((i + 5) % 10), row) != query);
        }
        // The header keeps only a thin line over the run: no query drawn at full height.
        QVERIFY(image.pixel(w.x(10.5), barTop) != query);

        w.view.toggleRow(3);
        QCOMPARE(rows.size(), size_t(7));
    }

    void highlightsTheCriticalPath()
    {
        Waterfall w(checkoutTrace());
        const QRgb critical = colour(Colours::kCritical);
        const int inset = std::max(2, w.view.rowHeight() / 6);
        const auto stripY = [&](int32_t row) {
            return int(w.view.rowTop(row)) + w.view.rowHeight() - inset - 2;
        };
        QImage image = w.image();
        QVERIFY(image.pixel(w.x(57.5), stripY(5)) != critical);

        w.view.setCriticalPathShown(true);
        image = w.image();
        // The end of the request waited on the charge call, and that on the failed charge;
        // the strip marks when each was what everything waited for.
        QCOMPARE(image.pixel(w.x(57.5), stripY(5)), critical);
        QCOMPARE(image.pixel(w.x(54.5), stripY(6)), critical);
        QVERIFY(image.pixel(w.x(54.5), stripY(5)) != critical);
        // ...so did the run of queries, one after another.
        QCOMPARE(image.pixel(w.x(10.5), stripY(3)), critical);
        // The audit log ran beside them and held up nothing: no strip, and dimmed.
        QVERIFY(image.pixel(w.x(15), stripY(4)) != critical);
        QCOMPARE(w.pixel(image, 15, 4), colour(Colours::dimmedSelf(0)));
        QCOMPARE(w.pixel(image, 30, 0), colour(0));
    }

    void drawsAnIdleGapAsAMarkedBreak()
    {
        Waterfall w(idleTrace());
        QCOMPARE(w.view.axis().breaks().size(), size_t(1));
        const auto &gap = w.view.axis().breaks().front();
        QCOMPARE(gap.fromNs, 100 * kMs);
        QCOMPARE(gap.toNs, 900 * kMs);
        QImage image = w.image();
        // The break is narrow and hatched: grey, no bar in it.
        const int middle = w.x(500);
        QVERIFY(w.x(900) - w.x(100) < 40);
        const QColor inBreak = image.pixelColor(middle, w.rowMiddle(1));
        QVERIFY2(inBreak.red() == inBreak.green() && inBreak.green() == inBreak.blue()
                     && inBreak.red() < 0xf0,
                 qPrintable(inBreak.name()));
        // The work either side gets the width: each burst covers well over a third.
        QVERIFY(w.x(100) - w.x(0) > 250);
        QCOMPARE(w.pixel(image, 950, 2), colour(Colours::self(0)));

        w.view.setIdleGapsCompressed(false);
        QVERIFY(w.view.axis().breaks().empty());
        image = w.image();
        QCOMPARE(image.pixel(w.x(500), w.rowMiddle(1)),
                 w.view.palette().color(QPalette::Base).rgb());
        QVERIFY(w.x(100) - w.x(0) < 100);
    }

    void selectsOpensAndClosesWithMouseAndKeys()
    {
        Waterfall w(checkoutTrace());
        QSignalSpy selected(&w.view, &WaterfallView::spanSelected);
        const int labelEnd = w.view.labelColumnWidth() - 12;
        click(&w.view, QPoint(labelEnd, w.rowMiddle(2)));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.last().at(0).toInt(), 2);
        QCOMPARE(w.view.selectedNode(), 2);
        QImage image = w.image();
        QCOMPARE(image.pixel(labelEnd, w.rowMiddle(2)), qRgb(0xcc, 0xe0, 0xff));
        QVERIFY(image.pixel(labelEnd, w.rowMiddle(1)) != qRgb(0xcc, 0xe0, 0xff));
        // The selected bar is outlined.
        const int outline = int(w.view.rowTop(2)) + std::max(2, w.view.rowHeight() / 6) - 1;
        QVERIFY(image.pixelColor(w.x(5.5), outline).lightness() < 0x30);

        sendKey(&w.view, Qt::Key_Down); // onto the group
        QCOMPARE(w.view.selectedNode(), 3);
        sendKey(&w.view, Qt::Key_Right); // opens it
        QCOMPARE(w.view.rows()->size(), size_t(17));
        sendKey(&w.view, Qt::Key_Left); // closes it again
        QCOMPARE(w.view.rows()->size(), size_t(7));
        sendKey(&w.view, Qt::Key_Left); // and goes up to the service span
        QCOMPARE(w.view.selectedNode(), 1);
        sendKey(&w.view, Qt::Key_Return); // closes it: the query and the run go
        QCOMPARE(w.view.rows()->size(), size_t(5));

        // Selecting a hidden span opens everything on the way to it.
        w.view.selectNode(7);
        QCOMPARE(w.view.rows()->rowOfNode(7), 8);
        QCOMPARE(selected.last().at(0).toInt(), 7);
    }

    void zoomsAndPansAroundThePointer()
    {
        Waterfall w(checkoutTrace());
        const double length = w.view.axis().length();
        QCOMPARE(w.view.rangeEnd(), length);
        const double anchor = 30.0 * kMs;
        w.view.zoomBy(0.5, anchor);
        QCOMPARE(w.view.rangeEnd() - w.view.rangeStart(), length / 2);
        QCOMPARE(w.view.rangeStart(), anchor - 0.5 * anchor);
        w.view.panBy(0.1);
        QVERIFY(w.view.rangeStart() > anchor / 2);
        sendKey(&w.view, Qt::Key_0);
        QCOMPARE(w.view.rangeStart(), 0.0);
        QCOMPARE(w.view.rangeEnd(), length);
    }

    void saysWhatARowIsInPlainWords()
    {
        Waterfall w(checkoutTrace());
        const QString query = w.view.toolTipText(2);
        QVERIFY2(query.startsWith(
                     QStringLiteral("db.query SELECT id, email FROM users in api\n5 ms, all of "
                                    "it its own work; on the critical path")),
                 qPrintable(query));
        const QString group = w.view.toolTipText(3);
        QVERIFY2(group.contains(QStringLiteral("The same work done 10 times one after another")),
                 qPrintable(group));
        QVERIFY(
            w.view.toolTipText(6).contains(QStringLiteral("Failed with status internal_error")));
    }

    void showsMissingParentsInItalics()
    {
        TestTraceBuilder b;
        b.span(1, 0, "root", 0, 100);
        b.span(2, 0x4f2a9c1e00000077ull, "orphan", 10, 20);
        Waterfall w(std::make_shared<const store::TraceData>(b.take()));
        QCOMPARE(w.view.rows()->size(), size_t(3));
        QVERIFY(
            w.view.toolTipText(1).startsWith(QStringLiteral("Missing parent 4f2a9c1e00000077")));
        // The placeholder's bar is the neutral grey.
        QCOMPARE(w.pixel(w.image(), 15, 1), colour(Colours::kPlaceholder));
    }

    void minimapShowsTheWindow()
    {
        Waterfall w(checkoutTrace());
        views::WaterfallMinimap minimap(&w.view);
        minimap.resize(600, 56);
        QRectF window = minimap.windowRect(minimap.size());
        QCOMPARE(window.left(), 0.0);
        QCOMPARE(window.right(), 600.0);
        w.view.setRange(0, w.view.axis().length() / 4);
        window = minimap.windowRect(minimap.size());
        QCOMPARE(window.right(), 150.0);
        QImage image(minimap.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        minimap.render(painter, QRect(QPoint(), minimap.size()));
        painter.end();
        // The root's row is drawn across the whole strip, faded outside the window.
        QCOMPARE(image.pixelColor(75, 1).rgb() == image.pixelColor(400, 1).rgb(), false);
    }

    void detailsPanelShowsTheRecord()
    {
        const LoadedTrace loaded = LoadedTrace::analyse(checkoutTrace());
        store::SpanDetails details;
        details.traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        details.spanId = "0000000000000020";
        details.parentSpanId = "000000000000001f";
        details.sourceName = "checkout.envelope";
        details.details = "{\"attributes\": {\"http.method\": \"POST\", \"retries\": 2}, "
                          "\"events\": [{\"name\": \"card declined\", \"time_ns\": 56000000, "
                          "\"attributes\": {\"code\": \"do_not_honor\"}}], "
                          "\"links\": [{\"trace_id\": \"abc\", \"span_id\": \"def\"}], "
                          "\"measurements\": {\"ttfb\": {\"value\": 12.5, \"unit\": "
                          "\"millisecond\"}}}";
        views::SpanDetailsPanel panel;
        panel.showSpan(loaded, 15, details);
        QCOMPARE(panel.title(), QStringLiteral("charge card"));
        const QList<QPair<QString, QString>> expected {
            {QStringLiteral("http.method"), QStringLiteral("POST")},
            {QStringLiteral("retries"), QStringLiteral("2")}};
        QCOMPARE(panel.attributes(), expected);
        const QString text = panel.plainText();
        for (const char *part :
             {"internal_error (failed)", "payments", "card declined", "+4 ms", "code=do_not_honor",
              "trace abc", "12.5 ms", "checkout.envelope", "5 ms", "52 ms into the trace"}) {
            QVERIFY2(
                text.contains(QString::fromUtf8(part)),
                qPrintable(QStringLiteral("%1 not in:\n%2").arg(QString::fromUtf8(part), text)));
        }
        QVERIFY(!panel.openProfileButton()->isHidden());
        QSignalSpy open(&panel, &views::SpanDetailsPanel::openProfileRequested);
        panel.openProfileButton()->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.last().at(0).toString(), QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90"));
        QCOMPARE(open.last().at(3).toLongLong(), 52 * kMs);
        QCOMPARE(open.last().at(4).toLongLong(), 57 * kMs);

        panel.showSpan(loaded, 2, std::nullopt);
        QVERIFY(panel.openProfileButton()->isHidden());
    }

    void pageSaysWhatItShowsAndWhatIsSlow()
    {
        views::TracePage page;
        page.resize(1200, 700);
        page.setLoadedTrace(LoadedTrace::analyse(checkoutTrace()));
        QVERIFY2(page.headlineText().startsWith(QStringLiteral("`GET /api/orders` took 60 ms")),
                 qPrintable(page.headlineText()));
        QVERIFY2(page.repeatedWorkText().contains(QStringLiteral("10 repeated")),
                 qPrintable(page.repeatedWorkText()));
        QVERIFY(page.introText().startsWith(QStringLiteral("Each bar is one span")));
        QVERIFY(page.introText().contains(QStringLiteral("16 spans in 2 services over 60 ms")));
        QVERIFY(page.warningText().isEmpty());

        // Search marks the queries and steps through them, opening the run.
        page.searchField()->setText(QStringLiteral("orders where"));
        QCOMPARE(page.waterfall()->matchCount(), 10);
        QSignalSpy rows(&page, &views::TracePage::spanSelected);
        page.nextMatchButton()->click();
        QCOMPARE(page.waterfall()->selectedNode(), 3);
        QCOMPARE(page.waterfall()->rows()->size(), size_t(17));
        QCOMPARE(page.matchLabel()->text(), QStringLiteral("1 of 10"));
        QCOMPARE(rows.last().at(0).toLongLong(), qint64(4)); // the span's row id
        page.previousMatchButton()->click();
        QCOMPARE(page.waterfall()->selectedNode(), 12);
        QCOMPARE(page.detailsPanel()->node(), 12);

        page.selectSpanByRow(16);
        QCOMPARE(page.waterfall()->selectedNode(), 15);
        QCOMPARE(page.detailsPanel()->title(), QStringLiteral("charge card"));

        page.criticalPathToggle()->click();
        QVERIFY(page.waterfall()->criticalPathShown());

        // A trace with a missing parent says so above the waterfall.
        TestTraceBuilder b;
        b.span(1, 0, "root", 0, 100);
        b.span(2, 99, "orphan", 10, 20);
        page.setLoadedTrace(
            LoadedTrace::analyse(std::make_shared<const store::TraceData>(b.take())));
        QVERIFY2(page.warningText().contains(QStringLiteral("missing parent")),
                 qPrintable(page.warningText()));
        page.setLoadedTrace({});
        QCOMPARE(page.headlineText(), QStringLiteral("No trace is open."));
    }
};

int runWaterfallTests(int argc, char *argv[])
{
    TestWaterfall test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_waterfall.moc"
