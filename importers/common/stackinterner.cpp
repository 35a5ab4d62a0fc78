#include "stackinterner.h"

namespace eg::importers {

StackInterner::StackInterner()
    : m_slots(1024, Slot {kEmpty, 0})
    , m_shift(64 - 10)
{ }

size_t StackInterner::slotFor(uint64_t key) const
{
    // Fibonacci hashing: the top bits of key * 2^64/phi spread sequential ids well.
    return size_t((key * 0x9e3779b97f4a7c15ull) >> m_shift);
}

void StackInterner::grow()
{
    std::vector<Slot> old(m_slots.size() * 2, Slot {kEmpty, 0});
    old.swap(m_slots);
    --m_shift;
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.key == kEmpty)
            continue;
        size_t i = slotFor(slot.key);
        while (m_slots[i].key != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

int32_t StackInterner::findOrInsert(int32_t parent, int32_t frame, int32_t next, bool *inserted)
{
    const uint64_t key = (uint64_t(uint32_t(parent)) << 32) | uint32_t(frame);
    const size_t mask = m_slots.size() - 1;
    size_t i = slotFor(key);
    while (m_slots[i].key != kEmpty) {
        if (m_slots[i].key == key) {
            *inserted = false;
            return m_slots[i].value;
        }
        i = (i + 1) & mask;
    }
    m_slots[i] = Slot {key, next};
    *inserted = true;
    // Keep the table at most half full, where linear probing stays short.
    if (++m_size * 2 > m_slots.size())
        grow();
    return next;
}

} // namespace eg::importers
