#pragma once

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

namespace eg::bench {

// Wall-clock timing and peak memory for the plain timed harnesses under bench/.
class BenchClock
{
public:
    BenchClock() { restart(); }
    void restart() { m_start = std::chrono::steady_clock::now(); }
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }

    // Peak resident memory of this process so far, in MiB.
    static double peakRssMiB()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_maxrss) / 1024.0;
    }

    static void report(const char *what, double ms)
    {
        std::printf("%-44s %10.1f ms   (peak RSS %7.1f MiB)\n", what, ms, peakRssMiB());
        std::fflush(stdout);
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

} // namespace eg::bench
