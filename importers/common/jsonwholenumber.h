#pragma once

#include "jsonsupport.h"

#include <cstdint>

namespace eg::importers {

// A whole number that files write either as a JSON number or as a string of digits:
// protobuf JSON writes 64-bit integers as strings (OTLP's `startTimeUnixNano`), other
// writers the same fields as numbers, some with a fraction or an exponent (rounded
// here). Values beyond int64 saturate; anything else is an ImportError naming
// `expected`. An empty string reads as 0, as protobuf reads it.
class JsonWholeNumber
{
public:
    static int64_t read(JsonSupport &json, JsonSupport::Value &value, const char *expected);
};

} // namespace eg::importers
