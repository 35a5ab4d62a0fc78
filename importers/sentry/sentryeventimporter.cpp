#include "sentryeventimporter.h"

#include "sentryerrorreader.h"
#include "sentryprofileimporter.h"
#include "sentryspanbatch.h"
#include "sentrytransactionreader.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

namespace eg::importers {

namespace {

// Relay's limit is 1 MB per event; API exports with every entry run larger.
constexpr size_t kMaxTextBytes = size_t(1) << 30;

} // namespace

FormatInfo SentryEventImporter::format() const
{
    return {QStringLiteral("sentry-event"),
            QStringLiteral("Sentry event (error or transaction)"),
            {QStringLiteral("json")}};
}

int SentryEventImporter::probe(std::string_view head) const
{
    bool eventId = false;
    bool spans = false;
    bool start = false;
    bool transaction = false;
    bool errorish = false;
    bool contexts = false;
    for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
        // Other Sentry documents with an event_id are other formats' business.
        if (key == "profile" || key == "profiler_id" || key == "chunk_id" || key == "replay_id"
            || key == "segment_id" || key == "items")
            return 0;
        eventId = eventId || key == "event_id" || key == "eventID";
        spans = spans || key == "spans";
        start = start || key == "start_timestamp" || key == "startTimestamp";
        transaction = transaction || key == "transaction";
        errorish = errorish || key == "exception" || key == "entries" || key == "level"
            || key == "logentry" || key == "threads";
        contexts = contexts || key == "contexts";
    }
    // Textual: a nested `type` of a context may come first, so only as a hint.
    const std::string_view type = SentryProfileImporter::headString(head, "type");
    // SDKs write event_id last: a long transaction may hold it beyond the head.
    if ((spans || start) && (eventId || transaction || contexts || type == "transaction"))
        return 80;
    if (!eventId)
        return 0;
    if (type == "transaction")
        return 80;
    if (errorish || type == "error" || type == "default")
        return 70;
    return contexts ? 40 : 0;
}

void SentryEventImporter::import(InputStream &input, store::CacheWriter &writer,
                                 ImportContext &context)
{
    input.setProgressContext(&context, 0.5);
    const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
    context.checkCancelled();
    SentryTransactionReader::Event event;
    {
        JsonSupport json(text);
        event = SentryTransactionReader::read(json, {}, false, context);
    }
    if (!event.isTransaction()) {
        JsonSupport json(text);
        SentryErrorReader::Event error = SentryErrorReader::read(json, {});
        if (!error.isError()) {
            throw ImportError(
                QStringLiteral("a Sentry event of level `%1` without an exception: neither an "
                               "error nor a transaction, so nothing to show")
                    .arg(QString::fromStdString(error.record.level)));
        }
        writer.addError(error.record);
        context.setProgress(1);
        return;
    }
    context.setProgress(0.8);
    SentrySpanBatch batch;
    batch.count(SentrySpanBatch::Problem::OrphanInTransaction, event.orphans);
    for (SentrySpanReader::Span &span : event.spans)
        batch.add(std::move(span.record), span.hasStart, span.hasEnd);
    batch.write(writer, context);
}

} // namespace eg::importers
