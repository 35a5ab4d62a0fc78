#pragma once

#include "importers/common/logfieldnames.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace eg::store {
class Cache;
}

namespace eg::app {

// emberglass-cli as CLI.md specifies it: formats, import, summary, export. Exit status
// 0 on success, 2 for bad input (one line on stderr naming the file), 1 otherwise.
class CliCommands
{
public:
    enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

    // `arguments` without the program name.
    int run(const QStringList &arguments);
    // Whether these arguments paint pictures (export to svg or png), which needs a
    // QApplication; every other command runs on a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

private:
    struct Options
    {
        QString command;
        QString cachePath;
        QString format;
        QString exportTo;
        QString output;
        int profileIndex = 0;
        bool profileGiven = false;
        // --log-field ROLE=NAME: members of JSON log records that detection misses.
        importers::LogFieldNames logFields;
        QStringList files;
    };
    std::optional<Options> parse(const QStringList &arguments);

    int formats();
    int import(const Options &options);
    int summary(const Options &options);
    int exportProfile(const Options &options);
    bool writeOutput(const Options &options, const QByteArray &bytes);

    // Imports each file (already imported bytes are found, not duplicated); stops at the
    // first bad file with its message on stderr. Returns the source ids in file order.
    std::optional<std::vector<int64_t>> importAll(store::Cache &cache, const Options &options,
                                                  QStringList *formats, bool announce);
    void printUsage() const;
};

} // namespace eg::app
