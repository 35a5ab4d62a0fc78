#pragma once

#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace eg::store {

// A failure of the cache itself (disk full, corrupt database, locked file), as opposed
// to bad input, which importers report as ImportError.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;

    static StoreError fromSqlite(sqlite3 *db, std::string_view sql)
    {
        std::string message = "cache database error: ";
        message += sqlite3_errmsg(db);
        message += " (in: ";
        message += sql.substr(0, 80);
        message += ')';
        return StoreError(message);
    }
};

} // namespace eg::store
