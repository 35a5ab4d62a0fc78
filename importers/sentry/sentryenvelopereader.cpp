#include "sentryenvelopereader.h"

#include "importers/common/importerror.h"
#include "importers/common/jsonsupport.h"

#include <QString>

#include <array>
#include <initializer_list>
#include <utility>

namespace eg::importers {

namespace {

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// The strings of an object value named by `keys`, each into its target; nothing when the
// value is no object. Headers are read leniently: what they hold is a hint, not a reason
// to refuse a file.
void stringsIn(simdjson::simdjson_result<simdjson::ondemand::value> value,
               std::initializer_list<std::pair<std::string_view, std::string *>> keys)
{
    simdjson::ondemand::object object;
    if (value.get_object().get(object))
        return;
    for (auto field : object) {
        std::string_view name;
        std::string_view text;
        if (field.unescaped_key().get(name))
            return;
        for (const auto &[key, target] : keys) {
            if (name == key && !field.value().get_string().get(text))
                target->assign(text);
        }
    }
}

} // namespace

SentryEnvelopeReader::SentryEnvelopeReader(std::string_view data)
    : m_data(data)
{
    // A UTF-8 byte-order mark is not part of the JSON.
    if (m_data.substr(0, 3) == "\xef\xbb\xbf")
        m_pos = 3;
    size_t next = 0;
    m_header = lineAt(m_pos, &next);
    if (isBlank(m_header))
        throw ImportError::atOffset(QStringLiteral("expected the envelope header (a JSON object) "
                                                   "on the first line"),
                                    int64_t(m_pos));
    auto object = parseLine(m_header, int64_t(m_pos), "the envelope header (a JSON object)");
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            break;
        if (key == "event_id") {
            std::string_view id;
            if (!field.value().get_string().get(id))
                m_eventId.assign(id);
        } else if (key == "sdk") {
            stringsIn(field.value(), {{"name", &m_sdkName}});
        } else if (key == "trace") {
            stringsIn(field.value(),
                      {{"trace_id", &m_traceId},
                       {"replay_id", &m_replayId},
                       {"release", &m_release},
                       {"environment", &m_environment}});
        }
    }
    m_pos = next;
}

std::string_view SentryEnvelopeReader::lineAt(size_t pos, size_t *next) const
{
    const size_t newline = m_data.find('\n', pos);
    if (newline == std::string_view::npos) {
        *next = m_data.size();
        return m_data.substr(pos);
    }
    *next = newline + 1;
    return m_data.substr(pos, newline - pos);
}

simdjson::ondemand::object SentryEnvelopeReader::parseLine(std::string_view line, int64_t offset,
                                                           const char *what)
{
    m_lineBuffer.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    m_lineBuffer.assign(line);
    const simdjson::padded_string_view view(m_lineBuffer.data(), m_lineBuffer.size(),
                                            m_lineBuffer.capacity());
    simdjson::ondemand::object object;
    std::string_view whole;
    simdjson::error_code error = m_parser.iterate(view).get(m_document);
    if (!error)
        error = m_document.raw_json().get(whole); // the whole line must be one value
    if (!error) {
        m_document.rewind();
        error = m_document.get_object().get(object);
    }
    if (error)
        throw ImportError::atOffset(JsonSupport::message(error, what), offset);
    return object;
}

bool SentryEnvelopeReader::next(Item *item)
{
    // Skip blank lines between items (they occur in the wild).
    size_t next = 0;
    std::string_view line;
    for (;;) {
        if (m_pos >= m_data.size())
            return false;
        line = lineAt(m_pos, &next);
        if (!isBlank(line))
            break;
        m_pos = next;
    }
    *item = Item();
    item->header = line;
    item->headerOffset = int64_t(m_pos);
    auto object = parseLine(line, item->headerOffset, "an item header (a JSON object with `type`)");
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            throw ImportError::atOffset(QStringLiteral("malformed item header"),
                                        item->headerOffset);
        if (key == "type") {
            std::string_view type;
            if (field.value().get_string().get(type))
                throw ImportError::atOffset(
                    QStringLiteral("expected a string as the item header's `type`"),
                    item->headerOffset);
            item->type.assign(type);
        } else if (key == "length") {
            bool null = false;
            if (!field.value().is_null().get(null) && null)
                continue;
            int64_t length = 0;
            if (field.value().get_int64().get(length) || length < 0)
                throw ImportError::atOffset(QStringLiteral("expected a non-negative integer as "
                                                           "the item header's `length`"),
                                            item->headerOffset);
            item->declaredLength = length;
        }
    }

    const size_t start = next;
    item->payloadOffset = int64_t(start);
    if (item->declaredLength >= 0) {
        const uint64_t end = uint64_t(start) + uint64_t(item->declaredLength);
        if (end <= m_data.size() && (end == m_data.size() || m_data[size_t(end)] == '\n')) {
            item->payload = m_data.substr(start, size_t(item->declaredLength));
            m_pos = end == m_data.size() ? size_t(end) : size_t(end) + 1;
            return true;
        }
        item->lengthMismatch = true;
    }
    if (start >= m_data.size()) {
        // A header at the very end: an empty payload.
        m_pos = m_data.size();
        return true;
    }
    item->payload = lineAt(start, &m_pos);
    return true;
}

int SentryEnvelopeReader::probe(std::string_view head)
{
    size_t start = head.substr(0, 3) == "\xef\xbb\xbf" ? 3 : 0;
    const size_t newline = head.find('\n', start);
    if (newline == std::string_view::npos)
        return 0;
    const std::string_view first = head.substr(start, newline - start);
    const size_t brace = first.find_first_not_of(" \t\r");
    if (brace == std::string_view::npos || first[brace] != '{')
        return 0;
    bool envelopeKey = false;
    int keys = 0;
    for (const std::string_view key : JsonSupport::topLevelKeys(first)) {
        ++keys;
        if (key == "event_id" || key == "dsn" || key == "sent_at" || key == "sdk")
            envelopeKey = true;
    }
    // The first line must be a whole object: pretty-printed JSON opens with a lone '{'.
    const size_t close = first.find_last_not_of(" \t\r");
    if (first[close] != '}')
        return 0;
    // The item header: the next non-blank line, an object with `type`.
    size_t pos = newline + 1;
    while (pos < head.size()) {
        const size_t end = head.find('\n', pos);
        const std::string_view line
            = head.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (!isBlank(line)) {
            for (const std::string_view key : JsonSupport::topLevelKeys(line)) {
                if (key == "type")
                    return envelopeKey || keys == 0 ? 90 : 50;
            }
            return 0;
        }
        if (end == std::string_view::npos)
            break;
        pos = end + 1;
    }
    // An envelope with no items (or a head too short to show one).
    return envelopeKey ? 40 : 0;
}

} // namespace eg::importers
