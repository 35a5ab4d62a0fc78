// JSON-lines logs (issue 6): generates N records as a pino-style log, imports them end to
// end into an on-disk cache, then times a full-text search's first page and histograms.
// Usage: jsonl_bench [LINES [FILE]]   (default 1,000,000; FILE: where the log is written,
// and read again without writing when it is there already, so that repeated runs of ten
// million lines skip the two gigabytes of writing)
#include "benchclock.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importpipeline.h"
#include "models/store/cache.h"
#include "models/store/logreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <string>

using eg::bench::BenchClock;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int64_t lineCount = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    QTemporaryDir dir;
    const QString logPath
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("app.jsonl"));
    if (!QFile::exists(logPath)) {
        QFile file(logPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        std::mt19937_64 random(7);
        const char *levels[] = {"debug", "info", "info", "info", "warn", "error"};
        const char *services[] = {"api", "orders", "payments", "auth"};
        const char *words[] = {"request", "handled", "user",    "order",    "cache",   "miss",
                               "retry",   "timeout", "payment", "declined", "session", "renewed"};
        std::string line;
        char buffer[256];
        for (int64_t i = 0; i < lineCount; ++i) {
            line.clear();
            std::snprintf(buffer, sizeof buffer,
                          "{\"time\":%lld,\"level\":\"%s\",\"service\":\"%s\",\"msg\":\"",
                          1'700'000'000'000LL + i * 3, levels[random() % 6],
                          services[random() % 4]);
            line += buffer;
            for (int w = 0; w < 6; ++w) {
                line += words[random() % 12];
                line += ' ';
            }
            std::snprintf(buffer, sizeof buffer,
                          "%llu\",\"trace_id\":\"%016llx%016llx\",\"http.status\":%d,"
                          "\"region\":\"eu-west-1\"}\n",
                          static_cast<unsigned long long>(random() % 100000),
                          static_cast<unsigned long long>(random()),
                          static_cast<unsigned long long>(random()),
                          int(random() % 4 == 0 ? 500 : 200));
            line += buffer;
            file.write(line.data(), qint64(line.size()));
        }
        std::printf("%lld lines, %.1f MB\n", static_cast<long long>(lineCount),
                    double(file.size()) / 1e6);
    }

    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    eg::store::Cache cache(cachePath);
    BenchClock clock;
    eg::importers::ImportContext context;
    eg::importers::ImportPipeline pipeline(eg::importers::ImporterRegistry::instance());
    pipeline.importFile(logPath, cache, context);
    const double importMs = clock.elapsedMs();
    BenchClock::report("import (parse, blocks, word index, commit)", importMs);
    std::printf("%.0f lines/s\n", double(lineCount) / (importMs / 1000));
    clock.restart();
    cache.checkpoint();
    BenchClock::report("checkpoint (after the import is shown)", clock.elapsedMs());

    eg::store::LogReader reader(cache);
    eg::store::LogFilter filter;
    for (const char *query : {"declined", "payment timeout", "zzzz"}) {
        filter.text = QString::fromLatin1(query);
        clock.restart();
        const auto page = reader.page(filter, 0, 100);
        char label[64];
        std::snprintf(label, sizeof label, "search \"%s\": first page (%zu rows)", query,
                      page.size());
        BenchClock::report(label, clock.elapsedMs());
    }
    filter = {};
    for (const int64_t offset : {int64_t(0), lineCount / 2, lineCount - 100}) {
        clock.restart();
        const auto page = reader.page(filter, offset, 100);
        char label[64];
        std::snprintf(label, sizeof label, "page of 100 at line %lld (%zu rows)",
                      static_cast<long long>(offset), page.size());
        BenchClock::report(label, clock.elapsedMs());
    }
    clock.restart();
    const auto range = reader.timeRange(filter);
    BenchClock::report("time range", clock.elapsedMs());
    if (range) {
        clock.restart();
        reader.histogram(filter, range->first, range->second + 1, 200);
        BenchClock::report("histogram, 200 bins over everything", clock.elapsedMs());
        const int64_t tenth = (range->second - range->first) / 10;
        clock.restart();
        reader.histogram(filter, range->first, range->first + tenth, 200);
        BenchClock::report("histogram, 200 bins over a tenth", clock.elapsedMs());
    }
    return 0;
}
