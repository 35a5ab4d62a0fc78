// Trace list with 100,000 traces (issue 5: sort/filter under 100 ms): writes them into an
// on-disk cache, reads the list back, then times TraceListModel's sorts and filters.
#include "benchclock.h"

#include "models/item/tracelistmodel.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/tracereader.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using eg::bench::BenchClock;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int traceCount = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int spansPerTrace = 3;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracelist.sqlite"));

    const char *services[] = {"frontend", "orders", "payments-api", "inventory", "search", "auth"};
    const char *roots[] = {"GET /api/orders",    "POST /checkout", "GET /search",
                           "GET /api/users/:id", "nightly report", "POST /login"};
    std::mt19937_64 random(42);
    {
        eg::store::Cache cache(path);
        BenchClock clock;
        eg::store::CacheWriter writer(
            cache, {path, QStringLiteral("generated.json"), QStringLiteral("otlp-traces"), 0});
        char id[40];
        for (int t = 0; t < traceCount; ++t) {
            std::snprintf(id, sizeof id, "%032llx", static_cast<unsigned long long>(random()));
            const int64_t start = 1'700'000'000'000'000'000 + int64_t(t) * 10'000'000;
            const int64_t duration = int64_t(random() % 2'000'000'000) + 1'000'000;
            for (int s = 0; s < spansPerTrace; ++s) {
                eg::store::SpanRecord span;
                span.traceId = id;
                char spanId[20];
                std::snprintf(spanId, sizeof spanId, "%016x", s + 1);
                span.spanId = spanId;
                if (s > 0)
                    span.parentSpanId = "0000000000000001";
                span.name = s == 0 ? roots[random() % 6] : "child";
                span.service = services[random() % 6];
                span.startNs = start + s;
                span.endNs = start + duration - s;
                span.isError = random() % 50 == 0;
                writer.addSpan(span);
            }
        }
        BenchClock::report("write spans", clock.elapsedMs());
        clock.restart();
        writer.commit(QStringLiteral("generated"));
        BenchClock::report("rebuild the trace list and commit", clock.elapsedMs());
    }

    eg::store::Cache cache(path);
    BenchClock clock;
    std::vector<eg::store::TraceInfo> traces = eg::store::TraceReader(cache).traces();
    BenchClock::report("read the trace list from the cache", clock.elapsedMs());
    std::printf("%zu traces\n", traces.size());

    eg::itemmodels::TraceListModel model;
    clock.restart();
    model.setTraces(std::move(traces));
    BenchClock::report("TraceListModel::setTraces", clock.elapsedMs());

    const std::pair<int, const char *> sorts[] = {
        {eg::itemmodels::TraceListModel::DurationColumn, "sort by duration"},
        {eg::itemmodels::TraceListModel::RootColumn, "sort by root name"},
        {eg::itemmodels::TraceListModel::ServicesColumn, "sort by services"},
        {eg::itemmodels::TraceListModel::ErrorsColumn, "sort by errors"},
        {eg::itemmodels::TraceListModel::StartColumn, "sort by start"},
    };
    for (const auto &[column, label] : sorts) {
        clock.restart();
        model.sort(column, Qt::DescendingOrder);
        BenchClock::report(label, clock.elapsedMs());
    }
    const char *filters[] = {"checkout", "payments", "GET api", "zzz-no-match", ""};
    for (const char *filter : filters) {
        clock.restart();
        model.setFilter(QString::fromLatin1(filter));
        char label[64];
        std::snprintf(label, sizeof label, "filter \"%s\" (%d rows)", filter, model.rowCount());
        BenchClock::report(label, clock.elapsedMs());
    }
    clock.restart();
    model.setFilter(QString(), true);
    BenchClock::report("only traces with errors", clock.elapsedMs());
    return 0;
}
