#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/samplechunkcodec.h"
#include "models/store/sqlitestatement.h"
#include "models/store/storeerror.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace eg::store;

namespace {

// main → parse → read (3 samples), main → render (1 sample), one idle sample.
ProfileData smallProfile()
{
    ProfileData p;
    p.name = "CpuProfile";
    p.thread = "main";
    p.unit = WeightUnit::Microseconds;
    p.frames = {{"main", "app.js", "", 1, 1, 1},
                {"parse", "app.js", "", 10, 3, 1},
                {"read", "fs.js", "node:fs", 40, 5, 0},
                {"render", "ui.js", "", 7, 2, -1}};
    p.stacks = {{-1, 0}, {0, 1}, {1, 2}, {0, 3}};
    p.appendSample(2, 0, 100);
    p.appendSample(2, 100, 100);
    p.appendSample(-1, 200, 50);
    p.appendSample(1, 250, 100);
    p.appendSample(3, 350, 25.5);
    p.reportedSampleCount = 5;
    p.startValue = 0;
    p.endValue = 375.5;
    return p;
}

int64_t countRows(const Cache &cache, const char *table)
{
    SqliteStatement query(cache.handle(), std::string("SELECT count(*) FROM ") + table);
    query.step();
    return query.int64(0);
}

SourceDescription describe(const char *name)
{
    return {QStringLiteral("/tmp/") + QLatin1String(name), QLatin1String(name),
            QStringLiteral("chrome-cpuprofile"), 1234};
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
    }

    void createsSchemaInWalMode()
    {
        Cache cache(m_path);
        SqliteStatement version(cache.handle(), "PRAGMA user_version");
        QVERIFY(version.step());
        QCOMPARE(version.int64(0), int64_t(Cache::schemaVersion()));
        SqliteStatement mode(cache.handle(), "PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        QVERIFY(cache.sources().empty());
    }

    void roundTripsAProfile()
    {
        const ProfileData original = smallProfile();
        {
            Cache cache(m_path);
            CacheWriter writer(cache, describe("a.cpuprofile"));
            writer.addProfile(original);
            const auto outcome = writer.commit(QStringLiteral("hash-a"));
            QVERIFY(!outcome.duplicateOf);
        }
        // A new connection sees what the first one committed.
        Cache cache(m_path);
        const auto sources = cache.sources();
        QCOMPARE(sources.size(), size_t(1));
        QCOMPARE(sources[0].name, QStringLiteral("a.cpuprofile"));
        QCOMPARE(sources[0].format, QStringLiteral("chrome-cpuprofile"));
        QCOMPARE(sources[0].sizeBytes, int64_t(1234));
        QCOMPARE(sources[0].profileCount, int64_t(1));

        const auto profiles = cache.profiles(sources[0].id);
        QCOMPARE(profiles.size(), size_t(1));
        QCOMPARE(profiles[0].name, QStringLiteral("CpuProfile"));
        QCOMPARE(profiles[0].unit, WeightUnit::Microseconds);
        QCOMPARE(profiles[0].sampleCount, int64_t(5));
        QCOMPARE(profiles[0].totalWeight, 375.5);
        QCOMPARE(profiles[0].frameCount, int64_t(4));

        const ProfileData loaded = cache.loadProfile(profiles[0].id);
        QCOMPARE(loaded.name, original.name);
        QVERIFY(loaded.frames == original.frames);
        QCOMPARE(loaded.stacks.size(), original.stacks.size());
        for (size_t i = 0; i < loaded.stacks.size(); ++i) {
            QCOMPARE(loaded.stacks[i].parent, original.stacks[i].parent);
            QCOMPARE(loaded.stacks[i].frame, original.stacks[i].frame);
        }
        QCOMPARE(loaded.sampleStack, original.sampleStack);
        QCOMPARE(loaded.sampleTime, original.sampleTime);
        QCOMPARE(loaded.sampleWeight, original.sampleWeight);
        QCOMPARE(loaded.endValue, 375.5);
    }

    void storesManySamplesInChunks()
    {
        ProfileData p = smallProfile();
        p.sampleStack.clear();
        p.sampleTime.clear();
        p.sampleWeight.clear();
        const size_t n = SampleChunkCodec::kSamplesPerChunk * 2 + 17;
        for (size_t i = 0; i < n; ++i)
            p.appendSample(int32_t(i % 4) - 1, double(i) * 1000.0, double(i % 7));
        Cache cache(m_path);
        CacheWriter writer(cache, describe("big"));
        const int64_t id = writer.addProfile(p);
        writer.commit(QStringLiteral("hash-big"));
        QCOMPARE(countRows(cache, "profile_sample_chunk"), int64_t(3));
        const ProfileData loaded = cache.loadProfile(id);
        QCOMPARE(loaded.sampleStack, p.sampleStack);
        QCOMPARE(loaded.sampleTime, p.sampleTime);
        QCOMPARE(loaded.sampleWeight, p.sampleWeight);
    }

    void keepsHowManyFileSamplesEachStands()
    {
        // Runs of identical samples are stored once with their count; a chunk whose
        // samples are all single carries no count column, and mixing both across chunks
        // fills the gaps with ones.
        ProfileData p = smallProfile();
        p.sampleStack.clear();
        p.sampleTime.clear();
        p.sampleWeight.clear();
        const size_t n = SampleChunkCodec::kSamplesPerChunk * 2 + 5;
        for (size_t i = 0; i < n; ++i)
            p.appendSample(int32_t(i % 4) - 1, double(i), 1);
        QVERIFY(p.sampleRepeats.empty());
        p.repeatLastSample();
        p.repeatLastSample();
        p.setRepeats(SampleChunkCodec::kSamplesPerChunk + 3, 7);
        QCOMPARE(p.sampleRepeats.size(), n);
        QCOMPARE(p.fileSamples(n - 1), 3u);
        QCOMPARE(p.fileSamples(0), 1u);
        Cache cache(m_path);
        CacheWriter writer(cache, describe("runs"));
        const int64_t id = writer.addProfile(p);
        writer.commit(QStringLiteral("hash-runs"));
        const ProfileData loaded = cache.loadProfile(id);
        QCOMPARE(loaded.sampleStack, p.sampleStack);
        QCOMPARE(loaded.sampleRepeats, p.sampleRepeats);

        // Chunks written before the count column existed decode as one sample each.
        std::vector<int32_t> stacks {0, 1, 1};
        std::vector<double> times {0, 1, 2};
        std::vector<double> weights {1, 1, 1};
        std::vector<int32_t> s;
        std::vector<double> t, w;
        std::vector<uint32_t> r;
        const QByteArray old = SampleChunkCodec::encode(stacks, times, weights);
        SampleChunkCodec::decode(old, &s, &t, &w, &r);
        QVERIFY(r.empty());
        const std::vector<uint32_t> counts {2, 1, 5};
        SampleChunkCodec::decode(SampleChunkCodec::encode(stacks, times, weights, counts), &s, &t,
                                 &w, &r);
        SampleChunkCodec::decode(old, &s, &t, &w, &r);
        QCOMPARE(r, (std::vector<uint32_t> {1, 1, 1, 2, 1, 5, 1, 1, 1}));
        QCOMPARE(s.size(), size_t(9));
    }

    void rollsBackWhenTheImportFails()
    {
        Cache cache(m_path);
        {
            CacheWriter writer(cache, describe("kept"));
            writer.addProfile(smallProfile());
            writer.commit(QStringLiteral("hash-kept"));
        }
        const int64_t before = countRows(cache, "profile_frame");
        try {
            CacheWriter writer(cache, describe("broken"));
            writer.addProfile(smallProfile());
            throw std::runtime_error("importer failed half-way");
        } catch (const std::runtime_error &) { }
        QCOMPARE(cache.sources().size(), size_t(1));
        QCOMPARE(cache.sources()[0].name, QStringLiteral("kept"));
        QCOMPARE(countRows(cache, "profile"), int64_t(1));
        QCOMPARE(countRows(cache, "profile_frame"), before);
        QCOMPARE(countRows(cache, "profile_sample_chunk"), int64_t(1));
        // The earlier import still loads in full.
        QCOMPARE(cache.loadProfile(cache.profiles()[0].id).sampleCount(), size_t(5));
    }

    void recognisesTheSameBytes()
    {
        Cache cache(m_path);
        int64_t first = 0;
        {
            CacheWriter writer(cache, describe("one"));
            writer.addProfile(smallProfile());
            first = writer.commit(QStringLiteral("same-hash")).sourceId;
        }
        CacheWriter writer(cache, describe("one again"));
        writer.addProfile(smallProfile());
        const auto outcome = writer.commit(QStringLiteral("same-hash"));
        QCOMPARE(outcome.duplicateOf.value_or(-1), first);
        QCOMPARE(outcome.sourceId, first);
        QCOMPARE(cache.sources().size(), size_t(1));
        QCOMPARE(countRows(cache, "profile"), int64_t(1));
    }

    void removesASourceWithEverythingItHeld()
    {
        Cache cache(m_path);
        int64_t doomed = 0;
        for (const char *name : {"keep", "doomed"}) {
            CacheWriter writer(cache, describe(name));
            writer.addProfile(smallProfile());
            writer.addProfile(smallProfile());
            doomed = writer.commit(QLatin1String(name)).sourceId;
        }
        cache.removeSource(doomed);
        QCOMPARE(cache.sources().size(), size_t(1));
        QCOMPARE(countRows(cache, "profile"), int64_t(2));
        QCOMPARE(countRows(cache, "profile_frame"), int64_t(8));
        QCOMPARE(countRows(cache, "profile_sample_chunk"), int64_t(2));
    }

    void refusesACacheFromANewerVersion()
    {
        {
            Cache cache(m_path);
            cache.execute("PRAGMA user_version = 99");
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, Cache cache(m_path));
    }

    void reportsACorruptChunk()
    {
        Cache cache(m_path);
        int64_t id = 0;
        {
            CacheWriter writer(cache, describe("x"));
            id = writer.addProfile(smallProfile());
            writer.commit(QStringLiteral("x"));
        }
        cache.execute("UPDATE profile_sample_chunk SET data = x'0102030405'");
        QVERIFY_THROWS_EXCEPTION(StoreError, cache.loadProfile(id));
    }

    void keepsNonIntegralColumnsExact()
    {
        const std::vector<int32_t> stacks = {0, 5, -1, 3};
        const std::vector<double> times = {0.25, 1.5, 1e15, -3};
        const std::vector<double> weights = {0.1, 0.2, 0.30000000000000004, 7};
        std::vector<int32_t> s;
        std::vector<double> t, w;
        SampleChunkCodec::decode(SampleChunkCodec::encode(stacks, times, weights), &s, &t, &w);
        QCOMPARE(s, stacks);
        QCOMPARE(t, times);
        QCOMPARE(w, weights);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

int runStoreTests(int argc, char *argv[])
{
    TestStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store.moc"
