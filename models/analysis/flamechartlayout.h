#pragma once

#include "models/store/profiledata.h"

#include <cstdint>
#include <span>
#include <vector>

namespace eg::analysis {

// Where every call sits in a time-ordered flame chart: for each depth of the call stack, the
// runs of consecutive samples that share the same stack prefix down to that depth ("spans"),
// sorted by time and never overlapping, so that a visible time range is found by binary
// search per depth. Built once per profile off the GUI thread and then only read.
//
// Each span holds its own times, so that the binary searches of painting touch one array
// and not the samples' (16 bytes a span: a double start, a float length and the stack).
// Evented profiles are stored as runs of identical stacks, which are samples here too, so
// the same code draws both.
class FlameChartLayout
{
public:
    struct Span
    {
        double start = 0; // in the profile's unit
        // A float is plenty for a duration (7 digits of its own size) and saves 4 bytes.
        float length = 0;
        int32_t stack = 0; // index into ProfileData::stacks: the frame and its callers

        double end() const { return start + double(length); }
    };

    // Calls of one depth as a zoomed-out chart draws them: a run of narrow calls (each
    // shorter than the level's width, each starting less than that after the run ends)
    // merged into one, every other call on its own.
    struct Run
    {
        double start = 0;
        double end = 0;
        uint32_t first = 0; // indexes into row(depth)
        uint32_t last = 0;
        bool merged() const { return last != first; }
    };

    FlameChartLayout() = default;
    explicit FlameChartLayout(const store::ProfileData &profile);

    int32_t depthCount() const { return int32_t(m_rows.size()); }
    std::span<const Span> row(int32_t depth) const { return m_rows[size_t(depth)]; }
    int64_t spanCount() const { return m_spanCount; }
    store::WeightUnit unit() const { return m_unit; }

    // Time of the first sample's start and the last sample's end, in the profile's unit.
    double startTime() const { return m_startTime; }
    double endTime() const { return m_endTime; }
    double duration() const { return m_endTime - m_startTime; }

    static double spanStart(const Span &span) { return span.start; }
    static double spanEnd(const Span &span) { return span.end(); }

    // First index in row(depth) at or after `from` whose span ends after `time`.
    size_t firstEndingAfter(int32_t depth, double time, size_t from = 0) const;
    // The span of that depth covering `time`, or -1.
    int32_t spanAt(int32_t depth, double time) const;

    // The runs of row(depth) at the coarsest level of detail whose width is at most
    // `minTime`; empty when every level is coarser (a zoomed-in chart walks the calls).
    // Drawing a whole profile then walks about a thousand runs a depth instead of
    // searching through millions of calls for where each merged run ends.
    std::span<const Run> runs(int32_t depth, double minTime) const;

private:
    static constexpr int kLevels = 4; // widths 1/512, 1/1024, … 1/4096 of the profile
    double levelWidth(int level) const { return duration() / double(512 << level); }
    void buildLevels();

    std::vector<std::vector<Span>> m_rows;
    int64_t m_spanCount = 0;
    double m_startTime = 0;
    double m_endTime = 0;
    store::WeightUnit m_unit = store::WeightUnit::None;
    std::vector<std::vector<Run>> m_levels[kLevels]; // [level][depth]
};

} // namespace eg::analysis
