#pragma once

#include "flamegraphgeometry.h"

#include "models/analysis/callfilter.h"
#include "models/analysis/calltree.h"
#include "models/store/profiledata.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace eg::views {

// The colour modes of the flame graph as pure functions from a profile (and its tree) to
// palette indexes and a legend, so that the view only swaps vectors and tests can check
// the colours without painting.
class FlameGraphColours
{
    Q_DECLARE_TR_FUNCTIONS(eg::views::FlameGraphColours)

public:
    enum class Mode { Name, Module, Ownership, SelfHeat };

    struct LegendEntry
    {
        QColor colour;
        QString label;
    };

    using ColourIndex = FlameGraphGeometry::ColourIndex;

    // Module or package of a frame; the file's directory when there is none; empty when
    // neither is known.
    static std::string moduleKey(const store::Frame &frame);
    // One colour per frame for the modes that colour by frame (all but SelfHeat, which
    // gets FlameGraphGeometry::colourForFrame here).
    static std::vector<ColourIndex> frameColours(const store::ProfileData &profile, Mode mode,
                                                 const analysis::CallFilter &filter);
    // One colour per node by self weight, relative to the node with the most.
    static std::vector<ColourIndex> heatColours(const analysis::CallTree &tree);
    // What the colours of a mode mean; for modules, the heaviest few by self weight.
    static std::vector<LegendEntry> legend(const store::ProfileData &profile,
                                           const analysis::CallTree &tree, Mode mode);

    static constexpr size_t kLegendModules = 6;
};

} // namespace eg::views
