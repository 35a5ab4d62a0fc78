#pragma once

#include "importers/common/logfieldnames.h"

#include <QStringList>

namespace eg::app {

// The user's settings that outlive a session: recently opened files for File → Recent,
// the names of log fields for imports.
class Settings
{
public:
    static constexpr int kMaxRecentFiles = 10;

    static QStringList recentFiles();
    // Moves `path` to the front of the list, dropping the oldest beyond the maximum.
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    // Names of members of JSON log records that detection misses (File → Log Fields…).
    static importers::LogFieldNames logFieldNames();
    static void setLogFieldNames(const importers::LogFieldNames &names);
};

} // namespace eg::app
