#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace eg::importers {

class InputStream;

// Splits a Chrome trace (a JSON array of events, or an object whose `traceEvents` holds
// that array) into whole event objects without parsing them, block by block, so that a
// gigabyte trace never sits in memory at once (Perfetto's json_trace_tokenizer does the
// same). Only strings, escapes and brace depth are tracked; simdjson parses the events.
// A missing closing `]`, a trailing comma and a last event cut short are accepted, as
// speedscope and Perfetto accept them: Chrome writes traces that way when it is stopped.
class ChromeTraceTokenizer
{
public:
    explicit ChromeTraceTokenizer(InputStream &input);

    // Appends whole event objects to `batch`, each followed by a newline, until it holds
    // about `targetBytes`; `offsets` gets each event's byte offset in the input. Returns
    // the number of events added, 0 at the end. Throws ImportError on bad structure.
    size_t nextBatch(std::string &batch, std::vector<int64_t> &offsets, size_t targetBytes);

    bool sawEventArray() const { return m_sawArray; }
    // The last event was cut off by the end of the input and dropped.
    bool droppedPartialEvent() const { return m_droppedPartial; }
    int64_t position() const { return m_consumed + int64_t(m_pos); }

private:
    enum class State { Start, Keys, AfterKey, Value, Events, Done };

    bool fill();
    int peekByte(); // next non-white-space byte, -1 at the end; not consumed
    [[noreturn]] void fail(const QString &message) const;
    void skipValue();
    void readKey(std::string &key);
    // Copies one event object, starting at m_pos ('{'), into `batch`; false when the
    // input ends inside it.
    bool copyEvent(std::string &batch);

    InputStream &m_input;
    std::string m_block;
    size_t m_pos = 0;
    size_t m_len = 0;
    int64_t m_consumed = 0; // input bytes before m_block
    bool m_eof = false;
    State m_state = State::Start;
    bool m_objectForm = false;
    bool m_sawArray = false;
    bool m_droppedPartial = false;
    std::string m_key;
};

} // namespace eg::importers
