// Times building and painting a time-ordered flame chart of a 10,000,000-sample profile with
// about 1,000,000 distinct call-tree nodes at 1920×1080:
//   flamechart_bench [--samples N] [--nodes N] [--frames F]
// Each painted frame shows a new range, as panning and zooming do, so the geometry is
// rebuilt every time (nothing is served from a cache).
#include "benchclock.h"
#include "firstdrawing.h"
#include "timedprofilegenerator.h"

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
    const auto profile = bench::TimedProfileGenerator::generate(samples, nodes);
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
    {
        // The first frame measures the names of the frames it labels, once per profile.
        clock.restart();
        bench::drawFirstText(image, view.font());
        bench::BenchClock::report("process's first text (not a figure)", clock.elapsedMs());
        clock.restart();
        QPainter painter(&image);
        view.render(painter, QRect(QPoint(0, 0), size));
        bench::BenchClock::report("first frame after setData", clock.elapsedMs());
        clock.restart();
        view.render(painter, QRect(QPoint(0, 0), size));
        bench::BenchClock::report("same frame again", clock.elapsedMs());
    }

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
        // Big charts find their matches off the GUI thread: time until they are shown.
        while (!view.isSearchReady())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        searches.push_back(clock.elapsedMs());
    }
    report("switch search term, matches shown", searches);
    view.setRange(first, first + total * 0.01);
    QPainter painter(&image);
    view.render(painter, QRect(QPoint(0, 0), size));
    image.save(QStringLiteral("/tmp/flamechart_bench.png"));
    return 0;
}
