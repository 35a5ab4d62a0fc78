#pragma once

#include "profiledata.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace eg::store {

// One imported file, as the sources list shows it.
struct SourceInfo
{
    int64_t id = 0;
    QString path;
    QString name;
    QString format;
    int64_t sizeBytes = 0;
    QString contentHash;
    int64_t importedAtMs = 0;
    int64_t profileCount = 0;
    int64_t spanCount = 0;
    int64_t traceCount = 0;
    int64_t logCount = 0;
    int64_t errorCount = 0;
};

// One profile's header row: what lists and summaries need without loading samples.
struct ProfileInfo
{
    int64_t id = 0;
    int64_t sourceId = 0;
    int ordinal = 0;
    QString name;
    QString thread;
    WeightUnit unit = WeightUnit::None;
    ProfileKind kind = ProfileKind::Sampled;
    int64_t sampleCount = 0;
    double totalWeight = 0;
    int64_t frameCount = 0;
    double startValue = 0;
    double endValue = 0;
    ProfileLinks links;
};

// A connection to the SQLite cache: one file, WAL mode, schema migrated on open.
// Each thread opens its own Cache on the same path (ARCHITECTURE.md, Threads).
class Cache
{
public:
    explicit Cache(const QString &path);
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // The cache file in the user's cache directory.
    static QString defaultPath();
    static int schemaVersion();

    QString path() const { return m_path; }
    // Random, made with the file: tells this cache from one made again at the same path.
    const std::string &identity() const { return m_identity; }
    sqlite3 *handle() const { return m_db; }

    std::vector<SourceInfo> sources() const;
    std::optional<SourceInfo> source(int64_t id) const;
    std::optional<int64_t> sourceWithHash(const QString &contentHash) const;
    // Profiles of one source, or of the whole cache, in file order.
    std::vector<ProfileInfo> profiles(std::optional<int64_t> sourceId = std::nullopt) const;
    std::optional<ProfileInfo> profile(int64_t profileId) const;
    ProfileData loadProfile(int64_t profileId) const;
    // The profiles a span links to (SENTRY.md §3.4): the transaction profile whose event
    // id is `profileId`, or else the continuous-profiler profiles of `profilerId`, only
    // those of `threadId` when one is given and any profile has it.
    std::vector<ProfileInfo> linkedProfiles(std::string_view profileId, std::string_view profilerId,
                                            std::string_view threadId) const;

    // Removes a source and everything imported from it, in one transaction.
    void removeSource(int64_t sourceId);
    // Copies what commits left in the write-ahead log into the database file, as far as
    // readers allow (CacheWriter::commit() leaves that to after an import).
    void checkpoint();

    void execute(const char *sql);

private:
    void migrate();

    QString m_path;
    std::string m_identity;
    sqlite3 *m_db = nullptr;
};

} // namespace eg::store
