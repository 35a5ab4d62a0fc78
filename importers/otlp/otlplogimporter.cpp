#include "otlplogimporter.h"

#include "otlpexportinput.h"
#include "otlplogreader.h"

#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

namespace eg::importers {

FormatInfo OtlpLogImporter::format() const
{
    return {QStringLiteral("otlp-logs"),
            QStringLiteral("OpenTelemetry logs (OTLP/JSON)"),
            {QStringLiteral("json"), QStringLiteral("jsonl")}};
}

int OtlpLogImporter::probe(std::string_view head) const
{
    // FORMATS.md: `resourceLogs` at the top (of the first line, for JSON lines).
    for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
        if (key == "resourceLogs")
            return 100;
    }
    return 0;
}

void OtlpLogImporter::import(InputStream &input, store::CacheWriter &writer, ImportContext &context)
{
    OtlpLogReader reader(context, writer);
    OtlpExportInput::read(input, context, reader);
    for (const QString &warning : reader.warnings())
        writer.addWarning(warning);
}

} // namespace eg::importers
