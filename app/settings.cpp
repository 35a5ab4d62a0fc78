#include "settings.h"

#include <QSettings>

namespace eg::app {

namespace {
const QString kRecentFilesKey = QStringLiteral("recentFiles");
}

QStringList Settings::recentFiles()
{
    return QSettings().value(kRecentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(kRecentFilesKey, files);
}

void Settings::clearRecentFiles()
{
    QSettings().remove(kRecentFilesKey);
}

} // namespace eg::app
