#include "otlpattributes.h"

#include "importers/common/jsontextbuilder.h"
#include "importers/common/spanopclassifier.h"

#include <charconv>
#include <limits>

namespace eg::importers {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::number_type;

// Attribute values nest (arrays of lists of arrays...); real ones go a few levels deep.
// The bound keeps a hostile file from recursing without end.
constexpr int kMaxValueDepth = 32;

template<typename T> bool parseWhole(std::string_view text, T &out)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

} // namespace

void OtlpAttributes::writeList(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out)
{
    writeList(json, list, out, Observer(), 0);
}

void OtlpAttributes::writeList(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out,
                               const Observer &observer)
{
    writeList(json, list, out, observer, 0);
}

void OtlpAttributes::writeList(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out,
                               const Observer &observer, int depth)
{
    out.beginObject();
    writeMembers(json, list, out, observer, depth);
    out.endObject();
}

void OtlpAttributes::writeMembers(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out)
{
    writeMembers(json, list, out, Observer(), 0);
}

void OtlpAttributes::writeMembers(JsonSupport &json, JsonSupport::Value &list, JsonTextBuilder &out,
                                  const Observer &observer, int depth)
{
    if (json.isNull(list))
        return;
    JsonSupport::Array array = json.array(list, "an array of attributes ({key, value})");
    for (auto item : array) {
        JsonSupport::Value element = json.take(std::move(item), "an attribute");
        writeKeyValue(json, element, out, observer, depth);
    }
}

void OtlpAttributes::writeKeyValue(JsonSupport &json, JsonSupport::Value &element,
                                   JsonTextBuilder &out, const Observer &observer, int depth)
{
    JsonSupport::Object object = json.object(element,
                                             "an attribute (an object with `key` and "
                                             "`value`)");
    std::string_view key;
    bool hasKey = false;
    bool hasValue = false;
    // Writers put `key` first; should `value` come first, it is written aside until the
    // key is known.
    std::string early;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of an attribute");
        const auto name = field.key();
        if (name == "key") {
            key = JsonTextBuilder::inputString(json, field.value(),
                                               "a string as an attribute's `key`");
            hasKey = true;
            if (observer.ops)
                observer.ops->observe(key);
            if (hasValue)
                out.key(key).raw(early);
        } else if (name == "value") {
            if (hasValue)
                continue;
            hasValue = true;
            std::string *captured = hasKey && observer.captured && key == observer.captureKey
                ? observer.captured
                : nullptr;
            if (hasKey) {
                out.key(key);
                writeValue(json, field.value(), out, captured, depth + 1);
            } else {
                JsonTextBuilder aside(early);
                writeValue(json, field.value(), aside, nullptr, depth + 1);
            }
        }
    }
    if (!hasKey)
        json.fail(QStringLiteral("an attribute has no `key`"));
    if (!hasValue)
        out.key(key).null(); // an AnyValue left out is an empty one
}

void OtlpAttributes::writeValue(JsonSupport &json, JsonSupport::Value &value, JsonTextBuilder &out,
                                std::string *stringOut, int depth)
{
    if (depth > kMaxValueDepth)
        json.fail(
            QStringLiteral("attribute values nest deeper than %1 levels").arg(kMaxValueDepth));
    if (json.isNull(value)) {
        out.null();
        return;
    }
    JsonSupport::Object object = json.object(value,
                                             "an attribute value (an object such as "
                                             "{\"stringValue\": ...})");
    bool written = false;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of an attribute value");
        if (written)
            continue; // a oneof holds one value; the first wins
        const auto name = field.key();
        JsonSupport::Value &v = field.value();
        if (name == "stringValue") {
            const std::string_view text = out.copyString(json, v, "a string as `stringValue`");
            if (stringOut)
                stringOut->assign(text);
        } else if (name == "intValue") {
            const json_type type = json.take(v.type(), "an integer as `intValue`");
            if (type == json_type::string) {
                const std::string_view text = json.string(v, "an integer as `intValue`");
                int64_t number = 0;
                uint64_t big = 0;
                if (parseWhole(text, number))
                    out.integer(number);
                else if (parseWhole(text, big))
                    out.unsignedInteger(big);
                else
                    json.fail(QStringLiteral("expected an integer (a number or a string of "
                                             "digits) as `intValue`, not \"%1\"")
                                  .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
            } else {
                const number_type kind = json.take(v.get_number_type(), "an integer as `intValue`");
                if (kind == number_type::unsigned_integer)
                    out.unsignedInteger(json.take(v.get_uint64(), "an integer as `intValue`"));
                else
                    out.integer(json.integer(v, "an integer as `intValue`"));
            }
        } else if (name == "doubleValue") {
            const json_type type = json.take(v.type(), "a number as `doubleValue`");
            if (type == json_type::string) {
                // protobuf JSON spells the values JSON has no number for as strings.
                const std::string_view text = json.string(v, "a number as `doubleValue`");
                double number = 0;
                if (text == "NaN")
                    out.number(std::numeric_limits<double>::quiet_NaN());
                else if (text == "Infinity")
                    out.number(std::numeric_limits<double>::infinity());
                else if (text == "-Infinity")
                    out.number(-std::numeric_limits<double>::infinity());
                else if (parseWhole(text, number))
                    out.number(number);
                else
                    json.fail(QStringLiteral("expected a number as `doubleValue`"));
            } else {
                out.number(json.number(v, "a number as `doubleValue`"));
            }
        } else if (name == "boolValue") {
            out.boolean(json.take(v.get_bool(), "true or false as `boolValue`"));
        } else if (name == "bytesValue") {
            out.copyString(json, v, "a base64 string as `bytesValue`");
        } else if (name == "arrayValue") {
            writeArray(json, v, out, depth);
        } else if (name == "kvlistValue") {
            if (json.isNull(v)) {
                out.beginObject().endObject();
            } else {
                JsonSupport::Object list = json.object(v, "an object as `kvlistValue`");
                bool any = false;
                for (auto listItem : list) {
                    auto listField = json.take(std::move(listItem), "a key of `kvlistValue`");
                    if (listField.key() == "values" && !any) {
                        any = true;
                        writeList(json, listField.value(), out, Observer {}, depth + 1);
                    }
                }
                if (!any)
                    out.beginObject().endObject();
            }
        } else {
            continue; // an unknown member (a newer AnyValue kind) is not a value we know
        }
        written = true;
    }
    if (!written)
        out.null();
}

void OtlpAttributes::writeArray(JsonSupport &json, JsonSupport::Value &arrayValue,
                                JsonTextBuilder &out, int depth)
{
    out.beginArray();
    if (!json.isNull(arrayValue)) {
        JsonSupport::Object object = json.object(arrayValue, "an object as `arrayValue`");
        for (auto item : object) {
            auto field = json.take(std::move(item), "a key of `arrayValue`");
            if (field.key() != "values" || json.isNull(field.value()))
                continue;
            JsonSupport::Array values
                = json.array(field.value(), "an array in `arrayValue.values`");
            for (auto element : values) {
                JsonSupport::Value v = json.take(std::move(element), "a value in `arrayValue`");
                writeValue(json, v, out, nullptr, depth + 1);
            }
        }
    }
    out.endArray();
}

void OtlpAttributes::readResource(JsonSupport &json, JsonSupport::Value &value,
                                  std::string &resourceJson, std::string &service)
{
    resourceJson.clear();
    service.clear();
    if (json.isNull(value))
        return;
    JsonSupport::Object object = json.object(value, "an object as `resource`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `resource`");
        if (field.key() != "attributes")
            continue;
        JsonTextBuilder resource(resourceJson);
        resource.reset(); // the last `attributes` wins, should there be two
        Observer observer;
        observer.captureKey = "service.name";
        observer.captured = &service;
        writeList(json, field.value(), resource, observer);
    }
}

void OtlpAttributes::readScope(JsonSupport &json, JsonSupport::Value &value, std::string &scopeJson)
{
    scopeJson.clear();
    if (json.isNull(value))
        return;
    JsonSupport::Object object = json.object(value, "an object as `scope`");
    JsonTextBuilder scope(scopeJson);
    scope.beginObject();
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `scope`");
        const auto key = field.key();
        if (key == "name" || key == "version") {
            const std::string_view text = json.string(field.value(), "a string in `scope`");
            if (!text.empty())
                scope.key(key == "name" ? "name" : "version").string(text);
        } else if (key == "attributes") {
            scope.key("attributes");
            writeList(json, field.value(), scope);
        }
    }
    scope.endObject();
    if (scopeJson == "{}")
        scopeJson.clear();
}

int64_t OtlpAttributes::enumValue(JsonSupport &json, JsonSupport::Value &value,
                                  const char *expected, std::string_view &name)
{
    const json_type type = json.take(value.type(), expected);
    if (type == json_type::string) {
        name = json.string(value, expected);
        return -1;
    }
    return json.integer(value, expected);
}

} // namespace eg::importers
