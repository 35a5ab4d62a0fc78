#pragma once

#include "importers/common/importpipeline.h"
#include "models/store/cache.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace eg::testing {

// A cache in a temporary folder, and imports into it through the whole pipeline, as the
// app does them: what every importer test of this module starts from.
class ImportHarness
{
public:
    ImportHarness();

    store::Cache &cache() { return *m_cache; }

    // Imports `bytes` as a file called `name`, reading `chunkSize` raw bytes at a time
    // (0: the default), as `format` when one is given. Throws what the import throws.
    importers::ImportResult import(const QByteArray &bytes, const QString &name,
                                   size_t chunkSize = 0, const QString &format = {});
    // The error an import raises, as the CLI would print it after the file name; empty
    // when the import succeeds.
    QString importError(const QByteArray &bytes, const QString &name, const QString &format = {},
                        size_t chunkSize = 0);
    // The format the registry recognises `bytes` as; empty when none claims them.
    static QString sniffedFormat(const QByteArray &bytes);
    // Every profile of a source, loaded back from the cache.
    std::vector<store::ProfileData> profiles(int64_t sourceId);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Cache> m_cache;
};

} // namespace eg::testing
