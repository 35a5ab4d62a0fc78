// CacheWriter's streamed profiles: begun, fed samples in pieces, finished. The cache must
// hold exactly the rows addProfile() writes for the whole profile, and a failed import
// must leave it as it was.
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/samplechunkcodec.h"
#include "models/store/sqlitestatement.h"
#include "models/store/storeerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eg::store;

namespace {

// Two chunks and a bit, with runs of repeated samples in the second chunk only.
ProfileData bigProfile(ProfileKind kind)
{
    ProfileData p;
    p.name = "streamed";
    p.thread = "worker";
    p.unit = WeightUnit::Microseconds;
    p.kind = kind;
    p.frames = {{"main", "app.js", "", 1, 1, 1},
                {"parse", "app.js", "", 10, 3, 1},
                {"read", "fs.js", "node:fs", 40, 5, 0},
                {"unused", "x.js", "", 2, 2, -1}};
    p.stacks = {{-1, 0}, {0, 1}, {1, 2}, {-1, 3}};
    const size_t n = SampleChunkCodec::kSamplesPerChunk * 2 + 321;
    for (size_t i = 0; i < n; ++i)
        p.appendSample(int32_t(i % 3) - (i % 5 == 0 ? 1 + int32_t(i % 3) : 0), double(i) * 2.5,
                       double(i % 7) + 0.25);
    p.setRepeats(SampleChunkCodec::kSamplesPerChunk + 9, 4);
    p.reportedSampleCount = int64_t(n) + 3;
    p.startValue = 0;
    p.endValue = double(n) * 2.5;
    p.links.threadId = "7";
    return p;
}

// Every row of a profile, as text, without its id.
QString rowsOf(const Cache &cache, int64_t profileId)
{
    QString out;
    SqliteStatement header(cache.handle(),
                           "SELECT ordinal, name, thread, unit, kind, sample_count, total_weight, "
                           "frame_count, start_value, end_value, hex(stacks), thread_id "
                           "FROM profile WHERE id = ?");
    header.bind(1, profileId);
    while (header.step()) {
        for (int c = 0; c < 12; ++c)
            out += header.text(c) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    SqliteStatement frames(cache.handle(),
                           "SELECT idx, name, file, module, line, col, in_app FROM profile_frame "
                           "WHERE profile_id = ? ORDER BY idx");
    frames.bind(1, profileId);
    while (frames.step()) {
        for (int c = 0; c < 7; ++c)
            out += frames.text(c) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    SqliteStatement chunks(cache.handle(),
                           "SELECT seq, first_time, last_time, sample_count, hex(data) "
                           "FROM profile_sample_chunk WHERE profile_id = ? ORDER BY seq");
    chunks.bind(1, profileId);
    while (chunks.step()) {
        for (int c = 0; c < 5; ++c)
            out += chunks.text(c) + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
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
            QStringLiteral("chrome-trace"), 99};
}

// Streams `whole` in pieces of `piece` samples, leaving the last `left` in the profile
// handed to finishProfile(), as a builder that flushes now and then does.
int64_t stream(CacheWriter &writer, const ProfileData &whole, size_t piece, size_t left)
{
    const int64_t id = writer.beginProfile();
    const size_t streamed = whole.sampleCount() - left;
    for (size_t at = 0; at < streamed; at += piece)
        writer.appendSamples(id, whole, at, std::min(piece, streamed - at));
    ProfileData rest = whole;
    rest.sampleStack.erase(rest.sampleStack.begin(), rest.sampleStack.begin() + long(streamed));
    rest.sampleTime.erase(rest.sampleTime.begin(), rest.sampleTime.begin() + long(streamed));
    rest.sampleWeight.erase(rest.sampleWeight.begin(), rest.sampleWeight.begin() + long(streamed));
    rest.sampleRepeats.erase(rest.sampleRepeats.begin(),
                             rest.sampleRepeats.begin() + long(streamed));
    return writer.finishProfile(id, rest);
}

} // namespace

class TestProfileStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("stream-%1.sqlite").arg(++m_counter));
    }

    void writesTheRowsAddProfileWrites_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("piece");
        QTest::addColumn<int>("left");
        const int chunk = int(SampleChunkCodec::kSamplesPerChunk);
        QTest::newRow("sampled, odd pieces") << int(ProfileKind::Sampled) << 1000 << 77;
        QTest::newRow("sampled, all appended") << int(ProfileKind::Sampled) << chunk * 3 << 0;
        QTest::newRow("evented, chunk pieces") << int(ProfileKind::Evented) << chunk << 321;
        QTest::newRow("evented, nothing appended") << int(ProfileKind::Evented) << 1 << chunk * 3;
    }

    void writesTheRowsAddProfileWrites()
    {
        QFETCH(int, kind);
        QFETCH(int, piece);
        QFETCH(int, left);
        const ProfileData whole = bigProfile(ProfileKind(kind));
        Cache cache(m_path);
        CacheWriter writer(cache, describe("both"));
        const int64_t added = writer.addProfile(whole);
        const size_t rest = std::min(size_t(left), whole.sampleCount());
        const int64_t streamed = stream(writer, whole, size_t(piece), rest);
        writer.commit(QStringLiteral("hash-both"));

        QCOMPARE(countRows(cache, "profile_sample_chunk"), int64_t(6));
        const QString expected
            = rowsOf(cache, added)
                  .replace(QLatin1String("0|streamed"), QLatin1String("1|streamed"));
        QCOMPARE(rowsOf(cache, streamed), expected);
        const ProfileData loaded = cache.loadProfile(streamed);
        QCOMPARE(loaded.sampleStack, whole.sampleStack);
        QCOMPARE(loaded.sampleTime, whole.sampleTime);
        QCOMPARE(loaded.sampleWeight, whole.sampleWeight);
        QCOMPARE(loaded.sampleRepeats, whole.sampleRepeats);
        const auto infos = cache.profiles(writer.sourceId());
        QCOMPARE(infos.size(), size_t(2));
        QCOMPARE(infos[1].id, streamed);
        QCOMPARE(infos[1].frameCount, int64_t(3)); // "unused" is in no sample
    }

    void takesItsPlaceWhenFinished()
    {
        // Begun first, finished last: it comes after the profile added in between.
        Cache cache(m_path);
        CacheWriter writer(cache, describe("order"));
        const int64_t id = writer.beginProfile();
        ProfileData small = bigProfile(ProfileKind::Sampled);
        small.name = "added";
        small.sampleStack.resize(3);
        small.sampleTime.resize(3);
        small.sampleWeight.resize(3);
        small.sampleRepeats.clear();
        writer.addProfile(small);
        writer.finishProfile(id, bigProfile(ProfileKind::Sampled));
        writer.commit(QStringLiteral("hash-order"));
        const auto infos = cache.profiles(writer.sourceId());
        QCOMPARE(infos.size(), size_t(2));
        QCOMPARE(infos[0].name, QStringLiteral("added"));
        QCOMPARE(infos[1].name, QStringLiteral("streamed"));
        QCOMPARE(infos[1].id, id);
    }

    void rollsBackWhenTheImportFails()
    {
        Cache cache(m_path);
        {
            CacheWriter writer(cache, describe("kept"));
            stream(writer, bigProfile(ProfileKind::Sampled), 5000, 10);
            writer.commit(QStringLiteral("hash-kept"));
        }
        const QString before = rowsOf(cache, cache.profiles()[0].id);
        try {
            CacheWriter writer(cache, describe("broken"));
            const int64_t id = writer.beginProfile();
            const ProfileData whole = bigProfile(ProfileKind::Evented);
            writer.appendSamples(id, whole, 0, whole.sampleCount());
            throw std::runtime_error("importer failed half-way");
        } catch (const std::runtime_error &) { }
        QCOMPARE(cache.sources().size(), size_t(1));
        QCOMPARE(countRows(cache, "profile"), int64_t(1));
        QCOMPARE(countRows(cache, "profile_sample_chunk"), int64_t(3));
        QCOMPARE(rowsOf(cache, cache.profiles()[0].id), before);
    }

    void abandonsAProfileWithItsSamples()
    {
        Cache cache(m_path);
        CacheWriter writer(cache, describe("abandoned"));
        const int64_t kept = stream(writer, bigProfile(ProfileKind::Sampled), 5000, 10);
        const int64_t dropped = writer.beginProfile();
        const ProfileData whole = bigProfile(ProfileKind::Evented);
        writer.appendSamples(dropped, whole, 0, whole.sampleCount());
        writer.abandonProfile(dropped);
        QVERIFY_THROWS_EXCEPTION(StoreError, writer.appendSamples(dropped, whole, 0, 1));
        writer.commit(QStringLiteral("hash-abandoned"));
        QCOMPARE(countRows(cache, "profile"), int64_t(1));
        QCOMPARE(countRows(cache, "profile_sample_chunk"), int64_t(3));
        QCOMPARE(cache.profiles(writer.sourceId()).front().id, kept);
    }

    void refusesToCommitAnUnfinishedProfile()
    {
        Cache cache(m_path);
        {
            CacheWriter writer(cache, describe("unfinished"));
            writer.addProfile(bigProfile(ProfileKind::Sampled));
            writer.beginProfile();
            QVERIFY_THROWS_EXCEPTION(StoreError, writer.commit(QStringLiteral("hash-u")));
        }
        QVERIFY(cache.sources().empty());
        QCOMPARE(countRows(cache, "profile"), int64_t(0));
        CacheWriter writer(cache, describe("unknown"));
        QVERIFY_THROWS_EXCEPTION(StoreError, writer.finishProfile(12345, ProfileData()));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

int runProfileStreamTests(int argc, char *argv[])
{
    TestProfileStream test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilestream.moc"
