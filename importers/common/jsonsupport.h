#pragma once

#include <QString>

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eg::importers {

// simdjson's On-Demand API over a whole text read by InputStream::readAll(), with every
// simdjson error turned into an ImportError at a byte offset that says what was expected
// there ("expected a number in `timeDeltas`"). On-Demand never builds a DOM: values are
// parsed as the importer walks to them, so memory stays at the text plus its index.
class JsonSupport
{
public:
    using Object = simdjson::ondemand::object;
    using Array = simdjson::ondemand::array;
    using Value = simdjson::ondemand::value;

    // `text` must keep readAll()'s padding and outlive this object. Indexes the text and
    // checks that it is exactly one complete JSON value, so that a truncated file fails
    // here, before an importer has written anything.
    explicit JsonSupport(const std::string &text);
    JsonSupport(const JsonSupport &) = delete;
    JsonSupport &operator=(const JsonSupport &) = delete;

    simdjson::ondemand::document &document() { return m_document; }
    // Starts (again) at the top: the root value as an object.
    Object rootObject(const char *expected);

    // Where the parser is, in bytes from the start of the text; the end when it is done.
    int64_t offset();
    // How much of the text lies behind the parser, for progress reports.
    double fractionDone();
    // The length of the whole text, to size arrays before they are read.
    size_t textSize() const { return m_text.size(); }

    [[noreturn]] void fail(const QString &message);
    [[noreturn]] void fail(simdjson::error_code error, const char *expected);

    // The value of a simdjson result, or an ImportError saying `expected` was expected.
    template<typename T> T take(simdjson::simdjson_result<T> &&result, const char *expected)
    {
        T out {};
        if (const simdjson::error_code error = std::move(result).get(out))
            fail(error, expected);
        return out;
    }

    Object object(Value &value, const char *expected) { return take(value.get_object(), expected); }
    Array array(Value &value, const char *expected) { return take(value.get_array(), expected); }
    double number(Value &value, const char *expected) { return take(value.get_double(), expected); }
    int64_t integer(Value &value, const char *expected)
    {
        return take(value.get_int64(), expected);
    }
    std::string_view string(Value &value, const char *expected)
    {
        return take(value.get_string(), expected);
    }
    // True (and consumed) when the value is JSON null, which files use for "absent".
    bool isNull(Value &value);

    // Walks an object whose list member needs another member, its context, that writers
    // usually put first but JSON does not promise: Jaeger's `processes` after `spans`,
    // OTLP's `resource` after `scopeSpans`. `onMember(key, value)` sees every other member
    // in file order and says whether it was the context; `isList(key)` names the list;
    // `onList(value)` reads it, at once when the context came before it, else in a second
    // walk over the object. `memberExpected` and `objectExpected` word the errors.
    template<typename IsList, typename OnMember, typename OnList>
    void readListAfterContext(Object &object, const char *memberExpected,
                              const char *objectExpected, IsList isList, OnMember onMember,
                              OnList onList)
    {
        bool contextRead = false;
        bool listLeft = false;
        for (auto item : object) {
            auto field = take(std::move(item), memberExpected);
            const auto key = field.key();
            if (!isList(key))
                contextRead = onMember(key, field.value()) || contextRead;
            else if (contextRead)
                onList(field.value());
            else
                listLeft = true;
        }
        if (!listLeft)
            return;
        take(object.reset(), objectExpected);
        for (auto item : object) {
            auto field = take(std::move(item), memberExpected);
            if (isList(field.key()))
                onList(field.value());
        }
    }

    // Whether `keys` (as topLevelKeys() returns them) hold `key`.
    static bool hasKey(const std::vector<std::string_view> &keys, std::string_view key);

    // The error message for a simdjson error where `expected` was expected.
    static QString message(simdjson::error_code error, const char *expected);

    // Keys of the outermost object of a JSON prefix that may end in the middle of a token,
    // in file order, without parsing the prefix: what probe() needs from a bounded head.
    // Empty when the prefix does not start (after white space) with an object.
    static std::vector<std::string_view> topLevelKeys(std::string_view head, size_t maxKeys = 64);

private:
    const std::string &m_text;
    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_document;
    bool m_iterating = false; // a document without a parser must not be asked where it is
};

} // namespace eg::importers
