#pragma once

#include "importers/common/importer.h"
#include "importers/common/logfieldnames.h"

#include <string>
#include <string_view>
#include <vector>

namespace eg::importers {

// Logs written as JSON lines: one object per line with a time field and a message field,
// as pino, bunyan, winston, zap, logrus, structlog, Serilog's compact JSON, Docker's json-file
// driver and most log shippers write them. The field names are found among the common
// spellings (fieldCandidates) in the first records (a field only some lines have, such as
// a trace id, is looked for until it shows up, for up to kDetectionLines records), or given
// by the user.
//
// Nothing readable is dropped: a line that is not JSON is kept as a plain message, a record
// whose time is missing or unreadable is kept and flagged (it sorts by position), invalid
// UTF-8 is repaired, over-long lines are cut. Each kind of problem becomes one warning
// with its count. Only binary garbage is left out, and counted.
class JsonLinesImporter : public Importer
{
public:
    // Which member of a record holds what; empty: the record has no such member.
    using Fields = LogFieldNames;

    // Messages and lines longer than this are cut (issue 6: lines over 1 MB).
    static constexpr size_t kMaxLineBytes = 1 << 20;
    // Records that may still name a field the first records did not have.
    static constexpr int kDetectionLines = 1000;

    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;

    // The first key of `keys` that matches each field's usual spellings.
    static Fields detectFields(const std::vector<std::string> &keys);
    // A time written as a number (seconds, milliseconds, microseconds or nanoseconds since
    // the epoch, told apart by size) or as text (RFC 3339 / ISO 8601 with `T` or a space,
    // with or without a zone, or digits).
    static bool parseTime(std::string_view text, bool isNumber, int64_t *ns);
};

} // namespace eg::importers
