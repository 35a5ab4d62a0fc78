#include "profilesummary.h"

#include "weightformatter.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace eg::analysis {

namespace {

QString quoted(const std::string &name)
{
    // A backtick inside a name would end the bold run early; the prime looks the same.
    QString text = QString::fromStdString(name);
    text.replace(QLatin1Char('`'), QChar(0x2032));
    return QLatin1Char('`') + text + QLatin1Char('`');
}

enum class Measure { Time, Memory, Count };

Measure measureOf(store::WeightUnit unit)
{
    if (unit == store::WeightUnit::Bytes)
        return Measure::Memory;
    if (unit == store::WeightUnit::None)
        return Measure::Count;
    return Measure::Time;
}

} // namespace

QString ProfileSummary::shortenedPath(const QStringList &names, int maxFrames)
{
    QStringList shown = names;
    if (maxFrames >= 3 && shown.size() > maxFrames) {
        // Where the path starts says which part of the program it is; where it ends says
        // what the time went into: keep both ends, drop the middle.
        const qsizetype head = (maxFrames - 1) / 2;
        const qsizetype tail = maxFrames - 1 - head;
        shown = names.mid(0, head);
        shown.append(QStringLiteral("…"));
        shown.append(names.mid(names.size() - tail));
    }
    return shown.join(QStringLiteral(" → "));
}

ProfileSummary::ProfileSummary(const store::ProfileData &profile, const CallTree &tree)
{
    const store::WeightUnit unit = profile.unit;
    const Measure measure = measureOf(unit);
    const double busy = tree.totalWeight();
    const int64_t samples = profile.reportedSampleCount > 0 ? profile.reportedSampleCount
                                                            : int64_t(profile.sampleCount());
    const QLocale locale;

    // 1. How much the profile holds.
    const double all = busy + tree.idleWeight();
    const QString amount = WeightFormatter::formatWeight(
        profile.kind == store::ProfileKind::Evented ? profile.totalWeight() : all, unit);
    const QString count = WeightFormatter::formatCount(double(samples));
    switch (measure) {
    case Measure::Time:
        m_total = profile.kind == store::ProfileKind::Evented
            ? tr("The profile covers %1.").arg(amount)
            : tr("The profile covers %1 in %2.").arg(amount, count);
        break;
    case Measure::Memory:
        m_total = tr("The profile records %1 of memory in %2.").arg(amount, count);
        break;
    case Measure::Count:
        m_total = tr("The profile holds %1.").arg(amount);
        break;
    }
    if (!(busy > 0))
        return;

    // 2. The heaviest functions by self weight, summed over every place they are called.
    std::vector<double> self(profile.frames.size(), 0.0);
    for (const CallTree::Node &node : tree.nodes()) {
        if (node.frame >= 0)
            self[size_t(node.frame)] += node.self;
    }
    std::vector<int32_t> order;
    for (size_t f = 0; f < self.size(); ++f) {
        if (self[f] > 0)
            order.push_back(int32_t(f));
    }
    const size_t top = std::min<size_t>(3, order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(top), order.end(),
                      [&](int32_t a, int32_t b) {
                          if (self[size_t(a)] != self[size_t(b)])
                              return self[size_t(a)] > self[size_t(b)];
                          return profile.frames[size_t(a)].name < profile.frames[size_t(b)].name;
                      });
    m_topSelf.assign(order.begin(), order.begin() + qsizetype(top));
    QStringList parts;
    for (const int32_t f : m_topSelf) {
        // The share first: it is what compares across profiles of different lengths.
        parts.append(tr("%1 (%2, %3)")
                         .arg(quoted(profile.frames[size_t(f)].name),
                              WeightFormatter::formatPercent(self[size_t(f)] / busy),
                              WeightFormatter::formatWeight(self[size_t(f)], unit)));
    }
    const QString list = locale.createSeparatedList(parts);
    switch (measure) {
    case Measure::Time:
        m_heaviest = tr("Functions with the most time in their own code: %1.").arg(list);
        break;
    case Measure::Memory:
        m_heaviest = tr("Functions that allocate the most memory themselves: %1.").arg(list);
        break;
    case Measure::Count:
        m_heaviest = tr("Functions where the most samples end: %1.").arg(list);
        break;
    }

    // 3. The heaviest path, root excluded.
    const std::vector<int32_t> path = tree.heaviestPath();
    QStringList names;
    std::vector<int32_t> pathFrames;
    for (const int32_t node : path) {
        const int32_t frame = tree.node(node).frame;
        if (frame < 0)
            continue;
        pathFrames.push_back(frame);
        names.append(quoted(profile.frames[size_t(frame)].name));
    }
    if (names.isEmpty())
        return;
    const QString shown = shortenedPath(names);
    const QString share = WeightFormatter::formatPercent(tree.node(path.back()).total / busy);
    switch (measure) {
    case Measure::Time:
        m_path = tr("The heaviest path from the top of the stack down is %1; %2 of the time "
                    "goes all the way down it.")
                     .arg(shown, share);
        break;
    case Measure::Memory:
        m_path = tr("The heaviest path from the top of the stack down is %1; %2 of the memory "
                    "is allocated at its end.")
                     .arg(shown, share);
        break;
    case Measure::Count:
        m_path = tr("The heaviest path from the top of the stack down is %1; %2 of the samples "
                    "go all the way down it.")
                     .arg(shown, share);
        break;
    }

    // 4. Where the app's own code stops. Only said when the frames tell: the deepest
    // in-app frame is the leaf, or the frame it calls is known library code.
    int deepest = -1;
    bool anyKnown = false;
    for (size_t i = 0; i < pathFrames.size(); ++i) {
        const int8_t inApp = profile.frames[size_t(pathFrames[i])].inApp;
        anyKnown = anyKnown || inApp >= 0;
        if (inApp == 1)
            deepest = int(i);
    }
    if (!anyKnown)
        return;
    if (deepest < 0) {
        bool allLibrary = true;
        for (const int32_t f : pathFrames)
            allLibrary = allLibrary && profile.frames[size_t(f)].inApp == 0;
        if (allLibrary)
            m_boundary = tr("None of that path is the app's own code: it runs in libraries "
                            "only.");
        return;
    }
    m_lastAppFrame = pathFrames[size_t(deepest)];
    const QString last = quoted(profile.frames[size_t(m_lastAppFrame)].name);
    if (size_t(deepest) + 1 == pathFrames.size()) {
        m_boundary
            = tr("On that path the app's own code reaches all the way down to %1.").arg(last);
        return;
    }
    const int32_t next = pathFrames[size_t(deepest) + 1];
    if (profile.frames[size_t(next)].inApp != 0)
        return;
    m_boundary = tr("On that path the app's own code ends at %1, which calls into library "
                    "code (%2).")
                     .arg(last, quoted(profile.frames[size_t(next)].name));
}

QStringList ProfileSummary::sentences() const
{
    QStringList list;
    for (const QString *s : {&m_total, &m_heaviest, &m_path, &m_boundary}) {
        if (!s->isEmpty())
            list.append(*s);
    }
    return list;
}

} // namespace eg::analysis
