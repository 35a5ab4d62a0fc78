#pragma once

#include <QStringList>

namespace eg::app {

// The user's settings that outlive a session: recently opened files for File → Recent.
class Settings
{
public:
    static constexpr int kMaxRecentFiles = 10;

    static QStringList recentFiles();
    // Moves `path` to the front of the list, dropping the oldest beyond the maximum.
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();
};

} // namespace eg::app
