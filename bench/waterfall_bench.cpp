// Times the trace waterfall on a generated 1,000,000-span trace (issue 5: open in under a
// second, frames under 8 ms at 1920×1080, opening a group under 50 ms):
//   waterfall_bench [--spans N] [--frames F] [--no-cache] [--cache PATH] [--page-png PATH]
// The trace is a batch job in several services, about ten levels deep: chunks of work
// that call other services over HTTP, run functions, and query databases, often one
// query per item (the N+1 shape autogrouping folds). Stages are timed one by one: the
// analysis, opening the view, painting while scrolling and zooming, opening and closing
// groups, and the whole path from an on-disk cache (written with CacheWriter::addSpan).
// --page-png renders the trace page of a small realistic trace, to look at.
#include "benchclock.h"

#include "models/analysis/waterfallrows.h"
#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/tracereader.h"
#include "views/loadedtrace.h"
#include "views/spandetailspanel.h"
#include "views/tracepage.h"
#include "views/waterfallminimap.h"
#include "views/waterfallview.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
#include <QToolButton>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

using namespace eg;
using bench::BenchClock;

namespace {

constexpr int64_t kMs = 1'000'000;
constexpr int64_t kEpoch = 1'700'000'000'000'000'000;

class TraceGenerator
{
public:
    TraceGenerator(size_t target, uint64_t seed)
        : m_target(target)
        , m_state(seed)
    {
        m_trace.traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        m_trace.spans.reserve(target + 64);
    }

    store::TraceData take()
    {
        const char *services[]
            = {"scheduler", "indexer", "catalog-api", "pricing", "inventory", "search"};
        for (const char *service : services)
            m_services.push_back(intern(service));
        // A nightly job that works through chunks, one after another, until the trace has
        // its spans.
        const int32_t root = add(-1, "nightly-reindex", "job", m_services[0], 0, 0);
        int64_t at = kMs;
        int chunk = 0;
        while (m_trace.spans.size() < m_target) {
            const int64_t length = int64_t(20 + next() % 60) * kMs;
            const int32_t span = add(root, "reindex chunk " + std::to_string(chunk++ % 500),
                                     "function", m_services[1], at, at + length);
            fill(span, 1, m_services[1]);
            at += length + int64_t(next() % 3) * kMs / 2;
        }
        m_trace.spans[size_t(root)].endNs = kEpoch + at + kMs;
        return std::move(m_trace);
    }

private:
    uint64_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }

    int32_t intern(const std::string &text)
    {
        const auto [it, added] = m_strings.try_emplace(text, int32_t(m_trace.strings.size()));
        if (added)
            m_trace.strings.push_back(text);
        return it->second;
    }

    int32_t add(int32_t parent, const std::string &name, const char *op, int32_t service,
                int64_t start, int64_t end)
    {
        store::TraceSpan span;
        span.rowId = int64_t(m_trace.spans.size()) + 1;
        span.spanId = (next() | 1) & 0x7fffffffffffffffull;
        span.parentId = parent >= 0 ? m_trace.spans[size_t(parent)].spanId : 0;
        span.startNs = kEpoch + start;
        span.endNs = kEpoch + end;
        span.name = intern(name);
        span.op = intern(op);
        span.service = service;
        span.status = intern(next() % 200 == 0 ? "internal_error" : "ok");
        span.isError = m_trace.text(span.status) == "internal_error";
        m_trace.spans.push_back(span);
        return int32_t(m_trace.spans.size() - 1);
    }

    // Children for a span: calls to other services, local functions, and runs of the same
    // query, laid one after another with small gaps (sometimes two at once).
    void fill(int32_t parent, int depth, int32_t service)
    {
        const int64_t from = m_trace.spans[size_t(parent)].startNs - kEpoch;
        const int64_t to = m_trace.spans[size_t(parent)].endNs - kEpoch;
        if (depth >= 9 || to - from < 40'000 || m_trace.spans.size() >= m_target)
            return;
        const int count = 2 + int(next() % 4);
        const int64_t slice = (to - from) / count;
        for (int i = 0; i < count && m_trace.spans.size() < m_target; ++i) {
            const int64_t start = from + i * slice + slice / 20;
            const int64_t end = from + (i + 1) * slice - slice / 20;
            const uint64_t kind = next() % 100;
            if (kind < 30 && depth >= 2) {
                // One query per item: the N+1 shape.
                const int repeats = 5 + int(next() % 40);
                const int64_t each = (end - start) / repeats;
                const std::string query = "SELECT * FROM items WHERE id = $1 /* t"
                    + std::to_string(next() % 40) + " */";
                for (int q = 0; q < repeats && m_trace.spans.size() < m_target; ++q)
                    add(parent, query, "db.query", service, start + q * each,
                        start + (q + 1) * each - each / 10);
            } else if (kind < 60) {
                const int32_t other = m_services[1 + next() % (m_services.size() - 1)];
                const std::string route = "GET /v1/" + std::to_string(next() % 30);
                const int32_t client = add(parent, route, "http.client", service, start, end);
                const int32_t server = add(client, route, "http.server", other,
                                           start + (end - start) / 30, end - (end - start) / 30);
                fill(server, depth + 2, other);
            } else {
                const int32_t call = add(parent, "step_" + std::to_string(next() % 200), "function",
                                         service, start, end);
                fill(call, depth + 1, service);
            }
        }
    }

    size_t m_target;
    uint64_t m_state;
    store::TraceData m_trace;
    std::unordered_map<std::string, int32_t> m_strings;
    std::vector<int32_t> m_services;
};

// CPU time of this thread: on a shared machine (other builds running) it says what a frame
// costs when the wall clock also counts the time the scheduler gave to others.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// A stage timed by the wall clock and by the CPU time of the whole process (all threads).
class Stage
{
public:
    Stage() { restart(); }
    void restart()
    {
        m_wall.restart();
        m_cpu = BenchClock::cpuSeconds();
    }
    void report(const char *what) const
    {
        std::printf("%-44s %9.1f ms wall %9.1f ms CPU   (peak RSS %6.1f MiB)\n", what,
                    m_wall.elapsedMs(), (BenchClock::cpuSeconds() - m_cpu) * 1e3,
                    BenchClock::peakRssMiB());
        std::fflush(stdout);
    }

private:
    BenchClock m_wall;
    double m_cpu = 0;
};

struct Frames
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

void report(const char *name, Frames frames)
{
    for (auto *times : {&frames.wall, &frames.cpu}) {
        std::sort(times->begin(), times->end());
        double sum = 0;
        for (double t : *times)
            sum += t;
        std::printf("%-40s %s mean %6.2f  p95 %6.2f  max %6.2f ms (%zu)\n", name,
                    times == &frames.wall ? "wall" : "CPU ", sum / double(times->size()),
                    (*times)[times->size() * 95 / 100], times->back(), times->size());
        name = "";
    }
    std::fflush(stdout);
}

// What a cache would hold for the trace: ids as text, details as JSON.
void writeCache(const QString &path, const store::TraceData &trace)
{
    store::Cache cache(path);
    store::CacheWriter writer(
        cache, {path, QStringLiteral("generated.json"), QStringLiteral("otlp-traces"), 0});
    store::SpanRecord record;
    record.traceId = trace.traceId;
    for (const store::TraceSpan &span : trace.spans) {
        record.spanId = store::TraceData::spanIdText(span.spanId);
        record.parentSpanId = span.parentId ? store::TraceData::spanIdText(span.parentId) : "";
        record.name = trace.text(span.name);
        record.op = trace.text(span.op);
        record.service = trace.text(span.service);
        record.kind = record.op == "http.client" ? "client"
            : record.op == "http.server"         ? "server"
                                                 : "";
        record.status = trace.text(span.status);
        record.isError = span.isError;
        record.startNs = span.startNs;
        record.endNs = span.endNs;
        record.details = record.op == "db.query"
            ? "{\"attributes\":{\"db.system\":\"postgresql\",\"db.rows\":1}}"
            : "{}";
        writer.addSpan(record);
    }
    writer.commit(QStringLiteral("generated-waterfall"));
}

// A request a person might look at: 60 spans, two services, ten queries one per order,
// a failed call and a pause before a follow-up job.
std::shared_ptr<const store::TraceData> smallTrace()
{
    store::TraceData t;
    t.traceId = "7a1c0e55d2b94f0c8e6a3b21f9d04c11";
    std::unordered_map<std::string, int32_t> strings;
    const auto intern = [&](const std::string &s) {
        if (s.empty())
            return 0;
        const auto [it, added] = strings.try_emplace(s, int32_t(t.strings.size()));
        if (added)
            t.strings.push_back(s);
        return it->second;
    };
    const auto span
        = [&](uint64_t id, uint64_t parent, const std::string &name, const std::string &op,
              const std::string &service, double from, double to) {
              store::TraceSpan s;
              s.rowId = int64_t(t.spans.size()) + 1;
              s.spanId = id;
              s.parentId = parent;
              s.startNs = kEpoch + int64_t(from * kMs);
              s.endNs = kEpoch + int64_t(to * kMs);
              s.name = intern(name);
              s.op = intern(op);
              s.service = intern(service);
              s.status = intern("ok");
              t.spans.push_back(s);
              return t.spans.size() - 1;
          };
    span(1, 0, "GET /api/orders/:id/summary", "http.server", "storefront", 0, 212);
    span(2, 1, "auth middleware", "middleware", "storefront", 1, 14);
    span(3, 2, "session middleware", "middleware", "storefront", 2, 13);
    span(4, 3, "SELECT * FROM sessions WHERE token = $1", "db.query", "storefront", 3, 9);
    span(5, 1, "OrdersController.summary", "function", "storefront", 15, 205);
    span(6, 5, "SELECT * FROM orders WHERE customer_id = $1", "db.query", "storefront", 16, 24);
    for (int i = 0; i < 12; ++i)
        span(uint64_t(10 + i), 5, "SELECT * FROM order_items WHERE order_id = $1", "db.query",
             "storefront", 25 + 7.5 * i, 31 + 7.5 * i);
    span(30, 5, "GET /v1/prices", "http.client", "storefront", 118, 176);
    span(31, 30, "GET /v1/prices", "http.server", "pricing", 120, 174);
    span(32, 31, "load price rules", "function", "pricing", 121, 140);
    span(33, 32, "GET prices:rules", "cache.get", "pricing", 122, 124);
    span(34, 32, "SELECT * FROM price_rules", "db.query", "pricing", 125, 139);
    span(35, 31, "apply discounts", "function", "pricing", 141, 172);
    for (int i = 0; i < 6; ++i)
        span(uint64_t(40 + i), 35, "discount rule " + std::to_string(i + 1), "function", "pricing",
             142 + 5 * i, 146 + 5 * i);
    span(50, 5, "POST /v1/loyalty/points", "http.client", "storefront", 178, 196);
    const size_t failed
        = span(51, 50, "POST /v1/loyalty/points", "http.server", "loyalty", 179, 195);
    t.spans[failed].isError = true;
    t.spans[failed].status = intern("unavailable");
    span(52, 51, "UPDATE points SET balance = balance + $1", "db.query", "loyalty", 180, 194);
    span(53, 5, "render summary", "template.render", "storefront", 197, 204);
    span(54, 53, "format currency", "function", "storefront", 198, 201);
    span(60, 1, "enqueue receipt email", "queue.publish", "storefront", 206, 210);
    // The receipt goes out after a pause, from another service.
    span(70, 60, "send receipt email", "queue.process", "mailer", 1460, 1530);
    span(71, 70, "render receipt", "template.render", "mailer", 1462, 1480);
    span(72, 70, "POST smtp", "http.client", "mailer", 1482, 1528);
    for (int i = 0; i < 4; ++i)
        span(uint64_t(80 + i), 70, "log line", "log", "mailer", 1529, 1529.5);
    // A span whose parent never arrived.
    span(90, 0xdeadbeef00c0ffeeull, "retry webhook", "http.client", "storefront", 1200, 1230);
    span(91, 90, "POST /hooks/order", "http.server", "webhooks", 1202, 1228);
    t.spans.back().profileId = intern("c0ffee00c0ffee00c0ffee00c0ffee00");
    // The rest of the 60: small steps of the render.
    for (int i = 0; static_cast<int>(t.spans.size()) < 60; ++i)
        span(uint64_t(100 + i), 53, "partial " + std::to_string(i), "template.render", "storefront",
             198 + 0.1 * i, 198.05 + 0.1 * i);
    return std::make_shared<const store::TraceData>(std::move(t));
}

void renderPage(const QString &path)
{
    views::TracePage page;
    page.resize(1500, 860);
    page.setLoadedTrace(views::LoadedTrace::analyse(smallTrace()));
    page.show();
    QApplication::processEvents();
    QString top = path;
    top.replace(QStringLiteral(".png"), QStringLiteral("-top.png"));
    page.grab().save(top);
    std::printf("page as it opens: %s\n", qPrintable(top));
    const auto &spans = page.loadedTrace().trace->spans;
    for (size_t i = 0; i < spans.size(); ++i)
        if (spans[i].isError)
            page.waterfall()->selectNode(int32_t(i)); // the failed loyalty call
    page.show();
    QApplication::processEvents();
    page.grab().save(path);
    std::printf("page rendered to %s\n", qPrintable(path));
    page.criticalPathToggle()->click();
    page.expandAllButton()->click();
    page.searchField()->setText(QStringLiteral("order_items"));
    QApplication::processEvents();
    QString second = path;
    second.replace(QStringLiteral(".png"), QStringLiteral("-critical.png"));
    page.grab().save(second);
    std::printf("page with the critical path, all rows open and a search: %s\n",
                qPrintable(second));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    size_t target = 1'000'000;
    int frames = 200;
    bool withCache = true;
    QString keptCache; // --cache PATH: write the cache there (once) and keep it
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--spans") && i + 1 < argc)
            target = size_t(std::atol(argv[++i]));
        else if (!std::strcmp(argv[i], "--frames") && i + 1 < argc)
            frames = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-cache"))
            withCache = false;
        else if (!std::strcmp(argv[i], "--cache") && i + 1 < argc)
            keptCache = QString::fromLocal8Bit(argv[++i]);
        else if (!std::strcmp(argv[i], "--load-only") && i + 1 < argc) {
            // Only the load from an existing cache (--cache), a few times over.
            const std::string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            const int times = std::atoi(argv[++i]);
            for (int t = 0; t < times; ++t) {
                {
                    Stage stage;
                    const store::Cache cache(keptCache);
                    const store::TraceData read = store::TraceReader(cache).loadTrace(traceId);
                    stage.report("TraceReader::loadTrace");
                }
                Stage stage;
                const views::LoadedTrace loaded = views::LoadedTrace::load(keptCache, traceId);
                stage.report("LoadedTrace::load (read + analyse)");
            }
            return 0;
        } else if (!std::strcmp(argv[i], "--page-png") && i + 1 < argc) {
            renderPage(QString::fromLocal8Bit(argv[++i]));
            return 0;
        }
    }

    Stage stage;
    auto trace = std::make_shared<const store::TraceData>(TraceGenerator(target, 7).take());
    stage.report("generate trace (not a figure)");

    // The analysis, stage by stage, then as LoadedTrace builds it (two threads).
    stage.restart();
    const analysis::SpanTree tree(*trace);
    stage.report("SpanTree");
    stage.restart();
    const analysis::SpanGroups groups(tree);
    stage.report("SpanGroups");
    stage.restart();
    const analysis::CriticalPath path(tree);
    stage.report("CriticalPath");
    stage.restart();
    const analysis::TraceInsights insights(tree, groups, path);
    stage.report("TraceInsights");
    stage.restart();
    const views::LoadedTrace loaded = views::LoadedTrace::analyse(trace);
    stage.report("LoadedTrace::analyse (all of the above)");
    size_t siblingRuns = 0;
    for (const auto &group : loaded.groups->groups())
        siblingRuns += group.kind == analysis::SpanGroups::Kind::Siblings;
    std::printf("%zu spans, depth %d, %zu groups (%zu runs of repeated siblings), %zu critical "
                "path segments\n",
                trace->spans.size(), loaded.tree->maxDepth(), loaded.groups->groups().size(),
                siblingRuns, loaded.path->segments().size());
    std::printf("headline: %s\n", qPrintable(loaded.insights->headline()));

    // Opening: the page (rows, lookups, headline, legend) and the first frame of the
    // waterfall and its minimap, as the screen would show them.
    const QSize size(1920, 1080);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    views::TracePage page;
    page.resize(size);
    page.show();
    QApplication::processEvents();
    views::WaterfallView &view = *page.waterfall();
    const QSize viewSize = view.size();
    const auto paint = [&] {
        QPainter painter(&image);
        view.render(painter, QRect(QPoint(), viewSize));
        page.minimap()->render(painter, QRect(QPoint(), page.minimap()->size()));
    };
    stage.restart();
    page.setLoadedTrace(loaded);
    stage.report("open: TracePage::setLoadedTrace");
    stage.restart();
    paint();
    stage.report("open: first frame (waterfall + minimap)");
    std::printf("%zu rows with runs closed; waterfall %dx%d\n", view.rows()->size(),
                viewSize.width(), viewSize.height());

    const auto paintFrames = [&](const char *name, auto &&move) {
        Frames times;
        BenchClock clock;
        for (int f = 0; f < frames; ++f) {
            move(f);
            QPainter painter(&image);
            clock.restart();
            const double cpu = threadCpuMs();
            view.render(painter, QRect(QPoint(), viewSize));
            times.cpu.push_back(threadCpuMs() - cpu);
            times.wall.push_back(clock.elapsedMs());
        }
        report(name, times);
    };
    const double maxScroll = view.maxScrollY();
    paintFrames("paint, scrolling by a few rows", [&](int f) { view.setScrollY(f * 37.0); });
    paintFrames("paint, jumping through all rows",
                [&](int f) { view.setScrollY(maxScroll * f / std::max(1, frames - 1)); });
    const double length = view.axis().length();
    paintFrames("paint, zooming in and out", [&](int f) {
        const double share = std::pow(0.5, f % 20);
        const double start = (length - length * share) * 0.37;
        view.setRange(start, start + length * share);
        view.setScrollY(maxScroll * 0.5);
    });
    view.resetRange();
    paintFrames("paint, panning zoomed to 1%", [&](int f) {
        const double start = length * 0.99 * f / std::max(1, frames - 1);
        view.setRange(start, start + length * 0.01);
    });
    view.resetRange();
    view.setCriticalPathShown(true);
    paintFrames("paint, critical path shown, scrolling",
                [&](int f) { view.setScrollY(maxScroll * f / std::max(1, frames - 1)); });
    view.setCriticalPathShown(false);
    view.setSearchText(QStringLiteral("items"));
    paintFrames("paint, searching, scrolling",
                [&](int f) { view.setScrollY(maxScroll * f / std::max(1, frames - 1)); });
    view.setSearchText(QString());

    // Opening and closing groups where the user is looking, with the frame that shows it
    // (the minimap redraws its strip too).
    Frames toggles;
    view.setScrollY(maxScroll / 2);
    for (int i = 0; i < 40; ++i) {
        const auto &geometry = view.geometryFor(viewSize);
        int32_t row = -1;
        for (const auto &visible : geometry.rows()) {
            if (view.rows()->row(size_t(visible.row)).kind
                == analysis::WaterfallRows::Kind::Group) {
                row = visible.row;
                break;
            }
        }
        if (row < 0) {
            view.setScrollY(view.scrollY() + 5000);
            continue;
        }
        for (const bool open : {true, false}) {
            BenchClock clock;
            const double cpu = threadCpuMs();
            view.setRowOpen(row, open);
            paint();
            toggles.cpu.push_back(threadCpuMs() - cpu);
            toggles.wall.push_back(clock.elapsedMs());
        }
        view.setScrollY(view.scrollY() + 20000);
    }
    if (!toggles.wall.empty())
        report("open or close a group (+ frame)", toggles);
    stage.restart();
    view.setRowOpen(0, false);
    paint();
    stage.report("close the root (+ frame)");
    stage.restart();
    view.setRowOpen(0, true);
    paint();
    stage.report("open the root again (+ frame)");
    stage.restart();
    view.expandAll();
    paint();
    stage.report("expand all (+ frame)");
    std::printf("%zu rows with everything open\n", view.rows()->size());
    stage.restart();
    view.selectNode(int32_t(trace->spans.size() - 1));
    paint();
    stage.report("select the last span (reveal, scroll, frame)");
    paintFrames("paint, all open, jumping through rows",
                [&](int f) { view.setScrollY(view.maxScrollY() * f / std::max(1, frames - 1)); });
    image.save(QStringLiteral("/tmp/waterfall_bench.png"));

    if (!withCache)
        return 0;
    // The whole path from disk, as the app takes it.
    QTemporaryDir dir;
    const QString cachePath
        = keptCache.isEmpty() ? dir.filePath(QStringLiteral("waterfall.sqlite")) : keptCache;
    if (keptCache.isEmpty() || !QFile::exists(keptCache)) {
        stage.restart();
        writeCache(cachePath, *trace);
        stage.report("write the cache (not a figure)");
    }
    {
        const store::Cache cache(cachePath);
        stage.restart();
        const store::TraceData read = store::TraceReader(cache).loadTrace(trace->traceId);
        stage.report("TraceReader::loadTrace");
        // The cache gives back the trace it was given, in file order.
        size_t same = 0;
        for (size_t i = 0; i < std::min(read.spans.size(), trace->spans.size()); ++i)
            same += read.spans[i].spanId == trace->spans[i].spanId
                && read.spans[i].parentId == trace->spans[i].parentId
                && read.text(read.spans[i].name) == trace->text(trace->spans[i].name)
                && read.text(read.spans[i].service) == trace->text(trace->spans[i].service);
        std::printf("%zu spans read, %zu of them as written\n", read.spans.size(), same);
    }
    BenchClock total;
    stage.restart();
    const views::LoadedTrace fromDisk = views::LoadedTrace::load(cachePath, trace->traceId);
    stage.report("LoadedTrace::load (read + analyse)");
    if (!fromDisk.error.isEmpty())
        std::printf("error: %s\n", qPrintable(fromDisk.error));
    stage.restart();
    page.setLoadedTrace(fromDisk);
    paint();
    stage.report("TracePage::setLoadedTrace + first frame");
    BenchClock::report("load from disk to first frame (wall)", total.elapsedMs());
    return 0;
}
