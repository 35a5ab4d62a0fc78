#pragma once

#include "sentryspandetails.h"

#include "importers/common/jsonsupport.h"

#include "models/store/spanrecord.h"

#include <functional>
#include <string>
#include <string_view>

namespace eg::importers {

// One Sentry span object, in any of its shapes: an entry of a transaction's `spans` and
// the transaction's own `contexts.trace` (SENTRY.md §3.1, §3.2), a standalone `span` item
// (v1), a streamed span (v2, §3.5: `name`, `end_timestamp`, typed `attributes`, `links`)
// and a node of the web API's trace response (§8.8). What a span record has a column for
// goes there; every other plain value, `data`, `tags` and `attributes` go to the details.
// Ids come out canonical (store::canonicalHexId), times in ns since the epoch.
class SentrySpanReader
{
public:
    struct Span
    {
        store::SpanRecord record;
        SentrySpanDetails details;
        bool hasStart = false;
        bool hasEnd = false;
        std::string description; // v1: what a person calls the span
        std::string name; // v2 and the trace API
        // Found in `data` / `attributes`; used where the span has no field of its own.
        std::string attributeOp; // sentry.op
        std::string attributeKind; // sentry.kind, otel.kind
        std::string attributeSegmentId; // sentry.segment.id
        std::string serviceName; // service.name
        std::string sdkName; // sentry.sdk.name
    };

    // Called for a key the reader does not know, before it keeps a plain value as an
    // attribute; returns true when it took the value.
    using KeyHandler
        = std::function<bool(std::string_view key, JsonSupport::Value &value, Span &span)>;

    // Reads the object `value` into `span` (which may already hold fields). Throws
    // ImportError when a field has the wrong type (`spans[3].timestamp` an object...).
    static void read(JsonSupport &json, JsonSupport::Value &value, Span *span,
                     const KeyHandler &other = {});
    // Fills what the span left to its attributes (op, kind, segment), sets isError from
    // the status and writes the details into the record.
    static void finish(Span *span);

    // Tags as Sentry writes them (SENTRY.md §9.5): {k: v}, [[k, v]...] or [{key, value}...].
    static void readTags(JsonSupport &json, JsonSupport::Value &value, SentrySpanDetails &details);
    // Does the status say the operation failed? Sentry's list (§3.2) minus ok, cancelled
    // and unknown; span v2's "error"; an HTTP code of 400 or more.
    static bool isErrorStatus(std::string_view status);
    // The JSON text of any value (consumed), for the details.
    static std::string_view rawJson(JsonSupport &json, JsonSupport::Value &value,
                                    const char *expected);
    // A string or null (empty); ImportError naming `expected` for any other type.
    static std::string optionalString(JsonSupport &json, JsonSupport::Value &value,
                                      const char *expected);
    // An id written as a string or a number ("0" for 0), canonical; empty for null.
    static std::string idText(JsonSupport &json, JsonSupport::Value &value, const char *expected);
};

} // namespace eg::importers
