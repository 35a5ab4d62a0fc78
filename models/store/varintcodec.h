#pragma once

#include "storeerror.h"

#include <cstdint>
#include <string>
#include <vector>

namespace eg::store {

// The little-endian base-128 integers every compact blob of the cache is made of:
// small numbers take one byte, and signed deltas are zigzagged first so that small
// negative ones do too.
inline void putVarint(std::vector<uint8_t> &out, uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(uint8_t(value) | 0x80);
        value >>= 7;
    }
    out.push_back(uint8_t(value));
}

inline uint64_t zigzag(int64_t v)
{
    return (uint64_t(v) << 1) ^ uint64_t(v >> 63);
}

inline int64_t unzigzag(uint64_t v)
{
    return int64_t(v >> 1) ^ -int64_t(v & 1);
}

// Reads varints and bytes from a decoded blob; a blob that ends early or holds a number
// longer than 64 bits throws StoreError naming what it is (`what`: "sample chunk").
class VarintReader
{
public:
    VarintReader(const uint8_t *begin, const uint8_t *end, const char *what)
        : m_p(begin)
        , m_end(end)
        , m_what(what)
    { }

    uint64_t varint()
    {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                truncated();
            const uint8_t byte = *m_p++;
            value |= uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        throw StoreError(std::string("cache database error: malformed varint in ") + m_what);
    }

    uint8_t byte()
    {
        if (m_p == m_end)
            truncated();
        return *m_p++;
    }

    // The next `count` bytes, which stay owned by the blob.
    const uint8_t *bytes(size_t count)
    {
        if (size_t(m_end - m_p) < count)
            truncated();
        const uint8_t *at = m_p;
        m_p += count;
        return at;
    }

    bool atEnd() const { return m_p == m_end; }
    size_t left() const { return size_t(m_end - m_p); }

private:
    [[noreturn]] void truncated() const
    {
        throw StoreError(std::string("cache database error: truncated ") + m_what);
    }

    const uint8_t *m_p;
    const uint8_t *m_end;
    const char *m_what;
};

} // namespace eg::store
