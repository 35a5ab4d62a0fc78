#include "logqueryresult.h"

#include "models/item/logtablemodel.h"
#include "models/store/cache.h"

#include <exception>

namespace eg::views {

LogQueryResult LogQueryResult::run(const QString &cachePath, const store::LogFilter &filter,
                                   int binCount, Part part)
{
    try {
        const store::Cache cache(cachePath);
        return read(store::LogReader(cache), filter, binCount, part);
    } catch (const std::exception &error) {
        LogQueryResult failed;
        failed.filter = filter;
        failed.error = QString::fromUtf8(error.what());
        failed.tableRead = part == Part::Table || part == Part::Both;
        failed.overviewRead = part == Part::Overview || part == Part::Both;
        return failed;
    }
}

LogQueryResult LogQueryResult::read(const store::LogReader &reader, const store::LogFilter &filter,
                                    int binCount, Part part)
{
    LogQueryResult result;
    result.filter = filter;
    if (part == Part::FirstPage) {
        result.firstPage = reader.page(filter, 0, itemmodels::LogTableModel::kPageSize);
        result.firstPageRead = true;
        return result;
    }
    if (part != Part::Overview) {
        result.count = reader.count(filter);
        result.firstPage = reader.page(filter, 0, itemmodels::LogTableModel::kPageSize);
        result.tableRead = true;
    }
    if (part == Part::Table)
        return result;
    result.overviewRead = true;
    store::LogFilter anyLevel = filter;
    anyLevel.levels = 0x3f;
    result.byLevel = reader.countByLevel(anyLevel);
    store::LogFilter anyService = filter;
    anyService.service.clear();
    result.services = reader.countByService(anyService);
    store::LogFilter anyTime = anyLevel;
    anyTime.fromNs.reset();
    anyTime.toNs.reset();
    if (const auto range = reader.timeRange(anyTime)) {
        // End exclusive, and never empty: one instant still gets a bar.
        result.dataExtent
            = std::make_pair(range->first, std::max(range->second + 1, range->first + 1'000'000));
    }
    if (filter.fromNs && filter.toNs)
        result.extent = std::make_pair(*filter.fromNs, *filter.toNs);
    else
        result.extent = result.dataExtent;
    if (result.extent)
        result.bins
            = reader.histogram(filter, result.extent->first, result.extent->second, binCount);
    return result;
}

void LogQueryResult::merge(LogQueryResult &&other)
{
    if (!other.error.isEmpty())
        error = other.error;
    if (other.tableRead) {
        count = other.count;
        firstPage = std::move(other.firstPage);
        tableRead = true;
    } else if (other.firstPageRead && !tableRead) {
        firstPage = std::move(other.firstPage);
        firstPageRead = true;
    }
    if (other.overviewRead) {
        byLevel = other.byLevel;
        services = std::move(other.services);
        extent = other.extent;
        dataExtent = other.dataExtent;
        bins = std::move(other.bins);
        overviewRead = true;
    }
}

} // namespace eg::views
