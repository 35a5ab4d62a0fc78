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
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_maxrss) / 1024.0;
    }

    // User plus system CPU time of this process so far, in seconds: on a shared machine
    // it says what an import costs when the wall clock is skewed by other work.
    static double cpuSeconds(int who = RUSAGE_SELF)
    {
        rusage usage {};
        getrusage(who, &usage);
        const auto seconds = [](const timeval &t) {
            return double(t.tv_sec) + t.tv_usec / 1e6;
        };
        return seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }
    // The calling thread's CPU time: with the whole process's, what other threads took.
    static double threadCpuSeconds() { return cpuSeconds(RUSAGE_THREAD); }

    static void report(const char *what, double ms)
    {
        std::printf("%-44s %10.1f ms   (peak RSS %7.1f MiB)\n", what, ms, peakRssMiB());
        std::fflush(stdout);
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

} // namespace eg::bench
