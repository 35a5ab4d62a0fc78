#include "otlpdocumentwalk.h"

#include <algorithm>

namespace eg::importers {

namespace {

// Whether `key` (a key as the file spells it) is one of `keys`.
template<typename Key> bool named(std::initializer_list<std::string_view> keys, const Key &key)
{
    return std::any_of(keys.begin(), keys.end(), [&key](std::string_view k) { return key == k; });
}

} // namespace

void OtlpDocumentWalk::headFirst(JsonSupport &json, JsonSupport::Object &object,
                                 const char *expected,
                                 std::initializer_list<std::string_view> headKeys,
                                 std::initializer_list<std::string_view> bodyKeys,
                                 const Reader &readHead, const Reader &readBody)
{
    json.readListAfterContext(
        object, expected, expected, [bodyKeys](auto key) { return named(bodyKeys, key); },
        [headKeys, &readHead](auto key, JsonSupport::Value &value) {
            if (!named(headKeys, key))
                return false;
            readHead(value);
            return true;
        },
        readBody);
}

void OtlpDocumentWalk::forEach(JsonSupport &json, JsonSupport::Value &value, const char *expected,
                               const char *element, const Reader &read)
{
    if (json.isNull(value))
        return;
    auto list = json.array(value, expected);
    for (auto item : list) {
        JsonSupport::Value v = json.take(std::move(item), element);
        read(v);
    }
}

} // namespace eg::importers
