#include "sentryenvelopeimporter.h"

#include "sentrychunktimeline.h"
#include "sentryenvelopereader.h"
#include "sentryerrorreader.h"
#include "sentrylogreader.h"
#include "sentryprofilechunkimporter.h"
#include "sentryprofileimporter.h"
#include "sentryspanreader.h"
#include "sentrytransactionreader.h"

#include "importers/common/countedtext.h"
#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"
#include "models/store/ids.h"

#include <QByteArray>
#include <QDebug>

namespace eg::importers {

namespace {

constexpr size_t kMaxTextBytes = size_t(4) << 30;
// Memory per byte of envelope while it is imported: the text, simdjson's index of each
// item and the profiles built from them (ImportContext::wholeTextLimit()).
constexpr double kMemoryPerTextByte = 2.5;
// Relay's limit is 50 MB per profile; leave room for SDKs that ignore it.
constexpr size_t kMaxPayloadBytes = size_t(1) << 30;

// The payload as JSON text with simdjson's padding, inflated first when its magic bytes
// say it is compressed (the format has no encoding header of its own; SENTRY.md §1.1).
std::string payloadText(std::string_view payload)
{
    const size_t first = payload.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && payload[first] != '{') {
        auto input = InputStream::fromBytes(
            QByteArray::fromRawData(payload.data(), qsizetype(payload.size())),
            QStringLiteral("<item payload>"));
        if (input->compression() != InputStream::Compression::None)
            return input->readAll(kMaxPayloadBytes);
    }
    std::string text;
    text.reserve(payload.size() + simdjson::SIMDJSON_PADDING);
    text.assign(payload);
    return text;
}

// A `span` item: a streamed container {"version": 2, "items": [span...]} (SENTRY.md §3.5)
// or, from older browser SDKs, one span object (v1).
void readSpanItem(const std::string &text, const SentryTransactionReader::Defaults &defaults,
                  SentrySpanBatch &batch, ImportContext &context)
{
    JsonSupport json(text);
    std::vector<SentrySpanReader::Span> spans;
    bool container = false;
    for (const std::string_view key : JsonSupport::topLevelKeys(text))
        container = container || key == "items";
    if (container) {
        auto root = json.rootObject("a span container (a JSON object with `items`)");
        for (auto item : root) {
            auto field = json.take(std::move(item), "a key of the span container");
            if (field.key() != "items")
                continue;
            auto list = json.array(field.value(), "an array in the span container's `items`");
            for (auto element : list) {
                JsonSupport::Value value = json.take(std::move(element), "a span in `items`");
                SentrySpanReader::Span span;
                SentrySpanReader::read(json, value, &span);
                spans.push_back(std::move(span));
                if ((spans.size() & 0x3ff) == 0)
                    context.checkCancelled();
            }
        }
    } else {
        JsonSupport::Value value = json.take(json.document().get_value(), "a span");
        SentrySpanReader::Span span;
        SentrySpanReader::read(json, value, &span);
        spans.push_back(std::move(span));
    }
    for (SentrySpanReader::Span &span : spans) {
        SentrySpanReader::finish(&span);
        store::SpanRecord &r = span.record;
        if (r.traceId.empty())
            r.traceId = store::canonicalHexId(defaults.traceId);
        if (r.service.empty())
            r.service = defaults.sdkName;
        batch.add(std::move(r), span.hasStart, span.hasEnd);
    }
}

// An error inside one item, placed in the envelope: which item and where.
ImportError inItem(const ImportError &error, const SentryEnvelopeReader::Item &item, int index)
{
    const QString message = QStringLiteral("item %1 (`%2`): %3")
                                .arg(index)
                                .arg(QString::fromStdString(item.type), error.message());
    const int64_t at = error.location() == ImportError::Location::Offset
        ? item.payloadOffset + error.position()
        : item.payloadOffset;
    return ImportError::atOffset(message, at);
}

} // namespace

void SentryEnvelopeImporter::readLogOrEvent(const SentryEnvelopeReader::Item &item, int index,
                                            SentryLogReader &logs,
                                            const SentryErrorReader::Defaults &defaults,
                                            Contents &contents)
{
    // One bad item is no reason to lose the others: the error becomes a warning.
    const size_t logsBefore = contents.logs.size();
    try {
        const std::string text = payloadText(item.payload);
        JsonSupport json(text);
        if (item.type == "log") {
            logs.read(json, [&](const store::LogRecord &log) { contents.logs.push_back(log); });
            ++contents.logItems;
            return;
        }
        SentryErrorReader::Event event = SentryErrorReader::read(json, defaults);
        ++contents.eventItems;
        if (event.isError())
            contents.errors.push_back(std::move(event.record));
        else
            ++contents.eventsNotErrors;
    } catch (const ImportError &error) {
        contents.logs.resize(logsBefore);
        contents.warnings << QString(inItem(error, item, index).describe()
                                     + QStringLiteral("; the item was left out"));
    }
}

FormatInfo SentryEnvelopeImporter::format() const
{
    return {QStringLiteral("sentry-envelope"),
            QStringLiteral("Sentry envelope"),
            {QStringLiteral("envelope"), QStringLiteral("bin"), QStringLiteral("txt")}};
}

int SentryEnvelopeImporter::probe(std::string_view head) const
{
    return SentryEnvelopeReader::probe(head);
}

SentryEnvelopeImporter::Contents SentryEnvelopeImporter::read(std::string_view data,
                                                              const std::string &fallbackName,
                                                              ImportContext &context)
{
    Contents contents;
    SentryEnvelopeReader reader(data);
    SentryTransactionReader::Defaults defaults;
    defaults.eventId = reader.eventId();
    defaults.traceId = reader.traceId();
    defaults.sdkName = reader.sdkName();
    SentryErrorReader::Defaults errorDefaults;
    errorDefaults.eventId = reader.eventId();
    errorDefaults.traceId = reader.traceId();
    errorDefaults.replayId = reader.replayId();
    errorDefaults.release = reader.release();
    errorDefaults.environment = reader.environment();
    SentryLogReader logReader(reader.sdkName());
    SentryChunkTimeline timeline;
    std::vector<SentryTransactionReader::Event> transactions;
    SentryEnvelopeReader::Item item;
    int index = 0;
    while (reader.next(&item)) {
        ++index;
        context.checkCancelled();
        if (item.lengthMismatch)
            ++contents.lengthMismatches;
        const bool profile = item.type == "profile";
        const bool chunk = item.type == "profile_chunk" || item.type == "profile_chunk_ui";
        const bool transaction = item.type == "transaction";
        const bool span = item.type == "span";
        if (item.type == "log" || item.type == "event") {
            readLogOrEvent(item, index, logReader, errorDefaults, contents);
            continue;
        }
        if (!profile && !chunk && !transaction && !span) {
            ++contents.skippedItems[item.type.empty() ? std::string("(no type)") : item.type];
            continue;
        }
        try {
            const std::string text = payloadText(item.payload);
            if (profile) {
                std::vector<store::ProfileData> profiles
                    = SentryProfileImporter::parse(text, fallbackName, context);
                for (store::ProfileData &p : profiles)
                    contents.profiles.push_back(std::move(p));
                ++contents.profileItems;
            } else if (chunk) {
                SentryProfileChunkImporter::parse(text, timeline, context);
                ++contents.chunkItems;
            } else if (transaction) {
                JsonSupport json(text);
                transactions.push_back(
                    SentryTransactionReader::read(json, defaults, true, context));
                ++contents.transactionItems;
            } else {
                readSpanItem(text, defaults, contents.spans, context);
                ++contents.spanItems;
            }
        } catch (const ImportError &error) {
            throw inItem(error, item, index);
        }
        context.setProgress(
            0.5 + 0.3 * double(reader.offset()) / double(std::max<int64_t>(1, reader.size())));
    }
    for (store::ProfileData &p : timeline.finish())
        contents.profiles.push_back(std::move(p));

    // SDKs leave contexts.profile out; Relay fills it from the profile that names the
    // transaction (SENTRY.md §3.4). Do what Relay does.
    for (SentryTransactionReader::Event &event : transactions) {
        if (event.profileId.empty() && !event.eventId.empty()) {
            for (const store::ProfileData &p : contents.profiles) {
                if (!p.links.profileId.empty() && p.links.transactionId == event.eventId) {
                    event.setProfileId(p.links.profileId);
                    break;
                }
            }
        }
        contents.spans.count(SentrySpanBatch::Problem::OrphanInTransaction, event.orphans);
        for (SentrySpanReader::Span &s : event.spans)
            contents.spans.add(std::move(s.record), s.hasStart, s.hasEnd);
    }
    contents.spans.check();
    contents.warnings += logReader.warnings();
    return contents;
}

void SentryEnvelopeImporter::import(InputStream &input, store::CacheWriter &writer,
                                    ImportContext &context)
{
    Contents contents;
    {
        input.setProgressContext(&context, 0.5);
        const std::string text
            = input.readAll(context.wholeTextLimit(kMaxTextBytes, kMemoryPerTextByte));
        context.checkCancelled();
        contents
            = read(text, input.displayName().section(QLatin1Char('/'), -1).toStdString(), context);
    }
    QStringList skipped;
    int64_t skippedCount = contents.eventsNotErrors;
    for (const auto &[type, count] : contents.skippedItems) {
        skipped << QStringLiteral("%1 %2").arg(count).arg(QString::fromStdString(type));
        skippedCount += count;
    }
    const bool nothing = contents.profiles.empty() && contents.spans.empty()
        && contents.logs.empty() && contents.errors.empty();
    if (nothing && !contents.warnings.isEmpty() && contents.logItems + contents.eventItems == 0)
        throw ImportError(contents.warnings.join(QStringLiteral("; ")));
    if (contents.eventsNotErrors > 0)
        skipped << QStringLiteral("%1 event (not errors)").arg(contents.eventsNotErrors);
    if (nothing && !skipped.isEmpty()) {
        // The list says the counts; the noun after it agrees with their sum.
        throw ImportError((skippedCount == 1
                               ? QStringLiteral("holds nothing Emberglass can show: only %1 "
                                                "item, which it does not read yet")
                               : QStringLiteral("holds nothing Emberglass can show: only %1 "
                                                "items, which it does not read yet"))
                              .arg(skipped.join(QStringLiteral(", "))));
    }
    if (!skipped.isEmpty() || contents.lengthMismatches > 0) {
        // Until the replay importer exists, say what was left behind.
        qInfo().noquote() << QStringLiteral("%1: sentry-envelope: %2 profile, %3 profile_chunk, "
                                            "%4 transaction, %5 span, %6 log, %7 event items "
                                            "read; skipped: %8%9")
                                 .arg(input.displayName())
                                 .arg(contents.profileItems)
                                 .arg(contents.chunkItems)
                                 .arg(contents.transactionItems)
                                 .arg(contents.spanItems)
                                 .arg(contents.logItems)
                                 .arg(contents.eventItems)
                                 .arg(skipped.isEmpty() ? QStringLiteral("none")
                                                        : skipped.join(QStringLiteral(", ")))
                                 .arg(contents.lengthMismatches > 0
                                          ? countedText(contents.lengthMismatches,
                                                        QStringLiteral("; %1 item with a wrong "
                                                                       "`length`, read to the "
                                                                       "newline"),
                                                        QStringLiteral("; %1 items with a wrong "
                                                                       "`length`, read to the "
                                                                       "newline"))
                                          : QString());
    }
    for (const store::ProfileData &profile : contents.profiles) {
        context.checkCancelled();
        writer.addProfile(profile);
    }
    contents.spans.write(writer, context);
    for (const store::LogRecord &log : contents.logs)
        writer.addLog(log);
    for (const store::ErrorRecord &error : contents.errors)
        writer.addError(error);
    for (const QString &warning : contents.warnings)
        writer.addWarning(warning);
    if (contents.lengthMismatches > 0)
        writer.addWarning(countedText(
            contents.lengthMismatches,
            QStringLiteral("%1 item declares a `length` that does not fit the file; it was read "
                           "to the end of the line instead"),
            QStringLiteral("%1 items declare a `length` that does not fit the file; they were "
                           "read to the end of the line instead")));
}

} // namespace eg::importers
