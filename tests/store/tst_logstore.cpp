#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/errorreader.h"
#include "models/store/logreader.h"
#include "models/store/sqlitestatement.h"
#include "models/store/tracereader.h"
#include "tests/support/testerrorevents.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eg::store;

namespace {

constexpr int64_t kSecond = 1'000'000'000;
constexpr int64_t kStart = 1'700'000'000 * kSecond;

LogRecord log(int64_t second, LogLevel level, const char *body, const char *service = "api",
              const char *traceId = "")
{
    LogRecord record;
    record.timeNs = kStart + second * kSecond;
    record.level = level;
    record.levelText = logLevelName(level);
    record.body = body;
    record.service = service;
    record.traceId = traceId;
    return record;
}

SourceDescription describe(const char *name)
{
    return {QStringLiteral("/tmp/") + QLatin1String(name), QLatin1String(name),
            QStringLiteral("jsonl-logs"), 100};
}

int64_t countRows(const Cache &cache, const char *sql)
{
    SqliteStatement query(cache.handle(), sql);
    query.step();
    return query.int64(0);
}

std::vector<std::string> bodies(const std::vector<LogRow> &rows)
{
    std::vector<std::string> result;
    for (const LogRow &row : rows)
        result.push_back(row.body);
    return result;
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("logs-%1.sqlite").arg(++m_counter));
    }

    void mapsLevelWords()
    {
        bool known = false;
        QCOMPARE(logLevelFromText("WARNING", &known), LogLevel::Warn);
        QVERIFY(known);
        QCOMPARE(logLevelFromText("critical"), LogLevel::Fatal);
        QCOMPARE(logLevelFromText("err"), LogLevel::Error);
        QCOMPARE(logLevelFromText("30"), LogLevel::Info); // pino
        QCOMPARE(logLevelFromText("50"), LogLevel::Error);
        QCOMPARE(logLevelFromText("E"), LogLevel::Error);
        QCOMPARE(logLevelFromText("chatty", &known), LogLevel::Info);
        QVERIFY(!known);
        QCOMPARE(logLevelFromSeverityNumber(1), LogLevel::Trace);
        QCOMPARE(logLevelFromSeverityNumber(9), LogLevel::Info);
        QCOMPARE(logLevelFromSeverityNumber(13), LogLevel::Warn);
        QCOMPARE(logLevelFromSeverityNumber(17), LogLevel::Error);
        QCOMPARE(logLevelFromSeverityNumber(24), LogLevel::Fatal);
        QCOMPARE(std::string(logLevelName(LogLevel::Warn)), std::string("warn"));
    }

    void groupsErrorsWithoutTheirNumbers()
    {
        QCOMPARE(errorGroupKey("RangeError", "quantity 7 exceeds max of 5 for sku SKU-467"),
                 std::string("RangeError: quantity <n> exceeds max of <n> for sku SKU-<n>"));
        QCOMPARE(errorGroupKey("NotFound", "order 6d12df59fd034aec889a4b6d9cdf1b51 is gone"),
                 std::string("NotFound: order <id> is gone"));
        QCOMPARE(errorGroupKey("TypeError", "Cannot read properties of undefined"),
                 std::string("TypeError: Cannot read properties of undefined"));
    }

    void searchesFiltersAndPages()
    {
        Cache cache(m_path);
        CacheWriter writer(cache, describe("app.jsonl"));
        writer.addLog(log(3, LogLevel::Info, "user 42 signed in"));
        writer.addLog(log(1, LogLevel::Warn, "slow query: SELECT * FROM orders", "db"));
        writer.addLog(log(2, LogLevel::Error, "payment declined for order 7", "payments",
                          "6d12df59fd034aec889a4b6d9cdf1b51"));
        LogRecord undated = log(0, LogLevel::Debug, "cache warmed (no time)");
        undated.timeProblem = LogRecord::TimeProblem::Missing;
        writer.addLog(undated);
        LogRecord tagged = log(4, LogLevel::Info, "checkout done");
        tagged.attributes = "{\"http.status\":200,\"region\":\"eu\"}";
        writer.addLog(tagged);
        QCOMPARE(writer.logCount(), int64_t(5));
        writer.commit(QStringLiteral("logs"));

        LogReader reader(cache);
        LogFilter all;
        QCOMPARE(reader.count(all), int64_t(5));
        // Time order, the record without a time last.
        QCOMPARE(bodies(reader.page(all, 0, 10)),
                 (std::vector<std::string> {"slow query: SELECT * FROM orders",
                                            "payment declined for order 7", "user 42 signed in",
                                            "checkout done", "cache warmed (no time)"}));
        QCOMPARE(reader.page(all, 1, 2).size(), size_t(2));
        const auto levels = reader.countByLevel(all);
        QCOMPARE(levels[size_t(LogLevel::Info)], int64_t(2));
        QCOMPARE(levels[size_t(LogLevel::Error)], int64_t(1));

        LogFilter text;
        text.text = QStringLiteral("ORDER decl"); // words in any case; the last a prefix
        QCOMPARE(bodies(reader.page(text, 0, 10)),
                 std::vector<std::string> {"payment declined for order 7"});
        text.text = QStringLiteral("\"SELECT * AND"); // operators are plain words
        QCOMPARE(reader.count(text), int64_t(0));
        text.text = QStringLiteral("select");
        QCOMPARE(reader.count(text), int64_t(1));

        LogFilter levelsOnly;
        levelsOnly.levels = (1 << int(LogLevel::Warn)) | (1 << int(LogLevel::Error));
        QCOMPARE(reader.count(levelsOnly), int64_t(2));
        LogFilter service;
        service.service = "payments";
        QCOMPARE(reader.count(service), int64_t(1));
        LogFilter attribute;
        attribute.attributeKey = "region";
        attribute.attributeValue = "eu";
        QCOMPARE(bodies(reader.page(attribute, 0, 10)), std::vector<std::string> {"checkout done"});
        attribute.attributeKey = "http.status"; // a dot is part of the key
        attribute.attributeValue = "200";
        QCOMPARE(reader.count(attribute), int64_t(1));
        LogFilter trace;
        trace.traceId = "6d12df59fd034aec889a4b6d9cdf1b51";
        QCOMPARE(reader.count(trace), int64_t(1));
        LogFilter window;
        window.fromNs = kStart + 2 * kSecond;
        window.toNs = kStart + 4 * kSecond;
        QCOMPARE(reader.count(window), int64_t(2));

        const auto range = reader.timeRange(all);
        QVERIFY(range.has_value());
        QCOMPARE(range->first, kStart + 1 * kSecond);
        QCOMPARE(range->second, kStart + 4 * kSecond);
        const auto bins = reader.histogram(all, kStart, kStart + 5 * kSecond, 5);
        QCOMPARE(bins.size(), size_t(5));
        QCOMPARE(bins[1].byLevel[size_t(LogLevel::Warn)], int64_t(1));
        QCOMPARE(bins[2].byLevel[size_t(LogLevel::Error)], int64_t(1));
        QCOMPARE(bins[3].byLevel[size_t(LogLevel::Info)], int64_t(1));
        QCOMPARE(bins[0].byLevel[size_t(LogLevel::Debug)], int64_t(0)); // no time: no bin

        // Surrounding lines go by position in the file.
        const int64_t third = reader.page(text, 0, 1).front().id; // "slow query" is line 2
        QCOMPARE(bodies(reader.around(third, 1, 1)),
                 (std::vector<std::string> {"user 42 signed in", "slow query: SELECT * FROM orders",
                                            "payment declined for order 7"}));
        QCOMPARE(reader.attributes(reader.page(attribute, 0, 1).front().id),
                 std::string("{\"http.status\":200,\"region\":\"eu\"}"));
        QCOMPARE(reader.services(), (std::vector<std::string> {"api", "db", "payments"}));
        QCOMPARE(cache.sources().front().logCount, int64_t(5));
    }

    // Pages of lines without a time follow the timed ones, whatever the page boundaries.
    void pagesPassFromTimedToUntimedLines()
    {
        Cache cache(m_path);
        CacheWriter writer(cache, describe("mixed.jsonl"));
        std::vector<std::string> expected(8);
        for (int i = 0; i < 8; ++i) {
            const std::string body = "line " + std::to_string(i);
            LogRecord record = log(10 - i, LogLevel::Info, body.c_str(), i % 2 ? "db" : "api");
            if (i % 3 == 0) // lines 0, 3, 6 have no time: last, in file order
                record.timeProblem = LogRecord::TimeProblem::Unreadable;
            writer.addLog(record);
        }
        writer.commit(QStringLiteral("mixed"));
        const std::vector<std::string> order
            = {"line 7", "line 5", "line 4", "line 2", "line 1", "line 0", "line 3", "line 6"};
        LogReader reader(cache);
        for (const int size : {1, 2, 3, 5, 8, 10}) {
            std::vector<std::string> paged;
            for (int offset = 0; offset < 10; offset += size) {
                for (const std::string &body : bodies(reader.page({}, offset, size)))
                    paged.push_back(body);
            }
            QCOMPARE(paged, order);
        }
        LogFilter db;
        db.service = "db";
        QCOMPARE(bodies(reader.page(db, 2, 5)), (std::vector<std::string> {"line 1", "line 3"}));
    }

    void removesLogsAndTheirIndexWithTheSource()
    {
        Cache cache(m_path);
        int64_t doomed = 0;
        for (const char *name : {"keep.jsonl", "doomed.jsonl"}) {
            CacheWriter writer(cache, describe(name));
            writer.addLog(log(1, LogLevel::Info, (std::string(name) + " 42").c_str()));
            doomed = writer.commit(QLatin1String(name)).sourceId;
        }
        cache.removeSource(doomed);
        LogReader reader(cache);
        LogFilter text;
        text.text = QStringLiteral("doomed");
        QCOMPARE(reader.count(text), int64_t(0));
        text.text = QStringLiteral("keep");
        QCOMPARE(reader.count(text), int64_t(1));
        QCOMPARE(countRows(cache, "SELECT count(*) FROM log_block"), int64_t(1));
        QCOMPARE(countRows(cache, "SELECT count(*) FROM log_block_data"), int64_t(1));
        QCOMPARE(countRows(cache, "SELECT count(*) FROM log_block_number_filter"), int64_t(1));
        // The word index forgot the removed block's words, and only them.
        QCOMPARE(countRows(cache, "SELECT count(*) FROM log_words WHERE log_words MATCH 'doomed'"),
                 int64_t(0));
        QCOMPARE(countRows(cache, "SELECT count(*) FROM log_words WHERE log_words MATCH 'keep'"),
                 int64_t(1));
        cache.execute("INSERT INTO log_words (log_words) VALUES ('integrity-check')");
    }

    void rollsBackLogsWithTheImport()
    {
        Cache cache(m_path);
        {
            CacheWriter writer(cache, describe("broken.jsonl"));
            writer.addLog(log(1, LogLevel::Info, "half an import"));
            ErrorRecord error;
            error.eventId = "aaaa";
            writer.addError(error);
        }
        QCOMPARE(countRows(cache, "SELECT count(*) FROM log_block"), int64_t(0));
        QCOMPARE(countRows(cache, "SELECT count(*) FROM log_words"), int64_t(0));
        QCOMPARE(countRows(cache, "SELECT count(*) FROM error_event"), int64_t(0));
        LogFilter text;
        text.text = QStringLiteral("half");
        QCOMPARE(LogReader(cache).count(text), int64_t(0));
    }

    void countsErrorEventsIntoTheirTrace()
    {
        Cache cache(m_path);
        CacheWriter writer(cache, describe("events.envelope"));
        SpanRecord span;
        span.traceId = "6d12df59fd034aec889a4b6d9cdf1b51";
        span.spanId = "bfc9afbfa571d21a";
        span.name = "POST /api/checkout";
        span.startNs = kStart;
        span.endNs = kStart + kSecond;
        writer.addSpan(span);
        ErrorRecord error;
        error.eventId = "0123456789abcdef0123456789abcdef";
        error.type = "PaymentDeclinedError";
        error.value = "Checkout failed: payment provider declined the charge";
        error.traceId = span.traceId;
        error.spanId = span.spanId;
        error.level = "error";
        writer.addError(error);
        writer.commit(QStringLiteral("events"));
        QCOMPARE(TraceReader(cache).trace(span.traceId)->errorCount, int64_t(1));
        QCOMPARE(countRows(cache,
                           "SELECT count(*) FROM error_event WHERE group_key = "
                           "'PaymentDeclinedError: Checkout failed: payment provider "
                           "declined the charge'"),
                 int64_t(1));
        QCOMPARE(cache.sources().front().errorCount, int64_t(1));

        ErrorReader errors(cache);
        QCOMPARE(errors.count(), int64_t(1));
        const auto groups = errors.groups();
        QCOMPARE(groups.size(), size_t(1));
        QCOMPARE(groups.front().type, std::string("PaymentDeclinedError"));
        QCOMPARE(groups.front().count, int64_t(1));
        QCOMPARE(groups.front().value, error.value);
        const auto ofSpan = errors.eventsOfTrace(span.traceId, span.spanId);
        QCOMPARE(ofSpan.size(), size_t(1));
        QCOMPARE(ofSpan.front().eventId, error.eventId);
        QVERIFY(errors.eventsOfTrace(span.traceId, "ffffffffffffffff").empty());
        QCOMPARE(errors.eventsOfGroup(groups.front().groupKey).size(), size_t(1));
    }

    void filtersErrorGroupsBySourceAndTrace()
    {
        using eg::testsupport::TestErrorEvents;
        const int64_t source = TestErrorEvents::write(m_path);
        Cache cache(m_path);
        ErrorReader errors(cache);
        QCOMPARE(errors.count(), int64_t(TestErrorEvents::kEvents));
        const auto all = errors.groups();
        QCOMPARE(all.size(), size_t(TestErrorEvents::kGroups));
        // Most frequent first, with when it was first and last seen.
        QCOMPARE(all.front().type, std::string("PaymentDeclinedError"));
        QCOMPARE(all.front().count, int64_t(3));
        constexpr int64_t second = 1'000'000'000;
        QCOMPARE(all.front().firstSeenNs, TestErrorEvents::kFirstSeconds * second + 252'000'000);
        QCOMPARE(all.front().lastSeenNs,
                 (TestErrorEvents::kFirstSeconds + 120) * second + 252'000'000);
        QCOMPARE(all[1].count, int64_t(2));
        QCOMPARE(all[1].value, std::string("inventory sync lagging by 14 minutes"));
        QCOMPARE(errors.groups(ErrorFilter {{source}, {}, {}}).size(), all.size());
        QVERIFY(errors.groups(ErrorFilter {{source + 1}, {}, {}}).empty());

        const ErrorFilter trace {{}, TestErrorEvents::kCheckoutTrace, {}};
        QCOMPARE(errors.count(trace), int64_t(2));
        const auto ofTrace = errors.groups(trace);
        QCOMPARE(ofTrace.size(), size_t(2));
        for (const ErrorGroup &group : ofTrace) {
            QCOMPARE(group.count, int64_t(1));
            // The event the group opens is the trace's own, not the latest of all.
            QCOMPARE(errors.event(group.latestEventRow)->traceId,
                     std::string(TestErrorEvents::kCheckoutTrace));
        }
        const auto checkout = errors.eventsOfGroup(all.front().groupKey, trace);
        QCOMPARE(checkout.size(), size_t(1));
        QCOMPARE(checkout.front().spanId, std::string(TestErrorEvents::kCheckoutSpan));
        QCOMPARE(errors.eventsOfGroup(all.front().groupKey).size(), size_t(3));
        const auto one = errors.group(all.front().groupKey);
        QVERIFY(one);
        QCOMPARE(one->count, int64_t(3));
        QCOMPARE(one->lastSeenNs, all.front().lastSeenNs);
        QCOMPARE(one->value, all.front().value);
        QCOMPARE(errors.group(all.front().groupKey, trace)->count, int64_t(1));
        // A span's errors: only the events raised while it ran, in every query.
        const ErrorFilter span {
            {}, TestErrorEvents::kCheckoutTrace, TestErrorEvents::kCheckoutSpan};
        QCOMPARE(errors.count(span), int64_t(1));
        QCOMPARE(errors.groups(span).size(), size_t(1));
        QCOMPARE(errors.group(all.front().groupKey, span)->count, int64_t(1));
        QCOMPARE(errors.eventsOfGroup(all.front().groupKey, span).size(), size_t(1));
        const ErrorFilter otherSpan {{}, TestErrorEvents::kCheckoutTrace, "0000000000000001"};
        QCOMPARE(errors.count(otherSpan), int64_t(0));
        QVERIFY(!errors.group("NoSuchError: nothing"));
        QCOMPARE(errors.eventsOfGroup(all.front().groupKey, ErrorFilter {{source}, {}, {}}).size(),
                 size_t(3));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

int runLogStoreTests(int argc, char *argv[])
{
    TestLogStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logstore.moc"
