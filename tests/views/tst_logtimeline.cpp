// The log timeline page: the stacked histogram drawn where the lines are, in their
// levels' colours; the sentence above it; dragging across the chart narrows the table;
// searching marks the words.
#include "models/item/loglevelpalette.h"
#include "models/item/logtablemodel.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "views/logdetailspanel.h"
#include "views/logfilterbar.h"
#include "views/loghistogramview.h"
#include "views/logqueryresult.h"
#include "views/logtimelinepage.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using eg::itemmodels::LogLevelPalette;
using eg::itemmodels::LogTableModel;
using eg::store::LogLevel;
using eg::views::LogQueryResult;
using eg::views::LogTimelinePage;

namespace {

constexpr int64_t kOrigin = 1'700'000'000'000'000'000;
constexpr int64_t kSecond = 1'000'000'000;

// One info line every 100 ms for a minute from two services; in the last ten seconds
// also an error every second, all in one trace.
void fillCache(const QString &path)
{
    eg::store::Cache cache(path);
    eg::store::CacheWriter writer(cache,
                                  {QStringLiteral("/tmp/app.jsonl"), QStringLiteral("app.jsonl"),
                                   QStringLiteral("jsonl-logs"), 1000});
    for (int i = 0; i < 600; ++i) {
        eg::store::LogRecord record;
        record.timeNs = kOrigin + i * kSecond / 10;
        record.level = LogLevel::Info;
        record.levelText = "info";
        record.service = i % 2 ? "api" : "worker";
        record.body = "order " + std::to_string(i) + " stored";
        record.attributes = "{\"order\":" + std::to_string(i) + "}";
        writer.addLog(record);
        if (i >= 500 && i % 10 == 0) {
            record.level = LogLevel::Error;
            record.levelText = "error";
            record.body = "payment declined for order " + std::to_string(i);
            record.traceId = "5b8efff798038103d269b633813fc60c";
            record.spanId = "eee19b7ec3c1b178";
            writer.addLog(record);
        }
    }
    writer.commit(QStringLiteral("logs-hash"));
}

// How many pixels of each column of the chart's plot area have this colour.
std::vector<int> columnsOf(const QImage &image, const QRectF &area, const QColor &colour)
{
    std::vector<int> columns(size_t(image.width()), 0);
    for (int x = int(area.left()); x < int(area.right()); ++x)
        for (int y = int(area.top()); y < int(area.bottom()); ++y)
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++columns[size_t(x)];
    return columns;
}

int sum(const std::vector<int> &columns, double from, double to)
{
    int total = 0;
    for (int x = std::max(0, int(from)); x < std::min(int(columns.size()), int(to)); ++x)
        total += columns[size_t(x)];
    return total;
}

} // namespace

class TestLogTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("logs.sqlite"));
        fillCache(m_path);
    }

    void drawsBarsWhereTheLinesAre()
    {
        LogTimelinePage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy finished(&page, &LogTimelinePage::queryFinished);
        page.showLogs(m_path, {}, QStringLiteral("`app.jsonl`"));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!page.isLoading());
        QCOMPARE(page.model()->rowCount(), 610);
        QVERIFY2(page.headlineText().startsWith(
                     QStringLiteral("Logs of `app.jsonl`: 610 log lines from 2 services "
                                    "between ")),
                 qPrintable(page.headlineText()));
        QVERIFY2(page.headlineText().contains(QStringLiteral("; 10 errors, most in the last ")),
                 qPrintable(page.headlineText()));
        QCOMPARE(page.filterBar()->levelButton(int(LogLevel::Error))->text(),
                 QStringLiteral("Error 10"));
        QCOMPARE(page.filterBar()->levelButton(int(LogLevel::Info))->text(),
                 QStringLiteral("Info 600"));

        eg::views::LogHistogramView *chart = page.chart();
        const QImage image = chart->grab().toImage();
        if (qEnvironmentVariableIsSet("EG_SAVE_CHART"))
            image.save(qEnvironmentVariable("EG_SAVE_CHART"));
        const QRectF area = chart->plotArea();
        QVERIFY(area.width() > 200);
        const auto errors = columnsOf(image, area, LogLevelPalette::colour(LogLevel::Error));
        const auto infos = columnsOf(image, area, LogLevelPalette::colour(LogLevel::Info));
        const double at45s = chart->xOf(kOrigin + 45 * kSecond);
        const double at50s = chart->xOf(kOrigin + 50 * kSecond);
        const double at60s = chart->xOf(kOrigin + 60 * kSecond);
        // Red only in the last ten seconds; blue all along.
        QVERIFY(sum(errors, at50s, at60s + 2) > 0);
        QCOMPARE(sum(errors, area.left(), at45s), 0);
        QVERIFY(sum(infos, area.left(), chart->xOf(kOrigin + 10 * kSecond)) > 0);
        QVERIFY(sum(infos, at50s, at60s) > 0);

        // Each bar says what it holds.
        const int bin = chart->binAt(kOrigin + 55 * kSecond);
        QVERIFY(bin > 0);
        QVERIFY2(chart->binText(bin).contains(QStringLiteral(" lines: 1 Error, 5 Info")),
                 qPrintable(chart->binText(bin)));
        QCOMPARE(chart->binAt(kOrigin - kSecond), -1);
    }

    void dragSelectsTheTimeTheTableShows()
    {
        LogTimelinePage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy finished(&page, &LogTimelinePage::queryFinished);
        page.showLogs(m_path, {}, QString());
        QTRY_COMPARE(finished.size(), 1);

        eg::views::LogHistogramView *chart = page.chart();
        const int y = int(chart->plotArea().center().y());
        const QPoint from(int(chart->xOf(kOrigin + 20 * kSecond)), y);
        const QPoint to(int(chart->xOf(kOrigin + 30 * kSecond)), y);
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(chart->viewport(), to);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, to);
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(page.timeRange());
        const auto [start, end] = *page.timeRange();
        // Within a pixel or so of what was dragged across.
        QVERIFY(std::abs(start - (kOrigin + 20 * kSecond)) < kSecond);
        QVERIFY(std::abs(end - (kOrigin + 30 * kSecond)) < kSecond);
        const int rows = page.model()->rowCount();
        QVERIFY(rows > 80 && rows < 120);
        for (int row = 0; row < rows; ++row) {
            const auto *line = page.model()->rowAt(row);
            QVERIFY(line && line->timeNs);
            QVERIFY(*line->timeNs >= start && *line->timeNs < end);
        }
        // The chart zoomed in and binned the stretch anew.
        QCOMPARE(chart->bins().front().fromNs, start);
        QCOMPARE(chart->bins().back().toNs, end);
        QVERIFY(page.clearRangeButton()->isEnabled());

        page.clearRangeButton()->click();
        QTRY_COMPARE(finished.size(), 3);
        QVERIFY(!page.timeRange());
        QCOMPARE(page.model()->rowCount(), 610);
        QVERIFY(!page.clearRangeButton()->isEnabled());
    }

    // Wheel up looks closer around the time under the pointer, wheel down wider, never
    // wider than the data; the table follows as it does a drag.
    void wheelZoomsAroundThePointer()
    {
        LogTimelinePage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy finished(&page, &LogTimelinePage::queryFinished);
        page.showLogs(m_path, {}, QString());
        QTRY_COMPARE(finished.size(), 1);

        eg::views::LogHistogramView *chart = page.chart();
        QSignalSpy selected(chart, &eg::views::LogHistogramView::rangeSelected);
        const auto whole = chart->shownRange();
        QVERIFY(whole);
        const auto turn = [&](int64_t atTime, int notches) {
            const QPointF at(chart->xOf(atTime), chart->plotArea().center().y());
            QWheelEvent wheel(at, chart->viewport()->mapToGlobal(at), QPoint(),
                              QPoint(0, notches * 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(chart->viewport(), &wheel);
        };
        const int64_t pointer = kOrigin + 45 * kSecond;

        // One notch up at 0:45: 70 % of the time, 0:45 where it was within it.
        turn(pointer, 1);
        QCOMPARE(selected.size(), 1);
        const int64_t from = selected.last().at(0).toLongLong();
        const int64_t to = selected.last().at(1).toLongLong();
        const double wholeSpan = double(whole->second - whole->first);
        QVERIFY(std::abs(double(to - from) - 0.7 * wholeSpan) < wholeSpan / 1000);
        const double shareBefore = double(pointer - whole->first) / wholeSpan;
        const double shareAfter = double(pointer - from) / double(to - from);
        QVERIFY2(std::abs(shareBefore - shareAfter) < 0.02,
                 qPrintable(QStringLiteral("%1 %2").arg(shareBefore).arg(shareAfter)));
        // The table follows, as for a drag.
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(page.timeRange() == std::make_pair(from, to));
        QCOMPARE(chart->bins().front().fromNs, from);
        QCOMPARE(chart->bins().back().toNs, to);
        QVERIFY(page.clearRangeButton()->isEnabled());
        // The first page of the table is read at once; all of it lies in the range.
        for (int row = 0; row < std::min(page.model()->rowCount(), LogTableModel::kPageSize);
             ++row) {
            const auto *line = page.model()->rowAt(row);
            QVERIFY(line && line->timeNs && *line->timeNs >= from && *line->timeNs < to);
        }
        QVERIFY(page.model()->rowCount() < 610);

        // Three more notches before the table has caught up add up: 0.7⁴ of the time.
        turn(pointer, 1);
        turn(pointer, 2);
        QCOMPARE(selected.size(), 3);
        const int64_t closeFrom = selected.last().at(0).toLongLong();
        const int64_t closeTo = selected.last().at(1).toLongLong();
        QVERIFY(std::abs(double(closeTo - closeFrom) - 0.2401 * wholeSpan) < wholeSpan / 1000);
        QVERIFY(closeFrom < pointer && pointer < closeTo);
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(page.timeRange() == std::make_pair(closeFrom, closeTo));

        // Down near the end: wider, pushed back inside the data rather than past its end.
        turn(closeTo - kSecond, -2);
        QCOMPARE(selected.size(), 4);
        QVERIFY(selected.last().at(1).toLongLong() <= whole->second);
        QVERIFY(selected.last().at(0).toLongLong() >= whole->first);
        QTRY_VERIFY(!page.isLoading());

        // All the way out: the whole time, and no further.
        turn(pointer, -10);
        QCOMPARE(selected.size(), 5);
        QCOMPARE(selected.last().at(0).toLongLong(), whole->first);
        QCOMPARE(selected.last().at(1).toLongLong(), whole->second);
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(!page.timeRange());
        QVERIFY(!page.clearRangeButton()->isEnabled());
        QCOMPARE(page.model()->rowCount(), 610);
        turn(pointer, -1);
        QCOMPARE(selected.size(), 5);
    }

    // The arithmetic alone: the anchor keeps its place, the data bounds the range.
    void zoomedRangeKeepsTheAnchorAndTheData()
    {
        using eg::views::LogHistogramView;
        const std::pair<int64_t, int64_t> data(0, 1000 * kSecond);
        const auto closer
            = LogHistogramView::zoomedRange({0, 100 * kSecond}, 50 * kSecond, 0.5, data);
        QVERIFY(closer == std::make_pair(25 * kSecond, 75 * kSecond));
        const auto atStart = LogHistogramView::zoomedRange({0, 100 * kSecond}, 0, 0.5, data);
        QVERIFY(atStart == std::make_pair(int64_t(0), 50 * kSecond));
        const auto wider = LogHistogramView::zoomedRange({900 * kSecond, 1000 * kSecond},
                                                         990 * kSecond, 4, data);
        QVERIFY(wider == std::make_pair(600 * kSecond, 1000 * kSecond));
        QVERIFY(LogHistogramView::zoomedRange({0, 100 * kSecond}, 0, 50, data) == data);
        // No shorter than a millisecond.
        const auto shortest = LogHistogramView::zoomedRange({0, 2'000'000}, 1'000'000, 0.01, data);
        QCOMPARE(shortest.second - shortest.first, int64_t(1'000'000));
    }

    void searchesAndShowsALine()
    {
        LogTimelinePage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy finished(&page, &LogTimelinePage::queryFinished);
        page.showLogs(m_path, {}, QString());
        QTRY_COMPARE(finished.size(), 1);

        QLineEdit *search = page.filterBar()->searchField();
        search->setText(QStringLiteral("declined"));
        Q_EMIT search->returnPressed();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(page.model()->rowCount(), 10);
        QVERIFY2(page.headlineText().startsWith(QStringLiteral("10 log lines")),
                 qPrintable(page.headlineText()));
        const QModelIndex message = page.model()->index(0, LogTableModel::MessageColumn);
        using Ranges = QList<QPair<int, int>>;
        QCOMPARE(message.data(LogTableModel::MatchRangesRole).value<Ranges>(), (Ranges {{8, 8}}));

        // The line whole, and the lines around it in its file.
        page.table()->setCurrentIndex(message);
        eg::views::LogDetailsPanel *details = page.detailsPanel();
        QVERIFY(details->plainText().contains(QStringLiteral("payment declined for order 500")));
        QVERIFY(details->openTraceButton()->isVisibleTo(&page));
        QSignalSpy traces(&page, &LogTimelinePage::traceRequested);
        details->openTraceButton()->click();
        QCOMPARE(traces.size(), 1);
        QCOMPARE(traces.first().at(0).toString(),
                 QStringLiteral("5b8efff798038103d269b633813fc60c"));
        QCOMPARE(traces.first().at(1).toString(), QStringLiteral("eee19b7ec3c1b178"));
        details->surroundingButton()->click();
        QVERIFY(details->plainText().contains(QStringLiteral("order 495 stored")));
        QVERIFY(details->plainText().contains(QStringLiteral("order 505 stored")));

        // Without the search and the info lines: the errors alone.
        search->clear();
        Q_EMIT search->returnPressed();
        QTRY_COMPARE(finished.size(), 3);
        page.filterBar()->levelButton(int(LogLevel::Info))->setChecked(false);
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(page.model()->rowCount(), 10);
        QVERIFY2(page.headlineText().contains(QStringLiteral("10 errors")),
                 qPrintable(page.headlineText()));
    }

    // A search's first lines come alone, before its count: the table shows them while
    // the rest are counted.
    void readsTheFirstLinesOfASearchAlone()
    {
        const eg::store::Cache cache(m_path);
        eg::store::LogFilter filter;
        filter.text = QStringLiteral("declined");
        LogQueryResult first = LogQueryResult::read(eg::store::LogReader(cache), filter, 50,
                                                    LogQueryResult::Part::FirstPage);
        QVERIFY(first.firstPageRead);
        QVERIFY(!first.tableRead);
        QVERIFY(!first.overviewRead);
        QCOMPARE(first.firstPage.size(), size_t(10));
        LogQueryResult shown;
        shown.merge(std::move(first));
        QVERIFY(shown.firstPageRead);
        QCOMPARE(shown.firstPage.size(), size_t(10));
        shown.merge(LogQueryResult::read(eg::store::LogReader(cache), filter, 50,
                                         LogQueryResult::Part::Table));
        QVERIFY(shown.tableRead);
        QCOMPARE(shown.count, int64_t(10));
    }

    void filtersByAttribute()
    {
        LogTimelinePage page;
        QSignalSpy finished(&page, &LogTimelinePage::queryFinished);
        page.showLogs(m_path, {}, QString());
        QTRY_COMPARE(finished.size(), 1);
        QLineEdit *attribute = page.filterBar()->attributeField();
        attribute->setText(QStringLiteral("order=42"));
        Q_EMIT attribute->returnPressed();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(page.model()->rowCount(), 1);
        attribute->setText(QStringLiteral("order"));
        QVERIFY(page.filterBar()->attributeInvalid());
    }

    void filtersByServiceAndAsksAfterAPauseInTyping()
    {
        LogTimelinePage page;
        QSignalSpy finished(&page, &LogTimelinePage::queryFinished);
        page.showLogs(m_path, {}, QString());
        QTRY_COMPARE(finished.size(), 1);
        QComboBox *services = page.filterBar()->serviceCombo();
        QCOMPARE(services->count(), 3);
        QCOMPARE(services->itemText(2), QStringLiteral("worker (310)"));
        services->setCurrentIndex(2);
        Q_EMIT services->activated(2);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(page.model()->rowCount(), 310);
        QVERIFY2(page.headlineText().startsWith(QStringLiteral("310 log lines from one service")),
                 qPrintable(page.headlineText()));

        // Typing asks once, when it pauses, not on every key.
        QLineEdit *search = page.filterBar()->searchField();
        QTest::keyClicks(search, QStringLiteral("stored"));
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(page.model()->rowCount(), 300);
        QCOMPARE(page.result().filter.text, QStringLiteral("stored"));
    }

    void prettyPrintsAttributes()
    {
        QCOMPARE(eg::views::LogDetailsPanel::prettyJson("{\"a\":1}"),
                 QStringLiteral("{\n    \"a\": 1\n}"));
        QCOMPARE(eg::views::LogDetailsPanel::prettyJson("not json"), QStringLiteral("not json"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

int runLogTimelineTests(int argc, char *argv[])
{
    TestLogTimeline test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logtimeline.moc"
