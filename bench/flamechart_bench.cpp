// Times building and painting a time-ordered flame chart of a 10,000,000-sample profile with
// about 1,000,000 distinct call-tree nodes at 1920×1080:
//   flamechart_bench [--samples N] [--nodes N] [--frames F]
// Each painted frame shows a new range, as panning and zooming do, so the geometry is
// rebuilt every time (nothing is served from a cache).
#include "benchclock.h"

#include "models/analysis/calltree.h"
#include "models/analysis/flamechartlayout.h"
#include "models/store/profiledata.h"
#include "views/flamechartview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

using namespace eg;

namespace {

// A random tree of `nodeCount` stacks up to 80 deep over 5,000 functions, walked in
// depth-first order through time: each stack holds for about ten samples, and samples
// flicker between a stack and its caller, as real sampled stacks do, so the chart sees
// millions of short calls rather than a few long ones.
std::shared_ptr<store::ProfileData> makeProfile(int sampleCount, int nodeCount)
{
    auto profile = std::make_shared<store::ProfileData>();
    profile->name = "bench";
    profile->unit = store::WeightUnit::Microseconds;
    for (int f = 0; f < 5000; ++f)
        profile->frames.push_back({"function_" + std::to_string(f),
                                   "src/module_" + std::to_string(f % 97) + ".cpp", "", f % 700 + 1,
                                   1, int8_t(f % 3 == 0 ? 0 : 1)});
    uint64_t state = 7;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    std::vector<int> depth;
    std::vector<std::vector<int32_t>> children(static_cast<size_t>(nodeCount));
    std::vector<int32_t> roots;
    profile->stacks.reserve(size_t(nodeCount));
    for (int n = 0; n < nodeCount; ++n) {
        int parent = -1;
        if (n > 0 && next() % 64 != 0) {
            parent = int(next() % uint64_t(n));
            if (next() % 4 != 0)
                parent = std::max(0, n - 1 - int(next() % 32));
            if (depth[size_t(parent)] >= 80)
                parent = int(next() % 100);
        }
        depth.push_back(parent < 0 ? 0 : depth[size_t(parent)] + 1);
        profile->stacks.push_back({parent, int32_t((n * 7919u + next() % 3) % 5000)});
        (parent < 0 ? roots : children[size_t(parent)]).push_back(n);
    }
    std::vector<int32_t> order;
    order.reserve(size_t(nodeCount));
    std::vector<int32_t> todo(roots.rbegin(), roots.rend());
    while (!todo.empty()) {
        const int32_t n = todo.back();
        todo.pop_back();
        order.push_back(n);
        todo.insert(todo.end(), children[size_t(n)].rbegin(), children[size_t(n)].rend());
    }
    profile->sampleStack.reserve(size_t(sampleCount));
    profile->sampleTime.reserve(size_t(sampleCount));
    profile->sampleWeight.reserve(size_t(sampleCount));
    const double perNode = double(sampleCount) / double(order.size());
    double time = 0;
    for (int i = 0; i < sampleCount; ++i) {
        const auto pos = std::min(order.size() - 1, size_t(double(i) / perNode));
        int32_t stack = order[pos];
        const uint64_t r = next() % 1000;
        if (r < 2)
            stack = -1; // idle
        else if (r < 300 && profile->stacks[size_t(stack)].parent >= 0)
            stack = profile->stacks[size_t(stack)].parent;
        const double weight = 1000 + double(next() % 50);
        profile->appendSample(stack, time, weight);
        time += weight;
    }
    profile->reportedSampleCount = sampleCount;
    profile->endValue = time;
    return profile;
}

void report(const char *name, std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    double sum = 0;
    for (double t : times)
        sum += t;
    std::printf("%-30s mean %6.2f ms   median %6.2f ms   p95 %6.2f ms   max %6.2f ms\n", name,
                sum / double(times.size()), times[times.size() / 2], times[times.size() * 95 / 100],
                times.back());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int samples = 10000000;
    int nodes = 1000000;
    int frames = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--samples"))
            samples = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--nodes"))
            nodes = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--frames"))
            frames = std::atoi(argv[i + 1]);
    }

    bench::BenchClock clock;
    const auto profile = makeProfile(samples, nodes);
    bench::BenchClock::report("generate profile (not a figure)", clock.elapsedMs());
    clock.restart();
    const auto tree = std::make_shared<const analysis::CallTree>(*profile);
    bench::BenchClock::report("build call tree (for reference)", clock.elapsedMs());
    std::printf("samples: %zu, call tree nodes: %d, depth %d\n", profile->sampleCount(),
                tree->size(), tree->maxDepth());
    clock.restart();
    const auto layout = std::make_shared<const analysis::FlameChartLayout>(*profile);
    bench::BenchClock::report("build flame chart layout", clock.elapsedMs());
    std::printf("spans: %lld over %d depths\n", static_cast<long long>(layout->spanCount()),
                layout->depthCount());

    views::FlameChartView view;
    const QSize size(1920, 1080);
    view.resize(size);
    view.setData(profile, tree, layout);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const double first = layout->startTime();
    const double total = layout->duration();

    struct Scenario
    {
        const char *name;
        double zoom; // visible share of the whole profile
    };
    for (const Scenario scenario :
         {Scenario {"paint, whole profile", 1.0}, Scenario {"paint, zoomed to 10%", 0.1},
          Scenario {"paint, zoomed to 1%", 0.01}, Scenario {"paint, zoomed to 0.01%", 1e-4},
          Scenario {"paint, zoomed to 0.0001%", 1e-6}}) {
        std::vector<double> times;
        for (int f = 0; f < frames; ++f) {
            // Pan (and for the whole profile, zoom a hair) every frame so nothing is reused.
            const double width = total * scenario.zoom * (1.0 - 1e-6 * double(f % 7 + 1));
            const double start = first + (total - width) * (double(f) / std::max(1, frames - 1));
            view.setRange(start, start + width);
            QPainter painter(&image);
            clock.restart();
            view.render(painter, QRect(QPoint(0, 0), size));
            times.push_back(clock.elapsedMs());
        }
        report(scenario.name, times);
        std::printf("%-30s %zu items drawn\n", "", view.geometryFor(size).items().size());
    }
    std::vector<double> searches;
    for (const char *term : {"function_12", "function_4999", "/function_1\\d$/", ""}) {
        clock.restart();
        view.setSearchText(QString::fromLatin1(term));
        searches.push_back(clock.elapsedMs());
    }
    report("switch search term", searches);
    view.setRange(first, first + total * 0.01);
    QPainter painter(&image);
    view.render(painter, QRect(QPoint(0, 0), size));
    image.save(QStringLiteral("/tmp/flamechart_bench.png"));
    return 0;
}
