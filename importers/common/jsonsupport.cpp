#include "jsonsupport.h"

#include "hugepages.h"
#include "importerror.h"
#include "jsonnesting.h"

#include <algorithm>

namespace eg::importers {

namespace {

QString expectedText(const char *expected)
{
    return QString::fromUtf8(expected);
}

// True when the text leaves an array or object open: a truncated file. Only run on the
// error path, so one plain pass over the bytes is fine.
bool endsInsideValue(std::string_view text)
{
    JsonNesting nesting;
    for (const char c : text)
        nesting.step(c);
    return nesting.depth() > 0 || nesting.inString();
}

} // namespace

JsonSupport::JsonSupport(const std::string &text)
    : m_text(text)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ImportError(QStringLiteral("holds no JSON value"));
    // readAll() leaves SIMDJSON_PADDING bytes of capacity behind the text; simdjson reads
    // ahead into them instead of copying the whole text into a padded buffer.
    const simdjson::padded_string_view view(text.data(), text.size(), text.capacity());
    // simdjson's index of a large text is as large as the text; allocated here rather than
    // in iterate(), so that it can be backed by 2 MB pages before it is written.
    constexpr size_t kLargeText = size_t(64) << 20;
    if (text.size() >= kLargeText && !m_parser.allocate(text.size()))
        adviseHugePagesForLargeMappings(kLargeText / 2);
    if (const auto error = m_parser.iterate(view).get(m_document)) {
        // simdjson's first stage (UTF-8, strings) names no place for what it finds.
        throw ImportError(message(error, "a JSON value"));
    }
    m_iterating = true;
    // One cheap pass over the structural index (no value is parsed) proves that every
    // array and object is closed and nothing follows the value, so a truncated or
    // concatenated file is refused before an importer writes anything.
    std::string_view whole;
    if (const auto error = m_document.raw_json().get(whole)) {
        // simdjson reports an array or object left open at the end as a structure error
        // somewhere before it; what people need to hear is that the text stops early.
        if ((error == simdjson::TAPE_ERROR || error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
            && endsInsideValue(text))
            fail(simdjson::INCOMPLETE_ARRAY_OR_OBJECT, "a complete JSON value");
        fail(error, "a complete JSON value");
    }
    if (!m_document.current_location().error())
        fail(QStringLiteral("unexpected text after the end of the JSON value"));
    m_document.rewind();
}

JsonSupport::Object JsonSupport::rootObject(const char *expected)
{
    m_document.rewind();
    return take(m_document.get_object(), expected);
}

int64_t JsonSupport::offset()
{
    if (!m_iterating)
        return 0;
    const simdjson::simdjson_result<const char *> location = m_document.current_location();
    if (location.error())
        return int64_t(m_text.size());
    const int64_t at = location.value_unsafe() - m_text.data();
    return std::clamp<int64_t>(at, 0, int64_t(m_text.size()));
}

double JsonSupport::fractionDone()
{
    return m_text.empty() ? 1.0 : double(offset()) / double(m_text.size());
}

void JsonSupport::fail(const QString &message)
{
    throw ImportError::atOffset(message, offset());
}

void JsonSupport::fail(simdjson::error_code error, const char *expected)
{
    throw ImportError::atOffset(message(error, expected), offset());
}

bool JsonSupport::isNull(Value &value)
{
    bool null = false;
    if (value.is_null().get(null))
        return false;
    return null;
}

QString JsonSupport::message(simdjson::error_code error, const char *expected)
{
    using namespace simdjson;
    const QString what = expectedText(expected);
    switch (error) {
    case INCORRECT_TYPE:
    case NUMBER_ERROR:
    case NUMBER_OUT_OF_RANGE:
    case STRING_ERROR:
    case T_ATOM_ERROR:
    case F_ATOM_ERROR:
    case N_ATOM_ERROR:
        return QStringLiteral("expected %1").arg(what);
    case NO_SUCH_FIELD:
        return QStringLiteral("missing %1").arg(what);
    case INDEX_OUT_OF_BOUNDS:
    case OUT_OF_BOUNDS:
        return QStringLiteral("the JSON ends where %1 was expected").arg(what);
    case EMPTY:
        return QStringLiteral("holds no JSON value");
    case UNCLOSED_STRING:
        return QStringLiteral("a string is never closed: the file is truncated or is not "
                              "JSON (expected %1)")
            .arg(what);
    case INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral("the JSON ends before all its arrays and objects are closed: "
                              "the file is truncated (expected %1)")
            .arg(what);
    case TAPE_ERROR:
        return QStringLiteral("malformed JSON: a comma, colon, bracket or key is missing or "
                              "out of place (expected %1)")
            .arg(what);
    case DEPTH_ERROR:
        return QStringLiteral("the JSON nests arrays and objects deeper than %1 levels")
            .arg(DEFAULT_MAX_DEPTH);
    case UTF8_ERROR:
        return QStringLiteral("the text is not valid UTF-8 (expected %1)").arg(what);
    case UNESCAPED_CHARS:
        return QStringLiteral("a string holds an unescaped control character (expected %1)")
            .arg(what);
    case CAPACITY:
    case MEMALLOC:
        return QStringLiteral("the JSON is too large to index in memory");
    default:
        break;
    }
    return QStringLiteral("malformed JSON: %1 (expected %2)")
        .arg(QString::fromUtf8(error_message(error)), what);
}

std::vector<std::string_view> JsonSupport::topLevelKeys(std::string_view head, size_t maxKeys)
{
    std::vector<std::string_view> keys;
    size_t i = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (i == std::string_view::npos || head[i] != '{')
        return keys;
    int depth = 0;
    for (; i < head.size() && keys.size() < maxKeys; ++i) {
        const char c = head[i];
        if (c == '"') {
            const size_t start = i + 1;
            size_t end = start;
            while (end < head.size() && head[end] != '"')
                end += head[end] == '\\' ? 2 : 1;
            if (end >= head.size())
                break; // the head ends inside this string
            i = end;
            if (depth != 1)
                continue;
            // A string in the root object is a key when a colon follows it.
            const size_t next = head.find_first_not_of(" \t\r\n", end + 1);
            if (next != std::string_view::npos && head[next] == ':')
                keys.push_back(head.substr(start, end - start));
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0)
                break;
        }
    }
    return keys;
}

bool JsonSupport::hasKey(const std::vector<std::string_view> &keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace eg::importers
