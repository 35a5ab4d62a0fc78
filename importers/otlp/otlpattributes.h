#pragma once

#include "importers/common/jsonsupport.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace eg::importers {

class JsonTextBuilder;
class SpanOpClassifier;

// OTLP/JSON's typed values (the `AnyValue` and `KeyValue` messages of common.proto) read
// from simdjson and written as plain JSON for a span's details: `[{"key": "k", "value":
// {"intValue": "5"}}]` becomes `{"k": 5}`. Shared by every OTLP signal, since traces,
// logs and metrics write attributes alike.
class OtlpAttributes
{
public:
    // What writeList() reports besides the JSON it writes.
    struct Observer
    {
        SpanOpClassifier *ops = nullptr; // is shown every key
        std::string_view captureKey; // the string value of this key goes to `captured`
        std::string *captured = nullptr;
    };

    // A `KeyValue` list as a JSON object, written as one value into `out`.
    static void writeList(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out);
    static void writeList(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out,
                          const Observer &observer);
    // A `KeyValue` list as members of the JSON object `out` has begun, for callers that
    // add members of their own.
    static void writeMembers(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out);
    // One `AnyValue`; its string, when it holds one, is copied into `stringOut`.
    static void writeValue(JsonSupport &json, JsonSupport::Value &value, JsonTextBuilder &out,
                           std::string *stringOut = nullptr, int depth = 0);

    // A `resource`: its attributes as a JSON object into `resourceJson` and its
    // `service.name` into `service` (both cleared first).
    static void readResource(JsonSupport &json, JsonSupport::Value &value,
                             std::string &resourceJson, std::string &service);
    // An `InstrumentationScope`: `{name, version, attributes}` as JSON into `scopeJson`,
    // empty when it says nothing.
    static void readScope(JsonSupport &json, JsonSupport::Value &value, std::string &scopeJson);

    // An enum, written as its number or as its name (`kind`, `status.code`): the number,
    // or -1 with `name` set to the name.
    static int64_t enumValue(JsonSupport &json, JsonSupport::Value &value, const char *expected,
                             std::string_view &name);

private:
    static void writeKeyValue(JsonSupport &json, JsonSupport::Value &element, JsonTextBuilder &out,
                              const Observer &observer, int depth);
    static void writeList(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out,
                          const Observer &observer, int depth);
    static void writeMembers(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out,
                             const Observer &observer, int depth);
    static void writeArray(JsonSupport &json, JsonSupport::Value &arrayValue, JsonTextBuilder &out,
                           int depth);
};

} // namespace eg::importers
