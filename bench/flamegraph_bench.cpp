// Times building and painting a flame graph of a 1,000,000-node call tree at 1920×1080:
//   flamegraph_bench [--nodes N] [--frames F]
// Each painted frame uses a new zoom range, as panning and zooming do, so geometry is
// rebuilt every time (nothing is served from a cache).
#include "benchclock.h"
#include "firstdrawing.h"

#include "models/analysis/calltree.h"
#include "models/analysis/flamegraphlayout.h"
#include "models/store/profiledata.h"
#include "views/flamegraphview.h"

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

// A profile whose call tree has `nodeCount` distinct nodes: a random tree up to 80 deep
// over 5,000 functions, one sample per node with a skewed weight.
std::shared_ptr<store::ProfileData> makeProfile(int nodeCount)
{
    auto profile = std::make_shared<store::ProfileData>();
    profile->name = "bench";
    profile->unit = store::WeightUnit::Microseconds;
    for (int f = 0; f < 5000; ++f)
        profile->frames.push_back({"function_" + std::to_string(f),
                                   "src/module_" + std::to_string(f % 97) + ".cpp", "", f % 700 + 1,
                                   1, -1});
    uint64_t state = 7;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    std::vector<int> depth;
    profile->stacks.reserve(size_t(nodeCount));
    double time = 0;
    for (int n = 0; n < nodeCount; ++n) {
        int parent = -1;
        if (n > 0) {
            parent = int(next() % uint64_t(n));
            if (next() % 4 != 0)
                parent = std::max(0, n - 1 - int(next() % 32));
            if (depth[size_t(parent)] >= 80)
                parent = int(next() % 100);
        }
        depth.push_back(parent < 0 ? 0 : depth[size_t(parent)] + 1);
        // Distinct (parent, frame) pairs keep every stack node a distinct tree node.
        profile->stacks.push_back({parent, int32_t((n * 7919u + next() % 3) % 5000)});
        const double weight = double(1 + (next() % 1000 < 5 ? next() % 200000 : next() % 100));
        profile->appendSample(n, time, weight);
        time += weight;
    }
    profile->reportedSampleCount = nodeCount;
    profile->endValue = time;
    return profile;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int nodes = 1000000;
    int frames = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--nodes"))
            nodes = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--frames"))
            frames = std::atoi(argv[i + 1]);
    }

    bench::BenchClock clock;
    const auto profile = makeProfile(nodes);
    bench::BenchClock::report("generate profile (not a figure)", clock.elapsedMs());
    clock.restart();
    const auto tree = std::make_shared<const analysis::CallTree>(*profile);
    bench::BenchClock::report("build call tree", clock.elapsedMs());
    std::printf("call tree nodes: %d, depth %d\n", tree->size(), tree->maxDepth());
    clock.restart();
    const auto layout = std::make_shared<const analysis::FlameGraphLayout>(*tree);
    bench::BenchClock::report("build flame graph layout", clock.elapsedMs());

    views::FlameGraphView view;
    const QSize size(1920, 1080);
    view.resize(size);
    view.setData(profile, tree, layout);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const double total = layout->totalWidth();
    {
        // The first frame measures the names of the frames it labels, once per profile.
        clock.restart();
        bench::drawFirstText(image, view.font());
        bench::BenchClock::report("process's first text (not a figure)", clock.elapsedMs());
        clock.restart();
        QPainter painter(&image);
        view.render(painter, QRect(QPoint(0, 0), size));
        bench::BenchClock::report("first frame after setData", clock.elapsedMs());
    }

    struct Scenario
    {
        const char *name;
        double zoom; // visible share of the whole width
    };
    for (const Scenario scenario :
         {Scenario {"paint, whole graph", 1.0}, Scenario {"paint, zoomed to 10%", 0.1},
          Scenario {"paint, zoomed to 0.1%", 0.001}}) {
        std::vector<double> times;
        for (int f = 0; f < frames; ++f) {
            // Pan a little every frame so nothing is reused from the previous one.
            // The whole-graph case shaves a hair off each frame, so it too is rebuilt.
            const double width = total * scenario.zoom * (1.0 - 1e-6 * double(f % 7 + 1));
            const double start = (total - width) * (double(f) / std::max(1, frames - 1));
            view.zoomToRange(start, start + width);
            QPainter painter(&image);
            clock.restart();
            view.render(painter, QRect(QPoint(0, 0), size));
            times.push_back(clock.elapsedMs());
        }
        std::sort(times.begin(), times.end());
        double sum = 0;
        for (double t : times)
            sum += t;
        std::printf("%-28s mean %6.2f ms   median %6.2f ms   p95 %6.2f ms   max %6.2f ms\n",
                    scenario.name, sum / double(times.size()), times[times.size() / 2],
                    times[times.size() * 95 / 100], times.back());
    }
    image.save(QStringLiteral("/tmp/flamegraph_bench.png"));
    return 0;
}
