// generate_cpuprofile OUT [SAMPLES]: writes the benchmark input of the shape.
#include "cpuprofilegenerator.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: generate_cpuprofile OUT [SAMPLES]\n");
        return 1;
    }
    eg::bench::CpuProfileShape shape;
    if (argc > 2)
        shape.samples = std::atoll(argv[2]);
    return eg::bench::CpuProfileGenerator::writeFile(shape, argv[1]) ? 0 : 1;
}
