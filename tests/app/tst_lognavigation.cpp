// Following logs as a user does: import a log file and the trace its lines belong to,
// jump from a line to its span in the waterfall, from the span to its lines, from the
// trace to its lines, and come back with Back.
#include "app/importjob.h"
#include "app/logfieldsdialog.h"
#include "app/logpages.h"
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/settings.h"
#include "app/tracepages.h"

#include "models/item/logtablemodel.h"
#include "models/store/cache.h"
#include "models/store/logreader.h"
#include "views/logdetailspanel.h"
#include "views/logfilterbar.h"
#include "views/loghistogramview.h"
#include "views/logtimelinepage.h"
#include "views/spandetailspanel.h"
#include "views/tracepage.h"
#include "views/waterfallview.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace eg::app;
using eg::itemmodels::LogTableModel;

namespace {

const QString kTrace = QStringLiteral("5b8efff798038103d269b633813fc60c");
const QString kChargeSpan = QStringLiteral("eee19b7ec3c1b178"); // Payments/Charge
constexpr int64_t kPickedFrom = 1'700'000'000'000'000'000;
constexpr int64_t kPickedTo = 1'700'000'001'000'000'000;

QWidget *currentPage(MainWindow &window)
{
    return qobject_cast<QStackedWidget *>(window.centralWidget())->currentWidget();
}

QString testData(const char *name)
{
    return QStringLiteral(EG_TEST_DATA_DIR "/") + QLatin1String(name);
}

// The table row of the first line whose message is `message`.
int rowOf(const LogTableModel &model, const QString &message)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, LogTableModel::MessageColumn).data().toString() == message)
            return row;
    return -1;
}

} // namespace

class TestLogNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void followsLogsToSpansAndBack()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("logs.sqlite")));
        window.show();
        QSignalSpy imported(window.importJob(), &ImportJob::finished);
        window.openFiles({testData("otlp-shop.json"), testData("shop-logs.jsonl")});
        QTRY_COMPARE(imported.size(), 1);

        // The log file opens on its timeline; the sources list offers every line.
        LogPages *logs = window.logPages();
        eg::views::LogTimelinePage *timeline = logs->timelinePage();
        QCOMPARE(currentPage(window), timeline);
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Source);
        auto *allLogs = window.findChild<QPushButton *>(QStringLiteral("allLogsButton"));
        QVERIFY(allLogs);
        QCOMPARE(allLogs->text(), QStringLiteral("All logs (91)"));
        allLogs->click();
        QCOMPARE(window.navigator()->current(), EntityRef::logs());
        QTRY_VERIFY(!timeline->isLoading());
        QCOMPARE(timeline->model()->rowCount(), 91);
        QVERIFY2(timeline->headlineText().contains(QStringLiteral("91 log lines from 2 services")),
                 qPrintable(timeline->headlineText()));

        // Picking the stretch of the checkout (22:13:20.000 to 22:13:21.000): its 8 lines.
        QSignalSpy picked(timeline, &eg::views::LogTimelinePage::queryFinished);
        Q_EMIT timeline->chart()->rangeSelected(kPickedFrom, kPickedTo);
        QTRY_COMPARE(picked.size(), 1);
        QCOMPARE(timeline->model()->rowCount(), 8);
        QCOMPARE(window.navigator()->current(), EntityRef::logs(0, kPickedFrom, kPickedTo));

        // A line of the trace → the waterfall with the line's span selected.
        const int row = rowOf(*timeline->model(), QStringLiteral("payment declined: card expired"));
        QVERIFY(row >= 0);
        QTableView *table = timeline->table();
        table->setCurrentIndex(timeline->model()->index(row, LogTableModel::TraceColumn));
        QSignalSpy shown(window.tracePages(), &TracePages::traceShown);
        QSignalSpy messages(logs, &LogPages::statusMessage);
        QCOMPARE(table->currentIndex().data(LogTableModel::TraceIdRole).toString(), kTrace);
        QSignalSpy requested(timeline, &eg::views::LogTimelinePage::traceRequested);
        Q_EMIT table->activated(table->currentIndex());
        QVERIFY(messages.isEmpty());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Trace);
        QCOMPARE(window.navigator()->current().key, kTrace);
        QVERIFY(window.navigator()->current().id != 0);
        QTRY_COMPARE(shown.size(), 1);
        eg::views::TracePage *tracePage = window.tracePages()->tracePage();
        QCOMPARE(currentPage(window), tracePage);
        QTRY_COMPARE(tracePage->detailsPanel()->title(), QStringLiteral("Payments/Charge"));

        // The span → its lines: the warning and the error of Payments/Charge.
        QPushButton *spanLogs = tracePage->detailsPanel()->spanLogsButton();
        QVERIFY(spanLogs->isVisibleTo(tracePage));
        QCOMPARE(spanLogs->text(), QStringLiteral("Logs of this span (2)"));
        spanLogs->click();
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::TraceLogs);
        QCOMPARE(currentPage(window), timeline);
        QTRY_VERIFY(!timeline->isLoading());
        QCOMPARE(timeline->model()->rowCount(), 2);
        QCOMPARE(timeline->scope().spanId, kChargeSpan.toStdString());
        QVERIFY2(timeline->headlineText().contains(QStringLiteral("GET /checkout")),
                 qPrintable(timeline->headlineText()));

        // Back: the waterfall again, the span still selected.
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), tracePage);
        QCOMPARE(tracePage->detailsPanel()->title(), QStringLiteral("Payments/Charge"));

        // The trace → all its lines.
        QToolButton *traceLogs = tracePage->traceLogsButton();
        QVERIFY(traceLogs->isVisibleTo(tracePage));
        QCOMPARE(traceLogs->text(), QStringLiteral("Logs of this trace (8)"));
        traceLogs->click();
        QCOMPARE(window.navigator()->current(), EntityRef::traceLogs(kTrace));
        QCOMPARE(currentPage(window), timeline);
        QTRY_VERIFY(!timeline->isLoading());
        QCOMPARE(timeline->model()->rowCount(), 8);

        // Back twice: the waterfall, then the timeline of every line, with the stretch of
        // time picked there.
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), tracePage);
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), timeline);
        QCOMPARE(window.navigator()->current(), EntityRef::logs(0, kPickedFrom, kPickedTo));
        QTRY_VERIFY(!timeline->isLoading());
        QVERIFY(timeline->timeRange() == std::make_pair(kPickedFrom, kPickedTo));
        QCOMPARE(timeline->model()->rowCount(), 8);
        // Forward again.
        window.navigator()->goForward();
        QCOMPARE(currentPage(window), tracePage);

        // Back to the stretch of the checkout; the user searches "payment" and hides the
        // warnings: the two errors are left.
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), timeline);
        QTRY_VERIFY(!timeline->isLoading());
        eg::views::LogFilterBar *filters = timeline->filterBar();
        QSignalSpy filtered(timeline, &eg::views::LogTimelinePage::queryFinished);
        filters->searchField()->setText(QStringLiteral("payment"));
        QTest::keyClick(filters->searchField(), Qt::Key_Return);
        QTRY_COMPARE(filtered.size(), 1);
        QCOMPARE(timeline->model()->rowCount(), 3);
        filters->levelButton(int(eg::store::LogLevel::Warn))->click();
        QTRY_COMPARE(filtered.size(), 2);
        QCOMPARE(timeline->model()->rowCount(), 2);
        const EntityRef filteredPage = window.navigator()->current();
        QCOMPARE(filteredPage.kind, EntityRef::Kind::Logs);
        QCOMPARE(filteredPage.logFilter.text, QStringLiteral("payment"));

        // Away to the trace's lines: a new page, its filters empty.
        window.navigator()->goForward();
        QCOMPARE(currentPage(window), tracePage);
        window.navigator()->goForward();
        QCOMPARE(window.navigator()->current(), EntityRef::traceLogs(kTrace));
        QTRY_VERIFY(!timeline->isLoading());
        QVERIFY(filters->searchField()->text().isEmpty());
        QVERIFY(filters->levelButton(int(eg::store::LogLevel::Warn))->isChecked());
        QCOMPARE(timeline->model()->rowCount(), 8);

        // And back: the same search, the warnings still hidden, the same two lines in the
        // same stretch of time.
        window.navigator()->goBack();
        window.navigator()->goBack();
        QCOMPARE(currentPage(window), timeline);
        QCOMPARE(window.navigator()->current(), filteredPage);
        QTRY_VERIFY(!timeline->isLoading());
        QCOMPARE(filters->searchField()->text(), QStringLiteral("payment"));
        QVERIFY(!filters->levelButton(int(eg::store::LogLevel::Warn))->isChecked());
        QVERIFY(filters->levelButton(int(eg::store::LogLevel::Error))->isChecked());
        QVERIFY(timeline->timeRange() == std::make_pair(kPickedFrom, kPickedTo));
        QCOMPARE(timeline->model()->rowCount(), 2);
        QCOMPARE(timeline->model()->index(0, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("payment declined: card expired"));
        QCOMPARE(timeline->model()->index(1, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("checkout failed: payment declined"));
        QCOMPARE(timeline->result().filter.text, QStringLiteral("payment"));
    }

    // A log file opened alone is its source's page; its filters come back on Back too.
    void keepsTheFiltersOfALogFileOpenedAlone()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("logs-alone.sqlite")));
        window.show();
        QSignalSpy imported(window.importJob(), &ImportJob::finished);
        window.openFiles({testData("shop-logs.jsonl")});
        QTRY_COMPARE(imported.size(), 1);
        eg::views::LogTimelinePage *timeline = window.logPages()->timelinePage();
        QCOMPARE(currentPage(window), timeline);
        const EntityRef source = window.navigator()->current();
        QCOMPARE(source.kind, EntityRef::Kind::Source);
        QTRY_VERIFY(!timeline->isLoading());
        timeline->filterBar()->attributeField()->setText(QStringLiteral("http_status_code=402"));
        QTest::keyClick(timeline->filterBar()->attributeField(), Qt::Key_Return);
        QTRY_VERIFY(!timeline->isLoading());
        QTRY_COMPARE(timeline->model()->rowCount(), 1);

        window.navigator()->navigate(EntityRef::logs());
        QTRY_VERIFY(!timeline->isLoading());
        QCOMPARE(timeline->model()->rowCount(), 91);
        window.navigator()->goBack();
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Source);
        QCOMPARE(timeline->filterBar()->attributeField()->text(),
                 QStringLiteral("http_status_code=402"));
        QTRY_VERIFY(!timeline->isLoading());
        QCOMPARE(timeline->model()->rowCount(), 1);
    }

    void saysWhenTheTraceIsMissing()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("logs-only.sqlite")));
        window.show();
        QSignalSpy imported(window.importJob(), &ImportJob::finished);
        window.openFiles({testData("shop-logs.jsonl")});
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(currentPage(window), window.logPages()->timelinePage());
        QSignalSpy messages(window.tracePages(), &TracePages::statusMessage);
        // As the log line's "Open trace" link asks.
        Q_EMIT window.logPages()->timelinePage()->traceRequested(kTrace, kChargeSpan);
        QCOMPARE(window.navigator()->current().kind, EntityRef::Kind::Source);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().at(0).toString().startsWith(QStringLiteral("Trace 5b8efff7")));
    }

    // File → Log Fields…: a level field called "sev" is read as the level from then on.
    void importsLogsWithTheFieldsTheUserNamed()
    {
        LogFieldsDialog dialog(eg::importers::LogFieldNames {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A picture for a look; the explanation is as tall as its lines, not more, and
        // every box is wide enough for its usual names.
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/logfields.png")));
        const auto *intro = dialog.findChild<QLabel *>(QStringLiteral("intro"));
        QVERIFY(intro);
        QVERIFY(intro->height() >= intro->heightForWidth(intro->width()));
        QVERIFY(intro->height()
                < intro->heightForWidth(intro->width()) + intro->fontMetrics().height());
        QCOMPARE(dialog.field("time")->placeholderText(),
                 QStringLiteral("timestamp, @timestamp, time, ts, …"));
        for (const char *role : {"time", "message", "level", "service", "trace_id", "span_id"})
            QVERIFY(dialog.field(role)->width()
                    > dialog.field(role)->fontMetrics().horizontalAdvance(
                        dialog.field(role)->placeholderText()));
        QVERIFY(dialog.field("level")->text().isEmpty());
        dialog.field("level")->setText(QStringLiteral(" sev "));
        Settings::setLogFieldNames(dialog.names());
        QCOMPARE(Settings::logFieldNames().level, std::string("sev"));

        const QString path = m_dir.filePath(QStringLiteral("sev.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"time\":1700000000000,\"msg\":\"disk full\",\"sev\":\"error\"}\n");
        file.close();
        const QString cachePath = m_dir.filePath(QStringLiteral("fields.sqlite"));
        {
            MainWindow window(cachePath);
            QSignalSpy imported(window.importJob(), &ImportJob::finished);
            window.openFiles({path});
            QTRY_COMPARE(imported.size(), 1);
        }
        Settings::setLogFieldNames({});
        QVERIFY(Settings::logFieldNames().empty());
        const eg::store::Cache cache(cachePath);
        const auto levels = eg::store::LogReader(cache).countByLevel({});
        QCOMPARE(levels[size_t(eg::store::LogLevel::Error)], int64_t(1));
    }

private:
    QTemporaryDir m_dir;
};

int runLogNavigationTests(int argc, char *argv[])
{
    TestLogNavigation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lognavigation.moc"
