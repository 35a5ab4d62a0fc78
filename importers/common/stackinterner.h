#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eg::importers {

// Maps (parent stack, frame) pairs to stack ids with one flat, open-addressed table.
// Files whose stacks share few prefixes (random speedscope stacks, deep JIT traces)
// intern millions of pairs; std::unordered_map spent most of such an import allocating
// nodes and rehashing, this spends it on one probe per pair.
class StackInterner
{
public:
    StackInterner();

    // The id stored for the pair, or `next` after storing it there when it is new.
    // `inserted` says which.
    int32_t findOrInsert(int32_t parent, int32_t frame, int32_t next, bool *inserted);

private:
    struct Slot
    {
        uint64_t key;
        int32_t value;
    };
    static constexpr uint64_t kEmpty = ~uint64_t(0);

    void grow();
    size_t slotFor(uint64_t key) const;

    std::vector<Slot> m_slots;
    size_t m_size = 0;
    int m_shift = 0;
};

} // namespace eg::importers
