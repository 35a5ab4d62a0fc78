#pragma once

#include "importers/common/epochclock.h"
#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"
#include "importers/common/spanchecker.h"
#include "importers/common/spanopclassifier.h"

#include "models/store/spanrecord.h"

#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

class ImportContext;

// Walks a Jaeger JSON document (see JaegerImporter) with simdjson On-Demand and writes
// each span as it is read. The parent is what Jaeger's Span.ParentSpanID() picks: the
// legacy `parentSpanID` field when set, else the first CHILD_OF reference into the same
// trace, else the first FOLLOWS_FROM one.
class JaegerTraceReader
{
public:
    JaegerTraceReader(JsonSupport &json, ImportContext &context, store::CacheWriter &writer);

    void read();
    int64_t spanCount() const { return m_spans; }
    QStringList warnings() const;

private:
    struct Process
    {
        std::string id;
        std::string service;
        std::string tagsJson; // `{key: value}`, empty when it has no tags
    };
    struct Reference
    {
        bool childOf = true;
        std::string traceId;
        std::string spanId;
    };
    // What the tags of a span say about it besides their values.
    struct TagFacts
    {
        std::string kind;
        std::string statusCode; // otel.status_code
        bool error = false;
    };

    void readArrayRoot();
    void readTraceOrSpan(JsonSupport::Value &value);
    void readTrace(JsonSupport::Object &trace);
    void readSpans(JsonSupport::Value &spans);
    void readProcesses(JsonSupport::Value &value);
    void readProcess(JsonSupport::Value &value, Process &process);
    void readSpan(JsonSupport::Object &object);
    void readReferences(JsonSupport::Value &value);
    void readLogs(JsonSupport::Value &value);
    void readTags(JsonSupport::Value &value, JsonTextBuilder &out, TagFacts *facts,
                  std::string *eventName = nullptr);
    void readId(JsonSupport::Value &value, std::string &out, const char *expected);
    const Process *findProcess(std::string_view id) const;
    void tick();

    JsonSupport &m_json;
    ImportContext &m_context;
    store::CacheWriter &m_writer;
    EpochClock m_clock;
    SpanChecker m_checker;
    SpanOpClassifier m_ops;

    // The trace being read.
    std::string m_traceId;
    std::vector<Process> m_processes;

    store::SpanRecord m_span;
    JsonTextBuilder m_details;
    std::vector<Reference> m_references;
    Process m_embeddedProcess;
    std::string m_parentField; // legacy `parentSpanID`
    std::string m_processId;
    std::string m_idText;
    QStringList m_apiErrors;
    int64_t m_spans = 0;
    int64_t m_idsAsWritten = 0;
};

} // namespace eg::importers
