#include "acceptancefigures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

namespace eg::acceptance {

namespace {

// One slice as Perfetto's `slice` table holds it, rebuilt from an evented profile's runs:
// a frame opens where a run's stack first holds it and closes where a run no longer does.
struct Slice
{
    int64_t ts = 0; // nanoseconds, as Perfetto reports them
    int64_t dur = 0;
    QString name;
    int depth = 0;
};

// Our frame names follow speedscope: `name {"args":...}`; Perfetto's are the bare name.
QString bareName(const std::string &frameName)
{
    const QString name = QString::fromStdString(frameName);
    for (qsizetype at = name.indexOf(QLatin1String(" {")); at >= 0;
         at = name.indexOf(QLatin1String(" {"), at + 1)) {
        if (QJsonDocument::fromJson(name.mid(at + 1).toUtf8()).isObject())
            return name.left(at);
    }
    return name;
}

int64_t toNs(double microseconds)
{
    return std::llround(microseconds * 1000.0);
}

std::vector<Slice> slicesOf(const store::ProfileData &profile)
{
    std::vector<Slice> slices;
    std::vector<int32_t> openStacks; // root first
    std::vector<double> openSince;
    std::vector<int32_t> chain;
    const auto closeTo = [&](size_t keep, double at) {
        while (openStacks.size() > keep) {
            const int32_t stack = openStacks.back();
            Slice slice;
            slice.ts = toNs(openSince.back());
            slice.dur = toNs(at) - slice.ts;
            slice.name = bareName(profile.frames[size_t(profile.stacks[size_t(stack)].frame)].name);
            slice.depth = int(openStacks.size()) - 1;
            slices.push_back(slice);
            openStacks.pop_back();
            openSince.pop_back();
        }
    };
    for (size_t i = 0; i < profile.sampleCount(); ++i) {
        chain.clear();
        for (int32_t s = profile.sampleStack[i]; s >= 0; s = profile.stacks[size_t(s)].parent)
            chain.push_back(s);
        std::reverse(chain.begin(), chain.end());
        size_t common = 0;
        while (common < chain.size() && common < openStacks.size()
               && chain[common] == openStacks[common])
            ++common;
        const double at = profile.sampleTime[i];
        closeTo(common, at);
        for (size_t d = common; d < chain.size(); ++d) {
            openStacks.push_back(chain[d]);
            openSince.push_back(at);
        }
        if (profile.sampleWeight[i] == 0 && i + 1 < profile.sampleCount()
            && profile.sampleTime[i + 1] == at)
            continue;
    }
    closeTo(0, profile.endValue);
    return slices;
}

// `SELECT [slice.]col, ... FROM slice [ORDER BY ...]` over ts, dur, name and depth: the
// questions our data model can answer. Anything else (args, flows, counters, tracks,
// metadata, import logs) is about what we do not model.
QStringList sliceColumns(const QString &query)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*select\\s+(.+?)\\s+from\\s+slice\\s*(order\\s+by\\s+[\\w.]+(\\s+(asc|"
                       "desc))?)?\\s*;?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(query);
    if (!match.hasMatch())
        return {};
    QStringList columns;
    for (QString column : match.captured(1).split(QLatin1Char(','))) {
        column = column.trimmed().toLower();
        if (column.startsWith(QLatin1String("slice.")))
            column = column.mid(6);
        if (column != QLatin1String("ts") && column != QLatin1String("dur")
            && column != QLatin1String("name") && column != QLatin1String("depth"))
            return {};
        columns << column;
    }
    return columns;
}

QString cell(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(std::llround(value.toDouble()));
    return value.toVariant().toString();
}

} // namespace

// Perfetto trace_processor's diff tests (code P): a SQL query and its expected CSV.
void comparePerfetto(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    const QString query = expected.value(QStringLiteral("query")).toString();
    const QStringList columns = sliceColumns(query);
    if (columns.isEmpty()) {
        problems->append(QStringLiteral("the query asks about what Emberglass does not model: %1")
                             .arg(query.simplified().left(120)));
        return;
    }
    const QJsonArray rows = expected.value(QStringLiteral("rows")).toArray();
    if (!imported.error.isEmpty()) {
        // Perfetto keeps nothing of a file it cannot read: an error is the same answer.
        if (!rows.isEmpty())
            problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    QStringList ours;
    for (const ProfileFigures &profile : imported.profiles) {
        if (profile.data.kind != store::ProfileKind::Evented)
            continue;
        for (const Slice &slice : slicesOf(profile.data)) {
            QStringList row;
            for (const QString &column : columns) {
                if (column == QLatin1String("ts"))
                    row << QString::number(slice.ts);
                else if (column == QLatin1String("dur"))
                    row << QString::number(slice.dur);
                else if (column == QLatin1String("name"))
                    row << slice.name;
                else
                    row << QString::number(slice.depth);
            }
            ours << row.join(QLatin1Char(','));
        }
    }
    QStringList theirs;
    for (const QJsonValue &rowValue : rows) {
        QStringList row;
        for (const QJsonValue &value : rowValue.toArray())
            row << cell(value);
        theirs << row.join(QLatin1Char(','));
    }
    // Rows compare as multisets: Perfetto's order follows its own slice ids.
    ours.sort();
    theirs.sort();
    if (ours != theirs) {
        problems->append(
            QStringLiteral("slices [%1], expected [%2]")
                .arg(ours.join(QStringLiteral("; ")), theirs.join(QStringLiteral("; "))));
    }
}

} // namespace eg::acceptance
