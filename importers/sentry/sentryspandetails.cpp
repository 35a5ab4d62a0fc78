#include "sentryspandetails.h"

namespace eg::importers {

namespace {

bool emptyJson(std::string_view json)
{
    return json.empty() || json == "{}" || json == "[]" || json == "null";
}

} // namespace

void SentrySpanDetails::addAttribute(std::string_view key, std::string_view jsonValue)
{
    if (jsonValue.empty() || !m_keys.emplace(key).second)
        return;
    std::string quoted;
    appendQuoted(quoted, key);
    m_attributes.emplace_back(std::move(quoted), compact(jsonValue));
}

void SentrySpanDetails::addStringAttribute(std::string_view key, std::string_view text)
{
    std::string quoted;
    appendQuoted(quoted, text);
    addAttribute(key, quoted);
}

void SentrySpanDetails::setSection(std::string_view name, std::string_view json)
{
    const std::string value = compact(json);
    if (emptyJson(value))
        return;
    for (auto &[existing, text] : m_sections) {
        if (existing == name) {
            text = value;
            return;
        }
    }
    m_sections.emplace_back(std::string(name), value);
}

bool SentrySpanDetails::empty() const
{
    return m_attributes.empty() && m_sections.empty() && m_links.empty();
}

std::string SentrySpanDetails::text() const
{
    if (empty())
        return {};
    std::string out = "{";
    bool first = true;
    const auto key = [&](std::string_view name) {
        if (!first)
            out.push_back(',');
        first = false;
        appendQuoted(out, name);
        out.push_back(':');
    };
    if (!m_attributes.empty()) {
        key("attributes");
        out.push_back('{');
        for (size_t i = 0; i < m_attributes.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            out += m_attributes[i].first;
            out.push_back(':');
            out += m_attributes[i].second;
        }
        out.push_back('}');
    }
    for (const auto &[name, json] : m_sections) {
        key(name);
        out += json;
    }
    if (!m_links.empty()) {
        key("links");
        out.push_back('[');
        for (size_t i = 0; i < m_links.size(); ++i) {
            if (i > 0)
                out.push_back(',');
            out += m_links[i];
        }
        out.push_back(']');
    }
    out.push_back('}');
    return out;
}

void SentrySpanDetails::appendQuoted(std::string &out, std::string_view text)
{
    static const char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uint8_t(c) < 0x20) {
                out += "\\u00";
                out.push_back(kHex[uint8_t(c) >> 4]);
                out.push_back(kHex[uint8_t(c) & 0xf]);
            } else {
                out.push_back(c); // UTF-8 passes through: simdjson has validated it
            }
        }
    }
    out.push_back('"');
}

std::string SentrySpanDetails::compact(std::string_view json)
{
    std::string out;
    out.reserve(json.size());
    bool inString = false;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.push_back(c);
            if (c == '\\' && i + 1 < json.size())
                out.push_back(json[++i]);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.push_back(c);
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out.push_back(c);
        }
    }
    return out;
}

} // namespace eg::importers
