#pragma once

#include <cstdint>

namespace eg::importers {

// Follows JSON text byte by byte without parsing it: whether a string is open and how many
// arrays and objects are. That is all the quick scans of a text need: is a truncated file's
// value still open, does the first line of a file hold one whole value.
class JsonNesting
{
public:
    // Takes the next byte; true when it closed an array or object.
    bool step(char c)
    {
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_inString = false;
            return false;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            --m_depth;
            return true;
        }
        return false;
    }

    int64_t depth() const { return m_depth; }
    bool inString() const { return m_inString; }

private:
    int64_t m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
};

} // namespace eg::importers
