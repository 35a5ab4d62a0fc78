#pragma once

#include "loadedtrace.h"

#include "models/analysis/waterfallrows.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace eg::views {

// What hovering a waterfall row says, in plain words: the span and its service, how long
// it took and how much of that was its own work, whether it held up the trace, when it
// started and whether it failed; for groups, what repeated and how to open them.
class WaterfallToolTip
{
    Q_DECLARE_TR_FUNCTIONS(eg::views::WaterfallToolTip)

public:
    // Lines separated by '\n'; the first names the row.
    static QString text(const LoadedTrace &trace, const analysis::WaterfallRows &rows, int32_t row);
};

} // namespace eg::views
