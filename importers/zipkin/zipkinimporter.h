#pragma once

#include "importers/common/importer.h"

namespace eg::importers {

// Zipkin v2 JSON (zipkin2-api.yaml): a list of spans, as /api/v2/trace/{id} answers and
// the UI downloads it, or a list of such lists (/api/v2/traces). `localEndpoint.
// serviceName` is the service, tags are attributes and annotations events. The client
// and server halves of a shared span keep their own records; a half written without a
// timestamp takes its timing from the other half, so that it cannot move the trace's
// start or stretch its duration.
class ZipkinImporter : public Importer
{
public:
    FormatInfo format() const override;
    int probe(std::string_view head) const override;
    void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) override;
};

} // namespace eg::importers
