#include "importpipeline.h"

#include "importcontext.h"
#include "importerregistry.h"
#include "inputstream.h"

#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/tracereader.h"

#include <QFileInfo>

namespace eg::importers {

namespace {

// A short, honest description of bytes no importer recognised, for the error message.
QString describeUnknown(std::string_view head)
{
    size_t printable = 0;
    for (unsigned char c : head.substr(0, 512))
        printable += (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t';
    const size_t sample = std::min<size_t>(head.size(), 512);
    if (sample > 0 && printable * 10 < sample * 9)
        return QStringLiteral("binary data");
    const size_t start = head.find_first_not_of(" \t\r\n");
    if (start != std::string_view::npos && (head[start] == '{' || head[start] == '['))
        return QStringLiteral("JSON of an unknown shape");
    return QStringLiteral("text");
}

} // namespace

ImportPipeline::ImportPipeline(const ImporterRegistry &registry)
    : m_registry(registry)
{ }

ImportResult ImportPipeline::importFile(const QString &path, store::Cache &cache,
                                        ImportContext &context) const
{
    try {
        InputStream input(path);
        return importStream(input, path, cache, context);
    } catch (ImportError &error) {
        if (error.fileName().isEmpty())
            error.setFileName(path);
        throw;
    }
}

ImportResult ImportPipeline::importStream(InputStream &input, const QString &path,
                                          store::Cache &cache, ImportContext &context) const
{
    try {
        if (m_rawChunkSize)
            input.setRawChunkSize(m_rawChunkSize);
        const std::string_view head = input.peek(ImporterRegistry::kProbeBytes);
        if (head.find_first_not_of(" \t\r\n") == std::string_view::npos)
            throw ImportError(head.empty() ? QStringLiteral("the file is empty")
                                           : QStringLiteral("the file holds only white space"));

        Importer *importer = nullptr;
        if (!m_forcedFormat.isEmpty()) {
            importer = m_registry.byId(m_forcedFormat);
            if (!importer)
                throw ImportError(QStringLiteral("no such format: %1").arg(m_forcedFormat));
        } else {
            importer = m_registry.sniff(head);
            if (!importer)
                throw ImportError(QStringLiteral("not a format Emberglass reads (it looks like %1)")
                                      .arg(describeUnknown(head)));
        }

        const FormatInfo format = importer->format();
        store::SourceDescription description;
        description.path = path == QLatin1String("-") ? QStringLiteral("<stdin>")
                                                      : QFileInfo(path).absoluteFilePath();
        description.name
            = path == QLatin1String("-") ? QStringLiteral("<stdin>") : QFileInfo(path).fileName();
        description.format = format.id;
        description.sizeBytes = input.rawSize() >= 0 ? input.rawSize() : 0;

        context.setProgress(0);
        store::CacheWriter writer(cache, description);
        importer->import(input, writer, context);
        context.checkCancelled();
        writer.finishLogs();
        if (writer.recordCount() == 0)
            throw ImportError(QStringLiteral(
                "holds nothing Emberglass can show (no profile, span, log or error)"));
        const QString hash = input.contentHash();
        const store::CacheWriter::Outcome outcome = writer.commit(hash);
        context.setProgress(1);

        ImportResult result;
        result.sourceId = outcome.sourceId;
        result.format = format.id;
        result.profileCount = int(cache.profiles(outcome.sourceId).size());
        if (const auto source = cache.source(outcome.sourceId)) {
            result.spanCount = source->spanCount;
            result.traceCount = source->traceCount;
        }
        result.warnings = store::TraceReader(cache).importWarnings(outcome.sourceId);
        result.duplicate = outcome.duplicateOf.has_value();
        return result;
    } catch (ImportError &error) {
        if (error.fileName().isEmpty())
            error.setFileName(input.displayName());
        throw;
    }
}

} // namespace eg::importers
