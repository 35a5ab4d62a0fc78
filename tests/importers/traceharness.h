#pragma once

#include "importharness.h"

#include "models/store/tracedata.h"

#include <QJsonObject>
#include <QStringList>

#include <string>
#include <vector>

namespace eg::testing {

// The import harness plus what trace tests read back: the trace list, whole traces, one
// span's details as JSON and the warnings of a source.
class TraceHarness : public ImportHarness
{
public:
    std::vector<store::TraceInfo> traces();
    store::TraceData trace(const std::string &traceId);
    // The span's details parsed; an empty object when they are not valid JSON.
    QJsonObject details(const store::TraceSpan &span);
    // The details text as stored.
    std::string detailsText(const store::TraceSpan &span);
    QStringList warnings(int64_t sourceId);
};

} // namespace eg::testing
