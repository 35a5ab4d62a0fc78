#include "chrometracethreadbuilder.h"

#include "importers/common/profilebuilder.h"
#include "importers/common/profilestreamer.h"

#include <algorithm>
#include <deque>

namespace eg::importers {

namespace {

using Record = TraceEventRecord;

// speedscope's B queue order: time; at one time B events before X events (it appends X
// begins after the B events, then sorts stably), X events longer first, then file order.
bool beginsBefore(const Record &a, const Record &b)
{
    if (a.ts != b.ts)
        return a.ts < b.ts;
    const bool aX = a.phase() == Record::Complete;
    const bool bX = b.phase() == Record::Complete;
    if (aX != bX)
        return bX;
    if (aX && a.dur != b.dur)
        return a.dur > b.dur;
    return a.seq() < b.seq();
}

// Every event of a thread: the B queue first, then the E events by time and file order.
bool sortedBefore(const Record &a, const Record &b)
{
    const bool aEnd = a.phase() == Record::End;
    const bool bEnd = b.phase() == Record::End;
    if (aEnd != bEnd)
        return bEnd;
    if (!aEnd)
        return beginsBefore(a, b);
    if (a.ts != b.ts)
        return a.ts < b.ts;
    return a.seq() < b.seq();
}

// A queue over sorted records.
class RecordQueue
{
public:
    RecordQueue(const Record *begin, const Record *end)
        : m_at(begin)
        , m_end(end)
    { }
    const Record *front() const { return m_at == m_end ? nullptr : m_at; }
    void pop() { ++m_at; }

private:
    const Record *m_at;
    const Record *m_end;
};

// The B and X events of a log in time order, in B queue order: each run of one time is
// gathered and sorted by beginsBefore().
class LogBegins
{
public:
    explicit LogBegins(const ChromeTraceEventLog &log)
        : m_reader(log)
    {
        m_hasNext = readNext();
    }
    const Record *front()
    {
        if (m_at == m_run.size())
            refill();
        return m_at < m_run.size() ? &m_run[m_at] : nullptr;
    }
    void pop() { ++m_at; }
    size_t block() const { return m_reader.block(); }

private:
    bool readNext()
    {
        while (m_reader.next(m_next)) {
            if (m_next.phase() != Record::End)
                return true;
        }
        return false;
    }
    void refill()
    {
        m_run.clear();
        m_at = 0;
        if (!m_hasNext)
            return;
        m_run.push_back(m_next);
        while ((m_hasNext = readNext()) && m_next.ts == m_run.front().ts)
            m_run.push_back(m_next);
        if (m_run.size() > 1)
            std::sort(m_run.begin(), m_run.end(), beginsBefore);
    }

    ChromeTraceEventLog::Reader m_reader;
    std::vector<Record> m_run;
    size_t m_at = 0;
    Record m_next;
    bool m_hasNext = false;
};

// The E events of a log in time order: file order is their order.
class LogEnds
{
public:
    explicit LogEnds(const ChromeTraceEventLog &log)
        : m_reader(log)
    {
        advance();
    }
    const Record *front() const { return m_has ? &m_next : nullptr; }
    void pop() { advance(); }
    size_t block() const { return m_reader.block(); }

private:
    void advance()
    {
        while ((m_has = m_reader.next(m_next))) {
            if (m_next.phase() == Record::End)
                return;
        }
    }

    ChromeTraceEventLog::Reader m_reader;
    Record m_next;
    bool m_has = false;
};

} // namespace

ChromeTraceThreadBuilder::ChromeTraceThreadBuilder(const std::vector<std::string> &keys,
                                                   const std::vector<uint32_t> &nameOfKey)
    : m_keys(keys)
    , m_nameOfKey(nameOfKey)
{ }

size_t ChromeTraceThreadBuilder::buildBytes(const ChromeTraceEventLog &events)
{
    // A stack per begin at most (8 bytes) and its interner slot (4 bytes in a table kept
    // at most half full, grown by doubling: up to 16 bytes while growing).
    size_t bytes = events.beginCount() * (sizeof(store::StackNode) + 16);
    if (!events.inTimeOrder())
        bytes += events.size() * sizeof(Record);
    return bytes;
}

int32_t ChromeTraceThreadBuilder::frameOf(uint32_t key, ProfileBuilder &builder)
{
    int32_t &frame = m_frameOfKey[key];
    if (frame < 0) {
        store::Frame f;
        f.name = m_keys[key];
        frame = builder.frame(f);
    }
    return frame;
}

void ChromeTraceThreadBuilder::build(ChromeTraceEventLog &events, store::ProfileData &profile,
                                     ProfileStreamer &streamer)
{
    m_frameOfKey.assign(m_keys.size(), -1);
    ProfileBuilder builder(profile);
    // A stack per frame at most (untouched reserved pages cost nothing).
    builder.reserveStacks(events.beginCount() + 1);
    if (events.inTimeOrder()) {
        LogBegins begins(events);
        LogEnds ends(events);
        // The log leaves memory as both queues read past it.
        const auto release = [&] {
            events.releaseBlocksBefore(std::min(begins.block(), ends.block()));
        };
        run(begins, ends, builder, profile, streamer, release);
        events = ChromeTraceEventLog();
    } else {
        std::vector<Record> records = events.takeRecords();
        if (!std::is_sorted(records.begin(), records.end(), sortedBefore))
            std::sort(records.begin(), records.end(), sortedBefore);
        const auto firstEnd
            = std::partition_point(records.begin(), records.end(),
                                   [](const Record &r) { return r.phase() != Record::End; });
        RecordQueue begins(records.data(), records.data() + (firstEnd - records.begin()));
        RecordQueue ends(records.data() + (firstEnd - records.begin()),
                         records.data() + records.size());
        run(begins, ends, builder, profile, streamer, [] {});
    }
    profile.unit = store::WeightUnit::Microseconds;
}

template<typename Begins, typename Ends, typename Release>
void ChromeTraceThreadBuilder::run(Begins &begins, Ends &natives, ProfileBuilder &builder,
                                   store::ProfileData &profile, ProfileStreamer &streamer,
                                   const Release &releaseRead)
{
    // speedscope's E queue is every E event and every X end, sorted by time, E events
    // before X ends of the same time, X ends in B queue order. Here X ends enter a heap as
    // their begins are read, and a begin is read before any end of its time is taken, so
    // the queue's head is always known; the ends of one time are gathered into `group`,
    // where the look-ahead below reorders them as speedscope's swaps do.
    struct PendingEnd
    {
        double at;
        uint64_t order; // position in the B queue
        uint32_t key;
    };
    const auto later = [](const PendingEnd &a, const PendingEnd &b) {
        return a.at != b.at ? a.at > b.at : a.order > b.order;
    };
    std::vector<PendingEnd> xEnds; // a heap, earliest first
    std::deque<Record> readBegins; // begins read (their X ends queued), not yet taken
    uint64_t beginsRead = 0;
    const auto readBegin = [&] {
        const Record r = *begins.front();
        begins.pop();
        if (r.phase() == Record::Complete) {
            xEnds.push_back({r.end(), beginsRead, r.key});
            std::push_heap(xEnds.begin(), xEnds.end(), later);
        }
        ++beginsRead;
        readBegins.push_back(r);
    };

    struct End
    {
        double at;
        uint32_t key;
    };
    std::vector<End> group;
    size_t g = 0;
    const auto formGroup = [&] {
        group.clear();
        g = 0;
        for (;;) {
            bool pending = false;
            double at = 0;
            if (const Record *n = natives.front()) {
                at = n->ts;
                pending = true;
            }
            if (!xEnds.empty() && (!pending || xEnds.front().at < at)) {
                at = xEnds.front().at;
                pending = true;
            }
            if (!pending)
                return;
            // Begins up to this time may end at it (or earlier): read them first.
            bool read = false;
            while (const Record *b = begins.front()) {
                if (b->ts > at)
                    break;
                readBegin();
                read = true;
            }
            if (read)
                continue;
            for (const Record *n = natives.front(); n && n->ts == at; n = natives.front()) {
                group.push_back({at, n->key});
                natives.pop();
            }
            while (!xEnds.empty() && xEnds.front().at == at) {
                std::pop_heap(xEnds.begin(), xEnds.end(), later);
                group.push_back({at, xEnds.back().key});
                xEnds.pop_back();
            }
            return;
        }
    };

    struct Open
    {
        double ts;
        uint32_t key;
        int32_t stack;
    };
    std::vector<Open> open;
    uint32_t steps = 0;
    double last = 0; // the last time the profile builder saw, where speedscope ends
    bool any = false;
    // A frame open for no time still counts as a frame in speedscope's list: it gets a
    // sample of no weight, so that it is one of the profile's frames here too.
    const auto leave = [&](double at) {
        const Open &top = open.back();
        if (at == top.ts)
            profile.appendSample(top.stack, at, 0);
        builder.leave(frameOf(top.key, builder), at);
        open.pop_back();
        last = at;
        streamer.samplesAdded();
    };
    for (;;) {
        // The B queue's head, and every begin of its time: a zero-length X among them
        // ends at that time, and its end may go first (see takeBegin).
        if (readBegins.empty() && begins.front())
            readBegin();
        while (!readBegins.empty() && begins.front() && begins.front()->ts <= readBegins.front().ts)
            readBegin();
        if (g == group.size())
            formGroup();
        const bool haveBegin = !readBegins.empty();
        const bool haveEnd = g < group.size();
        if (!haveBegin && !haveEnd)
            break;
        bool takeBegin = !haveEnd;
        if (haveBegin && haveEnd) {
            const Record &b = readBegins.front();
            if (b.ts != group[g].at)
                takeBegin = b.ts < group[g].at;
            else // a zero-length frame opens before it closes: same key (name and args),
                 // as speedscope's selectQueueToTakeFromNext compares keyForEvent()
                takeBegin = b.key == group[g].key;
        }
        if ((++steps & 0xffff) == 0)
            releaseRead();
        if (takeBegin) {
            const Record r = readBegins.front();
            readBegins.pop_front();
            const int32_t stack = builder.enter(frameOf(r.key, builder), r.ts);
            open.push_back({r.ts, r.key, stack});
            last = r.ts;
            any = true;
            streamer.samplesAdded();
            continue;
        }
        if (!open.empty() && group[g].key != open.back().key) {
            // Among the E events of this time, prefer one matching the open frame by key,
            // then by name (speedscope swaps it to the front of its queue).
            const uint32_t topKey = open.back().key;
            bool swapped = false;
            for (size_t i = g + 1; i < group.size(); ++i) {
                if (group[i].key == topKey) {
                    std::swap(group[g], group[i]);
                    swapped = true;
                    break;
                }
            }
            const uint32_t topName = m_nameOfKey[topKey];
            for (size_t i = g + 1; !swapped && i < group.size(); ++i) {
                if (m_nameOfKey[group[i].key] == topName) {
                    std::swap(group[g], group[i]);
                    break;
                }
            }
        }
        const End end = group[g++];
        if (open.empty())
            continue; // an end with nothing open: speedscope does nothing
        if (m_nameOfKey[open.back().key] != m_nameOfKey[end.key])
            continue; // ends something that is not on top: ignored
        leave(end.at);
    }
    // speedscope closes what is still open at the last time its builder saw.
    while (!open.empty())
        leave(last);
    builder.finishEvented(any ? last : 0);
}

} // namespace eg::importers
