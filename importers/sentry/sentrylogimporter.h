#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// Sentry structured logs as a JSON file of their own (`sentry-logs`): the payload of a
// `log` envelope item, `{"items": [log, ...]}` (SENTRY.md §6), as SDK test fixtures and
// debug output write it. Read by SentryLogReader, as inside an envelope.
class SentryLogImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
