#pragma once

#include <cstdint>
#include <vector>

namespace eg::analysis {

class SpanTree;

// Maps trace time to the position along a waterfall's time axis with idle gaps squeezed
// out, as Sentry's trace view does: a stretch of at least kMinGapShare of the trace in
// which no span runs is drawn as a narrow, marked break, so the busy parts get the width.
// Positions are in "axis nanoseconds": equal to trace time inside busy stretches.
class CompressedTimeAxis
{
public:
    static constexpr double kMinGapShare = 0.05;
    // How wide a break is drawn, as a share of the whole trace's duration.
    static constexpr double kBreakShare = 0.01;

    struct Break
    {
        int64_t fromNs = 0; // the idle stretch in trace time
        int64_t toNs = 0;
        double axisFrom = 0; // and where its narrow stand-in sits on the axis
        double axisTo = 0;
    };

    // The identity: no breaks.
    CompressedTimeAxis(int64_t startNs = 0, int64_t endNs = 0);
    // Breaks for every long idle gap of the tree (compress = false: the identity).
    CompressedTimeAxis(const SpanTree &tree, bool compress);

    int64_t startNs() const { return m_startNs; }
    int64_t endNs() const { return m_endNs; }
    // The axis runs from 0 to length().
    double length() const { return m_length; }
    double toAxis(int64_t ns) const;
    int64_t fromAxis(double axis) const;
    const std::vector<Break> &breaks() const { return m_breaks; }
    // Idle time the breaks leave out.
    int64_t hiddenNs() const;

private:
    int64_t m_startNs = 0;
    int64_t m_endNs = 0;
    double m_length = 0;
    std::vector<Break> m_breaks;
};

} // namespace eg::analysis
