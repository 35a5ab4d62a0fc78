#include "importharness.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"

namespace eg::testing {

ImportHarness::ImportHarness()
    : m_cache(std::make_unique<store::Cache>(m_dir.filePath(QStringLiteral("cache.db"))))
{ }

importers::ImportResult ImportHarness::import(const QByteArray &bytes, const QString &name,
                                              size_t chunkSize, const QString &format)
{
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    pipeline.setRawChunkSize(chunkSize);
    if (!format.isEmpty())
        pipeline.setForcedFormat(format);
    importers::ImportContext context;
    const auto input = importers::InputStream::fromBytes(bytes, name);
    return pipeline.importStream(*input, name, *m_cache, context);
}

QString ImportHarness::importError(const QByteArray &bytes, const QString &name,
                                   const QString &format, size_t chunkSize)
{
    try {
        import(bytes, name, chunkSize, format);
    } catch (const importers::ImportError &error) {
        return error.describe();
    }
    return {};
}

QString ImportHarness::sniffedFormat(const QByteArray &bytes)
{
    const importers::Importer *importer
        = importers::ImporterRegistry::instance().sniff(bytes.toStdString());
    return importer ? importer->format().id : QString();
}

std::vector<store::ProfileData> ImportHarness::profiles(int64_t sourceId)
{
    std::vector<store::ProfileData> out;
    for (const store::ProfileInfo &info : m_cache->profiles(sourceId))
        out.push_back(m_cache->loadProfile(info.id));
    return out;
}

} // namespace eg::testing
