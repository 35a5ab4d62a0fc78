#include "loglevelpalette.h"

#include <array>

namespace eg::itemmodels {

QColor LogLevelPalette::colour(store::LogLevel level)
{
    // Quiet greys and blues for the chatter, a warm amber for warnings and strong reds for
    // failures: what needs attention stands out on the chart without a legend.
    static const std::array<QColor, kLevelCount> colours {
        QColor(0xa0, 0xa4, 0xaa), // trace
        QColor(0x7a, 0x9c, 0xc0), // debug
        QColor(0x2f, 0x7e, 0xd8), // info
        QColor(0xe8, 0xa3, 0x17), // warn
        QColor(0xd9, 0x30, 0x25), // error
        QColor(0x8e, 0x1b, 0x7d), // fatal
    };
    const int index = int(level);
    return index >= 0 && index < kLevelCount ? colours[size_t(index)] : colours[2];
}

QString LogLevelPalette::name(store::LogLevel level)
{
    switch (level) {
    case store::LogLevel::Trace:
        return tr("Trace");
    case store::LogLevel::Debug:
        return tr("Debug");
    case store::LogLevel::Info:
        return tr("Info");
    case store::LogLevel::Warn:
        return tr("Warning");
    case store::LogLevel::Error:
        return tr("Error");
    case store::LogLevel::Fatal:
        return tr("Fatal");
    }
    return tr("Info");
}

} // namespace eg::itemmodels
