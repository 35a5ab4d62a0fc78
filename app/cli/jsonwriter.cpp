#include "jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace eg::app {

JsonWriter::JsonWriter(int indent)
    : m_indent(indent)
{ }

void JsonWriter::newline()
{
    if (m_indent <= 0)
        return;
    m_out.push_back('\n');
    m_out.append(m_hasElement.size() * size_t(m_indent), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasElement.empty()) {
        if (m_hasElement.back())
            m_out.push_back(',');
        m_hasElement.back() = true;
        newline();
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.push_back('{');
    m_hasElement.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool any = m_hasElement.back();
    m_hasElement.pop_back();
    if (any)
        newline();
    m_out.push_back('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out.push_back('[');
    m_hasElement.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    endObject();
    m_out.back() = ']';
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    beforeValue();
    writeString(name);
    m_out.append(m_indent > 0 ? ": " : ":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view text)
{
    beforeValue();
    writeString(text);
    return *this;
}

void JsonWriter::writeString(std::string_view text)
{
    m_out.push_back('"');
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                m_out.append(buffer);
            } else {
                m_out.push_back(char(c));
            }
        }
    }
    m_out.push_back('"');
}

JsonWriter &JsonWriter::value(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return value(std::string_view(utf8.constData(), size_t(utf8.size())));
}

JsonWriter &JsonWriter::value(int64_t number)
{
    beforeValue();
    m_out.append(std::to_string(number));
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out.append("null");
        return *this;
    }
    if (number == std::floor(number) && std::fabs(number) < 9e15) {
        m_out.append(std::to_string(int64_t(number)));
        return *this;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, result.ptr);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
    return *this;
}

} // namespace eg::app
