#pragma once

#include "stackweights.h"

#include <vector>

namespace eg::analysis {

// One row per function (frame) that appears in at least one sample: its self and total
// weight and how many samples it was seen in. Totals and counts take a sample once even
// when the function recurses, as speedscope and the CLI count them. The figures behind
// the function tables of the caller–callee and sandwich views.
class FunctionTable
{
public:
    struct Row
    {
        int32_t frame = 0;
        double self = 0;
        double total = 0;
        int64_t selfSamples = 0;
        int64_t samples = 0; // samples whose stack contains the function
    };

    FunctionTable() = default;
    FunctionTable(const store::ProfileData &profile, const StackWeights &weights);

    // Heaviest total first, ties by frame index.
    const std::vector<Row> &rows() const { return m_rows; }
    // The row of a frame, or -1 when the frame never appears.
    int32_t rowOfFrame(int32_t frame) const;
    double busyWeight() const { return m_busyWeight; }
    int64_t busySamples() const { return m_busySamples; }
    store::WeightUnit unit() const { return m_unit; }

private:
    std::vector<Row> m_rows;
    std::vector<int32_t> m_rowOfFrame;
    double m_busyWeight = 0;
    int64_t m_busySamples = 0;
    store::WeightUnit m_unit = store::WeightUnit::None;
};

} // namespace eg::analysis
