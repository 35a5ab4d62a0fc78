#include "summarywriter.h"

#include "jsonwriter.h"

#include "models/analysis/framestatistics.h"
#include "models/store/cache.h"
#include "models/store/errorreader.h"
#include "models/store/logreader.h"
#include "models/store/tracereader.h"

namespace eg::app {

namespace {

constexpr size_t kTopCount = 5;

void writeTop(JsonWriter &json, const store::ProfileData &profile,
              const std::vector<analysis::FrameWeight> &top, bool bySelf)
{
    json.beginArray();
    for (const analysis::FrameWeight &w : top) {
        const store::Frame &frame = profile.frames[size_t(w.frame)];
        json.beginObject()
            .key("name")
            .value(std::string_view(frame.name))
            .key("file")
            .value(std::string_view(frame.file))
            .key("line")
            .value(int64_t(frame.line))
            .key("weight")
            .value(bySelf ? w.self : w.total)
            .endObject();
    }
    json.endArray();
}

void writeStringOrArray(JsonWriter &json, const QStringList &values)
{
    if (values.size() == 1) {
        json.value(values.first());
        return;
    }
    json.beginArray();
    for (const QString &v : values)
        json.value(v);
    json.endArray();
}

} // namespace

SummaryWriter::SummaryWriter(const store::Cache &cache)
    : m_cache(cache)
{ }

void SummaryWriter::setSources(const std::vector<int64_t> &sourceIds, const QStringList &files,
                               const QStringList &formats)
{
    m_sourceIds = sourceIds;
    m_files = files;
    m_formats = formats;
}

std::string SummaryWriter::toJson() const
{
    std::vector<store::ProfileInfo> profiles;
    std::vector<store::TraceInfo> traces;
    const store::TraceReader traceReader(m_cache);
    if (m_sourceIds) {
        // A file given twice (or two files with the same bytes) is described once.
        std::vector<int64_t> seen;
        for (int64_t id : *m_sourceIds) {
            if (std::find(seen.begin(), seen.end(), id) != seen.end())
                continue;
            seen.push_back(id);
            const auto some = m_cache.profiles(id);
            profiles.insert(profiles.end(), some.begin(), some.end());
            // Spans of one trace_id from different files form one trace (CLI.md).
            for (store::TraceInfo &trace : traceReader.tracesOfSource(id)) {
                const auto same = [&](const store::TraceInfo &t) {
                    return t.traceId == trace.traceId;
                };
                if (std::find_if(traces.begin(), traces.end(), same) == traces.end())
                    traces.push_back(std::move(trace));
            }
        }
    } else {
        profiles = m_cache.profiles();
        traces = traceReader.traces();
    }

    JsonWriter json;
    json.beginObject();
    if (m_sourceIds) {
        json.key("file");
        writeStringOrArray(json, m_files);
        json.key("format");
        writeStringOrArray(json, m_formats);
    }
    json.key("profiles").beginArray();
    for (const store::ProfileInfo &info : profiles) {
        const store::ProfileData profile = m_cache.loadProfile(info.id);
        const analysis::FrameStatistics stats(profile);
        json.beginObject()
            .key("name")
            .value(info.name)
            .key("thread")
            .value(info.thread)
            .key("unit")
            .value(store::weightUnitName(info.unit))
            .key("samples")
            .value(info.sampleCount)
            .key("total_weight")
            .value(info.totalWeight)
            .key("frames")
            .value(info.frameCount);
        json.key("top_self");
        writeTop(json, profile, stats.topBySelf(kTopCount), true);
        json.key("top_total");
        writeTop(json, profile, stats.topByTotal(kTopCount), false);
        json.endObject();
    }
    json.endArray();
    json.key("traces").beginArray();
    for (const store::TraceInfo &trace : traces) {
        json.beginObject()
            .key("trace_id")
            .value(trace.traceId)
            .key("spans")
            .value(trace.spanCount)
            .key("roots")
            .beginArray();
        for (const std::string &root : trace.roots)
            json.value(root);
        json.endArray()
            .key("start_ns")
            .value(trace.startNs)
            .key("duration_ns")
            .value(trace.durationNs())
            .key("errors")
            .value(trace.errorCount)
            .endObject();
    }
    json.endArray();

    store::LogFilter logs;
    if (m_sourceIds)
        logs.sourceIds = *m_sourceIds;
    const store::LogReader logReader(m_cache);
    const auto byLevel = logReader.countByLevel(logs);
    int64_t logCount = 0;
    for (int64_t count : byLevel)
        logCount += count;
    json.key("logs").beginObject().key("count").value(logCount).key("by_level").beginObject();
    for (size_t level = 0; level < byLevel.size(); ++level)
        if (byLevel[level] > 0)
            json.key(store::logLevelName(store::LogLevel(level))).value(byLevel[level]);
    json.endObject().endObject();
    json.key("errors")
        .beginObject()
        .key("count")
        .value(store::ErrorReader(m_cache).count(logs.sourceIds))
        .endObject();
    json.endObject();
    return json.text() + '\n';
}

} // namespace eg::app
