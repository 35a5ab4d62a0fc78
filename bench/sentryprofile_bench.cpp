// Times a Sentry sample-format v1 profile from disk into the cache:
//   sentryprofile_bench [--samples N] [--threads T] [--repeat R] [--keep]
// (--keep leaves the generated profile in its temporary folder and names it; an import over
// the memory budget, see ImportContext, prints its message instead of a rate.)
// The profile is generated deterministically: 2,000 frames, 20,000 distinct stacks up to
// 60 deep, samples spread over T threads at 10 ms, offsets as strings (as SDKs send them).
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
#include <random>
#include <string>

using namespace eg;

namespace {

bool writeProfile(const std::string &path, int64_t samples, int threads)
{
    std::FILE *out = std::fopen(path.c_str(), "wb");
    if (!out)
        return false;
    std::mt19937_64 random(42);
    constexpr int kFrames = 2000;
    constexpr int kStacks = 20000;
    std::fputs(R"({"version":"1","platform":"node","event_id":"0123456789abcdef0123456789abcdef",)"
               R"("timestamp":"2025-03-03T14:26:31.281Z","transactions":[{"id":"a","name":"bench",)"
               R"("trace_id":"b","active_thread_id":"0"}],"profile":{"samples":[)",
               out);
    std::uniform_int_distribution<int> stackPick(0, kStacks - 1);
    for (int64_t i = 0; i < samples; ++i) {
        const int thread = int(i % threads);
        const int64_t ns = (i / threads) * 10'000'000 + thread * 1000;
        std::fprintf(out,
                     "%s{\"elapsed_since_start_ns\":\"%lld\",\"stack_id\":%d,\"thread_id\":\"%d\"}",
                     i ? "," : "", static_cast<long long>(ns), stackPick(random), thread);
    }
    std::fputs(R"(],"stacks":[)", out);
    std::uniform_int_distribution<int> depthPick(1, 60);
    std::uniform_int_distribution<int> framePick(0, kFrames - 1);
    for (int s = 0; s < kStacks; ++s) {
        std::fputs(s ? ",[" : "[", out);
        const int depth = depthPick(random);
        // Stacks share roots: the outer frames come from a small set, as real ones do.
        for (int d = 0; d < depth; ++d) {
            const int frame = d >= depth - 8 ? (depth - d) * 7 % 50 : framePick(random);
            std::fprintf(out, "%s%d", d ? "," : "", frame);
        }
        std::fputs("]", out);
    }
    std::fputs(R"(],"frames":[)", out);
    for (int f = 0; f < kFrames; ++f)
        std::fprintf(out,
                     "%s{\"function\":\"fn%d\",\"filename\":\"src/file%d.js\",\"lineno\":%d,"
                     "\"colno\":%d,\"in_app\":%s}",
                     f ? "," : "", f, f % 97, f * 3 + 1, f % 40 + 1, f % 3 ? "true" : "false");
    std::fputs(R"(],"thread_metadata":{"0":{"name":"main"}}}})", out);
    std::fputc('\n', out);
    return std::fclose(out) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int64_t samples = 5'000'000;
    int threads = 4;
    int repeat = 3;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--keep")) {
            keep = true;
            continue;
        }
        if (i + 1 >= argc)
            break;
        if (!std::strcmp(argv[i], "--samples"))
            samples = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--repeat"))
            repeat = std::atoi(argv[i + 1]);
        ++i;
    }

    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    const std::string file = dir.filePath(QStringLiteral("bench.profile.json")).toStdString();
    bench::BenchClock clock;
    if (!writeProfile(file, samples, threads)) {
        std::fprintf(stderr, "cannot write %s\n", file.c_str());
        return 1;
    }
    const double megabytes = double(QFileInfo(QString::fromStdString(file)).size()) / 1e6;
    std::printf("generated %lld samples on %d threads, %.1f MB\n", static_cast<long long>(samples),
                threads, megabytes);
    bench::BenchClock::report("generate", clock.elapsedMs());
    if (keep)
        std::printf("keeping %s\n", file.c_str());

    double best = 0;
    for (int r = 0; r < repeat; ++r) {
        const QString cachePath = dir.filePath(QStringLiteral("cache%1.db").arg(r));
        store::Cache cache(cachePath);
        importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
        importers::ImportContext context;
        clock.restart();
        importers::ImportResult result;
        try {
            result = pipeline.importFile(QString::fromStdString(file), cache, context);
        } catch (const importers::ImportError &error) {
            std::printf("import failed after %.1f ms (peak RSS %.1f MiB): %s: %s\n",
                        clock.elapsedMs(), bench::BenchClock::peakRssMiB(),
                        qPrintable(error.fileName()), qPrintable(error.describe()));
            return 2;
        }
        const double ms = clock.elapsedMs();
        bench::BenchClock::report("import into the cache (sentry-profile)", ms);
        if (result.format != QLatin1String("sentry-profile")) {
            std::fprintf(stderr, "imported as %s\n", qPrintable(result.format));
            return 1;
        }
        const double rate = double(samples) / (ms / 1000.0);
        std::printf("  %.2f M samples/s, %.1f MB/s, %d profiles\n", rate / 1e6,
                    megabytes / (ms / 1000.0), result.profileCount);
        best = std::max(best, rate);
    }
    std::printf("best: %.2f M samples/s (target 2.00)\n", best / 1e6);
    return 0;
}
