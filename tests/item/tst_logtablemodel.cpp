#include "models/item/loglevelpalette.h"
#include "models/item/logtablemodel.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using eg::itemmodels::LogLevelPalette;
using eg::itemmodels::LogTableModel;
using eg::store::LogLevel;

namespace {

constexpr int64_t kOrigin = 1'700'000'000'000'000'000;
constexpr int64_t kMs = 1'000'000;

// 600 records one millisecond apart: every tenth a warning about a payment, every
// hundredth an error of trace "ab…"; the rest info about orders.
void fillCache(const QString &path)
{
    eg::store::Cache cache(path);
    eg::store::CacheWriter writer(cache,
                                  {QStringLiteral("/tmp/app.jsonl"), QStringLiteral("app.jsonl"),
                                   QStringLiteral("jsonl-logs"), 1000});
    for (int i = 0; i < 600; ++i) {
        eg::store::LogRecord record;
        record.timeNs = kOrigin + i * kMs;
        record.service = i % 2 ? "api" : "worker";
        if (i % 100 == 0) {
            record.level = LogLevel::Error;
            record.levelText = "ERROR";
            record.body = "payment declined for order " + std::to_string(i);
            record.traceId = "abababababababababababababababab";
            record.spanId = "cdcdcdcdcdcdcdcd";
        } else if (i % 10 == 0) {
            record.level = LogLevel::Warn;
            record.levelText = "warning";
            record.body = "slow payment provider\nretrying " + std::to_string(i);
        } else {
            record.level = LogLevel::Info;
            record.levelText = "info";
            record.body = "order " + std::to_string(i) + " stored";
        }
        writer.addLog(record);
    }
    writer.commit(QStringLiteral("logs-hash"));
}

} // namespace

class TestLogTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("logs.sqlite"));
        fillCache(m_path);
        m_cache = std::make_unique<eg::store::Cache>(m_path);
    }

    void passesTheModelTester()
    {
        LogTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(m_cache.get());
        model.setFilter({});
        QCOMPARE(model.rowCount(), 600);
        eg::store::LogFilter errors;
        errors.levels = 1 << int(LogLevel::Error);
        model.setFilter(errors);
        QCOMPARE(model.rowCount(), 6);
        eg::store::LogFilter text;
        text.text = QStringLiteral("payment");
        model.setFilter(text);
        QCOMPARE(model.rowCount(), 60);
        model.setCache(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsOneRecordPerRow()
    {
        LogTableModel model;
        model.setCache(m_cache.get());
        model.setFilter({});
        QCOMPARE(model.columnCount(), int(LogTableModel::ColumnCount));
        QCOMPARE(model.headerData(LogTableModel::MessageColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Message"));
        // In time order: the first record is the error at 0 ms.
        const QModelIndex level = model.index(0, LogTableModel::LevelColumn);
        QCOMPARE(level.data().toString(), LogLevelPalette::name(LogLevel::Error));
        QCOMPARE(level.data(Qt::ForegroundRole).value<QBrush>().color(),
                 LogLevelPalette::colour(LogLevel::Error));
        QCOMPARE(level.data(Qt::DecorationRole).value<QColor>(),
                 LogLevelPalette::colour(LogLevel::Error));
        QCOMPARE(level.data(LogTableModel::LevelRole).toInt(), int(LogLevel::Error));
        QCOMPARE(model.index(0, LogTableModel::ServiceColumn).data().toString(),
                 QStringLiteral("worker"));
        QCOMPARE(model.index(0, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("payment declined for order 0"));
        QCOMPARE(model.index(0, LogTableModel::TraceColumn).data().toString(),
                 QStringLiteral("abababab"));
        QCOMPARE(model.index(0, 0).data(LogTableModel::TraceIdRole).toString(),
                 QStringLiteral("abababababababababababababababab"));
        QCOMPARE(model.index(0, 0).data(LogTableModel::SpanIdRole).toString(),
                 QStringLiteral("cdcdcdcdcdcdcdcd"));
        // A line break in a message becomes a space in its one line.
        QCOMPARE(model.index(10, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("slow payment provider retrying 10"));
        QCOMPARE(model.index(1, LogTableModel::LevelColumn).data(Qt::FontRole), QVariant());
    }

    void readsPagesOnlyWhenScrolledTo()
    {
        LogTableModel model;
        model.setCache(m_cache.get());
        model.setFilter({});
        QCOMPARE(model.pagesRead(), 0);
        QCOMPARE(model.index(5, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("order 5 stored"));
        QCOMPARE(model.pagesRead(), 1);
        // Row 300 is on the second page, row 599 on the third.
        QCOMPARE(model.index(300, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("payment declined for order 300"));
        QCOMPARE(model.index(301, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("order 301 stored"));
        QCOMPARE(model.index(599, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("order 599 stored"));
        QCOMPARE(model.pagesRead(), 3);
        // Going back to a page held does not read it again.
        QCOMPARE(model.index(7, LogTableModel::MessageColumn).data().toString(),
                 QStringLiteral("order 7 stored"));
        QCOMPARE(model.pagesRead(), 3);
        QCOMPARE(model.pagesHeld(), size_t(3));
        QCOMPARE(model.rowAt(256)->id,
                 model.index(256, 0).data(LogTableModel::LogIdRole).toLongLong());
        QVERIFY(!model.rowAt(600));
    }

    void keepsOnlyAFewPages()
    {
        eg::store::LogFilter everything;
        LogTableModel model;
        model.setCache(m_cache.get());
        model.setFilter(everything);
        // A page of 256 over 600 rows is three pages; walking them twice reads each once.
        for (int pass = 0; pass < 2; ++pass)
            for (int row = 0; row < model.rowCount(); row += 50)
                QVERIFY(model.rowAt(row));
        QCOMPARE(model.pagesRead(), 3);
        QVERIFY(model.pagesHeld() <= LogTableModel::kCachedPages);
    }

    void takesAResultReadElsewhere()
    {
        LogTableModel model;
        model.setCache(m_cache.get());
        eg::store::LogFilter filter;
        filter.text = QStringLiteral("pay");
        const eg::store::LogReader reader(*m_cache);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilterResult(filter, reader.count(filter), reader.page(filter, 0, 256));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 60);
        QVERIFY(model.rowAt(59));
        QCOMPARE(model.pagesRead(), 0); // the first page came with the result
    }

    // A search shows its first lines before its count: the count then adds rows, and the
    // rows on screen and the selection stay.
    void growsWhenTheCountFollowsTheFirstLines()
    {
        LogTableModel model;
        model.setCache(m_cache.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        eg::store::LogFilter filter;
        filter.text = QStringLiteral("order");
        const eg::store::LogReader reader(*m_cache);
        std::vector<eg::store::LogRow> first = reader.page(filter, 0, 50);
        model.setFilterResult(filter, int64_t(first.size()), first);
        QCOMPARE(model.rowCount(), 50);
        const std::string firstBody = model.rowAt(0)->body;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setFilterResult(filter, reader.count(filter), first);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.front().at(1).toInt(), 50);
        QCOMPARE(model.rowCount(), int(reader.count(filter)));
        QCOMPARE(model.rowAt(0)->body, firstBody);
        // Another filter starts over.
        eg::store::LogFilter other = filter;
        other.text = QStringLiteral("payment");
        model.setFilterResult(other, reader.count(other), reader.page(other, 0, 256));
        QCOMPARE(resets.size(), 1);
    }

    void readsPagesInTheBackground()
    {
        LogTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QThreadPool pool;
        model.setCache(m_cache.get());
        model.setBackgroundReading(m_path, &pool);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 600);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Row 301 is on the second page: loading at first, then there.
        const QModelIndex message = model.index(301, LogTableModel::MessageColumn);
        QCOMPARE(message.data().toString(), QStringLiteral("Loading…"));
        QVERIFY(!model.rowAt(301));
        QVERIFY(model.isLoading(301));
        QTRY_VERIFY(!model.isLoading(301));
        // The rows of its page were said to have changed (the tester may have asked for
        // the first page too).
        bool pageChanged = false;
        for (const auto &signal : std::as_const(changed))
            pageChanged = pageChanged
                || (signal.at(0).toModelIndex() == model.index(256, 0)
                    && signal.at(1).toModelIndex()
                        == model.index(511, LogTableModel::ColumnCount - 1));
        QVERIFY(pageChanged);
        QCOMPARE(message.data().toString(), QStringLiteral("order 301 stored"));

        // A page asked for under an old filter does not land in the new one.
        QVERIFY(!model.rowAt(599));
        eg::store::LogFilter errors;
        errors.levels = 1 << int(LogLevel::Error);
        model.setFilter(errors);
        pool.waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 6);
        QTRY_VERIFY(model.rowAt(0));
        QCOMPARE(model.rowAt(0)->level, LogLevel::Error);
        QCOMPARE(model.rowAt(5)->body, std::string("payment declined for order 500"));
    }

    void marksTheSearchedWords()
    {
        using Ranges = QList<QPair<int, int>>;
        QCOMPARE(LogTableModel::matchRanges(QStringLiteral("Payment declined, repay"),
                                            QStringLiteral("pay")),
                 (Ranges {{0, 3}}));
        QCOMPARE(LogTableModel::matchRanges(QStringLiteral("order 12 paid, order 13"),
                                            QStringLiteral("order \"paid\"")),
                 (Ranges {{0, 5}, {9, 4}, {15, 5}}));
        QCOMPARE(LogTableModel::matchRanges(QStringLiteral("abc"), QString()), Ranges());

        LogTableModel model;
        model.setCache(m_cache.get());
        eg::store::LogFilter filter;
        filter.text = QStringLiteral("declined");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, LogTableModel::MessageColumn)
                     .data(LogTableModel::MatchRangesRole)
                     .value<Ranges>(),
                 (Ranges {{8, 8}}));
        QVERIFY(!model.index(0, LogTableModel::TimeColumn)
                     .data(LogTableModel::MatchRangesRole)
                     .isValid());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<eg::store::Cache> m_cache;
};

int runLogTableModelTests(int argc, char *argv[])
{
    TestLogTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logtablemodel.moc"
