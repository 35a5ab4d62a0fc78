#include "spanidtext.h"

#include "models/store/ids.h"

#include <cstdint>

namespace eg::importers {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool allHex(std::string_view text)
{
    for (char c : text) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

// Appends `text` lower-cased after enough zeros to make `width` digits.
void appendPaddedHex(std::string_view text, size_t width, std::string &out)
{
    if (text.size() < width)
        out.append(width - text.size(), '0');
    for (char c : text)
        out.push_back(c >= 'A' && c <= 'F' ? char(c - 'A' + 'a') : c);
}

// The value of a base64 character (standard or URL-safe alphabet), or -1.
int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

// Decodes base64 of exactly `bytes` bytes (padding optional) into hex; false when `text`
// is not that.
bool base64ToHex(std::string_view text, size_t bytes, std::string &out)
{
    while (!text.empty() && text.back() == '=')
        text.remove_suffix(1);
    // n bytes take ceil(n * 4 / 3) characters without padding.
    if (text.size() != (bytes * 4 + 2) / 3)
        return false;
    static const char hex[] = "0123456789abcdef";
    uint32_t buffer = 0;
    int bits = 0;
    size_t written = 0;
    const size_t start = out.size();
    for (char c : text) {
        const int v = base64Value(c);
        if (v < 0) {
            out.resize(start);
            return false;
        }
        buffer = (buffer << 6) | uint32_t(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            const uint8_t byte = uint8_t(buffer >> bits);
            if (written < bytes) {
                out.push_back(hex[byte >> 4]);
                out.push_back(hex[byte & 15]);
            }
            ++written;
        }
    }
    return written == bytes;
}

} // namespace

SpanIdText::Spelling SpanIdText::fromOtlp(std::string_view text, size_t bytes, std::string &out)
{
    out.clear();
    if (text.empty())
        return Spelling::Empty;
    if (text.size() <= bytes * 2 && allHex(text)) {
        appendPaddedHex(text, bytes * 2, out);
        return Spelling::Hex;
    }
    if (base64ToHex(text, bytes, out))
        return Spelling::Base64;
    out = store::canonicalHexId(text);
    return Spelling::AsWritten;
}

SpanIdText::Spelling SpanIdText::fromHex(std::string_view text, std::string &out)
{
    out.clear();
    if (text.empty())
        return Spelling::Empty;
    if (text.size() <= 32 && allHex(text)) {
        appendPaddedHex(text, text.size() <= 16 ? 16 : 32, out);
        return Spelling::Hex;
    }
    out = store::canonicalHexId(text);
    return Spelling::AsWritten;
}

bool SpanIdText::isZero(std::string_view id)
{
    if (id.empty())
        return false;
    for (char c : id) {
        if (c != '0')
            return false;
    }
    return true;
}

} // namespace eg::importers
