#pragma once

#include "jsonsupport.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eg::importers {

// Writes compact JSON text into a string the caller owns (a span's `details`), with the
// commas between members worked out here and every string escaped, so that what lands in
// the cache is valid JSON whatever the input held. Reusing one builder and one target
// string for every span keeps their capacity: no allocation per span once warmed up.
class JsonTextBuilder
{
public:
    // A builder without a target until reset(out) names one.
    JsonTextBuilder() = default;
    explicit JsonTextBuilder(std::string &out)
        : m_out(&out)
    { }

    // Starts over on `out` (or the current target), which is cleared.
    void reset(std::string &out);
    void reset();
    std::string &text() { return *m_out; }
    // Nesting depth of the open objects and arrays.
    size_t depth() const { return m_needsComma.size(); }

    JsonTextBuilder &beginObject();
    JsonTextBuilder &endObject();
    JsonTextBuilder &beginArray();
    JsonTextBuilder &endArray();
    JsonTextBuilder &key(std::string_view name);
    JsonTextBuilder &string(std::string_view value);
    JsonTextBuilder &integer(int64_t value);
    JsonTextBuilder &unsignedInteger(uint64_t value);
    // A double as the shortest text that reads back the same; NaN and the infinities,
    // which JSON cannot hold, become the strings "NaN", "Infinity" and "-Infinity" (the
    // protobuf JSON spelling).
    JsonTextBuilder &number(double value);
    JsonTextBuilder &boolean(bool value);
    JsonTextBuilder &null();
    // A complete JSON value the caller vouches for (text an earlier builder wrote).
    JsonTextBuilder &raw(std::string_view json);

    // Writes a string value of the input and returns its text. A string without escapes
    // is copied as the file spells it, quotes included, without unescaping it and
    // escaping it again: simdjson has refused raw control characters, so such a literal
    // is valid JSON as it stands. The returned view lives as long as the input.
    std::string_view copyString(JsonSupport &json, JsonSupport::Value &value, const char *expected);
    // The text of a string value, without a copy when it holds no escape.
    static std::string_view inputString(JsonSupport &json, JsonSupport::Value &value,
                                        const char *expected);

    // Copies any JSON value from the input, consuming it: strings are unescaped by
    // simdjson and escaped again here, numbers are checked, so nothing malformed passes.
    // Fails with an ImportError when the value nests deeper than `maxDepth` levels.
    void copy(JsonSupport &json, JsonSupport::Value &value, const char *expected,
              int maxDepth = 64);

    // Appends `value` as a JSON string literal (quotes included) to `out`.
    static void appendEscaped(std::string &out, std::string_view value);

private:
    void separate();
    // The string literal of `value` as the file spells it, when it holds no escape.
    static std::string_view literalWithoutEscapes(JsonSupport::Value &value);

    std::string *m_out = nullptr;
    // One entry per open object or array: whether the next member needs a comma first.
    std::vector<uint8_t> m_needsComma;
    bool m_afterKey = false;
};

} // namespace eg::importers
