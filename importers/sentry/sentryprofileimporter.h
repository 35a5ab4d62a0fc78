#pragma once

#include "importers/common/importer.h"

#include "models/store/profiledata.h"

#include <string>
#include <vector>

namespace eg::importers {

// Sentry's sample format v1, the `profile` envelope item of transaction-based profiling
// (SENTRY.md §4.1), as SDKs send it and as Sentry stores it; also the legacy iOS shape
// vroom stores, where `profile` is a JSON string of samples with inline frames. One
// sampled profile per thread, the transaction's active thread first, in nanoseconds;
// weights as vroom's speedscope conversion gives them (SentryThreadProfiles).
class SentryProfileImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;

    // The core, shared with the envelope importer: one profile document in `text` (which
    // keeps simdjson's padding, as InputStream::readAll() leaves it). `fallbackName`
    // names the profiles when the document names no transaction. Throws ImportError.
    static std::vector<store::ProfileData>
    parse(const std::string &text, const std::string &fallbackName, ImportContext &context);
    // The same, with the text freed once its samples are read: the text and simdjson's
    // index of it are most of what a large profile costs, and need not stay while the
    // profiles are built.
    static std::vector<store::ProfileData>
    parse(std::string &&text, const std::string &fallbackName, ImportContext &context);

    // The string value of a top-level `"key": "value"` in a JSON head, or empty.
    static std::string_view headString(std::string_view head, std::string_view key);

private:
    // `ownedText`, when given, is `text`, cleared as soon as it has been read.
    static std::vector<store::ProfileData> parseText(const std::string &text,
                                                     std::string *ownedText,
                                                     const std::string &fallbackName,
                                                     ImportContext &context);
};

} // namespace eg::importers
