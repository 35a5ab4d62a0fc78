#include "chrometraceimporter.h"

#include "chrometracebatchreader.h"
#include "chrometracebuildworker.h"
#include "chrometraceparser.h"
#include "chrometracethreadbuilder.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"
#include "importers/common/profilebuilder.h"
#include "importers/common/profilestreamer.h"
#include "importers/cpuprofile/cpuprofilewalker.h"

#include "models/store/cachewriter.h"

#include <QString>

#include <algorithm>
#include <unordered_map>

namespace eg::importers {

namespace {

constexpr size_t kPadding = 64;
// Memory reading takes whatever the file: batches in flight, the tokenizer's block,
// simdjson's buffers for a batch.
constexpr int64_t kReadingBytes = int64_t(48) << 20;

// speedscope orders thread profiles by zero-padded "pid:tid" text.
std::string pidTidKey(const std::string &pid, const std::string &tid)
{
    const auto pad = [](const std::string &s) {
        return s.size() >= 10 ? s : std::string(10 - s.size(), '0') + s;
    };
    return pad(pid) + ':' + pad(tid);
}

std::string threadProfileName(const ChromeTraceParser &parser, const TraceThread &thread)
{
    const std::string *process = parser.processName(thread.pid);
    const std::string *name = parser.threadName(thread.pid, thread.tid);
    if (process && name)
        return *process + " (pid " + thread.pid + "), " + *name + " (tid " + thread.tid + ")";
    if (process)
        return *process + " (pid " + thread.pid + ", tid " + thread.tid + ")";
    if (name)
        return *name + " (pid " + thread.pid + ", tid " + thread.tid + ")";
    return "pid " + thread.pid + ", tid " + thread.tid;
}

// A V8 CPU profile gathered from the trace, walked as the .cpuprofile importer walks one.
void buildCpuProfile(TraceCpuProfile &source, store::ProfileData &profile)
{
    std::unordered_map<int64_t, int32_t> index;
    for (size_t i = 0; i < source.nodes.size(); ++i)
        index[source.nodes[i].id] = int32_t(i);
    const auto find = [&](int64_t id) {
        const auto it = index.find(id);
        return it == index.end() ? -1 : it->second;
    };
    for (CpuProfileNode &node : source.nodes) {
        if (node.hasParentId)
            node.parent = find(node.parentId);
    }
    for (const auto &[parent, childId] : source.childLinks) {
        const int32_t child = find(childId);
        if (child >= 0)
            source.nodes[size_t(child)].parent = parent;
    }
    ProfileBuilder builder(profile);
    const size_t count = std::min(source.samples.size(), source.timeDeltas.size());
    profile.sampleStack.reserve(count);
    profile.sampleTime.reserve(count);
    profile.sampleWeight.reserve(count);
    {
        CpuProfileWalker walker(source.nodes, builder, profile);
        double elapsed = 0;
        for (size_t i = 0; i < count; ++i) {
            elapsed += source.timeDeltas[i];
            walker.add(find(source.samples[i]), elapsed);
        }
        walker.finish(source.startTime);
    }
    profile.kind = store::ProfileKind::Sampled;
    profile.unit = store::WeightUnit::Microseconds;
    profile.reportedSampleCount = int64_t(count);
    profile.startValue = source.startTime;
    double last = source.startTime;
    if (!profile.sampleTime.empty())
        last = profile.sampleTime.back() + profile.sampleWeight.back();
    profile.endValue = source.hasEndTime ? std::max(source.endTime, last) : last;
}

} // namespace

FormatInfo ChromeTraceImporter::format() const
{
    return {QStringLiteral("chrome-trace"),
            QStringLiteral("Chrome trace event format (JSON)"),
            {QStringLiteral("json"), QStringLiteral("trace")}};
}

int ChromeTraceImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return 0;
    if (head[start] == '{') {
        for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
            if (key == "traceEvents")
                return 90;
            if (key == "nodes" || key == "meta" || key == "shared" || key == "profiles")
                return 0; // a .cpuprofile, a Gecko profile, a speedscope file
        }
        return 0;
    }
    if (head[start] != '[')
        return 0;
    // An array of events: the first object names its phase and time (M events may lack
    // a time, so `ph` with `pid` or `ts` is enough).
    const size_t objectStart = head.find_first_not_of(" \t\r\n", start + 1);
    if (objectStart == std::string_view::npos || head[objectStart] != '{')
        return 0;
    const std::string_view first = head.substr(objectStart, 4096);
    const bool ph = first.find("\"ph\"") != std::string_view::npos;
    const bool ts = first.find("\"ts\"") != std::string_view::npos;
    const bool pid = first.find("\"pid\"") != std::string_view::npos;
    const bool tid = first.find("\"tid\"") != std::string_view::npos;
    if (ph && (ts || pid || tid))
        return 85;
    // A first event cut short after its phase: still a trace, and the import says what
    // is wrong with it rather than "unknown format".
    if (ph)
        return 50;
    return 0;
}

void ChromeTraceImporter::import(InputStream &input, store::CacheWriter &writer,
                                 ImportContext &context)
{
    // Three threads: the batch reader reads and splits the file, this one parses, and the
    // build worker builds the threads whose events come in time order meanwhile.
    ChromeTraceParser parser;
    ChromeTraceBuildWorker worker(writer, context, m_flushSamplesAt);
    {
        ChromeTraceBatchReader reader(input, m_batchBytes, kPadding);
        while (std::unique_ptr<ChromeTraceBatchReader::Batch> batch = reader.next()) {
            parser.parse(batch->text, batch->offsets);
            const double fractionRead = batch->fractionRead;
            reader.recycle(std::move(batch)); // its text is not needed once parsed
            worker.postFrom(parser, fractionRead, context.memoryBudget());
            worker.rethrowIfFailed();
            context.checkCancelled();
            context.setProgress(0.8 * fractionRead);
            checkMemory(parser, worker, context);
        }
        if (!reader.sawEventArray())
            throw ImportError(QStringLiteral("the trace object has no `traceEvents` array"));
    }
    parser.doneParsing();
    if (parser.eventCount() == 0)
        throw ImportError(QStringLiteral("the trace holds no events"));
    worker.finish();
    // The logs of the threads built meanwhile are done with.
    std::vector<TraceThread> &threads = parser.threads();
    for (uint32_t i = 0; i < threads.size(); ++i) {
        if (worker.builds(i))
            threads[i].events = ChromeTraceEventLog();
    }

    const QString fileName = input.displayName().section(QLatin1Char('/'), -1);

    // CPU profiles first, in the order they started, named as speedscope names them.
    std::vector<TraceCpuProfile> &cpuProfiles = parser.cpuProfiles();
    std::stable_sort(
        cpuProfiles.begin(), cpuProfiles.end(),
        [](const TraceCpuProfile &a, const TraceCpuProfile &b) { return a.firstTs < b.firstTs; });
    for (TraceCpuProfile &source : cpuProfiles) {
        store::ProfileData profile;
        profile.name = fileName.toStdString();
        const std::string *threadName = parser.threadName(source.pid, source.tid);
        profile.thread = threadName ? *threadName : "pid " + source.pid + ", tid " + source.tid;
        if (cpuProfiles.size() > 1 && threadName)
            profile.name += " - " + *threadName;
        buildCpuProfile(source, profile);
        source = TraceCpuProfile();
        context.checkCancelled();
        writer.addProfile(profile);
    }

    // Then one evented profile per thread, by pid and tid: built meanwhile (samples in
    // the cache already), or now, each written as it is built.
    std::vector<size_t> order(threads.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return pidTidKey(threads[a].pid, threads[a].tid)
            < pidTidKey(threads[b].pid, threads[b].tid);
    });
    for (size_t n = 0; n < order.size(); ++n) {
        TraceThread &thread = threads[order[n]];
        ChromeTraceBuildWorker::Built built = worker.take(uint32_t(order[n]));
        if (!built.profile && thread.events.empty())
            continue;
        store::ProfileData local;
        store::ProfileData &profile = built.profile ? *built.profile : local;
        profile.name = threadProfileName(parser, thread);
        const std::string *threadName = parser.threadName(thread.pid, thread.tid);
        profile.thread = threadName ? *threadName : "tid " + thread.tid;
        if (built.profile) {
            built.streamer->finish();
        } else {
            ProfileStreamer streamer(writer, profile, m_flushSamplesAt);
            ChromeTraceThreadBuilder::build(parser.keys(), parser.nameOfKey(), thread.events,
                                            profile, streamer);
            streamer.finish();
        }
        context.checkCancelled();
        context.setProgress(0.8 + 0.2 * double(n + 1) / double(order.size()));
    }
}

void ChromeTraceImporter::checkMemory(const ChromeTraceParser &parser,
                                      const ChromeTraceBuildWorker &worker,
                                      const ImportContext &context)
{
    // What reading holds (batches waiting, simdjson's buffers), the logs, the profiles
    // being built meanwhile, and what building the largest of the other threads will add
    // at the end (they are built one at a time).
    int64_t needed = kReadingBytes + parser.memoryBytes() + worker.plannedBytes(parser);
    int64_t largestBuild = 0;
    int64_t events = 0;
    const std::vector<TraceThread> &threads = parser.threads();
    for (uint32_t i = 0; i < threads.size(); ++i) {
        if (!worker.builds(i))
            largestBuild = std::max(
                largestBuild, int64_t(ChromeTraceThreadBuilder::buildBytes(threads[i].events)));
        events += int64_t(threads[i].events.size());
    }
    needed += largestBuild;
    if (needed > context.memoryBudget()) {
        throw context.overBudget(needed,
                                 QStringLiteral("the %1 duration events read so far").arg(events));
    }
}

} // namespace eg::importers
