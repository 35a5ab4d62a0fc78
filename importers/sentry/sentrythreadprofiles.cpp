#include "sentrythreadprofiles.h"

#include <algorithm>
#include <numeric>

namespace eg::importers {

namespace {

constexpr int32_t kUnmapped = -2;

} // namespace

SentryThreadProfiles::Thread &SentryThreadProfiles::thread(const SentrySampleTables::Thread &info)
{
    auto [it, inserted] = m_byId.try_emplace(info.id, m_threads.size());
    if (inserted) {
        auto created = std::make_unique<Thread>();
        created->id = info.id;
        created->profile = std::make_unique<store::ProfileData>();
        created->builder = std::make_unique<ProfileBuilder>(*created->profile);
        created->order = m_samplesAdded;
        m_threads.push_back(std::move(created));
    }
    Thread &t = *m_threads[it->second];
    if (t.name.empty())
        t.name = info.name;
    return t;
}

int32_t SentryThreadProfiles::convertStack(Thread &t, const SentrySampleTables &tables,
                                           int32_t stack)
{
    int32_t &mapped = t.stackMap[size_t(stack)];
    if (mapped != kUnmapped)
        return mapped;
    // Sentry lists the innermost frame first; our stacks grow from the root.
    m_rootFirst.clear();
    const int32_t *begin = tables.stackBegin(size_t(stack));
    for (const int32_t *f = tables.stackEnd(size_t(stack)); f != begin;) {
        --f;
        int32_t &frame = t.frameMap[size_t(*f)];
        if (frame == kUnmapped)
            frame = t.builder->frame(tables.frames()[size_t(*f)]);
        m_rootFirst.push_back(frame);
    }
    mapped = t.builder->stackOf(m_rootFirst);
    return mapped;
}

void SentryThreadProfiles::add(const SentrySampleTables &tables)
{
    // Table-local maps start empty for every added table (chunks number frames anew).
    std::vector<Thread *> byTableThread(tables.threads().size(), nullptr);
    for (const std::unique_ptr<Thread> &t : m_threads) {
        t->frameMap.clear();
        t->stackMap.clear();
    }
    // Each thread's arrays are sized once: doubling them held the old and the new array
    // at once, a third of a large profile's memory for a moment.
    std::vector<size_t> perThread(tables.threads().size(), 0);
    for (const SentrySampleTables::Sample &sample : tables.samples())
        ++perThread[size_t(sample.thread)];
    for (const SentrySampleTables::Sample &sample : tables.samples()) {
        Thread *&t = byTableThread[size_t(sample.thread)];
        if (!t) {
            t = &thread(tables.threads()[size_t(sample.thread)]);
            t->frameMap.assign(tables.frames().size(), kUnmapped);
            t->stackMap.assign(tables.stackCount(), kUnmapped);
            t->times.reserve(t->times.size() + perThread[size_t(sample.thread)]);
            t->stacks.reserve(t->stacks.size() + perThread[size_t(sample.thread)]);
        }
        t->times.push_back(sample.time);
        t->stacks.push_back(convertStack(*t, tables, sample.stack));
        m_earliest = std::min(m_earliest, sample.time);
        ++m_samplesAdded;
    }
    // Names may come from a table whose thread had no sample in it.
    for (const SentrySampleTables::Thread &info : tables.threads()) {
        const auto it = m_byId.find(info.id);
        if (it != m_byId.end() && m_threads[it->second]->name.empty())
            m_threads[it->second]->name = info.name;
    }
}

std::vector<store::ProfileData> SentryThreadProfiles::finish(const std::string &profileName,
                                                             const std::string &activeThreadId,
                                                             int64_t timeBase)
{
    std::vector<Thread *> order;
    for (const std::unique_ptr<Thread> &t : m_threads)
        order.push_back(t.get());
    std::stable_sort(order.begin(), order.end(),
                     [](const Thread *a, const Thread *b) { return a->order < b->order; });
    auto first = order.end();
    if (!activeThreadId.empty())
        first = std::find_if(order.begin(), order.end(),
                             [&](const Thread *t) { return t->id == activeThreadId; });
    if (first == order.end())
        first = std::find_if(order.begin(), order.end(), [](const Thread *t) {
            return t->name == "main" || t->name == "com.apple.main-thread";
        });
    if (first != order.end())
        std::rotate(order.begin(), first, first + 1);

    std::vector<store::ProfileData> out;
    out.reserve(order.size());
    for (Thread *t : order) {
        const size_t n = t->times.size();
        if (n == 0)
            continue;
        store::ProfileData &profile = *t->profile;
        profile.name = profileName;
        profile.thread = t->name.empty() ? "thread " + t->id : t->name + " (thread " + t->id + ")";
        profile.kind = store::ProfileKind::Sampled;
        profile.unit = store::WeightUnit::Nanoseconds;
        profile.reportedSampleCount = int64_t(n);
        profile.links.threadId = t->id; // spans name their thread as `thread.id` does

        // Chunks may arrive out of order and Relay sorts samples by time: do the same,
        // keeping the file's order among equal times.
        std::vector<uint32_t> permutation;
        if (!std::is_sorted(t->times.begin(), t->times.end())) {
            permutation.resize(n);
            std::iota(permutation.begin(), permutation.end(), 0u);
            std::stable_sort(permutation.begin(), permutation.end(),
                             [&](uint32_t a, uint32_t b) { return t->times[a] < t->times[b]; });
        }
        const auto at = [&](size_t i) {
            return permutation.empty() ? i : size_t(permutation[i]);
        };
        profile.sampleStack.resize(n);
        profile.sampleTime.resize(n);
        profile.sampleWeight.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const int64_t time = t->times[at(i)];
            profile.sampleStack[i] = t->stacks[at(i)];
            profile.sampleTime[i] = double(time - timeBase);
            profile.sampleWeight[i] = i + 1 < n ? double(t->times[at(i + 1)] - time) : 0.0;
        }
        profile.startValue = profile.sampleTime.front();
        profile.endValue = profile.sampleTime.back();
        t->times = {};
        t->stacks = {};
        out.push_back(std::move(profile));
    }
    m_threads.clear();
    m_byId.clear();
    return out;
}

} // namespace eg::importers
