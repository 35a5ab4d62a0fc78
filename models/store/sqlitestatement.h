#pragma once

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>

namespace eg::store {

// A prepared statement that finalizes itself. Binding is 1-based, columns 0-based,
// as in SQLite's own API; errors throw StoreError naming the SQL that failed.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, int64_t value);
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, std::string_view text);
    SqliteStatement &bind(int index, const QString &text);
    // Text bound without a copy (SQLITE_STATIC): it must stay unchanged until the
    // statement is reset, as exec() does. For rows written by the hundred thousand.
    SqliteStatement &bindStatic(int index, std::string_view text);
    SqliteStatement &bindBlob(int index, const void *data, size_t size);
    // A blob of `size` zero bytes, to be written in pieces with sqlite3_blob_write(), so
    // that a large one is never copied whole into SQLite's record.
    SqliteStatement &bindZeroBlob(int index, size_t size);
    SqliteStatement &bindNull(int index);

    // Steps once: true while a row is available, false when done.
    bool step();
    // Runs a statement that returns no rows, then resets it for the next use.
    void exec();
    void reset();

    int64_t int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    std::string_view textView(int column) const;
    QByteArray blob(int column) const;
    // The blob without a copy, valid until the next step() or reset().
    std::string_view blobView(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace eg::store
