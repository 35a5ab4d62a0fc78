#pragma once

#include "importers/common/jsonsupport.h"

namespace eg::importers {

class ImportContext;
class InputStream;

// How OTLP/JSON arrives, whatever the signal: one export request read whole, or one
// request per line as the Collector's file exporter writes them, read a line at a time so
// that memory holds one request, not the file. Each request is handed to a
// DocumentReader (OtlpTraceReader, OtlpLogReader); places in a line become its number.
class OtlpExportInput
{
public:
    class DocumentReader
    {
    public:
        virtual ~DocumentReader() = default;
        // Reads one export request; throws ImportError on malformed input. Progress goes
        // from `progressFrom` to `progressTo` (fractions of the whole import) as it reads.
        virtual void read(JsonSupport &json, double progressFrom, double progressTo) = 0;
    };

    // Reads every export request of `input` into `reader`.
    static void read(InputStream &input, ImportContext &context, DocumentReader &reader);
};

} // namespace eg::importers
