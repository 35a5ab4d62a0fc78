#include "tracedata.h"

#include <cstdio>

namespace eg::store {

std::string TraceData::spanIdText(uint64_t key)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(key));
    return text;
}

} // namespace eg::store
