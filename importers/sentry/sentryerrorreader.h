#pragma once

#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"

#include "models/store/logrecord.h"

#include <string>

namespace eg::importers {

// A Sentry error event (SENTRY.md §2) as an ErrorRecord: the SDK's ingest JSON (an
// envelope's `event` item, or a file of its own) or the web API's serialized event (§8.7:
// `eventID`, `dateCreated`, `entries` of type exception / breadcrumbs / request / message,
// `tags` as `[{key, value}]`). The exception chain, breadcrumbs, tags, contexts, request and
// extra go into the record's details (SentryExceptionWriter, logrecord.h); the trace
// context (`contexts.trace`) ties it to its span; the replay id comes from
// `contexts.replay`, else a `replayId` tag (the browser SDK's), else the envelope header.
class SentryErrorReader
{
public:
    // What the envelope header says (its dynamic sampling context, §1.2), for events that
    // leave it out.
    struct Defaults
    {
        std::string eventId; // the header's `event_id`, which is the event's (§1.2)
        std::string traceId;
        std::string replayId;
        std::string release;
        std::string environment;
    };

    struct Event
    {
        store::ErrorRecord record;
        std::string type; // as written: "error", "default", "transaction" or ""
        bool hasException = false;
        // CLI.md: an event counts as an error when it has an exception or a level of
        // error or fatal.
        bool isError() const;
    };

    // Reads the event that is the root object of `json`; throws ImportError for fields of
    // the wrong type.
    static Event read(JsonSupport &json, const Defaults &defaults);

private:
    explicit SentryErrorReader(JsonSupport &json);
    void readField(std::string_view key, JsonSupport::Value &value);
    void readEntry(JsonSupport::Value &value);
    void readMessage(JsonSupport::Value &value);
    void readRelease(JsonSupport::Value &value);
    void writeBreadcrumbs(JsonSupport::Value &value);
    void writeBreadcrumb(JsonSupport::Value &value);
    void writeTags(JsonSupport::Value &value);
    void addTag(std::string_view key, const std::string &text);
    void writeContexts(JsonSupport::Value &value);
    std::string details() const;

    JsonSupport &m_json;
    Event m_event;
    std::string m_exceptions;
    JsonTextBuilder m_exceptionsOut;
    std::string m_threads;
    JsonTextBuilder m_threadsOut;
    std::string m_breadcrumbs;
    JsonTextBuilder m_breadcrumbsOut;
    std::string m_tags;
    JsonTextBuilder m_tagsOut;
    std::string m_contexts;
    std::string m_request;
    std::string m_extra;
    std::string m_message;
    std::string m_transaction;
    std::string m_platform;
    std::string m_apiId; // the web API's `id`, when there is no `eventID`
    std::string m_exceptionType;
    std::string m_exceptionValue;
    std::string m_frameCulprit;
    std::string m_threadCulprit; // the newest in-app frame of the crashed thread
    std::string m_tagLevel; // the web API puts level, environment and release in tags
    std::string m_tagEnvironment;
    std::string m_tagReplayId;
    bool m_hasTime = false;
};

} // namespace eg::importers
