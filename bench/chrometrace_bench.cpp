// Times a Chrome trace of nested X events from disk into a cache, end to end:
//   chrometrace_bench [--mb N] [--keep] [--input FILE]
// The trace is generated deterministically into a temporary folder (default 1024 MB,
// about 9.5 million events) and deleted afterwards unless --keep is given. --input imports
// an existing trace instead (generate one with --keep once, then time it many times).
#include "benchclock.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"
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

// A call tree per thread: each frame has 3 children, 8 levels deep, each child starting
// a little after its parent and ending before it, so every frame has self time.
struct Writer
{
    std::FILE *out;
    std::string line;
    int64_t written = 0;
    int64_t events = 0;

    void frame(int depth, int64_t start, int64_t length, int tid, uint32_t &seed)
    {
        seed = seed * 1664525u + 1013904223u;
        const unsigned function = (seed >> 8) % 5000;
        line.clear();
        line += "{\"name\":\"function_" + std::to_string(function)
            + "\",\"cat\":\"bench\","
              "\"ph\":\"X\",\"ts\":"
            + std::to_string(start) + ",\"dur\":" + std::to_string(length) + ",\"pid\":1,\"tid\":"
            + std::to_string(tid) + ",\"args\":{\"depth\":" + std::to_string(depth) + "}},\n";
        std::fwrite(line.data(), 1, line.size(), out);
        written += int64_t(line.size());
        ++events;
        if (depth == 7)
            return;
        const int64_t slot = length / 3;
        for (int c = 0; c < 3; ++c)
            frame(depth + 1, start + c * slot + slot / 10, slot - slot / 5, tid, seed);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int64_t megabytes = 1024;
    bool keep = false;
    QString input;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--mb") && i + 1 < argc)
            megabytes = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--keep"))
            keep = true;
        else if (!std::strcmp(argv[i], "--input") && i + 1 < argc)
            input = QString::fromLocal8Bit(argv[++i]);
    }
    QTemporaryDir dir(QStringLiteral("/tmp/chrometrace-bench-XXXXXX"));
    dir.setAutoRemove(!keep);
    const QString path
        = input.isEmpty() ? dir.filePath(QStringLiteral("nested.trace.json")) : input;
    if (input.isEmpty()) {
        bench::BenchClock clock;
        Writer writer {std::fopen(path.toLocal8Bit().constData(), "wb"), {}, 0, 0};
        if (!writer.out)
            return 1;
        std::fputs("[\n", writer.out);
        uint32_t seed = 42;
        int64_t root = 0;
        while (writer.written < megabytes * 1024 * 1024) {
            writer.frame(0, root * 10000000, 9000000, 1, seed);
            ++root;
        }
        std::fputs("{\"name\":\"end\",\"ph\":\"i\",\"ts\":0,\"pid\":1,\"tid\":1}]\n", writer.out);
        std::fclose(writer.out);
        std::printf("generated %lld events, %.1f MB\n", static_cast<long long>(writer.events),
                    double(QFileInfo(path).size()) / 1e6);
        bench::BenchClock::report("generate", clock.elapsedMs());
    }
    if (keep)
        std::printf("keeping %s\n", qPrintable(path));
    const double mb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    importers::ImportContext context;
    bench::BenchClock clock;
    const double cpuBefore = bench::BenchClock::cpuSeconds();
    const double threadBefore = bench::BenchClock::threadCpuSeconds();
    importers::ImportResult result;
    try {
        result = pipeline.importFile(path, cache, context);
    } catch (const importers::ImportError &error) {
        std::printf("import failed after %.1f ms (peak RSS %.1f MiB): %s: %s\n", clock.elapsedMs(),
                    bench::BenchClock::peakRssMiB(), qPrintable(error.fileName()),
                    qPrintable(error.describe()));
        if (!keep && input.isEmpty())
            QFile::remove(path);
        return 2;
    }
    const double ms = clock.elapsedMs();
    const double cpu = bench::BenchClock::cpuSeconds() - cpuBefore;
    const double mainCpu = bench::BenchClock::threadCpuSeconds() - threadBefore;
    bench::BenchClock::report("import into the cache", ms);
    // On a busy machine the wall clock says little; the CPU time of the importing thread
    // and of its helpers says what an idle machine would take (the larger of the two).
    std::printf("%d profile(s), %.1f MiB at %.1f MiB/s (CPU %.2f s: %.2f s importing thread, "
                "%.2f s others), peak RSS %.1f MiB\n",
                result.profileCount, mb, mb / (ms / 1000.0), cpu, mainCpu, cpu - mainCpu,
                bench::BenchClock::peakRssMiB());
    if (!keep && input.isEmpty())
        QFile::remove(path);
    return 0;
}
