#pragma once

#include "otlpattributes.h"
#include "otlpexportinput.h"

#include "importers/common/backgroundspanwriter.h"
#include "importers/common/epochclock.h"
#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"
#include "importers/common/spanchecker.h"
#include "importers/common/spanopclassifier.h"

#include <cstdint>
#include <string>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

class ImportContext;

// Walks OTLP/JSON trace documents (ExportTraceServiceRequest: `resourceSpans` →
// `scopeSpans` → `spans`) with simdjson On-Demand and writes every span as it is read,
// through a BackgroundSpanWriter so that SQLite works while the next spans are parsed.
// Span records are reused, so the walk does not allocate per span once their strings
// have grown. A file may hold several documents (the Collector's file exporter writes one
// per line): read() each in turn, then finish().
class OtlpTraceReader : public OtlpExportInput::DocumentReader
{
public:
    OtlpTraceReader(ImportContext &context, store::CacheWriter &writer);

    // Reads one document's spans; throws ImportError on malformed input. Progress goes
    // from `progressFrom` to `progressTo` (fractions of the whole import) as it reads.
    void read(JsonSupport &json, double progressFrom, double progressTo) override;
    // Waits until every span is in the cache; then the writer is the caller's again.
    void finish() { m_spansOut.finish(); }
    int64_t spanCount() const { return m_spans; }
    // The problems worked around, one sentence each.
    QStringList warnings() const;

private:
    void readResourceSpans(JsonSupport::Value &value);
    void readScopeSpans(JsonSupport::Value &value);
    void readSpan(JsonSupport::Value &value);
    void readEvents(JsonSupport::Value &value);
    void readLinks(JsonSupport::Value &value);
    void readStatus(JsonSupport::Value &value);
    void readId(JsonSupport::Value &value, size_t bytes, std::string &out, const char *expected);
    void tick();

    JsonSupport *m_json = nullptr;
    ImportContext &m_context;
    BackgroundSpanWriter m_spansOut;
    double m_progressFrom = 0;
    double m_progressTo = 1;
    EpochClock m_clock;
    SpanChecker m_checker;
    SpanOpClassifier m_ops;

    // Of the resource and scope being read: written into every span's details.
    std::string m_service;
    std::string m_resourceJson;
    std::string m_scopeJson;

    store::SpanRecord *m_span = nullptr; // the record being filled
    JsonTextBuilder m_details; // writes its details
    std::string m_idText; // scratch for ids
    int64_t m_spans = 0;
    int64_t m_idsAsWritten = 0; // ids neither hex nor base64
    int64_t m_withoutEnd = 0;
};

} // namespace eg::importers
