#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eg::analysis {

// (parent node, frame) → child node, with open addressing and linear probing: trees are
// built from up to millions of paths, and a node-based map would allocate once per node.
// Grows when half full, so the number of nodes need not be known in advance.
class ChildTable
{
public:
    explicit ChildTable(size_t expected = 0);

    // The child of `parent` for `frame`, or -1.
    int32_t find(int32_t parent, int32_t frame) const
    {
        const uint64_t key = keyOf(parent, frame);
        for (size_t slot = slotOf(key, m_mask);; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key)
                return m_values[slot];
            if (m_keys[slot] == kEmpty)
                return -1;
        }
    }

    // The child of `parent` for `frame`; when there is none, `fresh` is recorded as that
    // child and returned, and *inserted is set.
    int32_t findOrInsert(int32_t parent, int32_t frame, int32_t fresh, bool *inserted)
    {
        const uint64_t key = keyOf(parent, frame);
        for (size_t slot = slotOf(key, m_mask);; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key) {
                *inserted = false;
                return m_values[slot];
            }
            if (m_keys[slot] == kEmpty) {
                m_keys[slot] = key;
                m_values[slot] = fresh;
                *inserted = true;
                if (++m_used * 2 > m_keys.size())
                    grow();
                return fresh;
            }
        }
    }

private:
    static constexpr uint64_t kEmpty = ~uint64_t(0);
    static uint64_t keyOf(int32_t parent, int32_t frame)
    {
        return (uint64_t(uint32_t(parent)) << 32) | uint32_t(frame);
    }
    // A multiplicative mix: parents and frames are small dense integers.
    static size_t slotOf(uint64_t key, size_t mask)
    {
        return size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
    }
    void grow();

    std::vector<uint64_t> m_keys;
    std::vector<int32_t> m_values;
    size_t m_mask = 0;
    size_t m_used = 0;
};

} // namespace eg::analysis
