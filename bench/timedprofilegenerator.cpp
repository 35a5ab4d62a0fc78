#include "timedprofilegenerator.h"

#include <algorithm>
#include <string>
#include <vector>

namespace eg::bench {

std::shared_ptr<store::ProfileData> TimedProfileGenerator::generate(int sampleCount, int nodeCount,
                                                                    uint64_t seed)
{
    auto profile = std::make_shared<store::ProfileData>();
    profile->name = "bench";
    profile->unit = store::WeightUnit::Microseconds;
    for (int f = 0; f < 5000; ++f)
        profile->frames.push_back({"function_" + std::to_string(f),
                                   "src/module_" + std::to_string(f % 97) + ".cpp", "", f % 700 + 1,
                                   1, int8_t(f % 3 == 0 ? 0 : 1)});
    uint64_t state = seed == 0 ? 7 : seed;
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

} // namespace eg::bench
