#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace eg::store {
class Cache;
}

namespace eg::importers {

class ImportContext;
class ImporterRegistry;
class InputStream;

struct ImportResult
{
    int64_t sourceId = 0;
    QString format;
    int profileCount = 0;
    int64_t spanCount = 0;
    int64_t traceCount = 0;
    // Problems the importer worked around (ImportWarnings stored with the source).
    QStringList warnings;
    // These exact bytes were in the cache already; sourceId is the earlier import.
    bool duplicate = false;
};

// Imports one file into the cache: decompress, sniff (or take the forced format), run
// the importer inside one CacheWriter transaction, commit with the content hash. Any
// ImportError leaves the cache as it was and carries the file's display name.
class ImportPipeline
{
public:
    explicit ImportPipeline(const ImporterRegistry &registry);

    void setForcedFormat(const QString &formatId) { m_forcedFormat = formatId; }
    // Raw bytes per device read; tests set a few bytes to shake out boundary bugs.
    void setRawChunkSize(size_t bytes) { m_rawChunkSize = bytes; }

    ImportResult importFile(const QString &path, store::Cache &cache, ImportContext &context) const;
    ImportResult importStream(InputStream &input, const QString &path, store::Cache &cache,
                              ImportContext &context) const;

private:
    const ImporterRegistry &m_registry;
    QString m_forcedFormat;
    size_t m_rawChunkSize = 0;
};

} // namespace eg::importers
