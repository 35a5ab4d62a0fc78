#pragma once

#include "importers/common/jsonsupport.h"

#include "models/store/profiledata.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eg::importers {

class ImportContext;

// The `profile` object that Sentry's sample formats v1 and v2 share (SENTRY.md §4.1,
// §4.2): a frame dictionary, leaf-first stacks of frame indices, samples naming a stack,
// a thread and a time, and thread names. Read as the file lists it, without building
// per-thread profiles yet: a v2 file joins several of these into one timeline, and the
// keys may come in any order (samples before the stacks they name).
class SentrySampleTables
{
public:
    enum class TimeKind { None, ElapsedNs, EpochNs };

    struct Sample
    {
        int64_t time = 0; // ns: since the profile start (v1) or since the epoch (v2)
        int32_t stack = 0; // index into the stack table
        int32_t thread = 0; // index into threads()
    };

    struct Thread
    {
        std::string id; // as the file writes it; numbers in decimal
        std::string name; // from thread_metadata, empty when unknown
    };

    // Reads `profile` (an object) through `json`; throws ImportError on bad input.
    void read(JsonSupport &json, JsonSupport::Value &profile, ImportContext &context);
    // Checks every index; throws ImportError naming the first dangling one.
    void validate() const;
    // One frame object as v1, v2 and the legacy iOS shape write it.
    static store::Frame readFrame(JsonSupport &json, JsonSupport::Value &value);
    // `thread_metadata`: thread id → {name, priority}.
    void readThreadMetadata(JsonSupport &json, JsonSupport::Value &value);
    // A `thread_id`, a string or a number, as an index into threads().
    int32_t readThreadId(JsonSupport &json, JsonSupport::Value &value);

    // The legacy iOS shape keeps each sample's frames inline: it builds the same tables.
    int32_t addFrame(const store::Frame &frame, std::string_view key);
    int32_t addStack(const std::vector<int32_t> &framesLeafFirst);
    int32_t threadIndex(std::string_view id);
    void addSample(const Sample &sample) { m_samples.push_back(sample); }
    void setThreadName(std::string_view id, std::string_view name);
    void setTimeKind(TimeKind kind) { m_timeKind = kind; }

    const std::vector<store::Frame> &frames() const { return m_frames; }
    size_t stackCount() const { return m_stackStart.empty() ? 0 : m_stackStart.size() - 1; }
    // Frame indices of one stack, innermost first.
    const int32_t *stackBegin(size_t stack) const
    {
        return m_stackFrames.data() + m_stackStart[stack];
    }
    const int32_t *stackEnd(size_t stack) const
    {
        return m_stackFrames.data() + m_stackStart[stack + 1];
    }
    const std::vector<Sample> &samples() const { return m_samples; }
    const std::vector<Thread> &threads() const { return m_threads; }
    TimeKind timeKind() const { return m_timeKind; }

    // The name Emberglass shows for a frame without a function (vroom says "unknown").
    static std::string frameName(std::string_view function, std::string_view file, int32_t line,
                                 std::string_view address);
    // Nanoseconds from a JSON number token of seconds, exactly for plain decimals.
    static bool secondsTokenToNs(std::string_view token, int64_t *ns);
    // Nanoseconds from a string or number of integral nanoseconds ("23160000").
    static bool integerText(std::string_view text, int64_t *out);

private:
    void readSamples(JsonSupport &json, JsonSupport::Value &value, ImportContext &context);
    void readStacks(JsonSupport &json, JsonSupport::Value &value, ImportContext &context);
    void readFrames(JsonSupport &json, JsonSupport::Value &value);

    std::vector<store::Frame> m_frames;
    std::unordered_map<std::string, int32_t> m_frameKeys; // only for addFrame()
    std::vector<int32_t> m_stackFrames;
    std::vector<uint32_t> m_stackStart {0};
    std::vector<Sample> m_samples;
    std::vector<Thread> m_threads;
    std::unordered_map<std::string, int32_t> m_threadIndex;
    std::string m_lastThreadId;
    int32_t m_lastThread = -1;
    TimeKind m_timeKind = TimeKind::None;
    uint64_t m_items = 0;
};

} // namespace eg::importers
