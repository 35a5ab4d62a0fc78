// The chrome-trace thread builder as it was before it streamed (commit 5a0abf3): every
// event of a thread sorted, and speedscope's E queue as a sorted index array. Kept here
// as the reference that the streaming ChromeTraceThreadBuilder must match exactly.
#include "chrometracereference.h"

#include "importers/common/profilebuilder.h"

#include <algorithm>

namespace eg::testing {

using importers::ProfileBuilder;
using importers::TraceEventRecord;

void buildReferenceThread(std::vector<TraceEventRecord> &events,
                          const std::vector<std::string> &keys,
                          const std::vector<uint32_t> &nameOfKey, store::ProfileData &profile)
{
    using Record = TraceEventRecord;
    // B queue first (B and X events), then the E events. B order: time; at one time B
    // events before X events (speedscope appends X begins after the B events, then
    // sorts stably), X events longer first, then file order. E events: time, file order.
    const auto order = [](const Record &a, const Record &b) {
        const bool aEnd = a.phase() == Record::End;
        const bool bEnd = b.phase() == Record::End;
        if (aEnd != bEnd)
            return bEnd;
        if (a.ts != b.ts)
            return a.ts < b.ts;
        if (!aEnd) {
            const bool aX = a.phase() == Record::Complete;
            const bool bX = b.phase() == Record::Complete;
            if (aX != bX)
                return bX;
            if (aX && a.dur != b.dur)
                return a.dur > b.dur;
        }
        return a.seq() < b.seq();
    };
    if (!std::is_sorted(events.begin(), events.end(), order))
        std::sort(events.begin(), events.end(), order);
    const auto firstEnd = std::partition_point(
        events.begin(), events.end(), [](const Record &r) { return r.phase() != Record::End; });
    const auto beginCount = uint32_t(firstEnd - events.begin());
    const auto total = uint32_t(events.size());

    // The E queue as indices: native E events keep their sorted order and come before X
    // ends of the same time; X ends of one time follow the X order.
    std::vector<uint32_t> ends;
    ends.reserve(total - beginCount
                 + size_t(std::count_if(events.begin(), firstEnd, [](const Record &r) {
                       return r.phase() == Record::Complete;
                   })));
    for (uint32_t i = beginCount; i < total; ++i)
        ends.push_back(i);
    for (uint32_t i = 0; i < beginCount; ++i) {
        if (events[i].phase() == Record::Complete)
            ends.push_back(i);
    }
    const auto endOrder = [&](uint32_t a, uint32_t b) {
        const double ea = events[a].end();
        const double eb = events[b].end();
        if (ea != eb)
            return ea < eb;
        const bool aNative = a >= beginCount;
        const bool bNative = b >= beginCount;
        if (aNative != bNative)
            return aNative;
        return a < b;
    };
    if (!std::is_sorted(ends.begin(), ends.end(), endOrder))
        std::sort(ends.begin(), ends.end(), endOrder);

    // Runs are at most two per frame: reserving them once keeps a ten-million-event
    // thread from doubling its arrays (untouched reserved pages cost no memory).
    profile.sampleStack.reserve(size_t(beginCount) * 2 + 2);
    profile.sampleTime.reserve(size_t(beginCount) * 2 + 2);
    profile.sampleWeight.reserve(size_t(beginCount) * 2 + 2);
    // Likewise a stack per frame at most: doubling ten million stacks would hold the old
    // and the new array at once.
    profile.stacks.reserve(size_t(beginCount) + 1);

    std::vector<int32_t> frameOfKey(keys.size(), -1);
    ProfileBuilder builder(profile);
    const auto frameOf = [&](uint32_t key) {
        int32_t &frame = frameOfKey[key];
        if (frame < 0) {
            store::Frame f;
            f.name = keys[key];
            frame = builder.frame(f);
        }
        return frame;
    };

    std::vector<uint32_t> open; // record indices of the open B events
    std::vector<int32_t> openStacks; // and their stack ids
    double last = 0; // the last time the profile builder saw, where speedscope ends
    bool any = false;
    // A frame open for no time still counts as a frame in speedscope's list: it gets a
    // sample of no weight, so that it is one of the profile's frames here too.
    const auto leave = [&](double at) {
        const Record &top = events[open.back()];
        if (at == top.ts)
            profile.appendSample(openStacks.back(), at, 0);
        builder.leave(frameOf(top.key), at);
        open.pop_back();
        openStacks.pop_back();
        last = at;
    };
    uint32_t b = 0;
    size_t e = 0;
    while (b < beginCount || e < ends.size()) {
        bool takeBegin = false;
        if (e >= ends.size()) {
            takeBegin = true;
        } else if (b < beginCount) {
            const double bts = events[b].ts;
            const double ets = events[ends[e]].end();
            if (bts != ets)
                takeBegin = bts < ets;
            else // a zero-length frame opens before it closes: same key (name and args),
                 // as speedscope's selectQueueToTakeFromNext compares keyForEvent()
                takeBegin = events[b].key == events[ends[e]].key;
        }
        if (takeBegin) {
            const Record &r = events[b];
            const int32_t frame = frameOf(r.key);
            openStacks.push_back(builder.stack(openStacks.empty() ? -1 : openStacks.back(), frame));
            open.push_back(b);
            builder.enter(frame, r.ts);
            last = r.ts;
            any = true;
            ++b;
            continue;
        }
        if (!open.empty()) {
            // Among the E events of this time, prefer one matching the open frame by key,
            // then by name (speedscope swaps it to the front of its queue).
            const uint32_t topKey = events[open.back()].key;
            const double at = events[ends[e]].end();
            if (events[ends[e]].key != topKey) {
                bool swapped = false;
                for (size_t i = e + 1; i < ends.size() && events[ends[i]].end() <= at; ++i) {
                    if (events[ends[i]].key == topKey) {
                        std::swap(ends[e], ends[i]);
                        swapped = true;
                        break;
                    }
                }
                const uint32_t topName = nameOfKey[topKey];
                if (!swapped) {
                    for (size_t i = e + 1; i < ends.size() && events[ends[i]].end() <= at; ++i) {
                        if (nameOfKey[events[ends[i]].key] == topName) {
                            std::swap(ends[e], ends[i]);
                            break;
                        }
                    }
                }
            }
        }
        const Record &end = events[ends[e]];
        const double at = end.end();
        ++e;
        if (open.empty())
            continue; // an end with nothing open: speedscope does nothing
        const Record &top = events[open.back()];
        if (nameOfKey[top.key] != nameOfKey[end.key])
            continue; // ends something that is not on top: ignored
        leave(at);
    }
    // speedscope closes what is still open at the last time its builder saw.
    while (!open.empty())
        leave(last);
    builder.finishEvented(any ? last : 0);
    profile.unit = store::WeightUnit::Microseconds;
}

} // namespace eg::testing
