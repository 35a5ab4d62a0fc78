#pragma once

#include <cstdint>
#include <string>

namespace eg::bench {

// Writes a deterministic V8 .cpuprofile of the shape the performance targets name:
// a call tree of `nodes` nodes up to `maxDepth` deep over `functions` distinct
// functions, and `samples` samples skewed towards a few hot paths, 1 ms apart with jitter.
// The same parameters always give the same bytes.
struct CpuProfileShape
{
    int nodes = 20000;
    int maxDepth = 80;
    int functions = 2000;
    int64_t samples = 1000000;
    uint64_t seed = 42;
};

class CpuProfileGenerator
{
public:
    static std::string generate(const CpuProfileShape &shape);
    // Writes to `path` in pieces, so that a 10-million-sample file needs no 100 MB string.
    static bool writeFile(const CpuProfileShape &shape, const std::string &path);
};

} // namespace eg::bench
