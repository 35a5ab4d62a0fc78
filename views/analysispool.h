#pragma once

class QThreadPool;

namespace eg::views {

// The threads that build analyses for the views (loading a profile, laying out the flame
// chart, the call tree tables, comparing). Not QThreadPool::globalInstance(): Qt's raster
// painting splits large fills over the global pool and waits for them, so analyses that
// run for seconds there stall every paint of the window for as long (measured with
// bench/profileswitch_bench: 1.8 s on two cores).
class AnalysisPool
{
public:
    static QThreadPool *instance();
};

} // namespace eg::views
