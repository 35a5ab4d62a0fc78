#include "acceptancefigures.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"

#include "models/analysis/framestatistics.h"
#include "models/store/cache.h"
#include "models/store/tracereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace eg::acceptance {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

QString num(double value)
{
    return QString::number(value, 'g', 12);
}

Imported importFile(const QString &path)
{
    Imported imported;
    QTemporaryDir dir;
    store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    importers::ImportContext context;
    int64_t sourceId = 0;
    try {
        sourceId = pipeline.importFile(path, cache, context).sourceId;
    } catch (const importers::ImportError &error) {
        imported.error = error.message();
        return imported;
    }
    for (const store::ProfileInfo &info : cache.profiles(sourceId)) {
        const store::ProfileData profile = cache.loadProfile(info.id);
        const analysis::FrameStatistics statistics(profile);
        ProfileFigures figures;
        figures.name = info.name;
        figures.samples = info.sampleCount;
        figures.totalWeight = info.totalWeight;
        figures.frames = info.frameCount;
        figures.busyWeight = statistics.busyWeight();
        for (const analysis::FrameWeight &weight : statistics.frames()) {
            const QString name = QString::fromStdString(profile.frames[size_t(weight.frame)].name);
            figures.selfByName[name] += weight.self;
            figures.totalByName[name] += weight.total;
            double &largest = figures.largestTotalByName[name];
            largest = std::max(largest, weight.total);
        }
        figures.data = profile;
        imported.profiles.push_back(std::move(figures));
    }
    const store::TraceReader traces(cache);
    imported.traces = traces.tracesOfSource(sourceId);
    for (const store::TraceInfo &trace : imported.traces) {
        std::set<uint64_t> ids;
        for (const store::TraceSpan &span : traces.loadTrace(trace.traceId).spans)
            ids.insert(span.spanId);
        imported.distinctSpanIds += int64_t(ids.size());
    }
    const store::LogReader logs(cache);
    store::LogFilter filter;
    filter.sourceIds = {sourceId};
    imported.logs = logs.page(filter, 0, int(logs.count(filter)));
    std::sort(imported.logs.begin(), imported.logs.end(),
              [](const store::LogRow &a, const store::LogRow &b) { return a.ordinal < b.ordinal; });
    for (const store::LogRow &row : imported.logs)
        imported.logAttributes.push_back(
            QJsonDocument::fromJson(QByteArray::fromStdString(logs.attributes(row.id))).object());
    return imported;
}

// A peer's top-5 list of [name, weight] against our weights summed per name, compared as
// sets: each listed name must weigh the same, and no name left off may outweigh the
// lightest listed one (or weigh anything, when the list is shorter than five). Ties at
// the cut may be listed in any order.
void compareTop(const QString &what, const QJsonArray &expected,
                const std::map<QString, double> &ours, QStringList *problems)
{
    std::map<QString, double> listed;
    double lightest = std::numeric_limits<double>::infinity();
    for (const QJsonValue &entry : expected) {
        const QJsonArray pair = entry.toArray();
        const QString name = pair.at(0).toString();
        const double weight = pair.at(1).toDouble();
        listed[name] = weight;
        lightest = std::min(lightest, weight);
        const auto it = ours.find(name);
        const double mine = it == ours.end() ? 0 : it->second;
        if (it == ours.end() || !near(mine, weight)) {
            problems->append(QStringLiteral("%1: %2 weighs %3, expected %4")
                                 .arg(what, name,
                                      it == ours.end() ? QStringLiteral("(absent)") : num(mine),
                                      num(weight)));
        }
    }
    const double bound = expected.size() < 5 ? 0 : lightest;
    for (const auto &[name, weight] : ours) {
        if (!listed.count(name) && weight > bound && !near(weight, bound)) {
            problems->append(QStringLiteral("%1: %2 (%3) is missing from the expected list")
                                 .arg(what, name, num(weight)));
        }
    }
}

} // namespace eg::acceptance
