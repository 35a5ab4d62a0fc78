#include "logheadline.h"

#include "logqueryresult.h"

#include "models/analysis/weightformatter.h"

#include <cmath>

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace eg::views {

namespace {

constexpr int kError = 4;
constexpr int kFatal = 5;
constexpr int kWarn = 3;

int64_t keptAtLevel(const LogQueryResult &result, int level)
{
    return (result.filter.levels & (1 << level)) ? result.byLevel[size_t(level)] : 0;
}

// A stretch of time as people say it: two significant digits ("5 s", not "4.96 s").
QString roundedDuration(int64_t ns)
{
    double value = double(ns);
    if (value > 0) {
        const double scale = std::pow(10.0, std::floor(std::log10(value)) - 1);
        value = std::round(value / scale) * scale;
    }
    return analysis::WeightFormatter::formatDuration(value);
}

} // namespace

QString LogHeadline::timeText(int64_t ns, bool withDate, bool withMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000);
    QString format = withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("HH:mm:ss");
    if (withMs)
        format += QStringLiteral(".zzz");
    return time.toString(format);
}

QString LogHeadline::text(const LogQueryResult &result)
{
    if (!result.error.isEmpty())
        return tr("Could not read the logs: %1").arg(result.error);
    if (result.count == 0)
        return tr("No log line matches these filters.");
    const QString lines = result.count == 1
        ? tr("One log line")
        : tr("%1 log lines").arg(QLocale().toString(qlonglong(result.count)));
    if (!result.overviewRead)
        return tr("%1; counting them by level and time…").arg(lines);
    int services = 0;
    for (const auto &[name, count] : result.services)
        if (!name.empty() && count > 0
            && (result.filter.service.empty() || name == result.filter.service))
            ++services;
    QString sentence = services > 1 ? tr("%1 from %2 services").arg(lines).arg(services)
        : services == 1             ? tr("%1 from one service").arg(lines)
                                    : lines;
    bool withDate = false;
    if (result.extent) {
        const auto [from, to] = *result.extent;
        withDate = QDateTime::fromMSecsSinceEpoch(from / 1'000'000).date()
            != QDateTime::fromMSecsSinceEpoch((to - 1) / 1'000'000).date();
        // Milliseconds only where seconds would say "between 10:02:03 and 10:02:03".
        const bool withMs = to - from < 10'000'000'000LL;
        sentence = tr("%1 between %2 and %3")
                       .arg(sentence, timeText(from, withDate, withMs),
                            timeText(to - 1, withDate, withMs));
    }
    const int64_t errors = keptAtLevel(result, kError) + keptAtLevel(result, kFatal);
    const int64_t warnings = keptAtLevel(result, kWarn);
    QStringList notes;
    if (errors > 0)
        notes << errorText(result, errors, withDate);
    else if (result.filter.levels & ((1 << kError) | (1 << kFatal)))
        notes << tr("no errors");
    if (warnings > 0)
        notes << (warnings == 1 ? tr("one warning")
                                : tr("%1 warnings").arg(QLocale().toString(qlonglong(warnings))));
    if (!notes.isEmpty())
        sentence += QStringLiteral("; ") + notes.join(QStringLiteral("; "));
    return sentence + QLatin1Char('.');
}

QString LogHeadline::errorText(const LogQueryResult &result, int64_t errors, bool withDate)
{
    const int64_t fatal = keptAtLevel(result, kFatal);
    QString count = errors == 1 ? tr("one error")
                                : tr("%1 errors").arg(QLocale().toString(qlonglong(errors)));
    if (fatal > 0 && fatal == errors)
        count = errors == 1 ? tr("one fatal error")
                            : tr("%1 fatal errors").arg(QLocale().toString(qlonglong(errors)));
    else if (fatal == 1)
        count = tr("%1 (one fatal)").arg(count);
    else if (fatal > 1)
        count = tr("%1 (%2 fatal)").arg(count, QLocale().toString(qlonglong(fatal)));
    const auto &bins = result.bins;
    if (errors < 3 || bins.size() < 4 || !result.extent)
        return count;
    // The narrowest run of bins that holds two thirds of the errors: when it is a small
    // part of the time shown, the errors came in a burst worth naming.
    std::vector<int64_t> perBin(bins.size());
    int64_t binned = 0;
    for (size_t i = 0; i < bins.size(); ++i) {
        perBin[i] = bins[i].byLevel[kError] + bins[i].byLevel[kFatal];
        binned += perBin[i];
    }
    if (binned < 3)
        return count;
    const int64_t needed = (binned * 2 + 2) / 3;
    size_t bestFirst = 0;
    size_t bestLast = bins.size() - 1;
    size_t first = 0;
    int64_t inside = 0;
    for (size_t last = 0; last < bins.size(); ++last) {
        inside += perBin[last];
        while (inside - perBin[first] >= needed)
            inside -= perBin[first++];
        // On a tie the later run wins: "most in the last minute" is the usual story.
        if (inside >= needed && last - first <= bestLast - bestFirst) {
            bestFirst = first;
            bestLast = last;
        }
    }
    const size_t width = bestLast - bestFirst + 1;
    if (width * 4 > bins.size())
        return tr("%1, spread over the whole time").arg(count);
    const int64_t from = bins[bestFirst].fromNs;
    const int64_t to = bins[bestLast].toNs;
    // A run that (nearly) touches an end of the time shown is told from that end.
    const size_t nearEnd = bins.size() / 10;
    if (bins.size() - 1 - bestLast <= nearEnd)
        return tr("%1, most in the last %2")
            .arg(count, roundedDuration(result.extent->second - from));
    if (bestFirst <= nearEnd)
        return tr("%1, most in the first %2")
            .arg(count, roundedDuration(to - result.extent->first));
    return tr("%1, most between %2 and %3")
        .arg(count, timeText(from, withDate), timeText(to, withDate));
}

} // namespace eg::views
