#include "childtable.h"

#include <algorithm>
#include <bit>

namespace eg::analysis {

ChildTable::ChildTable(size_t expected)
{
    const size_t capacity = std::bit_ceil(std::max<size_t>(64, expected * 2));
    m_keys.assign(capacity, kEmpty);
    m_values.resize(capacity);
    m_mask = capacity - 1;
}

void ChildTable::grow()
{
    std::vector<uint64_t> keys(m_keys.size() * 2, kEmpty);
    std::vector<int32_t> values(keys.size());
    const size_t mask = keys.size() - 1;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == kEmpty)
            continue;
        size_t slot = slotOf(m_keys[i], mask);
        while (keys[slot] != kEmpty)
            slot = (slot + 1) & mask;
        keys[slot] = m_keys[i];
        values[slot] = m_values[i];
    }
    m_keys = std::move(keys);
    m_values = std::move(values);
    m_mask = mask;
}

} // namespace eg::analysis
