#include "otlptraceimporter.h"

#include "otlpexportinput.h"
#include "otlptracereader.h"

#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

namespace eg::importers {

FormatInfo OtlpTraceImporter::format() const
{
    return {QStringLiteral("otlp-traces"),
            QStringLiteral("OpenTelemetry traces (OTLP/JSON)"),
            {QStringLiteral("json"), QStringLiteral("jsonl")}};
}

int OtlpTraceImporter::probe(std::string_view head) const
{
    // FORMATS.md: `resourceSpans` at the top (of the first line, for JSON lines). Logs
    // (`resourceLogs`) and metrics are other signals with importers of their own.
    for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
        if (key == "resourceSpans")
            return 100;
    }
    return 0;
}

void OtlpTraceImporter::import(InputStream &input, store::CacheWriter &writer,
                               ImportContext &context)
{
    OtlpTraceReader reader(context, writer);
    OtlpExportInput::read(input, context, reader);
    // Worked out while the writing thread catches up; written once it is done.
    const QStringList warnings = reader.warnings();
    reader.finish();
    for (const QString &warning : warnings)
        writer.addWarning(warning);
}

} // namespace eg::importers
