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

namespace {

// The settings key of each role LogFieldNames::set() knows.
constexpr const char *kLogFieldRoles[]
    = {"time", "message", "level", "service", "trace_id", "span_id"};

QString logFieldKey(const char *role)
{
    return QStringLiteral("logFields/") + QLatin1String(role);
}

} // namespace

importers::LogFieldNames Settings::logFieldNames()
{
    const QSettings settings;
    importers::LogFieldNames names;
    for (const char *role : kLogFieldRoles)
        names.set(role, settings.value(logFieldKey(role)).toString().trimmed().toStdString());
    return names;
}

void Settings::setLogFieldNames(const importers::LogFieldNames &names)
{
    QSettings settings;
    for (const char *role : kLogFieldRoles) {
        const std::string &name = names.get(role);
        if (name.empty())
            settings.remove(logFieldKey(role));
        else
            settings.setValue(logFieldKey(role), QString::fromStdString(name));
    }
}

} // namespace eg::app
