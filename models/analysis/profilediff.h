#pragma once

#include "calltree.h"

#include "models/store/profiledata.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace eg::analysis {

// Two profiles of the same program compared: the union of both call trees (paths of
// functions, compared by name and file) with each node's weight before and after, and
// every function's self and total before and after. Built off the GUI thread from the two
// profiles and their trees, then only read.
//
// The union is laid out like any profile (unionProfile(), unionTree()): a path's width is
// its weight after plus that of the paths below it that only "before" has, so that code
// that was removed still has a bar to point at (as Firefox Profiler and Hotspot show it).
//
// Figures are in the "after" profile's unit. When the totals differ (more than 1%) the
// "before" figures are scaled to the after total, so that the comparison is of shares
// and a longer recording does not make everything look slower; normalised() says so.
class ProfileDiff
{
public:
    enum class Scaling { Auto, Absolute, Shares };

    struct NodeDelta
    {
        double before = 0; // total on this path before (scaled); 0 when new
        double beforeSelf = 0;
        double after = 0; // total on this path after; 0 when gone
        double afterSelf = 0;
        bool isNew = false; // only the after profile has this path
        bool isGone = false; // only the before profile has it: removed code
    };

    struct FunctionDelta
    {
        std::string name;
        std::string file;
        double selfBefore = 0;
        double selfAfter = 0;
        // Counted once per sample even when the function recurses.
        double totalBefore = 0;
        double totalAfter = 0;

        double selfDelta() const { return selfAfter - selfBefore; }
        double totalDelta() const { return totalAfter - totalBefore; }
        bool isNew() const { return selfBefore == 0 && totalBefore == 0; }
        bool isGone() const { return selfAfter == 0 && totalAfter == 0; }
    };

    ProfileDiff() = default;
    ProfileDiff(const store::ProfileData &before, const CallTree &beforeTree,
                const store::ProfileData &after, const CallTree &afterTree,
                Scaling scaling = Scaling::Auto);

    // Set when the units cannot be compared (time against bytes); nothing else is then.
    QString error() const { return m_error; }
    store::WeightUnit unit() const { return m_unit; }
    bool normalised() const { return m_normalised; }
    // Totals as recorded, in the after unit (before not scaled).
    double beforeTotal() const { return m_beforeTotal; }
    double afterTotal() const { return m_afterTotal; }
    // Factor applied to every "before" figure.
    double scale() const { return m_scale; }

    // The paths of both profiles as one profile and call tree, for the flame graph: one
    // frame per function, weights in the after unit. Null when the profiles cannot be
    // compared.
    const std::shared_ptr<const store::ProfileData> &unionProfile() const { return m_union; }
    const std::shared_ptr<const CallTree> &unionTree() const { return m_unionTree; }
    // One per node of the union tree, in its order.
    const std::vector<NodeDelta> &nodes() const { return m_nodes; }
    // Every function of either profile, largest change of self weight first.
    const std::vector<FunctionDelta> &functions() const { return m_functions; }
    // Weight of the paths that exist only before (scaled).
    double goneWeight() const { return m_goneWeight; }

    // "`parse_json` grew by 180 ms (+41%); `render` shrank by 60 ms (−20%)." by self time.
    QString summary() const;
    // Whether the figures are absolute or scaled, in words.
    QString scalingNote() const;

private:
    void buildUnion(const CallTree &beforeTree, const std::vector<int32_t> &beforeFunction,
                    const CallTree &afterTree, const std::vector<int32_t> &afterFunction,
                    std::vector<store::Frame> frames);

    QString m_error;
    store::WeightUnit m_unit = store::WeightUnit::None;
    bool m_normalised = false;
    double m_beforeTotal = 0;
    double m_afterTotal = 0;
    double m_scale = 1;
    double m_goneWeight = 0;
    std::shared_ptr<const store::ProfileData> m_union;
    std::shared_ptr<const CallTree> m_unionTree;
    std::vector<NodeDelta> m_nodes;
    std::vector<FunctionDelta> m_functions;
};

} // namespace eg::analysis
