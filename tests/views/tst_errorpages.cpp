// The errors list and the error page, over events like the Sentry node SDK's, checked the
// way a user sees them: the sentences on top, the chain's order, the app's own frames
// emphasised and the library frames folded, the breadcrumbs in order, the buttons, and
// the signals with the right ids. Screenshots go to /tmp/errorlist.png and
// /tmp/errorpage.png for a look.
#include "models/item/erroreventlistmodel.h"
#include "models/item/errorgroupmodel.h"
#include "models/store/cache.h"
#include "models/store/errorreader.h"
#include "models/store/logrecord.h"
#include "tests/support/testerrorevents.h"
#include "views/breadcrumbtimeline.h"
#include "views/errorlistpage.h"
#include "views/errorpage.h"
#include "views/keyvaluetable.h"
#include "views/stacktraceview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using eg::itemmodels::ErrorEventListModel;
using eg::store::Cache;
using eg::store::ErrorEvent;
using eg::store::ErrorFilter;
using eg::store::ErrorReader;
using eg::testsupport::TestErrorEvents;
using eg::views::BreadcrumbTimeline;
using eg::views::ErrorListPage;
using eg::views::ErrorPage;
using eg::views::StackTraceView;

namespace {

const QString kTrace = QLatin1String(TestErrorEvents::kCheckoutTrace);

// Where a child widget is in its window's grab.
QPoint topLeftIn(const QWidget *child, const QWidget *page)
{
    return child->mapTo(page, QPoint(0, 0));
}

QList<QLabel *> chainTitles(const ErrorPage &page)
{
    QList<QLabel *> titles = page.findChildren<QLabel *>(QStringLiteral("chainTitle"));
    std::sort(titles.begin(), titles.end(), [&](QLabel *a, QLabel *b) {
        return topLeftIn(a, &page).y() < topLeftIn(b, &page).y();
    });
    return titles;
}

} // namespace

class TestErrorPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("errors.sqlite"));
        TestErrorEvents::write(m_path);
        m_cache = std::make_unique<Cache>(m_path);
        const ErrorReader reader(*m_cache);
        const auto groups = reader.groups();
        m_checkouts = reader.eventsOfGroup(groups[0].groupKey);
        m_messages = reader.eventsOfGroup(groups[1].groupKey);
        m_receipt = reader.eventsOfGroup(groups[2].groupKey).front();
        QCOMPARE(m_checkouts.size(), size_t(3));
    }

    void listSaysHowManyKindsAndTheMostFrequent()
    {
        ErrorListPage page;
        page.resize(1100, 640);
        page.setCache(m_cache.get());
        page.showErrors();
        page.show();
        QVERIFY2(page.headlineText().startsWith(QStringLiteral(
                     "3 kinds of error, 6 events in the cache. The most frequent: "
                     "`PaymentDeclinedError` “Checkout failed: payment provider declined the "
                     "charge”, 3 times, last at ")),
                 qPrintable(page.headlineText()));
        const QLabel *headline = page.findChild<QLabel *>(QStringLiteral("errorsHeadline"));
        QVERIFY(headline->text().contains(QStringLiteral("<b>PaymentDeclinedError</b>")));
        QCOMPARE(page.groupModel()->rowCount(), 3);

        // The most frequent kind is selected, its three occurrences listed below.
        QCOMPARE(page.eventModel()->rowCount(), 3);
        const QModelIndex trace = page.eventModel()->index(0, ErrorEventListModel::TraceColumn);
        QCOMPARE(trace.data().toString(), QStringLiteral("trace 6d12df59"));
        QCOMPARE(page.eventModel()->index(2, ErrorEventListModel::TraceColumn).data().toString(),
                 QStringLiteral("none"));
        const QImage image = page.grab().toImage();
        QVERIFY(image.save(QStringLiteral("/tmp/errorlist.png")));

        // One click on a trace link asks for the trace and its span.
        QSignalSpy traces(&page, &ErrorListPage::openTraceRequested);
        QTableView *events = page.eventTable();
        QTest::mouseClick(events->viewport(), Qt::LeftButton, {},
                          events->visualRect(trace).center());
        QCOMPARE(traces.size(), 1);
        QCOMPARE(traces[0][0].toString(), kTrace);
        QCOMPARE(traces[0][1].toString(), QLatin1String(TestErrorEvents::kCheckoutSpan));
        // A click on an occurrence without a trace asks for nothing.
        QTest::mouseClick(
            events->viewport(), Qt::LeftButton, {},
            events->visualRect(page.eventModel()->index(2, ErrorEventListModel::TraceColumn))
                .center());
        QCOMPARE(traces.size(), 1);

        // Opening an occurrence or a kind asks for its page.
        QSignalSpy opened(&page, &ErrorListPage::eventActivated);
        events->setCurrentIndex(page.eventModel()->index(1, 0));
        QTest::keyClick(events, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toLongLong(), qint64(m_checkouts[1].row));
        QSignalSpy kinds(&page, &ErrorListPage::errorGroupActivated);
        QVERIFY(page.selectGroup(
            QString::fromStdString(eg::store::errorGroupKey(m_receipt.type, m_receipt.value))));
        QCOMPARE(page.eventModel()->rowCount(), 1);
        QTest::keyClick(page.groupTable(), Qt::Key_Return);
        QCOMPARE(kinds.size(), 1);
        QCOMPARE(kinds[0][1].toLongLong(), qint64(m_receipt.row));
    }

    void listOfOneTraceAndOfNothing()
    {
        ErrorListPage page;
        page.setCache(m_cache.get());
        page.showErrors(ErrorFilter {{}, TestErrorEvents::kCheckoutTrace, {}},
                        QStringLiteral("trace 6d12df59"));
        QVERIFY2(page.headlineText().startsWith(
                     QStringLiteral("2 kinds of error, 2 events in trace 6d12df59.")),
                 qPrintable(page.headlineText()));
        QCOMPARE(page.eventModel()->rowCount(), 1);

        ErrorListPage empty;
        empty.showErrors();
        QCOMPARE(empty.headlineText(), QStringLiteral("There are no errors in the cache."));
        QCOMPARE(empty.groupModel()->rowCount(), 0);
    }

    // The search keeps the kinds whose type, message or culprit holds every word typed,
    // whatever the case, and says how many of all the kinds are left.
    void searchNarrowsTheKinds()
    {
        ErrorListPage page;
        page.resize(1100, 640);
        page.setCache(m_cache.get());
        page.showErrors();
        page.show();
        QLineEdit *search = page.searchField();
        QVERIFY(page.matchCountText().isEmpty());
        const auto types = [&page] {
            QStringList types;
            for (int row = 0; row < page.groupModel()->rowCount(); ++row)
                types << page.groupModel()->index(row, 0).data().toString();
            return types;
        };
        const QString receiptKey
            = QString::fromStdString(eg::store::errorGroupKey(m_receipt.type, m_receipt.value));
        QVERIFY(page.selectGroup(receiptKey));

        // By message: the declined payment, and the receipt that quotes it; the receipt's
        // kind stays selected.
        QTest::keyClicks(search, QStringLiteral("PAYMENT provider"));
        QCOMPARE(
            types(),
            QStringList({QStringLiteral("PaymentDeclinedError"), QStringLiteral("TypeError")}));
        QCOMPARE(page.matchCountText(), QStringLiteral("Showing 2 of 3 kinds of error"));
        QCOMPARE(page.groupTable()
                     ->currentIndex()
                     .data(eg::itemmodels::ErrorGroupModel::GroupKeyRole)
                     .toString(),
                 receiptKey);
        QCOMPARE(page.eventModel()->rowCount(), 1);

        // By type, in any case.
        search->setText(QStringLiteral("typeerror"));
        QCOMPARE(types(), QStringList({QStringLiteral("TypeError")}));
        QCOMPARE(page.matchCountText(), QStringLiteral("Showing 1 of 3 kinds of error"));

        // By culprit alone: where it was raised is in no type or message.
        search->setText(QStringLiteral("api/checkout"));
        QCOMPARE(types(), QStringList({QStringLiteral("PaymentDeclinedError")}));
        QCOMPARE(page.eventModel()->rowCount(), 3);
        search->setText(QStringLiteral("Receipt.Parse"));
        QCOMPARE(types(), QStringList({QStringLiteral("TypeError")}));

        // Nothing: no kinds, no occurrences.
        search->setText(QStringLiteral("payment lagging"));
        QCOMPARE(page.groupModel()->rowCount(), 0);
        QCOMPARE(page.eventModel()->rowCount(), 0);
        QCOMPARE(page.matchCountText(), QStringLiteral("Showing 0 of 3 kinds of error"));
        // The count is read whole beside the field, once the layout has made room for it.
        const auto *count = page.findChild<QLabel *>(QStringLiteral("errorMatchCount"));
        QVERIFY(count->isVisible());
        QTRY_VERIFY(count->width() >= count->sizeHint().width());
        const QImage image = page.grab().toImage();
        QVERIFY(image.save(QStringLiteral("/tmp/errorsearch.png")));

        // Cleared: every kind again, most frequent first and selected.
        search->clear();
        QCOMPARE(page.groupModel()->rowCount(), 3);
        QVERIFY(page.matchCountText().isEmpty());
        QVERIFY(!count->isVisible());
        QCOMPARE(page.eventModel()->rowCount(), 3);

        // Another list starts with an empty search.
        search->setText(QStringLiteral("typeerror"));
        page.showErrors(ErrorFilter {{}, TestErrorEvents::kCheckoutTrace, {}},
                        QStringLiteral("trace 6d12df59"));
        QVERIFY(search->text().isEmpty());
        QCOMPARE(page.groupModel()->rowCount(), 2);
        QVERIFY(page.matchCountText().isEmpty());
    }

    void pageTellsWhatHappenedWhereAndHowOften()
    {
        ErrorPage page;
        page.resize(1000, 2600);
        page.setCache(m_cache.get());
        QVERIFY(page.showErrorEvent(m_checkouts[0].row));
        page.show();
        QCoreApplication::processEvents(); // lets the scroll area settle its layout
        const QString headline = page.headlineText();
        QVERIFY2(headline.startsWith(QStringLiteral(
                     "`PaymentDeclinedError`: Checkout failed: payment provider declined the "
                     "charge — raised in `validateCart` (your code, app.mjs:153), caused by "
                     "`RangeError`: quantity 7 exceeds max of 5 for sku SKU-467. It happened 3 "
                     "times between ")),
                 qPrintable(headline));
        QVERIFY2(
            headline.contains(QStringLiteral(", during trace 6d12df59 (`POST /api/checkout`).")),
            qPrintable(headline));
        QVERIFY(headline.endsWith(QStringLiteral("The app caught it and reported it (handled).")));

        // The chain outermost first, each next one "caused by".
        QCOMPARE(
            page.chainTypes(),
            QStringList({QStringLiteral("PaymentDeclinedError"), QStringLiteral("RangeError")}));
        const QList<QLabel *> titles = chainTitles(page);
        QCOMPARE(titles.size(), 2);
        QVERIFY(titles[0]->text().startsWith(QStringLiteral("<b>PaymentDeclinedError</b>")));
        QVERIFY(titles[1]->text().startsWith(QStringLiteral("caused by <b>RangeError</b>")));

        // Newest frame on top: the app's three frames first, then one fold for the three
        // runtime frames under them.
        QCOMPARE(page.stackTraces().size(), 2);
        StackTraceView *stack = page.stackTraces().front();
        QCOMPARE(stack->appFrameWidgets().size(), 3);
        QCOMPARE(stack->foldButtons().size(), 1);
        QToolButton *fold = stack->foldButtons().front();
        QVERIFY2(fold->text().startsWith(QStringLiteral("3 library frames (node)")),
                 qPrintable(fold->text()));
        const QWidget *top = stack->appFrameWidgets().front();
        QVERIFY(topLeftIn(top, &page).y() < topLeftIn(fold, &page).y());
        const QLabel *topTitle = top->findChild<QLabel *>(QStringLiteral("frameTitle"));
        QVERIFY2(topTitle->text().contains(QStringLiteral("<b>validateCart</b>")),
                 qPrintable(topTitle->text()));
        QVERIFY(topTitle->text().contains(QStringLiteral("app.mjs:153:11")));
        // The line that raised it is highlighted among the lines around it.
        const QLabel *code = top->findChild<QLabel *>(QStringLiteral("frameContext"));
        QVERIFY(code->text().contains(QStringLiteral("#fff1b8")));
        QVERIFY(code->text().contains(QStringLiteral(">148&nbsp;<")));
        QVERIFY(code->text().contains(QStringLiteral(">158&nbsp;<")));
        QCOMPARE(page.findChildren<QLabel *>(QStringLiteral("libraryFrame")).size(), 6);
        // The cause was built a line above the throw: only that line is its own, the five
        // calls below it are the ones shown above, folded into one row.
        StackTraceView *cause = page.stackTraces()[1];
        QCOMPARE(cause->appFrameWidgets().size(), 1);
        QCOMPARE(cause->foldButtons().size(), 1);
        QCOMPARE(cause->foldButtons().front()->text(),
                 QStringLiteral("5 older frames, the same as in PaymentDeclinedError above"));
        QVERIFY(cause->appFrameWidgets()
                    .front()
                    ->findChild<QLabel *>(QStringLiteral("frameTitle"))
                    ->text()
                    .contains(QStringLiteral("app.mjs:152:19")));

        // What the user sees: the app's frame has its blue bar; the folded frames do not show.
        QImage image = page.grab().toImage();
        const QPoint bar = topLeftIn(top, &page) + QPoint(1, top->height() / 2);
        QCOMPARE(QColor(image.pixel(bar)), QColor(0x15, 0x65, 0xc0));
        for (QLabel *library : page.findChildren<QLabel *>(QStringLiteral("libraryFrame")))
            QVERIFY(!library->isVisible());
        fold->click();
        QVERIFY(fold->isChecked());
        const QList<QLabel *> opened
            = fold->parentWidget()->findChildren<QLabel *>(QStringLiteral("libraryFrame"));
        QCOMPARE(opened.size(), 3);
        for (QLabel *library : opened)
            QVERIFY(library->isVisible());
        QVERIFY(opened.front()->text().contains(QStringLiteral("parserOnIncoming")));

        // The breadcrumbs, oldest first, end with the error; each dot in its level's colour.
        BreadcrumbTimeline *crumbs = page.breadcrumbTimeline();
        const QStringList rows = crumbs->rowTexts();
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows[0], QStringLiteral("600 ms before · workload · starting seed 1"));
        QCOMPARE(rows[3],
                 QStringLiteral("15 ms before · http · GET "
                                "http://127.0.0.1:33509/api/does-not-exist-1 → 404"));
        QCOMPARE(rows[5],
                 QStringLiteral("the error · error · PaymentDeclinedError: Checkout "
                                "failed: payment provider declined the charge"));
        image = page.grab().toImage();
        const QPoint crumbsAt = topLeftIn(crumbs, &page);
        QCOMPARE(QColor(image.pixel(crumbsAt + crumbs->dotCentre(3))),
                 BreadcrumbTimeline::levelColour(QStringLiteral("warning")));
        QCOMPARE(QColor(image.pixel(crumbsAt + crumbs->dotCentre(1))),
                 BreadcrumbTimeline::levelColour(QStringLiteral("info")));
        QVERIFY(crumbs->dotCentre(0).y() < crumbs->dotCentre(5).y());
        // Hovering a step shows all it carried.
        QHelpEvent hover(QEvent::ToolTip, crumbs->dotCentre(3),
                         crumbs->mapToGlobal(crumbs->dotCentre(3)));
        QApplication::sendEvent(crumbs, &hover);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("status_code: 404")),
                 qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("level: warning")));
        QToolTip::hideText();

        QCOMPARE(page.tagsTable()->rows().size(), 2);
        QVERIFY(page.contextsTable()->rows().contains(
            {QStringLiteral("runtime.version"), QStringLiteral("v20.20.2")}));
        QVERIFY(image.save(QStringLiteral("/tmp/errorpage.png")));

        // The buttons ask for the event's trace, with its span, and the trace's logs.
        QVERIFY(page.openTraceButton()->isEnabled());
        QVERIFY(page.openLogsButton()->isEnabled());
        QSignalSpy traces(&page, &ErrorPage::openTraceRequested);
        QSignalSpy logs(&page, &ErrorPage::openLogsRequested);
        page.openTraceButton()->click();
        page.openLogsButton()->click();
        QCOMPARE(traces.size(), 1);
        QCOMPARE(traces[0][0].toString(), kTrace);
        QCOMPARE(traces[0][1].toString(), QLatin1String(TestErrorEvents::kCheckoutSpan));
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs[0][0].toString(), kTrace);
    }

    void pageOfAnEventOutsideATrace()
    {
        ErrorPage page;
        page.setCache(m_cache.get());
        QVERIFY(page.showErrorEvent(m_checkouts[2].row));
        QVERIFY2(page.headlineText().contains(QStringLiteral("quantity 9 exceeds")),
                 qPrintable(page.headlineText()));
        QVERIFY2(page.headlineText().contains(QStringLiteral(", outside any trace.")),
                 qPrintable(page.headlineText()));
        QVERIFY(!page.openTraceButton()->isEnabled());
        QVERIFY(!page.openLogsButton()->isEnabled());
        QVERIFY(!page.showErrorEvent(999'999));
        QCOMPARE(page.headlineText(), QStringLiteral("No error is selected."));
        QVERIFY(!page.openTraceButton()->isEnabled());
    }

    void pageFoldsTheLibraryFramesAroundTheAppsOwn()
    {
        ErrorPage page;
        page.setCache(m_cache.get());
        QVERIFY(page.showErrorEvent(m_receipt.row));
        QVERIFY2(page.headlineText().contains(
                     QStringLiteral("raised in `parseReceipt` (your code, app.mjs:233). It "
                                    "happened at ")),
                 qPrintable(page.headlineText()));
        QCOMPARE(page.chainTypes(), QStringList({QStringLiteral("TypeError")}));
        StackTraceView *stack = page.stackTraces().front();
        QCOMPARE(stack->appFrameWidgets().size(), 2);
        QCOMPARE(stack->foldButtons().size(), 1);
        QVERIFY2(stack->foldButtons().front()->text().startsWith(
                     QStringLiteral("7 library frames (@sentry/core, @sentry/server-utils, "
                                    "node)")),
                 qPrintable(stack->foldButtons().front()->text()));
        QVERIFY(page.breadcrumbTimeline()->isHidden());
        QCOMPARE(page.tagsTable()->rows().front(),
                 qMakePair(QStringLiteral("side"), QStringLiteral("client")));
    }

    void pageOfAMessage()
    {
        ErrorPage page;
        page.setCache(m_cache.get());
        QVERIFY(page.showErrorEvent(m_messages.front().row));
        QVERIFY2(page.headlineText().startsWith(QStringLiteral(
                     "A message was reported as warning: “inventory sync lagging by 12 "
                     "minutes”. It happened 2 times between ")),
                 qPrintable(page.headlineText()));
        QVERIFY(page.chainTypes().isEmpty());
        QVERIFY(page.stackTraces().isEmpty());
        QVERIFY(page.tagsTable()->isHidden());
    }

    void foldsOnlyRunsOfLibraryFrames()
    {
        using eg::itemmodels::ErrorFrame;
        const auto frame = [](bool inApp) {
            ErrorFrame f;
            f.inApp = inApp;
            return f;
        };
        // app, lib, app, lib, lib, lib: the single library frame stays, the run folds.
        const auto rows = StackTraceView::rowsOf(
            {frame(true), frame(false), frame(true), frame(false), frame(false), frame(false)});
        QCOMPARE(rows.size(), 4);
        QVERIFY(!rows[1].folded);
        QVERIFY(rows[3].folded);
        QCOMPARE(rows[3].first, 3);
        QCOMPARE(rows[3].count, 3);
        // The oldest frames a cause shares with the exception above fold into one row.
        const auto shared = StackTraceView::rowsOf(
            {frame(true), frame(false), frame(false), frame(true), frame(false)}, 3);
        QCOMPARE(shared.size(), 3);
        QVERIFY(shared[2].shared);
        QCOMPARE(shared[2].first, 2);
        QCOMPARE(shared[2].count, 3);
        // Without any frame of the app's, every frame shows.
        QCOMPARE(StackTraceView::rowsOf({frame(false), frame(false)}).size(), 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Cache> m_cache;
    std::vector<ErrorEvent> m_checkouts;
    std::vector<ErrorEvent> m_messages;
    ErrorEvent m_receipt;
};

int runErrorPageTests(int argc, char *argv[])
{
    TestErrorPages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_errorpages.moc"
