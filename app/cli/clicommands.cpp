#include "clicommands.h"

#include "summarywriter.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importpipeline.h"
#include "models/analysis/foldedstacks.h"
#include "models/store/cache.h"
#include "models/store/storeerror.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace eg::app {

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void writeOut(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

} // namespace

void CliCommands::printUsage() const
{
    printLine(stderr,
              QStringLiteral("usage: emberglass-cli formats\n"
                             "       emberglass-cli import  [--cache DB] FILE...\n"
                             "       emberglass-cli summary [--cache DB] [--format ID] [FILE...]\n"
                             "       emberglass-cli export  [--cache DB] FILE --to folded "
                             "[--profile N] [-o OUT]"));
}

std::optional<CliCommands::Options> CliCommands::parse(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        auto takeValue = [&](QString *into) {
            if (i + 1 >= arguments.size()) {
                printLine(stderr, QStringLiteral("emberglass: %1 needs a value").arg(arg));
                return false;
            }
            *into = arguments[++i];
            return true;
        };
        if (arg == QLatin1String("--cache")) {
            if (!takeValue(&options.cachePath))
                return std::nullopt;
        } else if (arg == QLatin1String("--format")) {
            if (!takeValue(&options.format))
                return std::nullopt;
        } else if (arg == QLatin1String("--to")) {
            if (!takeValue(&options.exportTo))
                return std::nullopt;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (!takeValue(&options.output))
                return std::nullopt;
        } else if (arg == QLatin1String("--profile")) {
            QString value;
            bool ok = false;
            if (!takeValue(&value))
                return std::nullopt;
            options.profileIndex = value.toInt(&ok);
            if (!ok || options.profileIndex < 0) {
                printLine(stderr, QStringLiteral("emberglass: --profile takes a number from 0"));
                return std::nullopt;
            }
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            printLine(stderr, QStringLiteral("emberglass: unknown option %1").arg(arg));
            return std::nullopt;
        } else if (options.command.isEmpty()) {
            options.command = arg;
        } else {
            options.files.append(arg);
        }
    }
    if (options.cachePath.isEmpty())
        options.cachePath = store::Cache::defaultPath();
    return options;
}

int CliCommands::run(const QStringList &arguments)
{
    const std::optional<Options> options = parse(arguments);
    if (!options || options->command.isEmpty()) {
        printUsage();
        return Failure;
    }
    try {
        if (options->command == QLatin1String("formats"))
            return formats();
        if (options->command == QLatin1String("import"))
            return import(*options);
        if (options->command == QLatin1String("summary"))
            return summary(*options);
        if (options->command == QLatin1String("export"))
            return exportProfile(*options);
    } catch (const store::StoreError &error) {
        printLine(stderr, QStringLiteral("emberglass: %1").arg(QString::fromUtf8(error.what())));
        return Failure;
    }
    printLine(stderr, QStringLiteral("emberglass: unknown command %1").arg(options->command));
    printUsage();
    return Failure;
}

int CliCommands::formats()
{
    for (const auto &importer : importers::ImporterRegistry::instance().importers()) {
        const importers::FormatInfo info = importer->format();
        printLine(stdout,
                  info.id + QLatin1Char('\t') + info.name + QLatin1Char('\t')
                      + info.extensions.join(QLatin1Char(',')));
    }
    return Success;
}

std::optional<std::vector<int64_t>> CliCommands::importAll(store::Cache &cache,
                                                           const Options &options,
                                                           QStringList *formats, bool announce)
{
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    if (!options.format.isEmpty())
        pipeline.setForcedFormat(options.format);
    const bool showProgress = isatty(STDERR_FILENO);
    std::vector<int64_t> sourceIds;
    for (const QString &file : options.files) {
        std::function<void(int)> onProgress;
        if (showProgress) {
            onProgress = [&file](int permille) {
                std::fprintf(stderr, "\rimporting %s: %3d%%", qPrintable(file), permille / 10);
                std::fflush(stderr);
            };
        }
        importers::ImportContext context(nullptr, onProgress);
        try {
            const importers::ImportResult result = pipeline.importFile(file, cache, context);
            if (showProgress)
                std::fputs("\r\033[K", stderr);
            sourceIds.push_back(result.sourceId);
            formats->append(result.format);
            if (announce) {
                printLine(stdout,
                          result.duplicate
                              ? QStringLiteral("%1: already in the cache as source %2")
                                    .arg(file)
                                    .arg(result.sourceId)
                              : QStringLiteral("%1: imported %2 profile(s) as %3, source %4")
                                    .arg(file)
                                    .arg(result.profileCount)
                                    .arg(result.format)
                                    .arg(result.sourceId));
            }
        } catch (const importers::ImportError &error) {
            if (showProgress)
                std::fputs("\r\033[K", stderr);
            printLine(stderr, QStringLiteral("emberglass: %1: %2").arg(file, error.describe()));
            return std::nullopt;
        }
    }
    return sourceIds;
}

int CliCommands::import(const Options &options)
{
    if (options.files.isEmpty()) {
        printUsage();
        return Failure;
    }
    store::Cache cache(options.cachePath);
    QStringList formats;
    return importAll(cache, options, &formats, true) ? Success : BadInput;
}

int CliCommands::summary(const Options &options)
{
    store::Cache cache(options.cachePath);
    SummaryWriter writer(cache);
    if (!options.files.isEmpty()) {
        QStringList formats;
        const auto sourceIds = importAll(cache, options, &formats, false);
        if (!sourceIds)
            return BadInput;
        QStringList names;
        for (const QString &file : options.files)
            names.append(file == QLatin1String("-") ? file : QFileInfo(file).fileName());
        writer.setSources(*sourceIds, names, formats);
    }
    writeOut(writer.toJson());
    return Success;
}

int CliCommands::exportProfile(const Options &options)
{
    if (options.files.size() != 1 || options.exportTo.isEmpty()) {
        printUsage();
        return Failure;
    }
    if (options.exportTo != QLatin1String("folded")) {
        printLine(stderr,
                  QStringLiteral("emberglass: export to %1 is not available yet; "
                                 "this version exports folded stacks")
                      .arg(options.exportTo));
        return Failure;
    }
    store::Cache cache(options.cachePath);
    QStringList formats;
    const auto sourceIds = importAll(cache, options, &formats, false);
    if (!sourceIds)
        return BadInput;
    const auto profiles = cache.profiles(sourceIds->front());
    if (options.profileIndex >= int(profiles.size())) {
        printLine(stderr,
                  QStringLiteral("emberglass: %1: has %2 profile(s); --profile counts from 0")
                      .arg(options.files.front())
                      .arg(profiles.size()));
        return Failure;
    }
    const std::string text = analysis::FoldedStacks::fromProfile(
        cache.loadProfile(profiles[size_t(options.profileIndex)].id));
    if (options.output.isEmpty()) {
        writeOut(text);
        return Success;
    }
    QFile out(options.output);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        printLine(stderr,
                  QStringLiteral("emberglass: %1: cannot write: %2")
                      .arg(options.output, out.errorString()));
        return Failure;
    }
    return Success;
}

} // namespace eg::app
