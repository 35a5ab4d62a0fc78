// The log store's blocks (LogBlockBuilder, LogReader over log_block and its tables): every question
// the log views ask, answered over several overlapping blocks and compared with the same question
// answered line by line; the word rules the index shares with the check of each line; the trace-id
// filter; moving schema 3's rows into blocks; a damaged block.
#include "models/store/bloomfilter.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/logblockbuilder.h"
#include "models/store/logreader.h"
#include "models/store/logtextquery.h"
#include "models/store/logtokenizer.h"
#include "models/store/sqlitestatement.h"
#include "models/store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <random>

using namespace eg::store;

namespace {

constexpr int64_t kMs = 1'000'000;
constexpr int64_t kStart = int64_t(1'700'000'000'000) * kMs;

// One line as the reference keeps it: the record and where it came from.
struct Line
{
    LogRecord record;
    int sourceIndex = 0; // in import order
    int64_t ordinal = 0;
};

// Lines whose times go forward with jitter, so that neighbouring blocks overlap in time,
// with some lines without a time, from a small vocabulary so that searches hit often.
std::vector<Line> makeLines(int sourceIndex, int count, int64_t offsetMs, uint64_t seed)
{
    static const char *words[] = {"payment",   "declined", "Order", "cache",   "miss",
                                  "eu-west-1", "café",     "retry", "timeout", "user"};
    static const char *services[] = {"api", "payments", "auth"};
    std::mt19937_64 random(seed);
    std::vector<Line> lines;
    for (int i = 0; i < count; ++i) {
        Line line;
        line.sourceIndex = sourceIndex;
        line.ordinal = i;
        LogRecord &r = line.record;
        if (random() % 50 == 0) {
            r.timeProblem = random() % 2 ? LogRecord::TimeProblem::Missing
                                         : LogRecord::TimeProblem::Unreadable;
        } else {
            // Forward by 2 ms a line, up to 3 s back or forth: blocks overlap.
            r.timeNs = kStart + (offsetMs + i * 2 + int64_t(random() % 6000) - 3000) * kMs;
        }
        r.level = LogLevel(random() % 6);
        r.levelText = logLevelName(r.level);
        r.service = services[random() % 3];
        for (int w = 0; w < 4; ++w)
            r.body += std::string(words[random() % 10]) + " ";
        r.body += std::to_string(random() % 1000);
        if (random() % 3 == 0)
            r.traceId = "trace" + std::to_string(random() % 40);
        if (!r.traceId.empty() && random() % 2)
            r.spanId = "span" + std::to_string(random() % 5);
        if (random() % 4 == 0)
            r.attributes = "{\"http.status\":" + std::to_string(random() % 2 ? 500 : 200) + "}";
        lines.push_back(std::move(line));
    }
    return lines;
}

bool referenceMatch(const Line &line, const LogFilter &filter, const std::vector<int64_t> &sources)
{
    const LogRecord &r = line.record;
    if (!(filter.levels & (1 << int(r.level))))
        return false;
    if (!filter.service.empty() && r.service != filter.service)
        return false;
    if (!filter.traceId.empty() && r.traceId != filter.traceId)
        return false;
    if (!filter.spanId.empty() && r.spanId != filter.spanId)
        return false;
    const bool timed = r.timeProblem == LogRecord::TimeProblem::None;
    if ((filter.fromNs || filter.toNs) && !timed)
        return false;
    if (filter.fromNs && r.timeNs < *filter.fromNs)
        return false;
    if (filter.toNs && r.timeNs >= *filter.toNs)
        return false;
    if (!filter.attributeKey.empty()
        && r.attributes.find("\"" + filter.attributeKey + "\":" + filter.attributeValue)
            == std::string::npos)
        return false;
    if (!filter.sourceIds.empty()
        && std::find(filter.sourceIds.begin(), filter.sourceIds.end(),
                     sources[size_t(line.sourceIndex)])
            == filter.sourceIds.end())
        return false;
    return !filter.hasText() || LogTextQuery(filter.text).matches(r.body);
}

std::string key(const LogRow &row)
{
    return std::to_string(row.sourceId) + ":" + std::to_string(row.ordinal);
}

} // namespace

class TestLogBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsWordsAsTheIndexDoes()
    {
        QCOMPARE(LogTokenizer::words("Payment DECLINED: eu-west-1, Café_Ünïcode 42ms"),
                 (std::vector<std::string> {"payment", "declined", "eu", "west", "1", "cafe",
                                            "unicode", "42ms"}));
        const LogTextQuery phrase(QStringLiteral("EU-west"));
        QVERIFY(phrase.matches("region eu-west-1 is slow"));
        QVERIFY(!phrase.matches("west of eu")); // the parts of a word stand side by side
        const LogTextQuery prefix(QStringLiteral("order decl"));
        QVERIFY(prefix.matches("payment declined for Order 7"));
        QVERIFY(!prefix.matches("order was redeclined")); // a prefix starts a word
        QVERIFY(LogTextQuery(QStringLiteral("cafe")).matches("Le CAFÉ est fermé"));
        QVERIFY(LogTextQuery(QStringLiteral("*** ---")).isEmpty());
        // Numbers and ids match whole, through the blocks' number filters.
        const LogTextQuery number(QStringLiteral("order 48"));
        QVERIFY(number.matches("order 48 shipped"));
        QVERIFY(!number.matches("order 482 shipped"));
        QCOMPARE(number.blockQuery(), std::string("\"order\""));
        QCOMPARE(number.numberWords(), std::vector<std::string> {"48"});
        QCOMPARE(LogTextQuery(QStringLiteral("5xx")).blockQuery(), std::string());
        QCOMPARE(prefix.blockQuery(), std::string("\"order\" \"decl\"*"));
    }

    void findsEveryTraceIdItHolds()
    {
        std::vector<std::string> ids;
        for (int i = 0; i < 3000; ++i)
            ids.push_back("4bf92f3577b34da6a3ce929d0e0e" + std::to_string(1000 + i));
        const QByteArray bloom = BloomFilter::build({ids.begin(), ids.end()});
        for (const std::string &id : ids)
            QVERIFY(BloomFilter::mayContain(bloom, id));
        int wrong = 0;
        for (int i = 0; i < 10000; ++i)
            wrong += BloomFilter::mayContain(bloom, "other" + std::to_string(i));
        QVERIFY2(wrong < 100, qPrintable(QString::number(wrong))); // well under 1 %
        QVERIFY(!BloomFilter::mayContain(QByteArray(), "x"));
    }

    // Three files whose lines interleave in time, each several blocks of overlapping
    // times: every count, page, range and histogram equals the answer line by line.
    void answersAsTheLinesDo()
    {
        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        std::vector<Line> all;
        std::vector<int64_t> sources;
        const int sizes[] = {9000, 5000, 300};
        for (int s = 0; s < 3; ++s) {
            const std::vector<Line> lines = makeLines(s, sizes[s], s * 1500, 11 + s);
            const QString name = QStringLiteral("app%1.jsonl").arg(s);
            CacheWriter writer(
                cache, {QStringLiteral("/tmp/") + name, name, QStringLiteral("jsonl-logs"), 1});
            for (const Line &line : lines)
                writer.addLog(line.record);
            sources.push_back(writer.commit(name).sourceId);
            all.insert(all.end(), lines.begin(), lines.end());
        }
        QVERIFY(SqliteStatement(cache.handle(), "SELECT 1").step());

        // The order of a page without text: by time, ties and untimed lines in file order.
        std::vector<const Line *> byTime;
        for (const Line &line : all)
            byTime.push_back(&line);
        std::stable_sort(byTime.begin(), byTime.end(), [](const Line *a, const Line *b) {
            const bool at = a->record.timeProblem == LogRecord::TimeProblem::None;
            const bool bt = b->record.timeProblem == LogRecord::TimeProblem::None;
            if (at != bt)
                return at;
            if (at && a->record.timeNs != b->record.timeNs)
                return a->record.timeNs < b->record.timeNs;
            return std::tie(a->sourceIndex, a->ordinal) < std::tie(b->sourceIndex, b->ordinal);
        });

        std::vector<std::pair<const char *, LogFilter>> filters;
        filters.emplace_back("everything", LogFilter());
        LogFilter f;
        f.levels = (1 << int(LogLevel::Warn)) | (1 << int(LogLevel::Error));
        filters.emplace_back("warnings and errors", f);
        f = {};
        f.service = "payments";
        filters.emplace_back("one service", f);
        f = {};
        f.fromNs = kStart + 4000 * kMs;
        f.toNs = kStart + 9000 * kMs;
        filters.emplace_back("five seconds", f);
        f = {};
        f.text = QStringLiteral("payment decl");
        filters.emplace_back("words", f);
        f.text = QStringLiteral("eu-west-1 use");
        filters.emplace_back("a phrase with a number and a prefix", f);
        f.text = QStringLiteral("5");
        filters.emplace_back("a number alone", f);
        f = {};
        f.traceId = "trace7";
        filters.emplace_back("a trace", f);
        f.spanId = "span3";
        filters.emplace_back("a span", f);
        f = {};
        f.attributeKey = "http.status";
        f.attributeValue = "500";
        f.levels = 1 << int(LogLevel::Error);
        filters.emplace_back("an attribute and a level", f);
        f = {};
        f.sourceIds = {sources[1]};
        f.text = QStringLiteral("café");
        f.fromNs = kStart + 2000 * kMs;
        filters.emplace_back("one file, a word, a window", f);

        const LogReader reader(cache);
        for (const auto &[name, filter] : filters) {
            std::vector<const Line *> expected;
            if (filter.hasText()) {
                for (const Line &line : all)
                    if (referenceMatch(line, filter, sources))
                        expected.push_back(&line);
            } else {
                for (const Line *line : byTime)
                    if (referenceMatch(*line, filter, sources))
                        expected.push_back(line);
            }
            QVERIFY2(expected.size() > 5, name);
            QCOMPARE(reader.count(filter), int64_t(expected.size()));

            std::array<int64_t, 6> levels {};
            std::map<std::string, int64_t> services;
            std::optional<int64_t> first, last;
            for (const Line *line : expected) {
                ++levels[size_t(line->record.level)];
                ++services[line->record.service];
                if (line->record.timeProblem == LogRecord::TimeProblem::None) {
                    first = std::min(first.value_or(line->record.timeNs), line->record.timeNs);
                    last = std::max(last.value_or(line->record.timeNs), line->record.timeNs);
                }
            }
            QCOMPARE(reader.countByLevel(filter), levels);
            const auto byService = reader.countByService(filter);
            const std::map<std::string, int64_t> serviceCounts(byService.begin(), byService.end());
            QCOMPARE(serviceCounts, services);
            const auto range = reader.timeRange(filter);
            QCOMPARE(range.has_value(), first.has_value());
            if (range) {
                QCOMPARE(range->first, *first);
                QCOMPARE(range->second, *last);
                // Bins of the histogram hold the lines of their stretch.
                const auto bins = reader.histogram(filter, *first, *last + 1, 37);
                std::array<int64_t, 6> binned {};
                for (const LogBin &bin : bins) {
                    int64_t inBin = 0;
                    for (const Line *line : expected)
                        inBin += line->record.timeProblem == LogRecord::TimeProblem::None
                            && line->record.timeNs >= bin.fromNs && line->record.timeNs < bin.toNs;
                    int64_t counted = 0;
                    for (size_t level = 0; level < 6; ++level) {
                        counted += bin.byLevel[level];
                        binned[level] += bin.byLevel[level];
                    }
                    QCOMPARE(counted, inBin);
                }
            }

            // Pages of an odd size, end to end, are the lines in order.
            std::vector<std::string> paged;
            for (int64_t offset = 0; offset < int64_t(expected.size()) + 200; offset += 997)
                for (const LogRow &row : reader.page(filter, offset, 997))
                    paged.push_back(key(row));
            std::vector<std::string> wanted;
            for (const Line *line : expected)
                wanted.push_back(std::to_string(sources[size_t(line->sourceIndex)]) + ":"
                                 + std::to_string(line->ordinal));
            QVERIFY2(paged == wanted, name);
        }

        // A row, its attributes and its neighbours by id.
        const std::vector<LogRow> page = reader.page({}, 5000, 1);
        QCOMPARE(page.size(), size_t(1));
        const LogRow &row = page.front();
        const Line &line = *byTime[5000];
        QCOMPARE(row.body, line.record.body);
        QCOMPARE(reader.row(row.id)->body, line.record.body);
        QCOMPARE(reader.attributes(row.id),
                 line.record.attributes.empty() ? std::string("{}") : line.record.attributes);
        const std::vector<LogRow> around = reader.around(row.id, 3, 3);
        QCOMPARE(around.size(), size_t(7));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(around[size_t(i)].ordinal, row.ordinal - 3 + i);
        QCOMPARE(reader.services(), (std::vector<std::string> {"api", "auth", "payments"}));
    }

    // A cache of schema 3 kept its log lines one per row; opening it moves them into
    // blocks, searchable, and drops the old tables.
    void movesSchema3RowsIntoBlocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        for (const char *resource :
             {":/sql/001_initial.sql", ":/sql/002_traces.sql", ":/sql/003_logs.sql"}) {
            QFile file {QLatin1String(resource)};
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        const char *rows = R"(
            PRAGMA user_version = 3;
            INSERT INTO source (id, path, name, format, size_bytes, content_hash, imported_at)
                VALUES (1, '/tmp/a.jsonl', 'a.jsonl', 'jsonl-logs', 10, 'h', 0);
            INSERT INTO log (source_id, ordinal, time_ns, time_problem, level, level_text,
                             service, body, trace_id, span_id, attributes) VALUES
                (1, 0, 2000, 0, 2, 'info', 'api', 'user signed in', '', '', '{}'),
                (1, 1, NULL, 1, 4, 'error', 'api', 'payment declined', 'ab12', '', '{"k":"v"}'),
                (1, 2, 1000, 0, 3, 'warn', 'db', 'slow query', '', '', '{}');
            INSERT INTO log_search (rowid, body) SELECT id, body FROM log;
        )";
        QCOMPARE(sqlite3_exec(db, rows, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        Cache cache(path);
        const LogReader reader(cache);
        QCOMPARE(reader.count({}), int64_t(3));
        std::vector<std::string> bodies;
        for (const LogRow &row : reader.page({}, 0, 10))
            bodies.push_back(row.body);
        QCOMPARE(bodies,
                 (std::vector<std::string> {"slow query", "user signed in", "payment declined"}));
        LogFilter search;
        search.text = QStringLiteral("declined");
        const std::vector<LogRow> found = reader.page(search, 0, 10);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().traceId, std::string("ab12"));
        QCOMPARE(reader.attributes(found.front().id), std::string("{\"k\":\"v\"}"));
        QCOMPARE(cache.sources().front().logCount, int64_t(3));
        SqliteStatement old(
            cache.handle(),
            "SELECT count(*) FROM sqlite_master WHERE name IN ('log', 'log_search')");
        old.step();
        QCOMPARE(old.int64(0), int64_t(0));
    }

    // What a search found is kept for the process by block id; a cache made again at the
    // same path starts its ids over and must not be answered from the old one's.
    void forgetsWhatASearchFoundInACacheMadeAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const auto fill = [&](const std::vector<const char *> &bodies) {
            Cache cache(path);
            CacheWriter writer(cache,
                               {QStringLiteral("/tmp/a.jsonl"), QStringLiteral("a.jsonl"),
                                QStringLiteral("jsonl-logs"), 1});
            for (const char *body : bodies) {
                LogRecord record;
                record.timeNs = kStart;
                record.body = body;
                writer.addLog(record);
            }
            writer.commit(QStringLiteral("a"));
        };
        LogFilter alpha;
        alpha.text = QStringLiteral("alpha");
        fill({"alpha one", "beta", "gamma"});
        QCOMPARE(LogReader(Cache(path)).count(alpha), int64_t(1));
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files))
            QVERIFY(QFile::remove(dir.filePath(file)));
        fill({"alpha one", "alpha two", "alpha three"});
        QCOMPARE(LogReader(Cache(path)).count(alpha), int64_t(3));
        // Nor is a cache that has more blocks since answered from what it held before.
        {
            Cache cache(path);
            CacheWriter writer(cache,
                               {QStringLiteral("/tmp/b.jsonl"), QStringLiteral("b.jsonl"),
                                QStringLiteral("jsonl-logs"), 1});
            LogRecord record;
            record.timeNs = kStart;
            record.body = "alpha four 1234";
            writer.addLog(record);
            writer.commit(QStringLiteral("b"));
        }
        QCOMPARE(LogReader(Cache(path)).count(alpha), int64_t(4));
        LogFilter number;
        number.text = QStringLiteral("1234");
        QCOMPARE(LogReader(Cache(path)).count(number), int64_t(1));
    }

    // A damaged block is named as such, not read as garbage.
    void refusesADamagedBlock()
    {
        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        CacheWriter writer(cache,
                           {QStringLiteral("/tmp/a.jsonl"), QStringLiteral("a.jsonl"),
                            QStringLiteral("jsonl-logs"), 1});
        LogRecord record;
        record.timeNs = kStart;
        record.body = "hello";
        writer.addLog(record);
        writer.commit(QStringLiteral("a"));
        cache.execute("UPDATE log_block_data SET meta = x'28b52ffd0000'");
        try {
            LogReader(cache).page({}, 0, 10);
            QFAIL("a damaged block was read");
        } catch (const StoreError &error) {
            QVERIFY2(
                QString::fromUtf8(error.what()).contains(QLatin1String("cache database error")),
                error.what());
        }
    }
};

int runLogBlockTests(int argc, char *argv[])
{
    TestLogBlocks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logblocks.moc"
