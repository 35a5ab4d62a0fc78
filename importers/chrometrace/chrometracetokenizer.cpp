#include "chrometracetokenizer.h"

#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"

#include <cstring>

namespace eg::importers {

namespace {

constexpr size_t kBlockBytes = size_t(1) << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

ChromeTraceTokenizer::ChromeTraceTokenizer(InputStream &input)
    : m_input(input)
{
    m_block.resize(kBlockBytes);
}

bool ChromeTraceTokenizer::fill()
{
    if (m_eof)
        return false;
    m_consumed += int64_t(m_len);
    m_len = m_input.read(m_block.data(), m_block.size());
    m_pos = 0;
    if (m_len == 0)
        m_eof = true;
    return m_len > 0;
}

int ChromeTraceTokenizer::peekByte()
{
    for (;;) {
        while (m_pos < m_len) {
            const char c = m_block[m_pos];
            if (!isSpace(c))
                return static_cast<unsigned char>(c);
            ++m_pos;
        }
        if (!fill())
            return -1;
    }
}

void ChromeTraceTokenizer::fail(const QString &message) const
{
    throw ImportError::atOffset(message, position());
}

void ChromeTraceTokenizer::readKey(std::string &key)
{
    // At the opening quote.
    key.clear();
    ++m_pos;
    for (;;) {
        if (m_pos >= m_len && !fill())
            fail(QStringLiteral("the trace ends inside a key"));
        const char c = m_block[m_pos++];
        if (c == '"')
            return;
        if (c == '\\') {
            if (m_pos >= m_len && !fill())
                fail(QStringLiteral("the trace ends inside a key"));
            key.push_back(m_block[m_pos++]);
            continue;
        }
        if (key.size() < 256)
            key.push_back(c);
    }
}

void ChromeTraceTokenizer::skipValue()
{
    // A value we do not read (`metadata`, `systemTraceEvents`, ...): strings and nesting
    // are followed until it ends at depth 0, before a comma or the closing brace.
    int64_t depth = 0;
    bool inString = false;
    bool started = false;
    for (;;) {
        if (m_pos >= m_len && !fill())
            return; // the caller sees the end
        const char c = m_block[m_pos];
        if (inString) {
            ++m_pos;
            if (c == '\\')
                ++m_pos; // may step past the block: handled below
            else if (c == '"') {
                inString = false;
                if (depth == 0)
                    return;
            }
            if (m_pos > m_len) {
                // The escaped character is the first byte of the next block.
                m_pos = m_len;
                if (!fill())
                    return;
                ++m_pos;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            started = true;
        } else if (c == '{' || c == '[') {
            ++depth;
            started = true;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return; // the end of the enclosing object: not ours
            --depth;
            if (depth == 0) {
                ++m_pos;
                return;
            }
        } else if (c == ',' && depth == 0) {
            return;
        } else if (!isSpace(c)) {
            started = true;
        } else if (started && depth == 0) {
            return; // the end of a number or literal
        }
        ++m_pos;
    }
}

bool ChromeTraceTokenizer::copyEvent(std::string &batch)
{
    const size_t before = batch.size();
    int64_t depth = 0;
    bool inString = false;
    bool escaped = false;
    size_t start = m_pos;
    for (;;) {
        if (m_pos >= m_len) {
            batch.append(m_block, start, m_len - start);
            if (!fill()) {
                batch.resize(before);
                return false;
            }
            start = 0;
        }
        const char *p = m_block.data() + m_pos;
        const char *end = m_block.data() + m_len;
        // The hot loop: most bytes are neither quotes, backslashes nor braces.
        for (; p < end; ++p) {
            const char c = *p;
            if (escaped) {
                escaped = false;
            } else if (inString) {
                if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                } else {
                    // Jump to the next quote or backslash in one call.
                    const void *q = std::memchr(p, '"', size_t(end - p));
                    const void *b = std::memchr(
                        p, '\\', size_t((q ? static_cast<const char *>(q) : end) - p));
                    const char *next = static_cast<const char *>(b ? b : q);
                    if (!next) {
                        p = end - 1;
                        continue;
                    }
                    p = next - 1;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    m_pos = size_t(p - m_block.data()) + 1;
                    batch.append(m_block, start, m_pos - start);
                    batch.push_back('\n');
                    return true;
                }
            }
        }
        m_pos = m_len;
    }
}

size_t ChromeTraceTokenizer::nextBatch(std::string &batch, std::vector<int64_t> &offsets,
                                       size_t targetBytes)
{
    size_t added = 0;
    while (batch.size() < targetBytes) {
        switch (m_state) {
        case State::Done:
            return added;
        case State::Start: {
            const int c = peekByte();
            if (c == 0xef && m_pos + 2 < m_len && m_block.compare(m_pos, 3, "\xef\xbb\xbf") == 0) {
                m_pos += 3; // a UTF-8 byte order mark
                continue;
            }
            if (c == '[') {
                ++m_pos;
                m_sawArray = true;
                m_state = State::Events;
            } else if (c == '{') {
                ++m_pos;
                m_objectForm = true;
                m_state = State::Keys;
            } else {
                fail(QStringLiteral("expected a JSON array of trace events or an object with "
                                    "`traceEvents`"));
            }
            break;
        }
        case State::Keys: {
            const int c = peekByte();
            if (c == ',') {
                ++m_pos;
            } else if (c == '}' || c == -1) {
                // The end of the object (or of a truncated one: what was read stands).
                if (c == '}')
                    ++m_pos;
                m_state = State::Done;
            } else if (c == '"') {
                readKey(m_key);
                m_state = State::AfterKey;
            } else {
                fail(QStringLiteral("malformed JSON: expected a key in the trace object"));
            }
            break;
        }
        case State::AfterKey: {
            const int c = peekByte();
            if (c != ':')
                fail(
                    QStringLiteral("malformed JSON: expected `:` after a key in the trace object"));
            ++m_pos;
            if (m_key == "traceEvents" && peekByte() == '[') {
                ++m_pos;
                m_sawArray = true;
                m_state = State::Events;
            } else {
                skipValue();
                m_state = State::Keys;
            }
            break;
        }
        case State::Value:
            m_state = State::Keys;
            break;
        case State::Events: {
            const int c = peekByte();
            if (c == ',') {
                ++m_pos;
            } else if (c == ']') {
                ++m_pos;
                m_state = m_objectForm ? State::Keys : State::Done;
            } else if (c == -1) {
                m_state = State::Done; // no closing bracket: accepted
            } else if (c == '{') {
                const int64_t at = position();
                if (!copyEvent(batch)) {
                    m_droppedPartial = true;
                    m_state = State::Done;
                    break;
                }
                offsets.push_back(at);
                ++added;
            } else {
                fail(QStringLiteral("expected a trace event (a JSON object) in the event array"));
            }
            break;
        }
        }
    }
    return added;
}

} // namespace eg::importers
