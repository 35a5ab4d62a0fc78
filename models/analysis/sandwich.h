#pragma once

#include "frametree.h"
#include "stackweights.h"

namespace eg::analysis {

// One function seen from both sides, as speedscope's sandwich view shows it: who called
// it (the callers tree, inverted: the function on top, its callers below) and what it
// called (the callees tree: the function on top, its callees below).
//
// Both trees start at the outermost occurrence of the function on each stack, so a
// recursive function counts once per sample: its callers are those of the outermost
// call, and the inner recursive calls appear inside its callees tree.
class Sandwich
{
public:
    Sandwich() = default;
    // `weights` must be built from `profile`.
    Sandwich(const store::ProfileData &profile, const StackWeights &weights, int32_t frame);

    int32_t frame() const { return m_frame; }
    // The root's only child is the function; below it its callers (callees).
    const FrameTree &callers() const { return m_callers; }
    const FrameTree &callees() const { return m_callees; }
    // The function's own figures: self counts every stack it ends, total and samples
    // every stack it is on (once).
    double self() const { return m_self; }
    double total() const { return m_total; }
    int64_t samples() const { return m_samples; }
    // The node of the function in callers()/callees() (-1 when it never ran).
    int32_t functionNode() const { return m_callers.root().childCount > 0 ? 1 : -1; }

private:
    int32_t m_frame = -1;
    FrameTree m_callers;
    FrameTree m_callees;
    double m_self = 0;
    double m_total = 0;
    int64_t m_samples = 0;
};

} // namespace eg::analysis
