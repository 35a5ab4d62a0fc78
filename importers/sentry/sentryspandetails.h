#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace eg::importers {

// The `details` of a span record (store::SpanRecord): one JSON object with the sections
// "attributes" {key: value}, "measurements" {name: {value, unit}}, "links" [...] and
// "errors" [...], built from JSON values copied as the file wrote them (simdjson has
// validated them) and from text this class quotes itself.
class SentrySpanDetails
{
public:
    // Adds `key: value` (`value` is JSON text) unless the key is there already: the first
    // writer wins, so a span's own fields go before its `data`, and `data` before `tags`.
    void addAttribute(std::string_view key, std::string_view jsonValue);
    void addStringAttribute(std::string_view key, std::string_view text);
    bool hasAttribute(std::string_view key) const { return m_keys.contains(std::string(key)); }
    // A whole section as JSON text: "measurements" an object, "links", "errors" and
    // "occurrences" arrays. Empty or `{}` / `[]` leaves the section out.
    void setSection(std::string_view name, std::string_view json);
    void addLink(std::string linkObject) { m_links.push_back(std::move(linkObject)); }

    bool empty() const;
    // The object as text; "" when it would be `{}`.
    std::string text() const;

    // `text` as a JSON string literal, quotes included.
    static void appendQuoted(std::string &out, std::string_view text);
    // JSON text without insignificant white space (pretty-printed files keep it).
    static std::string compact(std::string_view json);

private:
    std::vector<std::pair<std::string, std::string>> m_attributes; // key (quoted), value
    std::unordered_set<std::string> m_keys;
    std::vector<std::pair<std::string, std::string>> m_sections; // name, JSON
    std::vector<std::string> m_links;
};

} // namespace eg::importers
