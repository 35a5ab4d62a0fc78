#pragma once

#include "importers/common/importer.h"

#include "models/store/profiledata.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace eg::importers {

// A Sentry envelope (SENTRY.md §1): every `profile` item (sample format v1) and every
// `profile_chunk` item (v2; chunks of one profiler_id joined into one timeline) becomes
// profiles. Every other item type (event, transaction, span, log, replay_*, attachment,
// session, client_report, ...) is counted as skipped and reported, never a reason to
// refuse the file: later importers take them up through read().
class SentryEnvelopeImporter : public Importer
{
public:
    // What one envelope held, besides its profiles.
    struct Contents
    {
        std::vector<store::ProfileData> profiles;
        std::map<std::string, int64_t> skippedItems; // item type → how many were skipped
        int64_t profileItems = 0;
        int64_t chunkItems = 0;
        // Items whose declared `length` did not fit and were read to the newline instead.
        int64_t lengthMismatches = 0;
    };

    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;

    // The core: the whole envelope in `data`. Compressed payloads (gzip, zlib, zstd, by
    // their magic bytes) are inflated. `fallbackName` names profiles whose document names
    // no transaction. Throws ImportError for a malformed envelope or profile item.
    static Contents read(std::string_view data, const std::string &fallbackName,
                         ImportContext &context);
};

} // namespace eg::importers
