#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace eg::importers {

class InputStream;

// Hands out the lines of a text input one at a time, reading it in large blocks.
// The terminator ("\n" or "\r\n") is not part of the line. A view stays valid until
// the next call to next().
class LineReader
{
public:
    explicit LineReader(InputStream &input, size_t blockSize = 1 << 20);

    bool next(std::string_view *line);
    // 1-based number of the line next() returned last.
    int64_t lineNumber() const { return m_lineNumber; }

private:
    InputStream &m_input;
    std::string m_buffer;
    size_t m_pos = 0;
    size_t m_blockSize;
    bool m_eof = false;
    int64_t m_lineNumber = 0;
};

} // namespace eg::importers
