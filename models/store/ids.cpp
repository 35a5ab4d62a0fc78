#include "ids.h"

#include <array>

namespace eg::store {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string canonicalHexId(std::string_view id)
{
    std::string result;
    canonicalHexId(id, &result);
    return result;
}

void canonicalHexId(std::string_view id, std::string *out)
{
    // Nearly every id is already lower-case hex: one check, one copy.
    static const auto plainHex = [] {
        std::array<bool, 256> table {};
        for (int c = 0; c < 256; ++c)
            table[size_t(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        return table;
    }();
    bool plain = !id.empty();
    for (const char c : id)
        plain &= plainHex[uint8_t(c)];
    if (plain) {
        out->assign(id);
        return;
    }
    while (!id.empty() && (id.front() == ' ' || id.front() == '{'))
        id.remove_prefix(1);
    while (!id.empty() && (id.back() == ' ' || id.back() == '}'))
        id.remove_suffix(1);
    out->resize(id.size());
    size_t length = 0;
    for (const char c : id) {
        if (c == '-')
            continue;
        if (hexValue(c) < 0) {
            out->assign(id); // not an id we can normalise: keep it as written
            return;
        }
        (*out)[length++] = c >= 'A' && c <= 'F' ? char(c - 'A' + 'a') : c;
    }
    out->resize(length);
}

uint64_t spanIdKey(std::string_view canonicalId)
{
    if (canonicalId.empty())
        return 0;
    // A table instead of three comparisons per digit: loading a trace turns a million ids
    // into keys, and this is the inner loop.
    static const auto digits = [] {
        std::array<int8_t, 256> table {};
        for (int c = 0; c < 256; ++c)
            table[size_t(c)] = int8_t(hexValue(char(c)));
        return table;
    }();
    uint64_t value = 0;
    bool hex = canonicalId.size() <= 16;
    int8_t seen = 0;
    if (hex) {
        for (const char c : canonicalId) {
            const int8_t digit = digits[uint8_t(c)];
            seen |= digit; // any -1 leaves the sign bit set
            value = value << 4 | uint64_t(uint8_t(digit) & 0xf);
        }
        hex = seen >= 0;
    }
    if (!hex || value == 0) {
        // Not a hex id (or an all-zero one): FNV-1a of the text, never 0.
        value = 1469598103934665603ull;
        for (char c : canonicalId)
            value = (value ^ uint8_t(c)) * 1099511628211ull;
        value |= 1ull << 63;
    }
    return value;
}

} // namespace eg::store
