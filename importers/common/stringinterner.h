#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eg::importers {

// Maps strings to dense ids (0, 1, 2, ... in first-seen order) with one flat,
// open-addressed table of 8-byte slots: 32 bits of the string's hash and where the string
// lies in one contiguous arena, which holds its id and length before its bytes. A lookup
// hashes the text once and touches the slot and the arena bytes it names: two cache lines,
// where a node-based std::unordered_map of std::string chased three (bucket, node, text),
// and with tens of thousands of event names that is most of the time a trace takes.
class StringInterner
{
public:
    StringInterner();

    // The id of `text`, added when new; `inserted` (optional) says which.
    uint32_t intern(std::string_view text, bool *inserted = nullptr);
    const std::vector<std::string> &strings() const { return m_strings; }
    size_t size() const { return m_strings.size(); }
    // Bytes held by the table, the arena and the strings.
    size_t bytes() const;

    static uint64_t hash(std::string_view text);

private:
    void grow();
    size_t slotFor(uint64_t hash) const
    {
        return size_t((hash * 0x9e3779b97f4a7c15ull) >> m_shift);
    }

    std::vector<std::string> m_strings;
    std::vector<uint64_t> m_slots; // (hash bits << 32) | (arena offset + 1); 0 is empty
    std::vector<char> m_arena; // per string: id (4 bytes), length (4 bytes), the bytes
    int m_shift = 0;
};

} // namespace eg::importers
