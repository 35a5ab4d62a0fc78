#pragma once

#include "importers/common/epochclock.h"
#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"
#include "importers/common/spanchecker.h"
#include "importers/common/spanopclassifier.h"

#include "models/store/spanrecord.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

class ImportContext;

// Reads every span of a Zipkin v2 document (see ZipkinImporter), then gives the spans
// without a timestamp the timing of their other half (or, lacking one, a point at their
// parent's start) and writes them all in file order. Zipkin files are small next to
// OTLP exports, so the spans wait in memory for that.
class ZipkinSpanReader
{
public:
    ZipkinSpanReader(JsonSupport &json, ImportContext &context);

    void read();
    void write(store::CacheWriter &writer);
    QStringList warnings() const;

private:
    struct PendingSpan
    {
        store::SpanRecord record;
        uint32_t kindCode = 0; // tells the halves of a shared span apart
        bool timed = false;
    };

    void readList(JsonSupport::Array &list);
    void readSpan(JsonSupport::Value &value);
    void readAnnotations(JsonSupport::Value &value, JsonTextBuilder &details);
    void readTags(JsonSupport::Value &value, JsonTextBuilder &details, PendingSpan &span);
    void readId(JsonSupport::Value &value, std::string &out, const char *expected);
    void placeUntimedSpans();

    JsonSupport &m_json;
    ImportContext &m_context;
    EpochClock m_clock;
    SpanChecker m_checker;
    SpanOpClassifier m_ops;
    std::vector<PendingSpan> m_spans;
    int64_t m_idsAsWritten = 0;
    int64_t m_placedByOtherHalf = 0;
    int64_t m_placedByParent = 0;
};

} // namespace eg::importers
