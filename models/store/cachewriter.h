#pragma once

#include "profiledata.h"
#include "spanrecord.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace eg::store {

class Cache;
class SqliteStatement;

// What the import job knows about a file before its importer runs.
struct SourceDescription
{
    QString path;
    QString name;
    QString format;
    int64_t sizeBytes = 0;
};

// Writes one import into the cache inside a single transaction: everything an importer
// adds becomes visible at commit(), or nothing does. Destroying an uncommitted writer
// (an exception, a cancel) rolls back, so the cache is exactly as before.
class CacheWriter
{
public:
    explicit CacheWriter(Cache &cache, const SourceDescription &source);
    ~CacheWriter();
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    int64_t sourceId() const { return m_sourceId; }
    int profileCount() const { return m_profileOrdinal; }
    int64_t spanCount() const { return m_spanOrdinal; }
    // Everything a view can show; an import that wrote nothing is refused.
    int64_t recordCount() const { return m_profileOrdinal + m_spanOrdinal; }

    // Stores a profile: header row, frames as rows, samples as compressed chunks.
    int64_t addProfile(const ProfileData &profile);
    // Stores one span record; the trace list is brought up to date at commit().
    void addSpan(const SpanRecord &span);
    // Records a problem the importer worked around, shown with the source.
    void addWarning(const QString &message);

    struct Outcome
    {
        int64_t sourceId = 0;
        // Set when these exact bytes were imported before: nothing new was written
        // and this is the earlier source.
        std::optional<int64_t> duplicateOf;
    };
    // Records the content hash and commits; rolls back instead when a source with the
    // same hash exists.
    Outcome commit(const QString &contentHash);
    void rollback();

private:
    Cache &m_cache;
    int64_t m_sourceId = 0;
    int m_profileOrdinal = 0;
    int64_t m_spanOrdinal = 0;
    int m_warningCount = 0;
    std::unique_ptr<SqliteStatement> m_insertSpan;
    bool m_open = false;
};

} // namespace eg::store
