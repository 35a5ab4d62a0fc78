#include "sentryprofileimporter.h"

#include "sentrysampletables.h"
#include "sentrythreadprofiles.h"
#include "sentrytimestamp.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"
#include "models/store/ids.h"

#include <simdjson.h>

namespace eg::importers {

namespace {

constexpr size_t kMaxTextBytes = size_t(4) << 30;
// Memory per byte of text while a profile is read: the text, simdjson's index of it and
// the sample tables (measured: 740 MB for a 380 MB profile of 5 million samples).
constexpr double kMemoryPerTextByte = 2.5;

using JsonValue = JsonSupport::Value;

struct TransactionInfo
{
    std::string name;
    std::string activeThreadId;
    std::string id; // the transaction's event_id
    std::string traceId;
    bool present = false;
};

// A number or string id as text ("0" for both 0 and "0").
std::string idText(JsonSupport &json, JsonValue &value, const char *expected)
{
    if (json.isNull(value))
        return {};
    const auto type = json.take(value.type(), expected);
    if (type == simdjson::ondemand::json_type::string)
        return std::string(json.string(value, expected));
    if (type != simdjson::ondemand::json_type::number)
        json.fail(QStringLiteral("expected %1").arg(QString::fromUtf8(expected)));
    std::string_view token = value.raw_json_token();
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    return std::string(token);
}

void readTransaction(JsonSupport &json, JsonValue &value, TransactionInfo *info)
{
    if (json.isNull(value))
        return;
    auto object = json.object(value, "an object as the profile's `transaction`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of the transaction");
        const auto key = field.key();
        if (key == "name") {
            if (!json.isNull(field.value()))
                info->name = std::string(
                    json.string(field.value(), "a string as the transaction's `name`"));
        } else if (key == "active_thread_id") {
            info->activeThreadId
                = idText(json, field.value(), "a string or number as `active_thread_id`");
        } else if (key == "id") {
            info->id = store::canonicalHexId(
                idText(json, field.value(), "a string as the transaction's `id`"));
        } else if (key == "trace_id") {
            info->traceId = store::canonicalHexId(
                idText(json, field.value(), "a string as the transaction's `trace_id`"));
        }
    }
    info->present = true;
}

// The profile's `timestamp`, the wall-clock time of elapsed_since_start_ns 0 (SENTRY.md
// §4.1); 0 when it is absent or unreadable: it only links, it never refuses a profile.
int64_t readOrigin(JsonSupport &json, JsonValue &value)
{
    const auto type = json.take(value.type(), "a time as the profile's `timestamp`");
    int64_t ns = 0;
    if (type == simdjson::ondemand::json_type::string) {
        const std::string_view text = json.string(value, "a string as `timestamp`");
        if (SentryTimestamp::parseRfc3339(text, &ns) || SentryTimestamp::parseSeconds(text, &ns))
            return ns;
    } else if (type == simdjson::ondemand::json_type::number) {
        if (SentryTimestamp::parseSeconds(value.raw_json_token(), &ns))
            return ns;
    }
    return 0;
}

// The legacy iOS profile: `profile` is a JSON string holding
// {"samples":[{"frames":[...leaf first], "thread_id", "relative_timestamp_ns"}], ...}.
void readLegacyProfile(std::string_view inner, SentrySampleTables &tables, ImportContext &context)
{
    std::string text;
    text.reserve(inner.size() + simdjson::SIMDJSON_PADDING);
    text.assign(inner);
    JsonSupport json(text);
    auto root = json.rootObject("a legacy profile (a JSON object) inside `profile`");
    std::vector<int32_t> frames;
    std::string key;
    uint64_t items = 0;
    for (auto item : root) {
        auto field = json.take(std::move(item), "a key of the legacy profile");
        const auto name = field.key();
        JsonValue &value = field.value();
        if (name == "thread_metadata") {
            if (!json.isNull(value))
                tables.readThreadMetadata(json, value);
            continue;
        }
        if (name != "samples")
            continue;
        auto samples = json.array(value, "an array in the legacy profile's `samples`");
        for (auto element : samples) {
            JsonValue sampleValue = json.take(std::move(element), "a legacy sample");
            auto object = json.object(sampleValue, "a legacy sample (a JSON object)");
            SentrySampleTables::Sample sample;
            sample.thread = -1;
            bool hasTime = false;
            frames.clear();
            for (auto sampleItem : object) {
                auto sampleField = json.take(std::move(sampleItem), "a key of a legacy sample");
                const auto sampleKey = sampleField.key();
                JsonValue &v = sampleField.value();
                if (sampleKey == "frames") {
                    auto list = json.array(v, "an array in a legacy sample's `frames`");
                    for (auto frameItem : list) {
                        JsonValue frameValue = json.take(std::move(frameItem), "a frame");
                        const store::Frame frame = SentrySampleTables::readFrame(json, frameValue);
                        key.clear();
                        key.append(frame.name).push_back('\0');
                        key.append(frame.file).push_back('\0');
                        key.append(frame.module).push_back('\0');
                        key.append(std::to_string(frame.line)).push_back(':');
                        key.append(std::to_string(frame.column));
                        frames.push_back(tables.addFrame(frame, key));
                    }
                } else if (sampleKey == "thread_id") {
                    sample.thread = tables.readThreadId(json, v);
                } else if (sampleKey == "relative_timestamp_ns") {
                    const std::string time = idText(json, v,
                                                    "nanoseconds as "
                                                    "`relative_timestamp_ns`");
                    if (!SentrySampleTables::integerText(time, &sample.time))
                        json.fail(QStringLiteral("expected whole nanoseconds as a legacy "
                                                 "sample's `relative_timestamp_ns`"));
                    hasTime = true;
                }
            }
            if (!hasTime)
                json.fail(QStringLiteral("a legacy sample has no `relative_timestamp_ns`"));
            if (sample.thread < 0)
                sample.thread = tables.threadIndex("0");
            sample.stack = tables.addStack(frames);
            tables.addSample(sample);
            if ((++items & 0xffff) == 0)
                context.checkCancelled();
        }
    }
    tables.setTimeKind(SentrySampleTables::TimeKind::ElapsedNs);
}

} // namespace

FormatInfo SentryProfileImporter::format() const
{
    return {QStringLiteral("sentry-profile"),
            QStringLiteral("Sentry profile (sample format v1)"),
            {QStringLiteral("json")}};
}

std::string_view SentryProfileImporter::headString(std::string_view head, std::string_view key)
{
    // Textual, not parsed: a probe sees a bounded head that may end mid-token. Nested
    // `version` keys are rare this early in a profile; callers also check the root keys.
    std::string quoted;
    quoted.append("\"").append(key).append("\"");
    size_t at = 0;
    while ((at = head.find(quoted, at)) != std::string_view::npos) {
        size_t i = head.find_first_not_of(" \t\r\n", at + quoted.size());
        at += quoted.size();
        if (i == std::string_view::npos || head[i] != ':')
            continue;
        i = head.find_first_not_of(" \t\r\n", i + 1);
        if (i == std::string_view::npos || head[i] != '"')
            continue;
        const size_t end = head.find('"', i + 1);
        if (end == std::string_view::npos)
            return {};
        return head.substr(i + 1, end - i - 1);
    }
    return {};
}

int SentryProfileImporter::probe(std::string_view head) const
{
    bool profile = false;
    bool transaction = false;
    bool chunk = false;
    bool legacy = false;
    for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
        if (key == "profile")
            profile = true;
        else if (key == "transaction" || key == "transactions" || key == "transaction_id")
            transaction = true;
        else if (key == "profiler_id" || key == "chunk_id")
            chunk = true;
        else if (key == "profile_id")
            legacy = true;
    }
    if (chunk)
        return 0;
    const std::string_view version = headString(head, "version");
    const bool tables = head.find("\"samples\"") != std::string_view::npos
        && (head.find("\"stacks\"") != std::string_view::npos
            || head.find("\"frames\"") != std::string_view::npos);
    if (profile && version == "1" && tables)
        return 90;
    if (profile && version == "1")
        return 70; // the tables may lie beyond the head
    // Sentry's stored shape (and API exports) may name another version or none.
    if (profile && (transaction || version.empty()) && tables)
        return 60;
    // Stored profiles put `version` and `transactions` after a long `profile`.
    if (profile && head.find("\"elapsed_since_start_ns\"") != std::string_view::npos)
        return 60;
    // The legacy iOS shape: `profile` is a string of escaped JSON.
    if (profile && legacy && head.find("{\\\"samples\\\"") != std::string_view::npos)
        return 60;
    return 0;
}

std::vector<store::ProfileData> SentryProfileImporter::parse(const std::string &text,
                                                             const std::string &fallbackName,
                                                             ImportContext &context)
{
    return parseText(text, nullptr, fallbackName, context);
}

std::vector<store::ProfileData> SentryProfileImporter::parse(std::string &&text,
                                                             const std::string &fallbackName,
                                                             ImportContext &context)
{
    return parseText(text, &text, fallbackName, context);
}

std::vector<store::ProfileData> SentryProfileImporter::parseText(const std::string &text,
                                                                 std::string *ownedText,
                                                                 const std::string &fallbackName,
                                                                 ImportContext &context)
{
    SentrySampleTables tables;
    TransactionInfo transaction;
    std::string eventId;
    std::string profileId;
    int64_t origin = 0;
    {
        JsonSupport json(text);
        auto root = json.rootObject("a Sentry profile (a JSON object)");
        bool hasProfile = false;
        for (auto item : root) {
            auto field = json.take(std::move(item), "a key of the profile");
            const auto key = field.key();
            JsonValue &value = field.value();
            if (key == "profile") {
                const auto type = json.take(value.type(), "an object in `profile`");
                if (type == simdjson::ondemand::json_type::string) {
                    // Copied: the legacy reader parses it with a parser of its own.
                    const std::string inner(json.string(value, "a string in `profile`"));
                    readLegacyProfile(inner, tables, context);
                } else {
                    tables.read(json, value, context);
                }
                hasProfile = true;
            } else if (key == "transaction") {
                readTransaction(json, value, &transaction);
            } else if (key == "transactions") {
                // Relay takes the first; so do we.
                if (json.isNull(value))
                    continue;
                auto list = json.array(value, "an array in `transactions`");
                for (auto element : list) {
                    JsonValue first = json.take(std::move(element), "a transaction");
                    TransactionInfo info;
                    readTransaction(json, first, &info);
                    if (!transaction.present)
                        transaction = info;
                }
            } else if (key == "transaction_name") {
                if (!json.isNull(value))
                    transaction.name
                        = std::string(json.string(value, "a string as `transaction_name`"));
            } else if (key == "active_thread_id") {
                transaction.activeThreadId
                    = idText(json, value, "a thread id as `active_thread_id`");
            } else if (key == "event_id") {
                eventId = store::canonicalHexId(idText(json, value, "a string as `event_id`"));
            } else if (key == "profile_id") {
                profileId = store::canonicalHexId(idText(json, value, "a string as `profile_id`"));
            } else if (key == "transaction_id") {
                transaction.id
                    = store::canonicalHexId(idText(json, value, "a string as `transaction_id`"));
            } else if (key == "trace_id") {
                transaction.traceId
                    = store::canonicalHexId(idText(json, value, "a string as `trace_id`"));
            } else if (key == "timestamp") {
                origin = readOrigin(json, value);
            } else if (key == "sampled_profile") {
                json.fail(QStringLiteral("an Android method-trace profile (`sampled_profile`): "
                                         "Emberglass does not read those yet"));
            }
        }
        if (!hasProfile)
            json.fail(QStringLiteral("missing `profile`, the samples of the Sentry profile"));
    }
    // What follows needs neither simdjson's index of the text (gone with `json`) nor the
    // text: when it is ours it goes now, before the profiles are built beside the tables.
    if (ownedText) {
        ownedText->clear();
        ownedText->shrink_to_fit();
    }
    tables.validate();
    if (tables.samples().empty())
        throw ImportError(QStringLiteral("the Sentry profile holds no samples"));

    SentryThreadProfiles threads;
    threads.add(tables);
    // v1 times count in ns from the profile's start, its `timestamp`; a v2-shaped profile
    // read here counts from its first sample, an epoch time, instead.
    const bool epoch = tables.timeKind() == SentrySampleTables::TimeKind::EpochNs;
    tables = SentrySampleTables(); // its samples are the threads' now
    const int64_t base = epoch ? threads.earliest() : 0;
    std::vector<store::ProfileData> profiles
        = threads.finish(transaction.name.empty() ? fallbackName : transaction.name,
                         transaction.activeThreadId, base);
    for (store::ProfileData &profile : profiles) {
        store::ProfileLinks &links = profile.links;
        links.profileId = !eventId.empty() ? eventId : profileId;
        links.transactionId = transaction.id;
        links.traceId = transaction.traceId;
        links.originEpochNs = epoch ? base : origin;
    }
    return profiles;
}

void SentryProfileImporter::import(InputStream &input, store::CacheWriter &writer,
                                   ImportContext &context)
{
    std::vector<store::ProfileData> profiles;
    {
        input.setProgressContext(&context, 0.5);
        std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes, kMemoryPerTextByte));
        context.checkCancelled();
        profiles = parse(std::move(text),
                         input.displayName().section(QLatin1Char('/'), -1).toStdString(), context);
    }
    context.setProgress(0.8);
    for (const store::ProfileData &profile : profiles) {
        context.checkCancelled();
        writer.addProfile(profile);
    }
}

} // namespace eg::importers
