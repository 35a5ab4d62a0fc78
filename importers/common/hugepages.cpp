#include "hugepages.h"

#include <cstdint>

#include <sys/mman.h>

namespace eg::importers {

void adviseHugePages(void *data, size_t size)
{
    constexpr uintptr_t kHugePage = uintptr_t(2) << 20;
    const uintptr_t begin = (uintptr_t(data) + kHugePage - 1) & ~(kHugePage - 1);
    const uintptr_t end = (uintptr_t(data) + size) & ~(kHugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
}

} // namespace eg::importers
