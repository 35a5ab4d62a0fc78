#include "clicommands.h"

#include "summarywriter.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importpipeline.h"
#include "models/analysis/calltree.h"
#include "models/analysis/flamegraphlayout.h"
#include "models/analysis/foldedstacks.h"
#include "models/analysis/speedscopeexporter.h"
#include "models/store/cache.h"
#include "models/store/storeerror.h"
#include "views/flamegraphexporter.h"

#include <QApplication>
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

// "2 profiles, 1 trace (36 spans), 23 log lines, 2 errors": what an import brought.
QString contentsText(const std::optional<store::SourceInfo> &source)
{
    if (!source)
        return QStringLiteral("nothing");
    const auto counted = [](int64_t n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    QStringList parts;
    if (source->profileCount > 0)
        parts << counted(source->profileCount, "profile", "profiles");
    if (source->traceCount > 0)
        parts << counted(source->traceCount, "trace", "traces") + QStringLiteral(" (")
                + counted(source->spanCount, "span", "spans") + QLatin1Char(')');
    if (source->logCount > 0)
        parts << counted(source->logCount, "log line", "log lines");
    if (source->errorCount > 0)
        parts << counted(source->errorCount, "error", "errors");
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

} // namespace

void CliCommands::printUsage() const
{
    printLine(stderr,
              QStringLiteral("usage: emberglass-cli formats\n"
                             "       emberglass-cli import  [--cache DB] [--log-field ROLE=NAME] "
                             "FILE...\n"
                             "       emberglass-cli summary [--cache DB] [--format ID] "
                             "[--log-field ROLE=NAME] [FILE...]\n"
                             "       emberglass-cli export  [--cache DB] FILE --to "
                             "folded|speedscope|svg|png [--profile N] [-o OUT]"));
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
        } else if (arg == QLatin1String("--log-field")) {
            QString value;
            if (!takeValue(&value))
                return std::nullopt;
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            if (equals <= 0 || equals + 1 == value.size()
                || !options.logFields.set(value.left(equals).toStdString(),
                                          value.mid(equals + 1).toStdString())) {
                printLine(stderr,
                          QStringLiteral("emberglass: --log-field takes ROLE=NAME, ROLE "
                                         "one of %1 (time=when)")
                              .arg(QString::fromLatin1(importers::LogFieldNames::roles())));
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--profile")) {
            QString value;
            bool ok = false;
            if (!takeValue(&value))
                return std::nullopt;
            options.profileIndex = value.toInt(&ok);
            options.profileGiven = true;
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
        context.setLogFieldNames(options.logFields);
        try {
            const importers::ImportResult result = pipeline.importFile(file, cache, context);
            if (showProgress)
                std::fputs("\r\033[K", stderr);
            sourceIds.push_back(result.sourceId);
            formats->append(result.format);
            if (announce) {
                printLine(
                    stdout,
                    result.duplicate
                        ? QStringLiteral("%1: already in the cache as source %2")
                              .arg(file)
                              .arg(result.sourceId)
                        : QStringLiteral("%1: imported %2 as %3, source %4")
                              .arg(file, contentsText(cache.source(result.sourceId)), result.format)
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

bool CliCommands::needsGui(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.front() != QLatin1String("export"))
        return false;
    const qsizetype to = arguments.indexOf(QStringLiteral("--to"));
    return to >= 0 && to + 1 < arguments.size()
        && (arguments[to + 1] == QLatin1String("svg") || arguments[to + 1] == QLatin1String("png"));
}

int CliCommands::exportProfile(const Options &options)
{
    static const QStringList kTargets {QStringLiteral("folded"), QStringLiteral("speedscope"),
                                       QStringLiteral("svg"), QStringLiteral("png")};
    if (options.files.size() != 1 || options.exportTo.isEmpty()) {
        printUsage();
        return Failure;
    }
    if (!kTargets.contains(options.exportTo)) {
        printLine(stderr,
                  QStringLiteral("emberglass: cannot export to %1; choose folded, speedscope, "
                                 "svg or png")
                      .arg(options.exportTo));
        return Failure;
    }
    const bool picture
        = options.exportTo == QLatin1String("svg") || options.exportTo == QLatin1String("png");
    if (picture && !qobject_cast<QApplication *>(QCoreApplication::instance())) {
        printLine(
            stderr,
            QStringLiteral("emberglass: export to %1 needs a QApplication").arg(options.exportTo));
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
    const QString &file = options.files.front();
    const QString name
        = file == QLatin1String("-") ? QStringLiteral("stdin") : QFileInfo(file).fileName();
    const int64_t profileId = profiles[size_t(options.profileIndex)].id;

    QByteArray bytes;
    if (options.exportTo == QLatin1String("folded")) {
        const std::string text = analysis::FoldedStacks::fromProfile(cache.loadProfile(profileId));
        bytes = QByteArray(text.data(), qsizetype(text.size()));
    } else if (options.exportTo == QLatin1String("speedscope")) {
        // Like the file it came from, a speedscope file holds every profile (thread) of the
        // source, unless --profile picks one.
        std::vector<store::ProfileData> loaded;
        if (options.profileGiven) {
            loaded.push_back(cache.loadProfile(profileId));
        } else {
            for (const store::ProfileInfo &info : profiles)
                loaded.push_back(cache.loadProfile(info.id));
        }
        std::vector<const store::ProfileData *> pointers;
        for (const store::ProfileData &p : loaded)
            pointers.push_back(&p);
        const std::string text = analysis::SpeedscopeExporter::toJson(pointers, name.toStdString());
        bytes = QByteArray(text.data(), qsizetype(text.size()));
    } else {
        views::LoadedProfile loaded;
        auto profile = std::make_shared<const store::ProfileData>(cache.loadProfile(profileId));
        auto tree = std::make_shared<const analysis::CallTree>(*profile);
        loaded.layout = std::make_shared<const analysis::FlameGraphLayout>(*tree);
        loaded.profile = std::move(profile);
        loaded.tree = std::move(tree);
        // The whole graph: what a file is for when nobody can zoom it.
        bytes = options.exportTo == QLatin1String("svg")
            ? views::FlameGraphExporter::wholeSvg(loaded, name)
            : views::FlameGraphExporter::toPng(views::FlameGraphExporter::wholeImage(loaded));
        if (bytes.isEmpty()) {
            printLine(stderr,
                      QStringLiteral("emberglass: %1: could not paint the flame graph").arg(file));
            return Failure;
        }
    }
    return writeOutput(options, bytes) ? Success : Failure;
}

bool CliCommands::writeOutput(const Options &options, const QByteArray &bytes)
{
    if (options.output.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QFile out(options.output);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
        printLine(stderr,
                  QStringLiteral("emberglass: %1: cannot write: %2")
                      .arg(options.output, out.errorString()));
        return false;
    }
    return true;
}

} // namespace eg::app
