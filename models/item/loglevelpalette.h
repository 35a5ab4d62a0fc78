#pragma once

#include "models/store/logrecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace eg::itemmodels {

// The colour and the word of each log level, the same in the log table, the level
// buttons and the stacked histogram, so that a colour means one level everywhere.
class LogLevelPalette
{
    Q_DECLARE_TR_FUNCTIONS(LogLevelPalette)

public:
    static constexpr int kLevelCount = 6;

    static QColor colour(store::LogLevel level);
    // The level as people read it ("Warning"), translated.
    static QString name(store::LogLevel level);
    static store::LogLevel level(int index) { return store::LogLevel(index); }
};

} // namespace eg::itemmodels
