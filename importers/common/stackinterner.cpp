#include "stackinterner.h"

namespace eg::importers {

StackInterner::StackInterner(const std::vector<store::StackNode> &nodes)
    : m_nodes(nodes)
    , m_slots(1024, kEmpty)
    , m_shift(64 - 10)
{ }

size_t StackInterner::slotFor(int32_t parent, int32_t frame) const
{
    // Fibonacci hashing: the top bits of key * 2^64/phi spread sequential ids well.
    const uint64_t key = (uint64_t(uint32_t(parent)) << 32) | uint32_t(frame);
    return size_t((key * 0x9e3779b97f4a7c15ull) >> m_shift);
}

void StackInterner::grow()
{
    std::vector<int32_t> old(m_slots.size() * 2, kEmpty);
    old.swap(m_slots);
    --m_shift;
    const size_t mask = m_slots.size() - 1;
    for (const int32_t id : old) {
        if (id == kEmpty)
            continue;
        const store::StackNode &node = m_nodes[size_t(id)];
        size_t i = slotFor(node.parent, node.frame);
        while (m_slots[i] != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = id;
    }
}

int32_t StackInterner::findOrInsert(int32_t parent, int32_t frame, int32_t next, bool *inserted)
{
    // Keep the table at most half full, where linear probing stays short. Grown before
    // inserting, not after: the pair inserted last is only in `m_nodes` from now on.
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t i = slotFor(parent, frame);
    while (m_slots[i] != kEmpty) {
        const store::StackNode &node = m_nodes[size_t(m_slots[i])];
        if (node.parent == parent && node.frame == frame) {
            *inserted = false;
            return m_slots[i];
        }
        i = (i + 1) & mask;
    }
    m_slots[i] = next;
    ++m_size;
    *inserted = true;
    return next;
}

} // namespace eg::importers
