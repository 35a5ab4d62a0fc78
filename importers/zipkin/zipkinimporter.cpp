#include "zipkinimporter.h"

#include "zipkinspanreader.h"

#include "importers/common/importcontext.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

#include <algorithm>
#include <string>

namespace eg::importers {

namespace {

// Zipkin files are read whole (On-Demand needs the text in one piece); this bounds the
// memory a hostile or mistaken input can claim.
constexpr size_t kMaxTextBytes = size_t(2) << 30;

} // namespace

FormatInfo ZipkinImporter::format() const
{
    return {
        QStringLiteral("zipkin"), QStringLiteral("Zipkin v2 span list"), {QStringLiteral("json")}};
}

int ZipkinImporter::probe(std::string_view head) const
{
    // FORMATS.md: an array of spans with `traceId` and `id` (`traceID` is Jaeger's), or
    // an array of such arrays (one per trace).
    size_t at = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (at == std::string_view::npos || head[at] != '[')
        return 0;
    at = head.find_first_not_of(" \t\r\n", at + 1);
    if (at != std::string_view::npos && head[at] == '[')
        at = head.find_first_not_of(" \t\r\n", at + 1);
    if (at == std::string_view::npos || head[at] != '{')
        return 0;
    const std::vector<std::string_view> keys = JsonSupport::topLevelKeys(head.substr(at));
    if (!JsonSupport::hasKey(keys, "traceId") || !JsonSupport::hasKey(keys, "id"))
        return 0;
    // Zipkin v1 is claimed too, to say clearly that it is not read.
    if (JsonSupport::hasKey(keys, "binaryAnnotations"))
        return 50;
    return 90;
}

void ZipkinImporter::import(InputStream &input, store::CacheWriter &writer, ImportContext &context)
{
    input.setProgressContext(&context, 0.5);
    const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
    context.checkCancelled();
    JsonSupport json(text);
    ZipkinSpanReader reader(json, context);
    reader.read();
    reader.write(writer);
    for (const QString &warning : reader.warnings())
        writer.addWarning(warning);
}

} // namespace eg::importers
