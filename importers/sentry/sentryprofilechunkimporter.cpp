#include "sentryprofilechunkimporter.h"

#include "sentrychunktimeline.h"
#include "sentryprofileimporter.h"
#include "sentrysampletables.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

namespace eg::importers {

namespace {

constexpr size_t kMaxTextBytes = size_t(4) << 30;
// Memory per byte of input while it is imported (the text, simdjson's index, what is built
// from it): with the budget, how much may be read whole (ImportContext::wholeTextLimit()).
constexpr double kMemoryPerTextByte = 2.5;

using JsonValue = JsonSupport::Value;

// Reads one chunk object; returns false when it holds no `profile`.
bool readChunk(JsonSupport &json, JsonSupport::Object &object, SentrySampleTables &tables,
               std::string *profilerId, ImportContext &context, int depth)
{
    bool hasProfile = false;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of the profile chunk");
        const auto key = field.key();
        JsonValue &value = field.value();
        if (key == "profiler_id") {
            if (!json.isNull(value))
                *profilerId = std::string(json.string(value, "a string as `profiler_id`"));
        } else if (key == "profile") {
            tables.read(json, value, context);
            hasProfile = true;
        } else if (key == "chunk" && depth == 0) {
            // The web API wraps the chunk: {"chunk": {...}}.
            auto inner = json.object(value, "an object in `chunk`");
            hasProfile = readChunk(json, inner, tables, profilerId, context, 1) || hasProfile;
        } else if (key == "version") {
            if (json.isNull(value))
                continue;
            const std::string_view version = json.string(value, "a string as `version`");
            if (version == "2.android-trace" || version.empty())
                json.fail(QStringLiteral("an Android method-trace chunk: Emberglass does not read "
                                         "those yet"));
        }
    }
    return hasProfile;
}

} // namespace

FormatInfo SentryProfileChunkImporter::format() const
{
    return {QStringLiteral("sentry-profile-chunk"),
            QStringLiteral("Sentry continuous-profiling chunk (sample format v2)"),
            {QStringLiteral("json")}};
}

int SentryProfileChunkImporter::probe(std::string_view head) const
{
    bool profilerId = false;
    bool chunkId = false;
    bool wrapped = false;
    for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
        if (key == "profiler_id")
            profilerId = true;
        else if (key == "chunk_id")
            chunkId = true;
        else if (key == "chunk")
            wrapped = true;
    }
    const std::string_view version = SentryProfileImporter::headString(head, "version");
    if (profilerId && chunkId && version == "2")
        return 90;
    if (profilerId && chunkId)
        return 60;
    // The web API's {"chunk": {...}}: the ids sit one level down.
    if (wrapped && version == "2" && head.find("\"profiler_id\"") != std::string_view::npos
        && head.find("\"chunk_id\"") != std::string_view::npos)
        return 60;
    return 0;
}

void SentryProfileChunkImporter::parse(const std::string &text, SentryChunkTimeline &timeline,
                                       ImportContext &context)
{
    JsonSupport json(text);
    auto root = json.rootObject("a Sentry profile chunk (a JSON object)");
    SentrySampleTables tables;
    std::string profilerId;
    if (!readChunk(json, root, tables, &profilerId, context, 0))
        json.fail(QStringLiteral("missing `profile`, the samples of the profile chunk"));
    tables.validate();
    timeline.add(profilerId, tables);
}

void SentryProfileChunkImporter::import(InputStream &input, store::CacheWriter &writer,
                                        ImportContext &context)
{
    SentryChunkTimeline timeline;
    {
        input.setProgressContext(&context, 0.5);
        const std::string text
            = input.readAll(context.wholeTextLimit(kMaxTextBytes, kMemoryPerTextByte));
        context.checkCancelled();
        parse(text, timeline, context);
    }
    context.setProgress(0.8);
    std::vector<store::ProfileData> profiles = timeline.finish();
    if (profiles.empty())
        throw ImportError(QStringLiteral("the profile chunk holds no samples"));
    for (const store::ProfileData &profile : profiles) {
        context.checkCancelled();
        writer.addProfile(profile);
    }
}

} // namespace eg::importers
