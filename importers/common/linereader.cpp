#include "linereader.h"

#include "inputstream.h"

#include <cstring>

namespace eg::importers {

LineReader::LineReader(InputStream &input, size_t blockSize)
    : m_input(input)
    , m_blockSize(blockSize)
{ }

bool LineReader::next(std::string_view *line)
{
    for (;;) {
        const char *begin = m_buffer.data() + m_pos;
        const size_t available = m_buffer.size() - m_pos;
        const void *newline = available ? std::memchr(begin, '\n', available) : nullptr;
        if (newline || (m_eof && available > 0)) {
            const size_t length
                = newline ? size_t(static_cast<const char *>(newline) - begin) : available;
            size_t end = length;
            if (end > 0 && begin[end - 1] == '\r')
                --end;
            *line = std::string_view(begin, end);
            m_pos += newline ? length + 1 : length;
            ++m_lineNumber;
            return true;
        }
        if (m_eof)
            return false;
        // Keep the unfinished line, then append the next block after it.
        m_buffer.erase(0, m_pos);
        m_pos = 0;
        const size_t at = m_buffer.size();
        m_buffer.resize(at + m_blockSize);
        const size_t got = m_input.read(m_buffer.data() + at, m_blockSize);
        m_buffer.resize(at + got);
        if (got == 0)
            m_eof = true;
    }
}

} // namespace eg::importers
