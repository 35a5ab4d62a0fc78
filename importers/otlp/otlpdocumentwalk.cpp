#include "otlpdocumentwalk.h"

#include <algorithm>

namespace eg::importers {

namespace {

bool named(std::initializer_list<std::string_view> keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

void OtlpDocumentWalk::headFirst(JsonSupport &json, JsonSupport::Object &object,
                                 const char *expected,
                                 std::initializer_list<std::string_view> headKeys,
                                 std::initializer_list<std::string_view> bodyKeys,
                                 const Reader &readHead, const Reader &readBody)
{
    bool headRead = false;
    bool bodyLeft = false;
    for (auto item : object) {
        auto field = json.take(std::move(item), expected);
        const std::string_view key = json.take(field.unescaped_key(), expected);
        if (named(headKeys, key)) {
            readHead(field.value());
            headRead = true;
        } else if (named(bodyKeys, key)) {
            if (headRead)
                readBody(field.value());
            else
                bodyLeft = true;
        }
    }
    if (!bodyLeft)
        return;
    json.take(object.reset(), expected);
    for (auto item : object) {
        auto field = json.take(std::move(item), expected);
        if (named(bodyKeys, json.take(field.unescaped_key(), expected)))
            readBody(field.value());
    }
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
