#pragma once

#include "models/store/profiledata.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace eg::importers {

// Maps (parent stack, frame) pairs to stack ids with one flat, open-addressed table.
// Files whose stacks share few prefixes (random speedscope stacks, deep JIT traces)
// intern millions of pairs; std::unordered_map spent most of such an import allocating
// nodes and rehashing, this spends it on one probe per pair.
// Slots hold only the stack id and read the pair back from the profile's stack table:
// a 16-byte (key, id) slot made the table of a ten-million-stack trace 512 MB, plus the
// half-size old table while growing, which was most of such an import's peak memory.
// The table comes from calloc(): pages no pair has touched stay unmapped, so reserve()
// may size it for the most stacks a file can have without costing memory for the stacks
// it does not have, and a table sized once is never held twice while it grows.
// The top 5 bits of a slot hold bits of the pair's hash: a probe passes over a slot of
// another pair without reading that pair's stack, which in a table of millions is a
// cache miss each, and was most of the time a trace with ten million frames spent here.
// Past 2^27 stacks the table drops the hash bits and compares every pair.
class StackInterner
{
public:
    // `nodes` is the stack table the ids index; it must outlive the interner. Ids below
    // 2^`taggedIdBits` share their slot with hash bits (tests make it small).
    explicit StackInterner(const std::vector<store::StackNode> &nodes, int taggedIdBits = 27);

    // The id stored for the pair, or `next` when it is new (`inserted` says which). The
    // caller appends the pair to `nodes` at index `next` before its next call.
    int32_t findOrInsert(int32_t parent, int32_t frame, int32_t next, bool *inserted);
    // Sizes the table for up to `stacks` pairs at once.
    void reserve(size_t stacks);
    // The bytes of a table sized for `stacks` pairs, for memory budgets.
    static size_t tableBytes(size_t stacks);
    // Starts loading the slot where the pair would be, for a findOrInsert() soon after:
    // in a table of millions the slot is a cache miss, which then overlaps other work.
    void prefetch(int32_t parent, int32_t frame) const
    {
        __builtin_prefetch(&m_slots[slotFor(hash(parent, frame))]);
    }

private:
    struct FreeDeleter
    {
        void operator()(uint32_t *p) const { std::free(p); }
    };

    // At most three quarters full: with hash bits in the slots, a probe passes over the
    // neighbours of its slot within a cache line or two. Without them (past 2^27 stacks),
    // half full, as every neighbour costs a read of its stack.
    bool fits(size_t stacks, size_t slotCount) const
    {
        return m_idBits == 32 ? stacks * 2 <= slotCount : stacks * 4 <= slotCount * 3;
    }
    void rehash(size_t slotCount);
    uint64_t hash(int32_t parent, int32_t frame) const;
    // The slot a hash starts probing at, and the slot value of `id` with that hash.
    size_t slotFor(uint64_t hash) const { return size_t(hash >> m_shift); }
    uint32_t entryFor(uint64_t hash, int32_t id) const
    {
        return m_idBits == 32 ? uint32_t(id) + 1
                              : (uint32_t(hash) << m_idBits) | (uint32_t(id) + 1);
    }

    const std::vector<store::StackNode> &m_nodes;
    std::unique_ptr<uint32_t[], FreeDeleter> m_slots; // hash bits | stack id + 1; 0 is empty
    size_t m_slotCount = 0;
    size_t m_size = 0;
    int m_shift = 0;
    int m_idBits; // the rest of a slot holds hash bits
    uint32_t m_idMask;
};

} // namespace eg::importers
