#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace eg::store {

// Trace, span, event and profile ids in the one spelling the cache uses: lower-case hex
// without dashes or braces (SENTRY.md §9.3: the API returns dashed UUIDs for some ids).
// Anything that is not hex is kept, trimmed, so that a strange id still joins with itself.
std::string canonicalHexId(std::string_view id);
// The same into `out`, reusing its memory (a log importer calls it for every line).
void canonicalHexId(std::string_view id, std::string *out);

// A 64-bit key for a span id, for in-memory trees: the hex value when the id is at most
// 16 hex digits, otherwise a hash of the text. 0 is reserved for "no id".
uint64_t spanIdKey(std::string_view canonicalId);

} // namespace eg::store
