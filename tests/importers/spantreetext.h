#pragma once

#include "models/store/tracedata.h"

#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace eg::testing {

// Traces as text that tests compare: the span tree indented, its shape by ops, and the
// trace list one line per trace. A span whose parent is not in the trace is a root.
class SpanTreeText
{
public:
    // One line per span, `op name` (plus ` [error]`), children indented under their
    // parent in start order, roots in file order.
    static QString tree(const store::TraceData &trace);
    // The tree by ops only, children sorted: `task(http.client(http.server(...)),...)`.
    // With `dropEmptyServers`, `http.server` spans with nothing under them are left out
    // (the 404 server spans that transactions drop and streamed spans keep).
    static QString opShape(const store::TraceData &trace, bool dropEmptyServers);
    // The most spans on one path from a root, the root counting 1.
    static int maxDepth(const store::TraceData &trace);
    // The most spans whose op starts with `opPrefix` and that share one name and one parent.
    static int mostRepeated(const store::TraceData &trace, std::string_view opPrefix);
    // `parent op -> op` for every segment root whose parent is in the trace.
    static QStringList segmentParents(const store::TraceData &trace);
    // One line per trace: `id spans=N roots=[a|b] ms=D.D errors=E`.
    static QString describe(const std::vector<store::TraceInfo> &traces);
};

} // namespace eg::testing
