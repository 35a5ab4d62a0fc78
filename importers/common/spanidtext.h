#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace eg::importers {

// Trace and span ids as the cache spells them (lower-case hex, models/store/ids.h), from
// the spellings trace formats use. Each function writes into `out`, which keeps its
// capacity from span to span.
class SpanIdText
{
public:
    enum class Spelling { Empty, Hex, Base64, AsWritten };

    // An OTLP/JSON id of `bytes` bytes (16 for a trace, 8 for a span). The spec writes
    // hex; some exporters write the protobuf JSON default, base64 of the bytes. Told apart
    // by length and alphabet: 32 or 16 hex digits against 24 or 12 base64 characters.
    // Shorter hex gets its leading zeros back. Anything else is kept as written.
    static Spelling fromOtlp(std::string_view text, size_t bytes, std::string &out);

    // A hex id whose writer may have dropped leading zeros (Jaeger UI writes a 64-bit
    // trace id 1 as "1"; Zipkin pads to 16 or 32): padded to 16 digits when it fits in
    // 64 bits and to 32 when it fits in 128, as Zipkin normalises them, so that every
    // spelling of one id joins. Anything that is not hex is kept as written.
    static Spelling fromHex(std::string_view text, std::string &out);

    // True for an id of zeros only: OTLP and Jaeger write that for "no parent".
    static bool isZero(std::string_view id);
};

} // namespace eg::importers
