#include "weightformatter.h"

#include <QCoreApplication>

#include <cmath>

namespace eg::analysis {

namespace {

// Rounds to three significant digits first, so that the unit is chosen on the value that
// is shown: 999.7 ms reads "1 s", not "1000 ms".
double roundSignificant(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::floor(std::log10(std::fabs(value)));
    const double scale = std::pow(10.0, 2 - magnitude);
    return std::round(value * scale) / scale;
}

} // namespace

QString WeightFormatter::significant(double value, const QLocale &locale)
{
    const double a = std::fabs(value);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        const QString zero = locale.zeroDigit();
        if (text.contains(point)) {
            while (text.endsWith(zero))
                text.chop(zero.size());
            if (text.endsWith(point))
                text.chop(point.size());
        }
    }
    return text;
}

QString WeightFormatter::formatDuration(double nanoseconds, const QLocale &locale)
{
    if (!std::isfinite(nanoseconds))
        return QCoreApplication::translate("WeightFormatter", "unknown time");
    const double ns = roundSignificant(nanoseconds);
    const double a = std::fabs(ns);
    if (a < 1e3)
        return QCoreApplication::translate("WeightFormatter", "%1 ns").arg(significant(ns, locale));
    if (a < 1e6)
        return QCoreApplication::translate("WeightFormatter", "%1 µs")
            .arg(significant(roundSignificant(ns / 1e3), locale));
    if (a < 1e9)
        return QCoreApplication::translate("WeightFormatter", "%1 ms")
            .arg(significant(roundSignificant(ns / 1e6), locale));
    if (a < 60e9)
        return QCoreApplication::translate("WeightFormatter", "%1 s")
            .arg(significant(roundSignificant(ns / 1e9), locale));
    // Past a minute, seconds stop being the right scale for a person.
    const auto totalSeconds = qint64(std::llround(std::fabs(nanoseconds) / 1e9));
    const QString sign = nanoseconds < 0 ? locale.negativeSign() : QString();
    if (totalSeconds < 3600)
        return sign
            + QCoreApplication::translate("WeightFormatter", "%1 min %2 s")
                  .arg(locale.toString(totalSeconds / 60), locale.toString(totalSeconds % 60));
    const qint64 totalMinutes = totalSeconds / 60;
    return sign
        + QCoreApplication::translate("WeightFormatter", "%1 h %2 min")
              .arg(locale.toString(totalMinutes / 60), locale.toString(totalMinutes % 60));
}

QString WeightFormatter::formatBytes(double bytes, const QLocale &locale)
{
    if (!std::isfinite(bytes))
        return QCoreApplication::translate("WeightFormatter", "unknown size");
    const double b = roundSignificant(bytes);
    const double a = std::fabs(b);
    if (a < 1e3)
        return QCoreApplication::translate("WeightFormatter", "%1 B")
            .arg(locale.toString(qint64(std::llround(b))));
    if (a < 1e6)
        return QCoreApplication::translate("WeightFormatter", "%1 kB")
            .arg(significant(roundSignificant(b / 1e3), locale));
    if (a < 1e9)
        return QCoreApplication::translate("WeightFormatter", "%1 MB")
            .arg(significant(roundSignificant(b / 1e6), locale));
    if (a < 1e12)
        return QCoreApplication::translate("WeightFormatter", "%1 GB")
            .arg(significant(roundSignificant(b / 1e9), locale));
    return QCoreApplication::translate("WeightFormatter", "%1 TB")
        .arg(significant(roundSignificant(b / 1e12), locale));
}

QString WeightFormatter::formatCount(double count, const QLocale &locale)
{
    if (!std::isfinite(count))
        return QCoreApplication::translate("WeightFormatter", "unknown count");
    const auto n = qint64(std::llround(count));
    if (n == 1)
        return QCoreApplication::translate("WeightFormatter", "1 sample");
    return QCoreApplication::translate("WeightFormatter", "%1 samples").arg(locale.toString(n));
}

QString WeightFormatter::formatWeight(double value, store::WeightUnit unit, const QLocale &locale)
{
    switch (unit) {
    case store::WeightUnit::Bytes:
        return formatBytes(value, locale);
    case store::WeightUnit::None:
        return formatCount(value, locale);
    case store::WeightUnit::Nanoseconds:
    case store::WeightUnit::Microseconds:
    case store::WeightUnit::Milliseconds:
    case store::WeightUnit::Seconds:
        break;
    }
    if (value == 0) {
        // Nothing reads better in the profile's own unit than rescaled to "0 ns".
        switch (unit) {
        case store::WeightUnit::Microseconds:
            return QCoreApplication::translate("WeightFormatter", "%1 µs").arg(locale.toString(0));
        case store::WeightUnit::Milliseconds:
            return QCoreApplication::translate("WeightFormatter", "%1 ms").arg(locale.toString(0));
        case store::WeightUnit::Seconds:
            return QCoreApplication::translate("WeightFormatter", "%1 s").arg(locale.toString(0));
        default:
            break;
        }
    }
    return formatDuration(value * store::nanosecondsPerUnit(unit), locale);
}

QString WeightFormatter::formatPercent(double fraction, const QLocale &locale)
{
    if (!std::isfinite(fraction))
        return QCoreApplication::translate("WeightFormatter", "unknown share");
    const double percent = fraction * 100;
    const double a = std::fabs(percent);
    if (a == 0)
        return QCoreApplication::translate("WeightFormatter", "%1%").arg(locale.toString(0));
    if (a < 0.1)
        return QCoreApplication::translate("WeightFormatter", "<%1%")
            .arg(locale.toString(0.1, 'f', 1));
    if (a < 10) {
        QString text = locale.toString(std::round(percent * 10) / 10, 'f', 1);
        const QString suffix = locale.decimalPoint() + locale.zeroDigit();
        if (text.endsWith(suffix))
            text.chop(suffix.size());
        return QCoreApplication::translate("WeightFormatter", "%1%").arg(text);
    }
    return QCoreApplication::translate("WeightFormatter", "%1%")
        .arg(locale.toString(qint64(std::llround(percent))));
}

QString WeightFormatter::formatWeightAndShare(double value, double whole, store::WeightUnit unit,
                                              const QLocale &locale)
{
    const QString weight = formatWeight(value, unit, locale);
    // "0 ms (0%)" says the same thing twice.
    if (whole <= 0 || value == 0)
        return weight;
    return QCoreApplication::translate("WeightFormatter", "%1 (%2)")
        .arg(weight, formatPercent(value / whole, locale));
}

} // namespace eg::analysis
