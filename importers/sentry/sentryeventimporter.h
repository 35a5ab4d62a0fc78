#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// One Sentry event as a JSON file (`sentry-event`, FORMATS.md): the ingest shape an SDK
// sends (SENTRY.md §2, §3) or the web API's serialized event (§8.7, `eventID`, `entries`).
// A transaction becomes its spans (SentryTransactionReader); an error event (an exception,
// or a level of error or fatal: CLI.md) becomes an error event (SentryErrorReader). An
// event that is neither is refused with a message that says so.
class SentryEventImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
