#include "sentrylogimporter.h"

#include "sentrylogreader.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

namespace eg::importers {

namespace {

// An SDK sends at most 100 logs per container (SENTRY.md §6.1); files gathered by hand
// may hold more, read whole all the same.
constexpr size_t kMaxTextBytes = size_t(1) << 30;

} // namespace

FormatInfo SentryLogImporter::format() const
{
    return {QStringLiteral("sentry-logs"),
            QStringLiteral("Sentry log items"),
            {QStringLiteral("json")}};
}

int SentryLogImporter::probe(std::string_view head) const
{
    return SentryLogReader::looksLikeContainer(head) ? 80 : 0;
}

void SentryLogImporter::import(InputStream &input, store::CacheWriter &writer,
                               ImportContext &context)
{
    input.setProgressContext(&context, 0.5);
    const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
    context.checkCancelled();
    SentryLogReader reader;
    {
        // Written as they are read: the file's text and one record are all memory holds.
        JsonSupport json(text);
        reader.read(json, [&](const store::LogRecord &log) { writer.addLog(log); });
    }
    if (writer.logCount() == 0)
        throw ImportError(QStringLiteral("holds no logs: `items` is empty"));
    context.setProgress(0.9);
    for (const QString &warning : reader.warnings())
        writer.addWarning(warning);
    context.setProgress(1);
}

} // namespace eg::importers
