// Times the path from a .cpuprofile on disk to a flame graph, and back from the cache:
//   import_bench [--samples N] [--file PATH] [--repeat R]
// A file of the shape (20,000 nodes, depth up to 80, 2,000 functions) is
// generated unless --file names one.
#include "benchclock.h"
#include "cpuprofilegenerator.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importpipeline.h"
#include "models/analysis/calltree.h"
#include "models/analysis/flamegraphlayout.h"
#include "models/store/cache.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace eg;

namespace {

// What the profile view does once a profile is chosen: load it, build the tree and layout.
size_t firstFlameGraph(const store::Cache &cache, int64_t profileId)
{
    const store::ProfileData profile = cache.loadProfile(profileId);
    const analysis::CallTree tree(profile);
    const analysis::FlameGraphLayout layout(tree);
    return size_t(tree.size()) + size_t(layout.depthCount());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int64_t samples = 1000000;
    int repeat = 3;
    std::string file;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--samples"))
            samples = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--file"))
            file = argv[i + 1];
        else if (!std::strcmp(argv[i], "--repeat"))
            repeat = std::atoi(argv[i + 1]);
    }

    QTemporaryDir dir;
    if (file.empty()) {
        file = dir.filePath(QStringLiteral("generated.cpuprofile")).toStdString();
        bench::CpuProfileShape shape;
        shape.samples = samples;
        bench::BenchClock clock;
        if (!bench::CpuProfileGenerator::writeFile(shape, file)) {
            std::fprintf(stderr, "cannot write %s\n", file.c_str());
            return 1;
        }
        std::printf("generated %lld samples, %.1f MB in %.0f ms (not part of the figures)\n",
                    static_cast<long long>(samples),
                    double(QFileInfo(QString::fromStdString(file)).size()) / 1e6, clock.elapsedMs());
    }

    for (int run = 0; run < repeat; ++run) {
        const QString cachePath = dir.filePath(QStringLiteral("cache-%1.sqlite").arg(run));
        int64_t profileId = 0;
        std::printf("-- run %d\n", run + 1);
        {
            store::Cache cache(cachePath);
            importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
            importers::ImportContext context;
            bench::BenchClock clock;
            const auto result = pipeline.importFile(QString::fromStdString(file), cache, context);
            const double importMs = clock.elapsedMs();
            bench::BenchClock::report("import into the cache", importMs);
            profileId = cache.profiles(result.sourceId).front().id;
            clock.restart();
            firstFlameGraph(cache, profileId);
            const double firstMs = clock.elapsedMs();
            bench::BenchClock::report("first flame graph (load, tree, layout)", firstMs);
            bench::BenchClock::report("import + first flame graph", importMs + firstMs);
        }
        bench::BenchClock clock;
        store::Cache reopened(cachePath);
        reopened.profiles();
        firstFlameGraph(reopened, profileId);
        bench::BenchClock::report("reopen from the cache to a flame graph", clock.elapsedMs());
    }
    return 0;
}
