#pragma once

#include "importers/common/importer.h"

#include <string>

namespace eg::importers {

class SentryChunkTimeline;

// Sentry's continuous-profiling chunks, sample format v2 (`profile_chunk` items,
// SENTRY.md §4.2): absolute sample times in seconds since the epoch. A file holds one
// chunk (or the web API's `{"chunk": {...}}`); the envelope importer feeds every chunk of
// an envelope into one SentryChunkTimeline, so chunks of one `profiler_id` join.
class SentryProfileChunkImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;

    // The core, shared with the envelope importer: one chunk document in `text` (with
    // simdjson's padding) added to `timeline`. Throws ImportError.
    static void parse(const std::string &text, SentryChunkTimeline &timeline,
                      ImportContext &context);
};

} // namespace eg::importers
