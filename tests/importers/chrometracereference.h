#pragma once

#include "importers/chrometrace/chrometraceeventlog.h"

#include "models/store/profiledata.h"

#include <string>
#include <vector>

namespace eg::testing {

// speedscope's trace-event import of one thread, transcribed the plain way: sort every
// event, then walk the two queues. `events` is sorted in place.
void buildReferenceThread(std::vector<importers::TraceEventRecord> &events,
                          const std::vector<std::string> &keys,
                          const std::vector<uint32_t> &nameOfKey, store::ProfileData &profile);

} // namespace eg::testing
