#include "sentryenvelopeimporter.h"

#include "sentrychunktimeline.h"
#include "sentryenvelopereader.h"
#include "sentryprofilechunkimporter.h"
#include "sentryprofileimporter.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"

#include "models/store/cachewriter.h"

#include <QByteArray>
#include <QDebug>

namespace eg::importers {

namespace {

constexpr size_t kMaxTextBytes = size_t(4) << 30;
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
    SentryChunkTimeline timeline;
    SentryEnvelopeReader::Item item;
    int index = 0;
    while (reader.next(&item)) {
        ++index;
        context.checkCancelled();
        if (item.lengthMismatch)
            ++contents.lengthMismatches;
        const bool profile = item.type == "profile";
        const bool chunk = item.type == "profile_chunk" || item.type == "profile_chunk_ui";
        if (!profile && !chunk) {
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
            } else {
                SentryProfileChunkImporter::parse(text, timeline, context);
                ++contents.chunkItems;
            }
        } catch (const ImportError &error) {
            throw inItem(error, item, index);
        }
        context.setProgress(
            0.5 + 0.3 * double(reader.offset()) / double(std::max<int64_t>(1, reader.size())));
    }
    for (store::ProfileData &p : timeline.finish())
        contents.profiles.push_back(std::move(p));
    return contents;
}

void SentryEnvelopeImporter::import(InputStream &input, store::CacheWriter &writer,
                                    ImportContext &context)
{
    Contents contents;
    {
        input.setProgressContext(&context, 0.5);
        const std::string text = input.readAll(kMaxTextBytes);
        context.checkCancelled();
        contents
            = read(text, input.displayName().section(QLatin1Char('/'), -1).toStdString(), context);
    }
    if (!contents.skippedItems.empty() || contents.lengthMismatches > 0) {
        // Until the event, log and replay importers exist, say what was left behind.
        QStringList skipped;
        for (const auto &[type, count] : contents.skippedItems)
            skipped << QStringLiteral("%1 %2").arg(count).arg(QString::fromStdString(type));
        qInfo().noquote() << QStringLiteral("%1: sentry-envelope: %2 profile, %3 profile_chunk "
                                            "item(s) read; skipped: %4%5")
                                 .arg(input.displayName())
                                 .arg(contents.profileItems)
                                 .arg(contents.chunkItems)
                                 .arg(skipped.isEmpty() ? QStringLiteral("none")
                                                        : skipped.join(QStringLiteral(", ")))
                                 .arg(contents.lengthMismatches > 0
                                          ? QStringLiteral("; %1 item(s) with a wrong `length`, "
                                                           "read to the newline")
                                                .arg(contents.lengthMismatches)
                                          : QString());
    }
    for (const store::ProfileData &profile : contents.profiles) {
        context.checkCancelled();
        writer.addProfile(profile);
    }
}

} // namespace eg::importers
