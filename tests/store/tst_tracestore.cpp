#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/ids.h"
#include "models/store/sqlitestatement.h"
#include "models/store/tracereader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eg::store;

namespace {

constexpr const char *kTrace = "0af7651916cd43dd8448eb211c80319c";

SpanRecord span(const char *id, const char *parent, const char *name, const char *service,
                int64_t startMs, int64_t endMs)
{
    SpanRecord s;
    s.traceId = kTrace;
    s.spanId = id;
    s.parentSpanId = parent;
    s.name = name;
    s.service = service;
    s.startNs = startMs * 1'000'000;
    s.endNs = endMs * 1'000'000;
    return s;
}

SourceDescription describe(const char *name)
{
    return {QStringLiteral("/tmp/") + QLatin1String(name), QLatin1String(name),
            QStringLiteral("otlp-traces"), 100};
}

int64_t countRows(const Cache &cache, const char *table)
{
    SqliteStatement query(cache.handle(), std::string("SELECT count(*) FROM ") + table);
    query.step();
    return query.int64(0);
}

} // namespace

class TestTraceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("traces-%1.sqlite").arg(++m_counter));
    }

    void normalisesIds()
    {
        QCOMPARE(canonicalHexId("0AF76519-16CD-43DD-8448-EB211C80319C"),
                 std::string("0af7651916cd43dd8448eb211c80319c"));
        QCOMPARE(canonicalHexId("{B7AD6B7169203331}"), std::string("b7ad6b7169203331"));
        QCOMPARE(canonicalHexId("not-an-id"), std::string("not-an-id"));
        QCOMPARE(spanIdKey("b7ad6b7169203331"), uint64_t(0xb7ad6b7169203331ull));
        QCOMPARE(spanIdKey(""), uint64_t(0));
        QVERIFY(spanIdKey("0000000000000000") != 0);
        QVERIFY(spanIdKey("not-an-id") != spanIdKey("not-an-id2"));
        QCOMPARE(TraceData::spanIdText(0x00ad6b7169203331ull), std::string("00ad6b7169203331"));
    }

    void roundTripsSpansAndSummarisesTheTrace()
    {
        Cache cache(m_path);
        CacheWriter writer(cache, describe("one.json"));
        SpanRecord root = span("00000000000000a1", "", "GET /api/users", "frontend", 1000, 1830);
        root.isSegment = true;
        root.op = "http.server";
        root.kind = "server";
        const std::string details = "{\"attributes\":{\"http.method\":\"GET\"}}";
        root.details = details;
        SpanRecord query
            = span("00000000000000b2", "00000000000000a1", "SELECT users", "db", 1100, 1700);
        query.status = "internal_error";
        query.isError = true;
        query.profilerId = "363291159e3345e799d6c2d9e0981930";
        query.threadId = "0";
        writer.addSpan(root);
        writer.addSpan(query);
        writer.addWarning(QStringLiteral("1 span ends before it starts"));
        QCOMPARE(writer.recordCount(), int64_t(2));
        const int64_t sourceId = writer.commit(QStringLiteral("hash-1")).sourceId;

        const auto source = cache.source(sourceId);
        QCOMPARE(source->spanCount, int64_t(2));
        QCOMPARE(source->traceCount, int64_t(1));

        TraceReader reader(cache);
        const std::vector<TraceInfo> traces = reader.traces();
        QCOMPARE(traces.size(), size_t(1));
        const TraceInfo &trace = traces.front();
        QCOMPARE(trace.traceId, std::string(kTrace));
        QCOMPARE(trace.rootName, std::string("GET /api/users"));
        QCOMPARE(trace.roots, std::vector<std::string> {"GET /api/users"});
        QCOMPARE(trace.services, (std::vector<std::string> {"frontend", "db"}));
        QCOMPARE(trace.startNs, int64_t(1000'000'000));
        QCOMPARE(trace.durationNs(), int64_t(830'000'000));
        QCOMPARE(trace.spanCount, int64_t(2));
        QCOMPARE(trace.errorCount, int64_t(1));

        const TraceData data = reader.loadTrace(kTrace);
        QCOMPARE(data.spans.size(), size_t(2));
        const TraceSpan &first = data.spans[0];
        const TraceSpan &second = data.spans[1];
        QCOMPARE(first.spanId, uint64_t(0xa1));
        QCOMPARE(first.parentId, uint64_t(0));
        QVERIFY(first.isSegment);
        QCOMPARE(data.text(first.op), std::string_view("http.server"));
        QCOMPARE(data.text(first.kind), std::string_view("server"));
        QCOMPARE(second.parentId, uint64_t(0xa1));
        QVERIFY(second.isError);
        QCOMPARE(data.text(second.status), std::string_view("internal_error"));
        QCOMPARE(data.text(second.service), std::string_view("db"));
        QCOMPARE(data.text(second.profilerId),
                 std::string_view("363291159e3345e799d6c2d9e0981930"));
        QCOMPARE(second.durationNs(), int64_t(600'000'000));

        const auto loaded = reader.spanDetails(first.rowId);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->spanId, std::string("00000000000000a1"));
        QCOMPARE(loaded->sourceName, std::string("one.json"));
        QCOMPARE(loaded->details, details);
        QCOMPARE(reader.spanDetails(second.rowId)->details, std::string("{}"));

        QCOMPARE(reader.importWarnings(sourceId),
                 QStringList {QStringLiteral("1 span ends before it starts")});
    }

    // Spans of one trace_id from different files form one trace (CLI.md), and removing
    // one of the files shrinks the trace back.
    void joinsATraceAcrossSources()
    {
        Cache cache(m_path);
        int64_t server = 0;
        {
            CacheWriter writer(cache, describe("client.json"));
            writer.addSpan(span("00000000000000a1", "", "checkout", "web", 0, 900));
            writer.addSpan(
                span("00000000000000a2", "00000000000000a1", "POST /pay", "web", 100, 800));
            writer.commit(QStringLiteral("client"));
        }
        {
            CacheWriter writer(cache, describe("server.json"));
            // Its parent is the client's span: across the service boundary.
            SpanRecord handler
                = span("00000000000000c1", "00000000000000a2", "POST /pay", "payments", 150, 1200);
            handler.isError = true;
            writer.addSpan(handler);
            server = writer.commit(QStringLiteral("server")).sourceId;
        }
        TraceReader reader(cache);
        auto trace = reader.trace(kTrace);
        QVERIFY(trace.has_value());
        QCOMPARE(trace->spanCount, int64_t(3));
        QCOMPARE(trace->roots, std::vector<std::string> {"checkout"});
        QCOMPARE(trace->services, (std::vector<std::string> {"web", "payments"}));
        QCOMPARE(trace->durationNs(), int64_t(1200'000'000));
        QCOMPARE(trace->errorCount, int64_t(1));
        QCOMPARE(reader.loadTrace(kTrace).spans.size(), size_t(3));
        QCOMPARE(reader.tracesOfSource(server).size(), size_t(1));

        cache.removeSource(server);
        trace = reader.trace(kTrace);
        QCOMPARE(trace->spanCount, int64_t(2));
        QCOMPARE(trace->durationNs(), int64_t(900'000'000));
        QCOMPARE(trace->errorCount, int64_t(0));
        QCOMPARE(countRows(cache, "span"), int64_t(2));

        cache.removeSource(cache.sources().front().id);
        QVERIFY(!reader.trace(kTrace).has_value());
        QCOMPARE(countRows(cache, "span"), int64_t(0));
    }

    // A root is a span without a parent or whose parent is not in the trace (Jaeger's rule).
    void countsOrphansAsRoots()
    {
        Cache cache(m_path);
        CacheWriter writer(cache, describe("orphans.json"));
        writer.addSpan(span("0000000000000001", "", "late root", "a", 50, 60));
        writer.addSpan(span("0000000000000002", "00000000000000ff", "orphan", "a", 10, 20));
        writer.addSpan(span("0000000000000003", "0000000000000001", "child", "a", 52, 58));
        writer.commit(QStringLiteral("orphans"));
        const auto trace = TraceReader(cache).trace(kTrace);
        QCOMPARE(trace->roots, (std::vector<std::string> {"late root", "orphan"}));
        QCOMPARE(trace->rootName, std::string("orphan")); // the earliest root
    }

    void rollsBackSpansWithTheImport()
    {
        Cache cache(m_path);
        {
            CacheWriter writer(cache, describe("broken.json"));
            writer.addSpan(span("0000000000000001", "", "root", "a", 0, 10));
            writer.addWarning(QStringLiteral("something"));
            // destroyed without commit: as if the importer threw
        }
        QCOMPARE(countRows(cache, "span"), int64_t(0));
        QCOMPARE(countRows(cache, "trace"), int64_t(0));
        QCOMPARE(countRows(cache, "import_warning"), int64_t(0));
        QVERIFY(cache.sources().empty());
        // The cache is usable afterwards.
        CacheWriter writer(cache, describe("good.json"));
        writer.addSpan(span("0000000000000001", "", "root", "a", 0, 10));
        writer.commit(QStringLiteral("good"));
        QCOMPARE(TraceReader(cache).traces().size(), size_t(1));
    }

    void findsTheProfilesASpanLinksTo()
    {
        Cache cache(m_path);
        CacheWriter writer(cache, describe("profiles.json"));
        ProfileData profile;
        profile.name = "transaction profile";
        profile.frames = {{"main", "", "", 0, 0, -1}};
        profile.stacks = {{-1, 0}};
        profile.appendSample(0, 0, 1);
        profile.links.profileId = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        profile.links.originEpochNs = 1'700'000'000'000'000'000;
        writer.addProfile(profile);
        for (const char *thread : {"1", "2"}) {
            profile.name = "chunk thread ";
            profile.name += thread;
            profile.links = {};
            profile.links.profilerId = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
            profile.links.threadId = thread;
            writer.addProfile(profile);
        }
        writer.commit(QStringLiteral("profiles"));

        const auto byId = cache.linkedProfiles("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "", "");
        QCOMPARE(byId.size(), size_t(1));
        QCOMPARE(byId.front().name, QStringLiteral("transaction profile"));
        QCOMPARE(byId.front().links.originEpochNs, int64_t(1'700'000'000'000'000'000));
        const auto onThread = cache.linkedProfiles("", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "2");
        QCOMPARE(onThread.size(), size_t(1));
        QCOMPARE(onThread.front().name, QStringLiteral("chunk thread 2"));
        // An unknown thread falls back to every thread of the session.
        QCOMPARE(cache.linkedProfiles("", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "9").size(),
                 size_t(2));
        QVERIFY(cache.linkedProfiles("cccc", "", "").empty());
        QCOMPARE(cache.loadProfile(byId.front().id).links.profileId,
                 std::string("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

int runTraceStoreTests(int argc, char *argv[])
{
    TestTraceStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tracestore.moc"
