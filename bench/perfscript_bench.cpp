// Times a `perf script` text file into the cache:
//   perfscript_bench [--mb N] [--file PATH] [--repeat R]
// Unless --file names one, ~N MB (200 by default) of perf script output of a realistic
// shape are generated deterministically: 16 threads of 3 processes, cpu-clock samples
// with periods, call stacks 8-48 deep drawn from a few thousand symbols in user
// libraries, the kernel and a JIT map, `+0x` offsets and `[unknown]` frames included.
#include "benchclock.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importpipeline.h"
#include "models/store/cache.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace eg;

namespace {

struct Symbol
{
    std::string name;
    std::string dso;
    bool kernel = false;
};

bool writePerfScript(const std::string &path, double megabytes)
{
    std::FILE *out = std::fopen(path.c_str(), "wb");
    if (!out)
        return false;
    std::mt19937_64 random(42);
    const auto pick = [&](size_t n) {
        return size_t(random() % n);
    };
    const char *const dsos[] = {"/usr/bin/server", "/usr/lib/x86_64-linux-gnu/libc.so.6",
                                "/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30",
                                "/usr/lib/libssl.so.3", "/tmp/perf-4242.map"};
    std::vector<Symbol> user;
    for (int i = 0; i < 3000; ++i) {
        const size_t d = pick(5);
        std::string name = d == 4 ? "LApp/Handler" + std::to_string(i) + ";.run(I)V"
                                  : "ns" + std::to_string(i % 40) + "::Class" + std::to_string(i)
                + "::method(int, char const*)";
        user.push_back({name, dsos[d], false});
    }
    std::vector<Symbol> kernel;
    for (int i = 0; i < 400; ++i)
        kernel.push_back({"kernel_fn_" + std::to_string(i), "[kernel.kallsyms]", true});
    // A few hundred "call paths" that samples share prefixes of, as real programs do.
    std::vector<std::vector<size_t>> paths;
    for (int p = 0; p < 400; ++p) {
        std::vector<size_t> path;
        const size_t depth = 8 + pick(40);
        for (size_t k = 0; k < depth; ++k)
            path.push_back(pick(user.size()));
        paths.push_back(std::move(path));
    }
    const char *const comms[] = {"server", "server", "worker pool", "java"};
    const auto limit = int64_t(megabytes * 1e6);
    int64_t written = 0;
    int64_t timeUs = 1000000;
    char line[512];
    while (written < limit) {
        const int thread = int(pick(16));
        const int pid = 4000 + thread % 3;
        timeUs += 1 + int64_t(pick(300));
        int n = std::snprintf(line, sizeof line,
                              "%-16s %5d/%-5d [%03d] %6lld.%06lld: %10d cpu-clock: \n",
                              comms[thread % 4], pid, 5000 + thread, thread % 8,
                              static_cast<long long>(timeUs / 1000000),
                              static_cast<long long>(timeUs % 1000000), 1001001);
        std::fwrite(line, 1, size_t(n), out);
        written += n;
        const std::vector<size_t> &path = paths[pick(paths.size())];
        // Leaf first: optional kernel frames, then a prefix of the path from its end.
        if (pick(4) == 0) {
            for (size_t k = 0, depth = 2 + pick(6); k < depth; ++k) {
                const Symbol &s = kernel[pick(kernel.size())];
                n = std::snprintf(line, sizeof line, "\tffffffff81%06zx %s+0x%zx (%s)\n",
                                  pick(1 << 20), s.name.c_str(), pick(4096), s.dso.c_str());
                std::fwrite(line, 1, size_t(n), out);
                written += n;
            }
        }
        const size_t depth = 1 + pick(path.size());
        for (size_t k = depth; k-- > 0;) {
            const Symbol &s = user[path[k]];
            n = std::snprintf(line, sizeof line, "\t    %12zx %s+0x%zx (%s)\n",
                              size_t(0x7f0000000000) + pick(1 << 24), s.name.c_str(), pick(4096),
                              s.dso.c_str());
            std::fwrite(line, 1, size_t(n), out);
            written += n;
        }
        n = std::snprintf(line, sizeof line, "\t    %12zx [unknown] ([unknown])\n\n",
                          size_t(0x7f0000000000) + pick(1 << 24));
        std::fwrite(line, 1, size_t(n), out);
        written += n;
    }
    return std::fclose(out) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double megabytes = 200;
    int repeat = 2;
    std::string file;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--mb"))
            megabytes = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--file"))
            file = argv[i + 1];
        else if (!std::strcmp(argv[i], "--repeat"))
            repeat = std::atoi(argv[i + 1]);
    }

    QTemporaryDir dir;
    if (file.empty()) {
        file = dir.filePath(QStringLiteral("generated.perf.txt")).toStdString();
        bench::BenchClock clock;
        if (!writePerfScript(file, megabytes)) {
            std::fprintf(stderr, "cannot write %s\n", file.c_str());
            return 1;
        }
        std::printf("generated %.1f MB in %.0f ms (not part of the figures)\n",
                    double(QFileInfo(QString::fromStdString(file)).size()) / 1e6,
                    clock.elapsedMs());
    }
    const double mb = double(QFileInfo(QString::fromStdString(file)).size()) / 1e6;

    for (int run = 0; run < repeat; ++run) {
        const QString cachePath = dir.filePath(QStringLiteral("cache-%1.sqlite").arg(run));
        store::Cache cache(cachePath);
        importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
        importers::ImportContext context;
        bench::BenchClock clock;
        importers::ImportResult result;
        try {
            result = pipeline.importFile(QString::fromStdString(file), cache, context);
        } catch (const importers::ImportError &error) {
            std::fprintf(stderr, "%s: %s\n", file.c_str(), qPrintable(error.describe()));
            return 1;
        }
        const double ms = clock.elapsedMs();
        int64_t samples = 0;
        for (const store::ProfileInfo &info : cache.profiles(result.sourceId))
            samples += info.sampleCount;
        std::printf("-- run %d: %s, %d profiles, %lld samples\n", run + 1,
                    qPrintable(result.format), result.profileCount,
                    static_cast<long long>(samples));
        bench::BenchClock::report("import into the cache", ms);
        std::printf("%-44s %10.1f MB/s\n", "throughput", mb / (ms / 1000.0));
        std::fflush(stdout);
    }
    return 0;
}
