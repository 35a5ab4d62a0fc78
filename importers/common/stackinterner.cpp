#include "stackinterner.h"

#include <algorithm>
#include <new>

namespace eg::importers {

StackInterner::StackInterner(const std::vector<store::StackNode> &nodes, int taggedIdBits)
    : m_nodes(nodes)
    , m_idBits(std::clamp(taggedIdBits, 1, 32))
    , m_idMask(m_idBits == 32 ? ~uint32_t(0) : (uint32_t(1) << m_idBits) - 1)
{
    rehash(1024);
}

uint64_t StackInterner::hash(int32_t parent, int32_t frame) const
{
    // Every bit depends on every bit of the pair (a multiply, a shift and another
    // multiply): the slot is taken from the top bits, the bits kept in a slot from the
    // bottom ones, and neither repeats the other.
    uint64_t h = ((uint64_t(uint32_t(parent)) << 32) | uint32_t(frame)) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    return h ^ (h >> 29);
}

void StackInterner::rehash(size_t slotCount)
{
    auto *fresh = static_cast<uint32_t *>(std::calloc(slotCount, sizeof(uint32_t)));
    if (!fresh)
        throw std::bad_alloc();
    std::unique_ptr<uint32_t[], FreeDeleter> old(fresh);
    old.swap(m_slots);
    const size_t oldCount = m_slotCount;
    const uint32_t oldMask = m_idMask;
    m_slotCount = slotCount;
    m_shift = 64;
    for (size_t n = slotCount; n > 1; n >>= 1)
        --m_shift;
    const size_t mask = m_slotCount - 1;
    for (size_t s = 0; s < oldCount; ++s) {
        if (old[s] == 0)
            continue;
        const auto id = int32_t((old[s] & oldMask) - 1);
        const store::StackNode &node = m_nodes[size_t(id)];
        const uint64_t h = hash(node.parent, node.frame);
        size_t i = slotFor(h);
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = entryFor(h, id);
    }
}

void StackInterner::reserve(size_t stacks)
{
    size_t slotCount = m_slotCount;
    while (!fits(stacks, slotCount))
        slotCount *= 2;
    if (slotCount != m_slotCount)
        rehash(slotCount);
}

size_t StackInterner::tableBytes(size_t stacks)
{
    size_t slotCount = 1024;
    while (stacks * 4 > slotCount * 3)
        slotCount *= 2;
    return slotCount * sizeof(uint32_t);
}

int32_t StackInterner::findOrInsert(int32_t parent, int32_t frame, int32_t next, bool *inserted)
{
    if (uint32_t(next) + 1 >= m_idMask && m_idBits != 32) {
        // More ids than fit beside the hash bits: every slot holds an id alone from now.
        const uint32_t taggedMask = m_idMask;
        m_idBits = 32;
        m_idMask = ~uint32_t(0);
        std::unique_ptr<uint32_t[], FreeDeleter> tagged(std::move(m_slots));
        const size_t count = m_slotCount;
        m_slots.reset(static_cast<uint32_t *>(std::calloc(count, sizeof(uint32_t))));
        if (!m_slots)
            throw std::bad_alloc();
        const size_t mask = count - 1;
        for (size_t s = 0; s < count; ++s) {
            if (tagged[s] == 0)
                continue;
            const auto id = int32_t((tagged[s] & taggedMask) - 1);
            const store::StackNode &node = m_nodes[size_t(id)];
            size_t i = slotFor(hash(node.parent, node.frame));
            while (m_slots[i] != 0)
                i = (i + 1) & mask;
            m_slots[i] = uint32_t(id) + 1;
        }
    }
    // Grown before inserting, not after: the pair inserted last is only in `m_nodes` from
    // now on.
    if (!fits(m_size + 1, m_slotCount))
        rehash(m_slotCount * 2);
    const size_t mask = m_slotCount - 1;
    const uint64_t h = hash(parent, frame);
    const uint32_t bits = entryFor(h, 0) & ~m_idMask;
    size_t i = slotFor(h);
    for (uint32_t entry = m_slots[i]; entry != 0; i = (i + 1) & mask, entry = m_slots[i]) {
        if ((entry & ~m_idMask) != bits)
            continue;
        const auto id = int32_t((entry & m_idMask) - 1);
        const store::StackNode &node = m_nodes[size_t(id)];
        if (node.parent == parent && node.frame == frame) {
            *inserted = false;
            return id;
        }
    }
    m_slots[i] = entryFor(h, next);
    ++m_size;
    *inserted = true;
    return next;
}

} // namespace eg::importers
