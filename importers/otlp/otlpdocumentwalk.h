#pragma once

#include "importers/common/jsonsupport.h"

#include <functional>
#include <initializer_list>
#include <string_view>

namespace eg::importers {

// The walk every OTLP/JSON signal shares: resource → scope → records, where each level's
// records need what its head (the resource, the scope) says. Writers put the head first,
// but JSON does not promise it: records met before their head are read in a second walk
// over the same object (On-Demand reads forward only).
class OtlpDocumentWalk
{
public:
    using Reader = std::function<void(JsonSupport::Value &)>;

    // Reads the members of `object` named by `headKeys` with `readHead`, then those named
    // by `bodyKeys` with `readBody`; `expected` names the object in errors.
    static void headFirst(JsonSupport &json, JsonSupport::Object &object, const char *expected,
                          std::initializer_list<std::string_view> headKeys,
                          std::initializer_list<std::string_view> bodyKeys, const Reader &readHead,
                          const Reader &readBody);

    // Each element of an array (null: none) with `read`; `expected` names the array and
    // `element` an element in errors.
    static void forEach(JsonSupport &json, JsonSupport::Value &value, const char *expected,
                        const char *element, const Reader &read);
};

} // namespace eg::importers
