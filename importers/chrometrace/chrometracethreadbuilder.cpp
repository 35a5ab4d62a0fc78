#include "chrometracethreadbuilder.h"

#include "chrometracelogqueues.h"

#include "importers/common/profilestreamer.h"

#include <algorithm>

namespace eg::importers {

namespace {

using Record = TraceEventRecord;

// Every event of a thread in speedscope's order: the B queue first (time; at one time B
// events before X events, X events longer first, then file order), then the E events by
// time and file order.
bool sortedBefore(const Record &a, const Record &b)
{
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
}

// A queue over sorted records.
class RecordQueue : public ChromeTraceThreadBuilder::Queue
{
public:
    RecordQueue(const Record *begin, const Record *end)
        : m_at(begin)
        , m_end(end)
    { }
    const Record *front() override { return m_at == m_end ? nullptr : m_at; }
    void pop() override { ++m_at; }

private:
    const Record *m_at;
    const Record *m_end;
};

} // namespace

ChromeTraceThreadBuilder::ChromeTraceThreadBuilder(const std::vector<std::string> &keys,
                                                   const std::vector<uint32_t> &nameOfKey,
                                                   store::ProfileData &profile,
                                                   ProfileStreamer &streamer)
    : m_keys(keys)
    , m_nameOfKey(nameOfKey)
    , m_profile(profile)
    , m_streamer(streamer)
    , m_builder(profile)
{ }

size_t ChromeTraceThreadBuilder::buildBytes(const ChromeTraceEventLog &events)
{
    // A stack per begin at most, and their index; every event as a record when they
    // must be sorted.
    size_t bytes = events.beginCount() * sizeof(store::StackNode)
        + StackInterner::tableBytes(events.beginCount());
    if (!events.inTimeOrder())
        bytes += events.size() * sizeof(Record);
    return bytes;
}

void ChromeTraceThreadBuilder::build(const std::vector<std::string> &keys,
                                     const std::vector<uint32_t> &nameOfKey,
                                     ChromeTraceEventLog &events, store::ProfileData &profile,
                                     ProfileStreamer &streamer)
{
    ChromeTraceThreadBuilder builder(keys, nameOfKey, profile, streamer);
    // A stack per frame at most (untouched reserved pages cost nothing).
    builder.reserveStacks(events.beginCount() + 1);
    if (events.inTimeOrder()) {
        // The log leaves memory as both queues read past it.
        ChromeTraceLogQueues queues(&events);
        queues.add(events.extents());
        queues.setWatermark(0, true);
        builder.advance(queues.begins(), queues.ends(), 0, true);
        builder.finish();
        events = ChromeTraceEventLog();
        return;
    }
    std::vector<Record> records = events.takeRecords();
    if (!std::is_sorted(records.begin(), records.end(), sortedBefore))
        std::sort(records.begin(), records.end(), sortedBefore);
    const auto firstEnd = std::partition_point(
        records.begin(), records.end(), [](const Record &r) { return r.phase() != Record::End; });
    const Record *const middle = records.data() + (firstEnd - records.begin());
    RecordQueue begins(records.data(), middle);
    RecordQueue ends(middle, records.data() + records.size());
    builder.advance(begins, ends, 0, true);
    builder.finish();
}

bool ChromeTraceThreadBuilder::laterEnd(const PendingEnd &a, const PendingEnd &b)
{
    return a.at != b.at ? a.at > b.at : a.order > b.order;
}

int32_t ChromeTraceThreadBuilder::frameOf(uint32_t key)
{
    if (key >= m_frameOfKey.size())
        m_frameOfKey.resize(std::max<size_t>(m_keys.size(), size_t(key) + 1), -1);
    int32_t &frame = m_frameOfKey[key];
    if (frame < 0) {
        store::Frame f;
        f.name = m_keys[key];
        frame = m_builder.frame(f);
    }
    return frame;
}

void ChromeTraceThreadBuilder::readBegin(Queue &begins)
{
    const Record r = *begins.front();
    begins.pop();
    if (r.phase() == Record::Complete) {
        m_xEnds.push_back({r.end(), m_beginsRead, r.key});
        std::push_heap(m_xEnds.begin(), m_xEnds.end(), laterEnd);
    }
    ++m_beginsRead;
    m_readBegins.push_back(r);
}

void ChromeTraceThreadBuilder::formGroup(Queue &begins, Queue &ends, double watermark, bool final)
{
    // speedscope's E queue is every E event and every X end, sorted by time, E events
    // before X ends of the same time, X ends in B queue order. X ends enter a heap as
    // their begins are read, and every begin up to a time is read before an end of that
    // time is taken, so the queue's head is always known.
    m_group.clear();
    m_groupAt = 0;
    for (;;) {
        bool pending = false;
        double at = 0;
        if (const Record *n = ends.front()) {
            at = n->ts;
            pending = true;
        }
        if (!m_xEnds.empty() && (!pending || m_xEnds.front().at < at)) {
            at = m_xEnds.front().at;
            pending = true;
        }
        // Ends of the watermark's time may still come.
        if (!pending || (!final && !(at < watermark)))
            return;
        // Begins up to this time may end at it (or earlier): read them first.
        bool read = false;
        while (const Record *b = begins.front()) {
            if (b->ts > at)
                break;
            readBegin(begins);
            read = true;
        }
        if (read)
            continue;
        for (const Record *n = ends.front(); n && n->ts == at; n = ends.front()) {
            m_group.push_back({at, n->key});
            ends.pop();
        }
        while (!m_xEnds.empty() && m_xEnds.front().at == at) {
            std::pop_heap(m_xEnds.begin(), m_xEnds.end(), laterEnd);
            m_group.push_back({at, m_xEnds.back().key});
            m_xEnds.pop_back();
        }
        return;
    }
}

void ChromeTraceThreadBuilder::leave(double at)
{
    // A frame open for no time still counts as a frame in speedscope's list: it gets a
    // sample of no weight, so that it is one of the profile's frames here too.
    const Open &top = m_open.back();
    if (at == top.ts)
        m_profile.appendSample(top.stack, at, 0);
    m_builder.leave(frameOf(top.key), at);
    m_open.pop_back();
    m_last = at;
    m_streamer.samplesAdded();
}

void ChromeTraceThreadBuilder::advance(Queue &begins, Queue &ends, double watermark, bool final)
{
    for (;;) {
        // The B queue's head, and every begin of its time: a zero-length X among them
        // ends at that time, and its end may go first (see takeBegin).
        if (m_readBegins.empty() && begins.front())
            readBegin(begins);
        while (!m_readBegins.empty() && begins.front()
               && begins.front()->ts <= m_readBegins.front().ts)
            readBegin(begins);
        if (m_groupAt == m_group.size())
            formGroup(begins, ends, watermark, final);
        const bool haveBegin = !m_readBegins.empty();
        const bool haveEnd = m_groupAt < m_group.size();
        if (!haveBegin && !haveEnd)
            return;
        // Events of the watermark's time (and later) wait for the rest of that time.
        if (!final) {
            const double next = !haveBegin ? m_group[m_groupAt].at
                : !haveEnd                 ? m_readBegins.front().ts
                           : std::min(m_readBegins.front().ts, m_group[m_groupAt].at);
            if (!(next < watermark))
                return;
        }
        bool takeBegin = !haveEnd;
        if (haveBegin && haveEnd) {
            const Record &b = m_readBegins.front();
            if (b.ts != m_group[m_groupAt].at)
                takeBegin = b.ts < m_group[m_groupAt].at;
            else // a zero-length frame opens before it closes: same key (name and args),
                 // as speedscope's selectQueueToTakeFromNext compares keyForEvent()
                takeBegin = b.key == m_group[m_groupAt].key;
        }
        if (takeBegin) {
            const Record r = m_readBegins.front();
            m_readBegins.pop_front();
            const int32_t frame = frameOf(r.key);
            // The next begin is most often this frame's child (and most frames of a large
            // trace open a new stack, the next id) or its sibling: both slots are fetched
            // while this one is looked up, each a cache miss otherwise.
            const Record *next = m_readBegins.empty() ? begins.front() : &m_readBegins.front();
            if (next && next->key < m_frameOfKey.size() && m_frameOfKey[next->key] >= 0) {
                const int32_t nextFrame = m_frameOfKey[next->key];
                m_builder.prefetchStack(int32_t(m_profile.stacks.size()), nextFrame);
                m_builder.prefetchStack(m_open.empty() ? -1 : m_open.back().stack, nextFrame);
            }
            const int32_t stack = m_builder.enter(frame, r.ts);
            m_open.push_back({r.ts, r.key, stack});
            m_last = r.ts;
            m_any = true;
            m_streamer.samplesAdded();
            continue;
        }
        if (!m_open.empty() && m_group[m_groupAt].key != m_open.back().key) {
            // Among the E events of this time, prefer one matching the open frame by key,
            // then by name (speedscope swaps it to the front of its queue).
            const uint32_t topKey = m_open.back().key;
            bool swapped = false;
            for (size_t i = m_groupAt + 1; i < m_group.size(); ++i) {
                if (m_group[i].key == topKey) {
                    std::swap(m_group[m_groupAt], m_group[i]);
                    swapped = true;
                    break;
                }
            }
            const uint32_t topName = m_nameOfKey[topKey];
            for (size_t i = m_groupAt + 1; !swapped && i < m_group.size(); ++i) {
                if (m_nameOfKey[m_group[i].key] == topName) {
                    std::swap(m_group[m_groupAt], m_group[i]);
                    break;
                }
            }
        }
        const End end = m_group[m_groupAt++];
        if (m_open.empty())
            continue; // an end with nothing open: speedscope does nothing
        if (m_nameOfKey[m_open.back().key] != m_nameOfKey[end.key])
            continue; // ends something that is not on top: ignored
        leave(end.at);
    }
}

void ChromeTraceThreadBuilder::finish()
{
    // speedscope closes what is still open at the last time its builder saw.
    while (!m_open.empty())
        leave(m_last);
    m_builder.finishEvented(m_any ? m_last : 0);
    m_profile.unit = store::WeightUnit::Microseconds;
}

} // namespace eg::importers
