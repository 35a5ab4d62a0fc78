#include "chrometraceeventlog.h"

#include "chrometraceeventreader.h"

#include "importers/common/importerror.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace eg::importers {

namespace {

// A record: a tag byte (phase, how the time and the duration are written), the key as a
// varint, the time, and an X's duration. Times are written as a zigzag varint delta from
// the previous time, in whole microseconds where the file has them (most do), else in
// nanoseconds where those give the same double back, else as 8 raw bytes.
constexpr uint8_t kPhaseMask = 0x3;
constexpr int kTimeShift = 2;
constexpr int kDurationShift = 4;
enum Encoding : uint8_t { Microseconds = 0, Nanoseconds = 1, Raw = 2 };
constexpr size_t kMaxRecordBytes = 1 + 5 + 10 + 10;
constexpr size_t kFirstBlockBytes = size_t(4) << 10;
constexpr size_t kLargestBlockBytes = size_t(1) << 20;
// Microseconds below this become exact nanoseconds without overflowing a delta.
constexpr double kMaxWholeMicroseconds = 4e15;

bool exactMicroseconds(double us)
{
    return std::fabs(us) < kMaxWholeMicroseconds && us == std::floor(us)
        && !(us == 0 && std::signbit(us));
}

// Nanoseconds that give `us` back exactly as ns / 1000.0, or false.
bool exactNanoseconds(double us, int64_t &ns)
{
    if (!(std::fabs(us) < kMaxWholeMicroseconds) || (us == 0 && std::signbit(us)))
        return false;
    ns = std::llround(us * 1000.0);
    return double(ns) / 1000.0 == us;
}

uint8_t *putVarint(uint8_t *out, uint64_t value)
{
    while (value >= 0x80) {
        *out++ = uint8_t(value) | 0x80;
        value >>= 7;
    }
    *out++ = uint8_t(value);
    return out;
}

const uint8_t *getVarint(const uint8_t *in, uint64_t &value)
{
    value = 0;
    for (int shift = 0;; shift += 7) {
        const uint8_t byte = *in++;
        value |= uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return in;
    }
}

uint8_t *putDouble(uint8_t *out, double value)
{
    std::memcpy(out, &value, sizeof value);
    return out + sizeof value;
}

const uint8_t *getDouble(const uint8_t *in, double &value)
{
    std::memcpy(&value, in, sizeof value);
    return in + sizeof value;
}

uint64_t zigzag(int64_t v)
{
    return (uint64_t(v) << 1) ^ uint64_t(v >> 63);
}

int64_t unzigzag(uint64_t v)
{
    return int64_t(v >> 1) ^ -int64_t(v & 1);
}

} // namespace

uint8_t *ChromeTraceEventLog::reserve(size_t bytes)
{
    if (m_blocks.empty() || m_blocks.back().capacity - m_blocks.back().size < bytes) {
        Block block;
        block.capacity = m_blocks.empty()
            ? kFirstBlockBytes
            : std::min(m_blocks.back().capacity * 2, kLargestBlockBytes);
        block.data = std::make_unique_for_overwrite<uint8_t[]>(block.capacity);
        m_bytes += block.capacity;
        m_blocks.push_back(std::move(block));
    }
    return m_blocks.back().data.get() + m_blocks.back().size;
}

void ChromeTraceEventLog::append(double ts, double dur, uint32_t key, TraceEventRecord::Phase phase)
{
    if (m_count > TraceEventRecord::kSeqMask)
        throw ImportError(QStringLiteral("a thread holds more than %1 duration events: too many "
                                         "to import")
                              .arg(TraceEventRecord::kSeqMask));
    m_allInTimeOrder = m_allInTimeOrder && (m_count == 0 || ts >= m_lastTs);
    m_lastTs = ts;
    if (phase == TraceEventRecord::End) {
        m_inTimeOrder = m_inTimeOrder && (!m_anyEnd || ts >= m_lastEndTs);
        m_lastEndTs = ts;
        m_anyEnd = true;
    } else {
        m_inTimeOrder = m_inTimeOrder && (!m_anyBegin || ts >= m_lastBeginTs);
        m_lastBeginTs = ts;
        m_anyBegin = true;
        ++m_beginCount;
    }

    uint8_t *const start = reserve(kMaxRecordBytes);
    uint8_t *out = start + 1;
    uint8_t tag = uint8_t(phase);
    out = putVarint(out, key);
    int64_t ns = 0;
    if (exactMicroseconds(ts) && m_previousNs % 1000 == 0) {
        const auto us = int64_t(ts);
        out = putVarint(out, zigzag(us - m_previousNs / 1000));
        m_previousNs = us * 1000;
    } else if (exactNanoseconds(ts, ns)) {
        tag |= Nanoseconds << kTimeShift;
        out = putVarint(out, zigzag(ns - m_previousNs));
        m_previousNs = ns;
    } else {
        tag |= Raw << kTimeShift;
        out = putDouble(out, ts);
    }
    if (phase == TraceEventRecord::Complete) {
        if (exactMicroseconds(dur) && dur >= 0) {
            out = putVarint(out, uint64_t(dur));
        } else if (exactNanoseconds(dur, ns) && ns >= 0) {
            tag |= Nanoseconds << kDurationShift;
            out = putVarint(out, uint64_t(ns));
        } else {
            tag |= Raw << kDurationShift;
            out = putDouble(out, dur);
        }
    }
    *start = tag;
    m_blocks.back().size += size_t(out - start);
    ++m_count;
}

const uint8_t *ChromeTraceEventLog::decode(const uint8_t *in, int64_t &previousNs,
                                           TraceEventRecord &record)
{
    const uint8_t tag = *in++;
    uint64_t value = 0;
    in = getVarint(in, value);
    record.key = uint32_t(value);
    switch ((tag >> kTimeShift) & 0x3) {
    case Microseconds:
        in = getVarint(in, value);
        previousNs = (previousNs / 1000 + unzigzag(value)) * 1000;
        record.ts = double(previousNs / 1000);
        break;
    case Nanoseconds:
        in = getVarint(in, value);
        previousNs += unzigzag(value);
        record.ts = double(previousNs) / 1000.0;
        break;
    default:
        in = getDouble(in, record.ts);
        break;
    }
    const auto phase = TraceEventRecord::Phase(tag & kPhaseMask);
    record.dur = 0;
    if (phase == TraceEventRecord::Complete) {
        switch ((tag >> kDurationShift) & 0x3) {
        case Microseconds:
            in = getVarint(in, value);
            record.dur = double(int64_t(value));
            break;
        case Nanoseconds:
            in = getVarint(in, value);
            record.dur = double(int64_t(value)) / 1000.0;
            break;
        default:
            in = getDouble(in, record.dur);
            break;
        }
    }
    record.seqPhase = uint32_t(phase) << 30;
    return in;
}

std::vector<ChromeTraceEventLog::Extent> ChromeTraceEventLog::extents() const
{
    std::vector<Extent> out;
    out.reserve(m_blocks.size());
    for (const Block &block : m_blocks)
        out.push_back({block.data.get(), block.data ? block.size : 0});
    return out;
}

std::vector<ChromeTraceEventLog::Extent> ChromeTraceEventLog::extentsSince(Mark &mark) const
{
    std::vector<Extent> out;
    for (size_t b = mark.block; b < m_blocks.size(); ++b) {
        const size_t from = b == mark.block ? mark.bytes : 0;
        if (m_blocks[b].size > from)
            out.push_back({m_blocks[b].data.get() + from, m_blocks[b].size - from});
    }
    if (!m_blocks.empty()) {
        mark.block = m_blocks.size() - 1;
        mark.bytes = m_blocks.back().size;
    }
    mark.events = m_count;
    return out;
}

std::vector<TraceEventRecord> ChromeTraceEventLog::takeRecords()
{
    std::vector<TraceEventRecord> records;
    records.reserve(m_count);
    ChromeTraceEventReader reader;
    reader.add(extents());
    TraceEventRecord record;
    size_t decodedBlocks = 0;
    while (reader.next(record)) {
        records.push_back(record);
        // A block read past is released at once: the records replace the log as they grow.
        if (reader.extent() > decodedBlocks) {
            decodedBlocks = reader.extent();
            releaseBlocksBefore(decodedBlocks);
        }
    }
    *this = ChromeTraceEventLog();
    return records;
}

void ChromeTraceEventLog::releaseBlocksBefore(size_t block)
{
    // Released blocks keep their size, so that readers still step over them.
    [[maybe_unused]] size_t freed = 0;
    for (size_t i = m_released; i < block && i < m_blocks.size(); ++i) {
        m_bytes -= m_blocks[i].capacity;
        freed += m_blocks[i].capacity;
        m_blocks[i].data.reset();
    }
    m_released = std::max(m_released, std::min(block, m_blocks.size()));
#ifdef __GLIBC__
    // glibc serves blocks of a megabyte from its heap once larger buffers have come and
    // gone, and keeps what is freed there for reuse: the stacks that replace the log are
    // one large array it cannot reuse it for. Hand the pages back every 64 MB.
    m_freedSinceTrim += freed;
    if (m_freedSinceTrim >= size_t(64) << 20) {
        m_freedSinceTrim = 0;
        malloc_trim(0);
    }
#endif
}

} // namespace eg::importers
