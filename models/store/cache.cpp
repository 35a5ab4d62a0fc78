#include "cache.h"

#include "logblocktable.h"
#include "samplechunkcodec.h"
#include "sqlitestatement.h"
#include "storeerror.h"
#include "tracesummaries.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sqlite3.h>

namespace eg::store {

namespace {

// Schema migrations, in order: entry N moves the cache from user_version N to N + 1.
const char *const kMigrations[] = {
    ":/sql/001_initial.sql",
    ":/sql/002_traces.sql",
    ":/sql/003_logs.sql",
    ":/sql/004_log_blocks.sql",
};

QByteArray readResource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(std::string("schema resource missing: ") + path);
    return file.readAll();
}

ProfileInfo profileFromRow(const SqliteStatement &row)
{
    ProfileInfo info;
    info.id = row.int64(0);
    info.sourceId = row.int64(1);
    info.ordinal = int(row.int64(2));
    info.name = row.text(3);
    info.thread = row.text(4);
    weightUnitFromName(row.textView(5), &info.unit);
    info.kind = row.textView(6) == "evented" ? ProfileKind::Evented : ProfileKind::Sampled;
    info.sampleCount = row.int64(7);
    info.totalWeight = row.real(8);
    info.frameCount = row.int64(9);
    info.startValue = row.real(10);
    info.endValue = row.real(11);
    info.links.profileId = std::string(row.textView(12));
    info.links.profilerId = std::string(row.textView(13));
    info.links.threadId = std::string(row.textView(14));
    info.links.traceId = std::string(row.textView(15));
    info.links.transactionId = std::string(row.textView(16));
    info.links.originEpochNs = row.int64(17);
    return info;
}

constexpr const char *kProfileColumns
    = "SELECT id, source_id, ordinal, name, thread, unit, kind, sample_count, total_weight, "
      "frame_count, start_value, end_value, profile_uuid, profiler_id, thread_id, trace_id, "
      "transaction_id, origin_epoch_ns FROM profile ";

SourceInfo sourceFromRow(const SqliteStatement &row)
{
    SourceInfo info;
    info.id = row.int64(0);
    info.path = row.text(1);
    info.name = row.text(2);
    info.format = row.text(3);
    info.sizeBytes = row.int64(4);
    info.contentHash = row.text(5);
    info.importedAtMs = row.int64(6);
    info.profileCount = row.int64(7);
    info.spanCount = row.int64(8);
    info.traceCount = row.int64(9);
    info.logCount = row.int64(10);
    info.errorCount = row.int64(11);
    return info;
}

constexpr const char *kSourceColumns
    = "SELECT s.id, s.path, s.name, s.format, s.size_bytes, s.content_hash, s.imported_at, "
      "(SELECT count(*) FROM profile p WHERE p.source_id = s.id), "
      "(SELECT count(*) FROM span sp WHERE sp.source_id = s.id), "
      "(SELECT count(DISTINCT trace_id) FROM span sp WHERE sp.source_id = s.id), "
      "(SELECT total(b.line_count) FROM log_block b WHERE b.source_id = s.id), "
      "(SELECT count(*) FROM error_event e WHERE e.source_id = s.id) FROM source s ";

} // namespace

Cache::Cache(const QString &path)
    : m_path(path)
{
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw StoreError("cannot open the cache " + path.toStdString() + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 10000);
    try {
        // Pages of 16 KiB instead of SQLite's 4: an import writes every page twice (into
        // the WAL, then at the checkpoint), one system call each, so bigger pages make a
        // large trace import about a quarter faster (bench/otlp_bench). Only a new file
        // takes it; one made earlier keeps its page size.
        execute("PRAGMA page_size = 16384");
        execute("PRAGMA journal_mode = WAL");
        execute("PRAGMA synchronous = NORMAL");
        execute("PRAGMA foreign_keys = ON");
        // One import is one transaction; with SQLite's 2 MB default page cache a big one
        // (a million spans, their indexes keyed by random ids) spills and rereads pages
        // all the time. 64 MiB keeps the working set in memory.
        execute("PRAGMA cache_size = -65536");
        execute("PRAGMA temp_store = MEMORY");
        // Reads through a memory map instead of a system call a page: a search over ten
        // million log lines reads a few thousand pages of block summaries and filters.
        execute("PRAGMA mmap_size = 1073741824");
        migrate();
        SqliteStatement identity(m_db, "SELECT id FROM cache_identity");
        if (identity.step())
            m_identity = std::string(identity.textView(0));
    } catch (...) {
        sqlite3_close(m_db);
        throw;
    }
}

Cache::~Cache()
{
    sqlite3_close(m_db);
}

QString Cache::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/emberglass.sqlite");
}

int Cache::schemaVersion()
{
    return int(std::size(kMigrations));
}

void Cache::execute(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = std::string("cache database error: ") + (error ? error : "?");
        sqlite3_free(error);
        throw StoreError(message);
    }
}

void Cache::migrate()
{
    SqliteStatement version(m_db, "PRAGMA user_version");
    version.step();
    const int current = int(version.int64(0));
    version.reset();
    if (current > schemaVersion())
        throw StoreError("the cache " + m_path.toStdString()
                         + " was written by a newer Emberglass (schema " + std::to_string(current)
                         + ")");
    for (int v = current; v < schemaVersion(); ++v) {
        const QByteArray sql = readResource(kMigrations[v]);
        execute("BEGIN IMMEDIATE");
        try {
            execute(sql.constData());
            if (v + 1 == 4)
                LogBlockTable(m_db).convertLogRows();
            execute(("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
            execute("COMMIT");
        } catch (...) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

std::vector<SourceInfo> Cache::sources() const
{
    SqliteStatement query(m_db, std::string(kSourceColumns) + "ORDER BY s.id");
    std::vector<SourceInfo> result;
    while (query.step())
        result.push_back(sourceFromRow(query));
    return result;
}

std::optional<SourceInfo> Cache::source(int64_t id) const
{
    SqliteStatement query(m_db, std::string(kSourceColumns) + "WHERE s.id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return sourceFromRow(query);
}

std::optional<int64_t> Cache::sourceWithHash(const QString &contentHash) const
{
    SqliteStatement query(m_db, "SELECT id FROM source WHERE content_hash = ?");
    query.bind(1, contentHash);
    if (!query.step())
        return std::nullopt;
    return query.int64(0);
}

std::vector<ProfileInfo> Cache::profiles(std::optional<int64_t> sourceId) const
{
    std::string sql = kProfileColumns;
    sql += sourceId ? "WHERE source_id = ? ORDER BY ordinal" : "ORDER BY source_id, ordinal";
    SqliteStatement query(m_db, sql);
    if (sourceId)
        query.bind(1, *sourceId);
    std::vector<ProfileInfo> result;
    while (query.step())
        result.push_back(profileFromRow(query));
    return result;
}

std::optional<ProfileInfo> Cache::profile(int64_t profileId) const
{
    SqliteStatement query(m_db, std::string(kProfileColumns) + "WHERE id = ?");
    query.bind(1, profileId);
    if (!query.step())
        return std::nullopt;
    return profileFromRow(query);
}

ProfileData Cache::loadProfile(int64_t profileId) const
{
    ProfileData data;
    SqliteStatement header(
        m_db,
        "SELECT name, thread, unit, kind, sample_count, start_value, end_value, stacks, "
        "profile_uuid, profiler_id, thread_id, trace_id, transaction_id, origin_epoch_ns "
        "FROM profile WHERE id = ?");
    header.bind(1, profileId);
    if (!header.step())
        throw StoreError("no profile " + std::to_string(profileId) + " in the cache");
    data.name = std::string(header.textView(0));
    data.thread = std::string(header.textView(1));
    weightUnitFromName(header.textView(2), &data.unit);
    data.kind = header.textView(3) == "evented" ? ProfileKind::Evented : ProfileKind::Sampled;
    data.reportedSampleCount = header.int64(4);
    data.startValue = header.real(5);
    data.endValue = header.real(6);
    data.links.profileId = std::string(header.textView(8));
    data.links.profilerId = std::string(header.textView(9));
    data.links.threadId = std::string(header.textView(10));
    data.links.traceId = std::string(header.textView(11));
    data.links.transactionId = std::string(header.textView(12));
    data.links.originEpochNs = header.int64(13);

    const std::vector<uint8_t> stacks = SampleChunkCodec::decompress(header.blob(7));
    size_t at = 0;
    auto varint = [&]() {
        uint64_t value = 0;
        for (int shift = 0; at < stacks.size() && shift < 64; shift += 7) {
            const uint8_t byte = stacks[at++];
            value |= uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        throw StoreError("cache database error: corrupt stack table");
    };
    while (at < stacks.size()) {
        StackNode node;
        node.parent = int32_t(varint()) - 1;
        node.frame = int32_t(varint());
        data.stacks.push_back(node);
    }

    SqliteStatement frames(m_db,
                           "SELECT name, file, module, line, col, in_app FROM profile_frame "
                           "WHERE profile_id = ? ORDER BY idx");
    frames.bind(1, profileId);
    while (frames.step()) {
        Frame frame;
        frame.name = std::string(frames.textView(0));
        frame.file = std::string(frames.textView(1));
        frame.module = std::string(frames.textView(2));
        frame.line = int32_t(frames.int64(3));
        frame.column = int32_t(frames.int64(4));
        frame.inApp = int8_t(frames.int64(5));
        data.frames.push_back(std::move(frame));
    }

    SqliteStatement chunks(
        m_db, "SELECT data FROM profile_sample_chunk WHERE profile_id = ? ORDER BY seq");
    chunks.bind(1, profileId);
    while (chunks.step())
        SampleChunkCodec::decode(chunks.blob(0), &data.sampleStack, &data.sampleTime,
                                 &data.sampleWeight, &data.sampleRepeats);
    return data;
}

std::vector<ProfileInfo> Cache::linkedProfiles(std::string_view profileId,
                                               std::string_view profilerId,
                                               std::string_view threadId) const
{
    std::vector<ProfileInfo> result;
    if (!profileId.empty()) {
        SqliteStatement query(m_db,
                              std::string(kProfileColumns)
                                  + "WHERE profile_uuid = ? ORDER BY source_id, ordinal");
        query.bind(1, profileId);
        while (query.step())
            result.push_back(profileFromRow(query));
        if (!result.empty())
            return result;
    }
    if (profilerId.empty())
        return result;
    SqliteStatement query(
        m_db, std::string(kProfileColumns) + "WHERE profiler_id = ? ORDER BY source_id, ordinal");
    query.bind(1, profilerId);
    while (query.step())
        result.push_back(profileFromRow(query));
    if (!threadId.empty()) {
        std::vector<ProfileInfo> onThread;
        for (const ProfileInfo &info : result)
            if (info.links.threadId == threadId)
                onThread.push_back(info);
        if (!onThread.empty())
            return onThread;
    }
    return result;
}

void Cache::checkpoint()
{
    sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

void Cache::removeSource(int64_t sourceId)
{
    execute("BEGIN IMMEDIATE");
    try {
        TraceSummaries::markTracesOf(m_db, sourceId);
        LogBlockTable(m_db).unindexSource(sourceId);
        SqliteStatement remove(m_db, "DELETE FROM source WHERE id = ?");
        remove.bind(1, sourceId);
        remove.exec();
        TraceSummaries::rebuildMarked(m_db);
        execute("COMMIT");
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace eg::store
