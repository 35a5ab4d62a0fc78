#pragma once

#include "sentryspanreader.h"

#include "importers/common/jsonsupport.h"

#include <cstdint>
#include <string>
#include <vector>

namespace eg::importers {

class ImportContext;

// A Sentry event document as SDKs send it (SENTRY.md §2, §3.1) or as the web API returns
// it (§8.7: `eventID`, `entries`, `startTimestamp`...). A transaction becomes spans: its
// root from `contexts.trace`, named by `transaction`, timed by `start_timestamp` and
// `timestamp`, carrying the event's tags and measurements; then every entry of `spans`.
// All of them get the transaction's event id as their segment, its profile ids, and one
// service name: an explicit `service.name`, else the SDK's name (`sentry.javascript.node`),
// which streamed spans of the same app carry too (SentrySpanReader). An error event is
// recognised and read as nothing: errors come with issue 6.
class SentryTransactionReader
{
public:
    // What the envelope header says, for payloads that leave it out (SENTRY.md §1.2).
    struct Defaults
    {
        std::string eventId;
        std::string traceId; // the dynamic sampling context's trace_id
        std::string sdkName;
    };

    struct Event
    {
        std::string eventId;
        std::string type; // as written: "transaction", "error", "default" or ""
        bool hasSpans = false; // a `spans` array or a `spans` entry
        bool hasStart = false; // `start_timestamp`: only transactions have one
        bool hasException = false;
        std::string profileId; // contexts.profile.profile_id (Relay writes it)
        std::string profilerId; // contexts.profile.profiler_id
        // The root span first, then `spans` in file order; records finished.
        std::vector<SentrySpanReader::Span> spans;
        int64_t orphans = 0; // spans whose parent the transaction does not hold

        bool isTransaction() const;
        // Links every span to a transaction profile (SENTRY.md §3.4).
        void setProfileId(const std::string &profileId);
    };

    // Reads the event that is the root object of `json`; throws ImportError for fields of
    // the wrong type. Spans come out for a transaction, or for any event when
    // `isTransaction` (an envelope's `transaction` item says so in its header).
    static Event read(JsonSupport &json, const Defaults &defaults, bool isTransaction,
                      ImportContext &context);
};

} // namespace eg::importers
