#include "hugepages.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

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

void adviseHugePagesForLargeMappings(size_t minBytes)
{
    FILE *maps = std::fopen("/proc/self/maps", "r");
    if (!maps)
        return;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long begin = 0;
        unsigned long end = 0;
        char perms[8] = {};
        unsigned long offset = 0;
        char device[16] = {};
        unsigned long inode = 0;
        int pathAt = 0;
        if (std::sscanf(line, "%lx-%lx %7s %lx %15s %lu %n", &begin, &end, perms, &offset, device,
                        &inode, &pathAt)
            < 6)
            continue;
        // Private, writable, and no file or named region ([stack], [heap] keep their own).
        const bool anonymous = inode == 0 && (line[pathAt] == '\n' || line[pathAt] == '\0');
        if (anonymous && std::strncmp(perms, "rw", 2) == 0 && perms[3] == 'p'
            && end - begin >= minBytes)
            adviseHugePages(reinterpret_cast<void *>(begin), size_t(end - begin));
    }
    std::fclose(maps);
}

} // namespace eg::importers
