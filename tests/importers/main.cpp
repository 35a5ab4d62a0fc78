// tst_importers: one executable for the importers module, one test class per format
// family (each in its own file), run one after the other.
#include <QCoreApplication>

int runCoreImporterTests(int argc, char *argv[]); // speedscope, cpuprofile, folded

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto run : {runCoreImporterTests})
        failures += run(argc, argv);
    return failures;
}
