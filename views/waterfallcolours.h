#pragma once

#include "models/store/tracedata.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace eg::views {

// The waterfall's palette and its colour modes as pure functions, so that the view only
// swaps a vector and tests can check colours without painting. Ten distinct hues for
// services or ops (red left out: red means an error), each with a darker twin for the
// span's own work and washed-out twins for spans off the critical path; then the fixed
// colours of errors, missing-parent rows and the critical path.
class WaterfallColours
{
    Q_DECLARE_TR_FUNCTIONS(eg::views::WaterfallColours)

public:
    enum class Mode { Service, Op };
    using Index = uint8_t;

    static constexpr int kHues = 10;
    static constexpr Index kError = kHues; // the last "hue": errors always read red
    static constexpr Index kPlaceholder = kHues + 1;
    static constexpr int kBarColours = kHues + 2;
    // Variants of a bar colour.
    static constexpr Index kSelf = kBarColours; // + colour: the span's own work, darker
    static constexpr Index kDimmed = 2 * kBarColours; // + colour: off the critical path
    static constexpr Index kDimmedSelf = 3 * kBarColours;
    static constexpr Index kCritical = 4 * kBarColours; // the critical path's strip
    static constexpr int kPaletteSize = kCritical + 1;

    static QColor colour(Index index);
    static Index self(Index bar) { return Index(bar + kSelf); }
    static Index dimmed(Index bar) { return Index(bar + kDimmed); }
    static Index dimmedSelf(Index bar) { return Index(bar + kDimmedSelf); }

    // One bar colour per span: its service's or op's hue, in order of first appearance so
    // that the first ten get ten different hues; errors red.
    static std::vector<Index> spanColours(const store::TraceData &trace, Mode mode);

    struct LegendEntry
    {
        QColor colour;
        QString label;
    };
    // What the hues mean, in order of first appearance, then errors when there are any;
    // keys beyond the tenth share hues and are counted in a last entry.
    static std::vector<LegendEntry> legend(const store::TraceData &trace, Mode mode);
};

} // namespace eg::views
