#pragma once

#include <cstddef>

namespace eg::importers {

// Asks the kernel to back a large buffer, allocated but not yet written, with 2 MB pages
// where it can. An import writes hundreds of megabytes once; with 4 KB pages every one of
// them is a page fault, which on virtual machines took a third of a Sentry profile's
// import time. Only advice: nothing changes where the kernel says no.
void adviseHugePages(void *data, size_t size);
// The same for every private anonymous mapping of at least `minBytes` (read from
// /proc/self/maps): for the large buffers a library allocates out of reach, such as
// simdjson's index of a whole text, right after it allocated them.
void adviseHugePagesForLargeMappings(size_t minBytes);

} // namespace eg::importers
