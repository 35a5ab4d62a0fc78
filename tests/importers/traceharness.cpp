#include "traceharness.h"

#include "models/store/tracereader.h"

#include <QJsonDocument>

namespace eg::testing {

std::vector<store::TraceInfo> TraceHarness::traces()
{
    return store::TraceReader(cache()).traces();
}

store::TraceData TraceHarness::trace(const std::string &traceId)
{
    return store::TraceReader(cache()).loadTrace(traceId);
}

std::string TraceHarness::detailsText(const store::TraceSpan &span)
{
    const auto details = store::TraceReader(cache()).spanDetails(span.rowId);
    return details ? details->details : std::string();
}

QJsonObject TraceHarness::details(const store::TraceSpan &span)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(detailsText(span))).object();
}

QStringList TraceHarness::warnings(int64_t sourceId)
{
    return store::TraceReader(cache()).importWarnings(sourceId);
}

} // namespace eg::testing
