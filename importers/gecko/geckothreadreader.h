#pragma once

#include "models/store/profiledata.h"

#include <simdjson.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace eg::importers {

class ProfileBuilder;

// Turns one thread of a Gecko profile (a simdjson DOM object) into a sampled profile.
// Reads both layouts: the raw Gecko one, whose tables are `{schema, data: [[...]]}` rows
// with frames named by a `location` string ("name (file:line:column)"), and the
// processed one, whose tables are columns and whose frames point into a `funcTable`.
class GeckoThreadReader
{
public:
    // `sharedStrings`: the profile's `shared.stringArray` (processed format), or null.
    GeckoThreadReader(simdjson::dom::object thread, simdjson::dom::array sharedStrings);

    // Fills `profile`; throws ImportError when a table is missing or malformed.
    void read(store::ProfileData &profile);

private:
    // One table as rows or as columns, with the column index of each wanted field.
    struct Table
    {
        // simdjson's DOM arrays are lists: indexing one walks it, so rows and columns
        // are copied into vectors once.
        std::vector<simdjson::dom::array> rows; // raw layout: one array per row
        simdjson::dom::object schema; // raw layout: field name → index in a row
        // processed layout: one array per field
        std::map<std::string, std::vector<simdjson::dom::element>, std::less<>> columns;
        bool columnar = false;
        bool present = false;
        size_t length = 0;
    };

    // `lengthField`: the column whose size is the table's length in the processed layout.
    Table table(const char *name, const char *lengthField, bool required);
    // The value of `field` in row `row`; false when the table has no such value.
    bool cell(const Table &table, std::string_view field, size_t row,
              simdjson::dom::element &out) const;
    bool integerCell(const Table &table, std::string_view field, size_t row, int64_t &out) const;

    std::string_view string(int64_t index) const;
    store::Frame frameFromLocation(std::string_view location) const;
    int32_t frameOf(int64_t geckoFrame, ProfileBuilder &builder);
    int32_t stackOf(int64_t geckoStack, ProfileBuilder &builder);

    simdjson::dom::object m_thread;
    std::vector<std::string_view> m_strings;
    Table m_frames;
    Table m_funcs;
    Table m_stacks;
    std::vector<int32_t> m_frameIds; // per Gecko frame: our frame, -1 before first use
    std::vector<int32_t> m_stackIds; // per Gecko stack: our stack, -2 before first use
};

} // namespace eg::importers
