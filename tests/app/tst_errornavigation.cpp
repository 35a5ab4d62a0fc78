// Following an error as a user does, on what Sentry's node SDK really sent: the
// transactions of a checkout and the error event raised in one of its spans. From the
// errors list to the error, from the error to its span in the waterfall, from the span
// and the trace back to their errors, and Back all the way.
#include "app/errorpages.h"
#include "app/importjob.h"
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/tracepages.h"

#include "models/item/sourcesmodel.h"
#include "models/store/cache.h"
#include "models/store/tracereader.h"
#include "views/errorlistpage.h"
#include "views/errorpage.h"
#include "views/spandetailspanel.h"
#include "views/tracepage.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace eg::app;
using eg::itemmodels::SourcesModel;

namespace {

// The checkout's trace, and the span `checkout.validate` in which PaymentDeclinedError was
// captured (node-run1's README).
const QString kTrace = QStringLiteral("6d12df59fd034aec889a4b6d9cdf1b51");
const QString kSpan = QStringLiteral("bfc9afbfa571d21a");

QWidget *currentPage(MainWindow &window)
{
    return qobject_cast<QStackedWidget *>(window.centralWidget())->currentWidget();
}

QString fixture(const char *name)
{
    return QStringLiteral(EG_SHARED_DIR "/fixtures/sentry-sdk/node-run1/") + QLatin1String(name);
}

} // namespace

class TestErrorNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        if (!QFileInfo::exists(fixture("0006_event.envelope")))
            QSKIP("../shared/fixtures/sentry-sdk/node-run1 is not beside the repository");
    }

    void followsAnErrorToItsSpanAndBack()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("errors.sqlite"));
        MainWindow window(cachePath);
        window.show();
        QSignalSpy imported(window.importJob(), &ImportJob::finished);
        window.openFiles({fixture("0001_transaction.envelope"),
                          fixture("0002_transaction.envelope"),
                          fixture("0003_transaction.envelope"),
                          fixture("0004_transaction.envelope"), fixture("0006_event.envelope")});
        QTRY_COMPARE(imported.size(), 1);

        // The sources list says what each file holds, and offers every error of the cache.
        const auto *sources = window.sourcesModel();
        QStringList contents;
        for (int row = 0; row < sources->rowCount(); ++row)
            contents << sources->index(row, SourcesModel::ContentsColumn).data().toString();
        QVERIFY2(contents.contains(QStringLiteral("1 error")), qPrintable(contents.join(u'|')));
        QVERIFY(contents.contains(QStringLiteral("1 trace, 17 spans")));
        auto *allErrors = window.findChild<QPushButton *>(QStringLiteral("allErrorsButton"));
        QVERIFY(allErrors);
        QCOMPARE(allErrors->text(), QStringLiteral("All errors (1)"));
        QTest::mouseClick(allErrors, Qt::LeftButton);
        eg::views::ErrorListPage *list = window.errorPages()->listPage();
        QCOMPARE(currentPage(window), list);
        QCOMPARE(window.navigator()->current(), EntityRef::errors());

        // Enter on the group opens its latest event.
        QTableView *groups = list->groupTable();
        QCOMPARE(groups->model()->rowCount(), 1);
        groups->setFocus();
        groups->setCurrentIndex(groups->model()->index(0, 0));
        QTest::keyClick(groups, Qt::Key_Return);
        eg::views::ErrorPage *page = window.errorPages()->eventPage();
        QCOMPARE(currentPage(window), page);
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::ErrorEvent);
        const EntityRef errorEntry = window.navigator()->current();

        // "Open trace": the waterfall of the checkout with the span that raised it selected.
        auto *openTrace = page->findChild<QPushButton *>(QStringLiteral("openTrace"));
        QVERIFY(openTrace && openTrace->isEnabled());
        QTest::mouseClick(openTrace, Qt::LeftButton);
        eg::views::TracePage *trace = window.tracePages()->tracePage();
        QTRY_COMPARE(currentPage(window), trace);
        const eg::store::Cache cache(cachePath);
        const int64_t spanRow
            = eg::store::TraceReader(cache).spanRow(kTrace.toStdString(), kSpan.toStdString());
        QVERIFY(spanRow > 0);
        QCOMPARE(window.navigator()->current(), EntityRef::trace(kTrace, spanRow));
        QTRY_VERIFY(trace->findChild<eg::views::SpanDetailsPanel *>()->node() >= 0);

        // The span and the trace each lead back to their errors.
        auto *spanErrors = trace->findChild<QPushButton *>(QStringLiteral("spanErrorsButton"));
        QVERIFY(spanErrors);
        QTRY_VERIFY(spanErrors->isVisible());
        QCOMPARE(spanErrors->text(), QStringLiteral("Errors of this span (1)"));
        QVERIFY(trace->traceErrorsButton()->isVisible());
        QCOMPARE(trace->traceErrorsButton()->text(), QStringLiteral("Errors of this trace (1)"));
        QTest::mouseClick(spanErrors, Qt::LeftButton);
        QCOMPARE(currentPage(window), list);
        QCOMPARE(window.navigator()->current(), EntityRef::traceErrors(kTrace, spanRow));
        QCOMPARE(list->groupTable()->model()->rowCount(), 1);

        // Back: the span, then the error.
        window.navigator()->goBack();
        QTRY_COMPARE(currentPage(window), trace);
        QCOMPARE(window.navigator()->current(), EntityRef::trace(kTrace, spanRow));
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), page);
        QCOMPARE(window.navigator()->current(), errorEntry);

        // The trace's own errors, from its toolbar.
        window.navigator()->goForward();
        QTRY_COMPARE(currentPage(window), trace);
        QTest::mouseClick(trace->traceErrorsButton(), Qt::LeftButton);
        QCOMPARE(window.navigator()->current(), EntityRef::traceErrors(kTrace));
        QCOMPARE(currentPage(window), list);
    }

private:
    QTemporaryDir m_dir;
};

int runErrorNavigationTests(int argc, char *argv[])
{
    TestErrorNavigation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_errornavigation.moc"
