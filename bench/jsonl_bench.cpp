// JSON-lines logs (issue 6): generates N records as a pino-style log, imports them end to
// end into an on-disk cache, then times a full-text search's first page and histograms.
// Usage: jsonl_bench [LINES [FILE [CACHE]]]   (default 1,000,000; FILE: where the log is
// written, and read again without writing when it is there already, so that repeated runs
// of ten million lines skip the two gigabytes of writing; CACHE: the same for the cache)
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

    // CACHE, when it names a cache that exists, is only read: the questions again without
    // the import.
    const QString cachePath
        = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("cache.sqlite"));
    const bool imported = !QFile::exists(cachePath);
    eg::store::Cache cache(cachePath);
    BenchClock clock;
    if (imported) {
        eg::importers::ImportContext context;
        eg::importers::ImportPipeline pipeline(eg::importers::ImporterRegistry::instance());
        pipeline.importFile(logPath, cache, context);
        const double importMs = clock.elapsedMs();
        BenchClock::report("import (parse, blocks, word index, commit)", importMs);
        std::printf("%.0f lines/s\n", double(lineCount) / (importMs / 1000));
        clock.restart();
        cache.checkpoint();
        BenchClock::report("checkpoint (after the import is shown)", clock.elapsedMs());
    }

    eg::store::LogReader reader(cache);
    eg::store::LogFilter filter;
    for (const char *query : {"declined", "payment timeout", "zzzz", "48213", "payment 48213"}) {
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
    if (!range)
        return 1;
    // What the log page asks when the user zooms the histogram: 200 bins over the whole
    // time, a tenth of it and a thousandth, without a filter, for errors only, and for
    // a search (its first answer reads every block holding the word, later ones not).
    const int64_t span = range->second - range->first;
    eg::store::LogFilter errors;
    errors.levels = 1 << int(eg::store::LogLevel::Error);
    eg::store::LogFilter search;
    search.text = QStringLiteral("declined");
    for (const auto &[name, binned] :
         {std::pair {"no filter", filter}, {"errors", errors}, {"search \"declined\"", search}}) {
        for (const auto &[part, width] : {std::pair {"everything", span + 1},
                                          {"a tenth", span / 10},
                                          {"a thousandth", span / 1000}}) {
            const int64_t from = range->first + (span - width) / 2;
            clock.restart();
            reader.histogram(binned, from, from + width, 200);
            char label[96];
            std::snprintf(label, sizeof label, "histogram, %s, 200 bins over %s", name, part);
            BenchClock::report(label, clock.elapsedMs());
        }
    }
    // What the log page reads for a new search, in its order (LogQueryResult::read): the
    // count and first page for the table, counts by level and service for the filter
    // bar, the time range and histogram. The search is new to the process here.
    eg::store::LogFilter newSearch;
    newSearch.text = QStringLiteral("timeout");
    clock.restart();
    reader.count(newSearch);
    reader.page(newSearch, 0, 100);
    BenchClock::report("new search \"timeout\": count and first page", clock.elapsedMs());
    reader.countByLevel(newSearch);
    reader.countByService(newSearch);
    if (const auto found = reader.timeRange(newSearch))
        reader.histogram(newSearch, found->first, found->second + 1, 200);
    BenchClock::report("new search \"timeout\": everything the page shows", clock.elapsedMs());
    eg::store::LogFilter number;
    number.text = QStringLiteral("48213");
    clock.restart();
    const int64_t numbered = reader.count(number);
    BenchClock::report("count of lines with the number 48213", clock.elapsedMs());
    std::printf("  %lld lines\n", static_cast<long long>(numbered));
    clock.restart();
    const int64_t matches = reader.count(search);
    BenchClock::report("count of lines with \"declined\"", clock.elapsedMs());
    std::printf("  %lld lines\n", static_cast<long long>(matches));
    clock.restart();
    reader.countByLevel(filter);
    BenchClock::report("count by level, everything", clock.elapsedMs());
    return 0;
}
