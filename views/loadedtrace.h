#pragma once

#include "models/analysis/criticalpath.h"
#include "models/analysis/spangroups.h"
#include "models/analysis/spantree.h"
#include "models/analysis/traceinsights.h"
#include "models/store/tracedata.h"

#include <QString>

#include <memory>
#include <string>

namespace eg::views {

// Everything the trace page shows, built together off the GUI thread and then only read:
// the GUI thread swaps the whole set in at once (as LoadedProfile does for profiles).
// The tree points into the trace and the other results into the tree, so they travel
// together and the trace outlives them all.
struct LoadedTrace
{
    std::shared_ptr<const store::TraceData> trace;
    std::shared_ptr<const analysis::SpanTree> tree;
    std::shared_ptr<const analysis::SpanGroups> groups;
    std::shared_ptr<const analysis::CriticalPath> path;
    std::shared_ptr<const analysis::TraceInsights> insights;
    QString cachePath; // where span details are read from when a span is selected
    QString error; // set instead of the above when loading failed

    bool isEmpty() const { return !tree; }

    // Reads one trace from the cache and analyses it. Opens its own connection (one per
    // thread, ARCHITECTURE.md), so it may run on a worker thread.
    static LoadedTrace load(const QString &cachePath, const std::string &traceId);
    // The analysis of a trace already in memory (tests, benchmarks, load()).
    static LoadedTrace analyse(std::shared_ptr<const store::TraceData> trace);
};

} // namespace eg::views
