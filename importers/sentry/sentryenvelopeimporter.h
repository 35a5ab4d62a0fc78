#pragma once

#include "sentryenvelopereader.h"
#include "sentryerrorreader.h"
#include "sentryspanbatch.h"

#include "importers/common/importer.h"

#include "models/store/logrecord.h"
#include "models/store/profiledata.h"

#include <QStringList>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace eg::importers {

class SentryLogReader;

// A Sentry envelope (SENTRY.md §1): every `profile` item (sample format v1) and every
// `profile_chunk` item (v2; chunks of one profiler_id joined into one timeline) becomes
// profiles; every `transaction` item (§3.1) and every `span` item, streamed (v2,
// `{"items": [...]}`, §3.5) or standalone (v1, one span object), becomes spans. A
// transaction without `contexts.profile.profile_id` links to the v1 profile of the same
// envelope whose `transactions[0].id` is its event id (§3.4). Every `log` item becomes log
// records (SentryLogReader, §6) and every `event` item that is an error (an exception, or a
// level of error or fatal) an error event (SentryErrorReader, §2). A log or event item
// that cannot be read is left out with a warning that names it; the rest is imported.
// Every other item type (replay_*, attachment, session, client_report, ...) is counted as
// skipped and reported, never a reason to refuse the file.
class SentryEnvelopeImporter : public Importer
{
public:
    // What one envelope held.
    struct Contents
    {
        std::vector<store::ProfileData> profiles;
        SentrySpanBatch spans;
        std::map<std::string, int64_t> skippedItems; // item type → how many were skipped
        int64_t profileItems = 0;
        int64_t chunkItems = 0;
        int64_t transactionItems = 0;
        int64_t spanItems = 0;
        std::vector<store::LogRecord> logs;
        std::vector<store::ErrorRecord> errors;
        int64_t logItems = 0;
        int64_t eventItems = 0;
        int64_t eventsNotErrors = 0; // `event` items of a level below error, no exception
        // One sentence per log or event item left out, and the log readers' warnings.
        QStringList warnings;
        // Items whose declared `length` did not fit and were read to the newline instead.
        int64_t lengthMismatches = 0;
    };

    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;

    // The core: the whole envelope in `data`. Compressed payloads (gzip, zlib, zstd, by
    // their magic bytes) are inflated. `fallbackName` names profiles whose document names
    // no transaction. Throws ImportError for a malformed envelope or a malformed item that
    // it reads.
    static Contents read(std::string_view data, const std::string &fallbackName,
                         ImportContext &context);

private:
    static void readLogOrEvent(const SentryEnvelopeReader::Item &item, int index,
                               SentryLogReader &logs, const SentryErrorReader::Defaults &defaults,
                               Contents &contents);
};

} // namespace eg::importers
