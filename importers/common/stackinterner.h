#pragma once

#include "models/store/profiledata.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eg::importers {

// Maps (parent stack, frame) pairs to stack ids with one flat, open-addressed table.
// Files whose stacks share few prefixes (random speedscope stacks, deep JIT traces)
// intern millions of pairs; std::unordered_map spent most of such an import allocating
// nodes and rehashing, this spends it on one probe per pair.
// Slots hold only the stack id and read the pair back from the profile's stack table:
// a 16-byte (key, id) slot made the table of a ten-million-stack trace 512 MB, plus the
// half-size old table while growing, which was most of such an import's peak memory.
class StackInterner
{
public:
    // `nodes` is the stack table the ids index; it must outlive the interner.
    explicit StackInterner(const std::vector<store::StackNode> &nodes);

    // The id stored for the pair, or `next` when it is new (`inserted` says which). The
    // caller appends the pair to `nodes` at index `next` before its next call.
    int32_t findOrInsert(int32_t parent, int32_t frame, int32_t next, bool *inserted);

private:
    static constexpr int32_t kEmpty = -1;

    void grow();
    size_t slotFor(int32_t parent, int32_t frame) const;

    const std::vector<store::StackNode> &m_nodes;
    std::vector<int32_t> m_slots;
    size_t m_size = 0;
    int m_shift = 0;
};

} // namespace eg::importers
