#include "stringinterner.h"

#include <cstring>
#include <stdexcept>

namespace eg::importers {

namespace {

constexpr uint64_t kMultiplier = 0x9e3779b97f4a7c15ull;
constexpr size_t kHeaderBytes = 2 * sizeof(uint32_t);

__extension__ typedef unsigned __int128 Product; // GCC and Clang: not ISO, hence __extension__

uint64_t mix(uint64_t a, uint64_t b)
{
    const Product product = Product(a) * b;
    return uint64_t(product) ^ uint64_t(product >> 64);
}

uint64_t load(const char *p, size_t n)
{
    uint64_t value = 0;
    std::memcpy(&value, p, n);
    return value;
}

uint32_t load32(const char *p)
{
    uint32_t value = 0;
    std::memcpy(&value, p, sizeof value);
    return value;
}

} // namespace

StringInterner::StringInterner()
    : m_slots(1024, 0)
    , m_shift(64 - 10)
{ }

uint64_t StringInterner::hash(std::string_view text)
{
    // Eight bytes at a time with a 128-bit multiply per word (the core of wyhash): names
    // and keys are short, and this is much of their lookup.
    const char *p = text.data();
    size_t n = text.size();
    uint64_t h = 0x243f6a8885a308d3ull ^ (uint64_t(n) * kMultiplier);
    for (; n >= 8; p += 8, n -= 8)
        h = mix(h ^ load(p, 8), 0xa0761d6478bd642full);
    if (n > 0)
        h = mix(h ^ load(p, n), 0xe7037ed1a0b428dbull);
    return mix(h, kMultiplier);
}

size_t StringInterner::bytes() const
{
    size_t bytes = m_slots.capacity() * sizeof(uint64_t) + m_arena.capacity();
    for (const std::string &s : m_strings)
        bytes += sizeof(std::string) + (s.size() > 15 ? s.capacity() : 0);
    return bytes;
}

void StringInterner::grow()
{
    std::vector<uint64_t> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    --m_shift;
    const size_t mask = m_slots.size() - 1;
    for (const uint64_t slot : old) {
        if (slot == 0)
            continue;
        const uint32_t id = load32(m_arena.data() + uint32_t(slot) - 1);
        size_t i = slotFor(hash(m_strings[id]));
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

uint32_t StringInterner::intern(std::string_view text, bool *inserted)
{
    const uint64_t h = hash(text);
    const uint64_t tag = h >> 32 << 32;
    const size_t mask = m_slots.size() - 1;
    size_t i = slotFor(h);
    for (;; i = (i + 1) & mask) {
        const uint64_t slot = m_slots[i];
        if (slot == 0)
            break;
        if ((slot & ~uint64_t(0xffffffff)) != tag)
            continue;
        const char *entry = m_arena.data() + uint32_t(slot) - 1;
        if (load32(entry + sizeof(uint32_t)) == text.size()
            && std::memcmp(entry + kHeaderBytes, text.data(), text.size()) == 0) {
            if (inserted)
                *inserted = false;
            return load32(entry);
        }
    }
    const size_t offset = m_arena.size();
    if (offset + kHeaderBytes + text.size() >= UINT32_MAX || text.size() >= UINT32_MAX)
        throw std::length_error("StringInterner: more text than 4 GB");
    const auto id = uint32_t(m_strings.size());
    const auto length = uint32_t(text.size());
    m_arena.resize(offset + kHeaderBytes + text.size());
    std::memcpy(m_arena.data() + offset, &id, sizeof id);
    std::memcpy(m_arena.data() + offset + sizeof id, &length, sizeof length);
    std::memcpy(m_arena.data() + offset + kHeaderBytes, text.data(), text.size());
    m_strings.emplace_back(text);
    m_slots[i] = tag | (uint64_t(offset) + 1);
    // At most three quarters full: the hash bits in the slots make a probe past another
    // string's slot cost nothing but the slot, and a smaller table stays in the cache.
    if (m_strings.size() * 4 > m_slots.size() * 3)
        grow();
    if (inserted)
        *inserted = true;
    return id;
}

} // namespace eg::importers
