#pragma once

#include "models/store/profiledata.h"

#include <QLocale>
#include <QString>

namespace eg::analysis {

// Turns raw weights into the figures people read: "1.52 s", "340 ms", "3,421 samples",
// "1.2 MB". Every view and sentence goes through here so that a unit is never dropped
// and the same weight always reads the same way.
class WeightFormatter
{
public:
    // Three significant digits, trailing zeros dropped; time units are rescaled to the
    // most readable one, byte counts use decimal (SI) prefixes.
    static QString formatWeight(double value, store::WeightUnit unit,
                                const QLocale &locale = QLocale());
    // A duration given in nanoseconds.
    static QString formatDuration(double nanoseconds, const QLocale &locale = QLocale());
    static QString formatBytes(double bytes, const QLocale &locale = QLocale());
    static QString formatCount(double count, const QLocale &locale = QLocale());
    // A share of 0..1 as "62%", "8.3%", "0.4%" or "<0.1%".
    static QString formatPercent(double fraction, const QLocale &locale = QLocale());
    // "340 ms (12%)": a weight and its share of `whole`, as tables and tooltips show it
    // (just "0 ms" for nothing).
    static QString formatWeightAndShare(double value, double whole, store::WeightUnit unit,
                                        const QLocale &locale = QLocale());

private:
    static QString significant(double value, const QLocale &locale);
};

} // namespace eg::analysis
