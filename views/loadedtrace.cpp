#include "loadedtrace.h"

#include "models/store/cache.h"
#include "models/store/tracereader.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace eg::views {

LoadedTrace LoadedTrace::load(const QString &cachePath, const std::string &traceId)
{
    LoadedTrace result;
    try {
        const store::Cache cache(cachePath);
        auto trace = std::make_shared<const store::TraceData>(
            store::TraceReader(cache).loadTrace(traceId));
        if (trace->spans.empty()) {
            result.error = QCoreApplication::translate("LoadedTrace",
                                                       "The cache holds no spans of trace %1.")
                               .arg(QString::fromStdString(traceId));
            return result;
        }
        result = analyse(std::move(trace));
        result.cachePath = cachePath;
    } catch (const std::exception &error) {
        result = {};
        result.error = QString::fromUtf8(error.what());
    }
    return result;
}

LoadedTrace LoadedTrace::analyse(std::shared_ptr<const store::TraceData> trace)
{
    LoadedTrace result;
    result.trace = std::move(trace);
    auto tree = std::make_shared<const analysis::SpanTree>(*result.trace);
    // Grouping and the critical path only read the tree: on two cores they overlap.
    auto pathFuture = QtConcurrent::run(
        [tree] { return std::make_shared<const analysis::CriticalPath>(*tree); });
    auto groups = std::make_shared<const analysis::SpanGroups>(*tree);
    auto path = pathFuture.result();
    result.insights = std::make_shared<const analysis::TraceInsights>(*tree, *groups, *path);
    result.tree = std::move(tree);
    result.groups = std::move(groups);
    result.path = std::move(path);
    return result;
}

} // namespace eg::views
