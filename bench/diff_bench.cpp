// Times comparing two profiles of 1,000,000 samples each:
//   diff_bench [--samples N] [--stacks S]
// Prints the call tree builds (which the profile page has already done when the user
// presses Compare) and the diff itself, separately and together.
#include "benchclock.h"

#include "models/analysis/calltree.h"
#include "models/analysis/profilediff.h"
#include "tests/analysis/testprofiles.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace eg;

int main(int argc, char *argv[])
{
    int64_t samples = 1000000;
    int32_t stacks = 300000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--samples") == 0)
            samples = std::atoll(argv[i + 1]);
        else if (std::strcmp(argv[i], "--stacks") == 0)
            stacks = std::atoi(argv[i + 1]);
    }
    std::printf("diff of two profiles, %lld samples and about %d stacks each\n",
                static_cast<long long>(samples), stacks);
    // "After" is the same program with some paths slower and some only in one run: the
    // same generator with another seed for a fifth of its stacks' frames.
    const store::ProfileData before = tests::generatedProfile(stacks, samples, 42);
    store::ProfileData after = before;
    for (size_t s = 0; s < after.stacks.size(); s += 5)
        after.stacks[s].frame
            = int32_t((after.stacks[s].frame + 17) % int32_t(after.frames.size()));
    for (size_t i = 0; i < after.sampleWeight.size(); i += 3)
        after.sampleWeight[i] *= 1.5;

    bench::BenchClock clock;
    const analysis::CallTree beforeTree(before);
    const analysis::CallTree afterTree(after);
    const double treesMs = clock.elapsedMs();
    bench::BenchClock::report("call trees (both)", treesMs);
    clock.restart();
    const analysis::ProfileDiff diff(before, beforeTree, after, afterTree);
    const double diffMs = clock.elapsedMs();
    bench::BenchClock::report("diff (node match + function deltas)", diffMs);
    bench::BenchClock::report("total from two loaded profiles", treesMs + diffMs);
    std::printf("%d + %d nodes, %zu functions, normalised: %s\n%s\n", beforeTree.size(),
                afterTree.size(), diff.functions().size(), diff.normalised() ? "yes" : "no",
                diff.summary().toUtf8().constData());
    return 0;
}
