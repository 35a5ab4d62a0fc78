#include "jaegerimporter.h"

#include "jaegertracereader.h"

#include "importers/common/importcontext.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

#include <algorithm>
#include <string>

namespace eg::importers {

namespace {

// Jaeger files are read whole (On-Demand needs the text in one piece); this bounds the
// memory a hostile or mistaken input can claim.
constexpr size_t kMaxTextBytes = size_t(2) << 30;

} // namespace

FormatInfo JaegerImporter::format() const
{
    return {
        QStringLiteral("jaeger"), QStringLiteral("Jaeger trace JSON"), {QStringLiteral("json")}};
}

int JaegerImporter::probe(std::string_view head) const
{
    // FORMATS.md: a `data` array whose traces have `traceID` and `spans`. Jaeger spells
    // the ids `traceID`/`spanID`; Zipkin's `traceId` and OTLP's are other formats.
    const size_t first = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (first == std::string_view::npos)
        return 0;
    const bool mentionsTraceId = head.find("\"traceID\"") != std::string_view::npos;
    if (head[first] == '{') {
        const std::vector<std::string_view> keys = JsonSupport::topLevelKeys(head);
        if (JsonSupport::hasKey(keys, "data") && mentionsTraceId)
            return 100;
        if (JsonSupport::hasKey(keys, "traceID") && JsonSupport::hasKey(keys, "spans"))
            return 100; // one trace, as the UI's "Download JSON" of one trace writes it
        if (JsonSupport::hasKey(keys, "traceID") && JsonSupport::hasKey(keys, "spanID"))
            return 80; // one span
        return 0;
    }
    if (head[first] != '[')
        return 0;
    // An array of traces, or of spans that carry their process (anonymizer, ES).
    const size_t object = head.find_first_not_of(" \t\r\n", first + 1);
    if (object == std::string_view::npos || head[object] != '{')
        return 0;
    const std::vector<std::string_view> keys = JsonSupport::topLevelKeys(head.substr(object));
    if (JsonSupport::hasKey(keys, "traceID")
        && (JsonSupport::hasKey(keys, "spans") || JsonSupport::hasKey(keys, "spanID")))
        return 90;
    return 0;
}

void JaegerImporter::import(InputStream &input, store::CacheWriter &writer, ImportContext &context)
{
    input.setProgressContext(&context, 0.5);
    const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
    context.checkCancelled();
    JsonSupport json(text);
    JaegerTraceReader reader(json, context, writer);
    reader.read();
    for (const QString &warning : reader.warnings())
        writer.addWarning(warning);
}

} // namespace eg::importers
