#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace eg::importers {

// One B, E or X event of a thread as the builder reads it.
struct TraceEventRecord
{
    enum Phase : uint32_t { Begin = 0, End = 1, Complete = 2 };
    static constexpr uint32_t kSeqMask = (uint32_t(1) << 30) - 1;

    double ts = 0; // microseconds
    double dur = 0; // X only
    uint32_t key = 0; // interned frame name: the event name, and its args as JSON
    uint32_t seqPhase = 0; // order in the thread (low 30 bits) and phase (top 2 bits)

    Phase phase() const { return Phase(seqPhase >> 30); }
    uint32_t seq() const { return seqPhase & kSeqMask; }
    double end() const { return phase() == Complete ? ts + dur : ts; }
};

// The B, E and X events of one thread in file order, packed: a tag byte, the key as a
// varint, the time as a varint delta and an X's duration as a varint, in microseconds or
// nanoseconds (raw doubles only where neither gives the same double back). A nested X
// event takes about 9 bytes instead of a 24-byte record, so a gigabyte trace holds its
// ten million events in some 90 MB until its threads are built. Blocks grow from 4 KiB, so
// a thread of three events costs little, and are released as takeRecords() decodes them.
class ChromeTraceEventLog
{
public:
    // A run of packed events: a block, or the part of one appended since the extents
    // handed out before it. Bytes once appended never move or change until the log goes.
    struct Extent
    {
        const uint8_t *data = nullptr;
        size_t bytes = 0;
    };
    // How much of the log was handed out by extentsSince().
    struct Mark
    {
        size_t block = 0;
        size_t bytes = 0; // in that block
        size_t events = 0;
    };

    // Throws ImportError when the thread holds more events than a record can number.
    void append(double ts, double dur, uint32_t key, TraceEventRecord::Phase phase);
    // Decodes the event at `in`, returning where the next one starts; `previousNs` carries
    // the time from one event to the next. Sets all of `record` but its seq().
    static const uint8_t *decode(const uint8_t *in, int64_t &previousNs, TraceEventRecord &record);

    size_t size() const { return m_count; }
    // B and X events: each opens a frame.
    size_t beginCount() const { return m_beginCount; }
    bool empty() const { return m_count == 0; }
    // Bytes held, for the import's memory budget.
    size_t bytes() const { return m_bytes; }
    // True while the begins (B, X) and the ends (E) each come in time order: the builder
    // then reads the log as it is instead of sorting every event of the thread.
    bool inTimeOrder() const { return m_inTimeOrder; }
    // True while every event comes no earlier than the one before it: then no event to
    // come is earlier than lastTime(), and the thread can be built while it is read.
    bool allInTimeOrder() const { return m_allInTimeOrder; }
    double lastTime() const { return m_lastTs; }

    // Every block, in order (blocks released by releaseBlocksBefore() are empty).
    std::vector<Extent> extents() const;
    // What was appended since `mark`, which moves to the end of the log.
    std::vector<Extent> extentsSince(Mark &mark) const;
    // Every event as a record, in file order; the log is empty afterwards.
    std::vector<TraceEventRecord> takeRecords();
    // Frees the blocks before `block` (the extents() before it): no reader needs them.
    void releaseBlocksBefore(size_t block);

private:
    struct Block
    {
        std::unique_ptr<uint8_t[]> data;
        size_t size = 0;
        size_t capacity = 0;
    };

    uint8_t *reserve(size_t bytes);

    std::vector<Block> m_blocks;
    size_t m_released = 0; // blocks before this one are freed
    size_t m_freedSinceTrim = 0;
    size_t m_count = 0;
    size_t m_beginCount = 0;
    size_t m_bytes = 0;
    int64_t m_previousNs = 0;
    double m_lastBeginTs = 0;
    double m_lastEndTs = 0;
    double m_lastTs = 0;
    bool m_anyBegin = false;
    bool m_anyEnd = false;
    bool m_inTimeOrder = true;
    bool m_allInTimeOrder = true;
};

} // namespace eg::importers
