#include "jsontextbuilder.h"

#include <charconv>
#include <cmath>

namespace eg::importers {

namespace {

// Bytes that a JSON string must escape: the quote, the backslash and control characters.
bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace

void JsonTextBuilder::reset(std::string &out)
{
    m_out = &out;
    reset();
}

void JsonTextBuilder::reset()
{
    m_out->clear();
    m_needsComma.clear();
    m_afterKey = false;
}

void JsonTextBuilder::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needsComma.empty())
        return;
    if (m_needsComma.back())
        m_out->push_back(',');
    m_needsComma.back() = 1;
}

JsonTextBuilder &JsonTextBuilder::beginObject()
{
    separate();
    m_out->push_back('{');
    m_needsComma.push_back(0);
    return *this;
}

JsonTextBuilder &JsonTextBuilder::endObject()
{
    m_out->push_back('}');
    m_needsComma.pop_back();
    return *this;
}

JsonTextBuilder &JsonTextBuilder::beginArray()
{
    separate();
    m_out->push_back('[');
    m_needsComma.push_back(0);
    return *this;
}

JsonTextBuilder &JsonTextBuilder::endArray()
{
    m_out->push_back(']');
    m_needsComma.pop_back();
    return *this;
}

JsonTextBuilder &JsonTextBuilder::key(std::string_view name)
{
    separate();
    appendEscaped(*m_out, name);
    m_out->push_back(':');
    m_afterKey = true;
    return *this;
}

JsonTextBuilder &JsonTextBuilder::string(std::string_view value)
{
    separate();
    appendEscaped(*m_out, value);
    return *this;
}

JsonTextBuilder &JsonTextBuilder::integer(int64_t value)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out->append(buffer, result.ptr);
    return *this;
}

JsonTextBuilder &JsonTextBuilder::unsignedInteger(uint64_t value)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out->append(buffer, result.ptr);
    return *this;
}

JsonTextBuilder &JsonTextBuilder::number(double value)
{
    if (std::isnan(value))
        return string("NaN");
    if (std::isinf(value))
        return string(value > 0 ? "Infinity" : "-Infinity");
    separate();
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out->append(buffer, result.ptr);
    return *this;
}

JsonTextBuilder &JsonTextBuilder::boolean(bool value)
{
    separate();
    m_out->append(value ? "true" : "false");
    return *this;
}

JsonTextBuilder &JsonTextBuilder::null()
{
    separate();
    m_out->append("null");
    return *this;
}

JsonTextBuilder &JsonTextBuilder::raw(std::string_view json)
{
    separate();
    m_out->append(json);
    return *this;
}

void JsonTextBuilder::appendEscaped(std::string &out, std::string_view value)
{
    out.push_back('"');
    size_t start = 0;
    for (size_t i = 0; i < value.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        if (!needsEscape(c))
            continue;
        out.append(value.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(value.data() + start, value.size() - start);
    out.push_back('"');
}

std::string_view JsonTextBuilder::literalWithoutEscapes(JsonSupport::Value &value)
{
    std::string_view token = value.raw_json_token();
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    if (token.size() < 2 || token.front() != '"' || token.back() != '"'
        || token.find('\\') != std::string_view::npos)
        return {};
    return token;
}

std::string_view JsonTextBuilder::copyString(JsonSupport &json, JsonSupport::Value &value,
                                             const char *expected)
{
    const std::string_view literal = literalWithoutEscapes(value);
    if (!literal.empty()) {
        raw(literal);
        return literal.substr(1, literal.size() - 2);
    }
    const std::string_view text = json.string(value, expected);
    string(text);
    return text;
}

std::string_view JsonTextBuilder::inputString(JsonSupport &json, JsonSupport::Value &value,
                                              const char *expected)
{
    const std::string_view literal = literalWithoutEscapes(value);
    if (!literal.empty())
        return literal.substr(1, literal.size() - 2);
    return json.string(value, expected);
}

void JsonTextBuilder::copy(JsonSupport &json, JsonSupport::Value &value, const char *expected,
                           int maxDepth)
{
    using simdjson::ondemand::json_type;
    using simdjson::ondemand::number_type;
    if (maxDepth < 0)
        json.fail(QStringLiteral("%1 nests deeper than the importer follows")
                      .arg(QString::fromUtf8(expected)));
    const json_type type = json.take(value.type(), expected);
    switch (type) {
    case json_type::object: {
        JsonSupport::Object object = json.object(value, expected);
        beginObject();
        for (auto item : object) {
            auto field = json.take(std::move(item), expected);
            key(json.take(field.unescaped_key(), expected));
            copy(json, field.value(), expected, maxDepth - 1);
        }
        endObject();
        break;
    }
    case json_type::array: {
        JsonSupport::Array array = json.array(value, expected);
        beginArray();
        for (auto item : array) {
            JsonSupport::Value element = json.take(std::move(item), expected);
            copy(json, element, expected, maxDepth - 1);
        }
        endArray();
        break;
    }
    case json_type::string:
        copyString(json, value, expected);
        break;
    case json_type::boolean:
        boolean(json.take(value.get_bool(), expected));
        break;
    case json_type::null:
        json.take(value.is_null(), expected);
        null();
        break;
    case json_type::number: {
        const number_type kind = json.take(value.get_number_type(), expected);
        if (kind == number_type::signed_integer)
            integer(json.take(value.get_int64(), expected));
        else if (kind == number_type::unsigned_integer)
            unsignedInteger(json.take(value.get_uint64(), expected));
        else
            number(json.take(value.get_double(), expected));
        break;
    }
    }
}

} // namespace eg::importers
