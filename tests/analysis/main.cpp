// tst_analysis: one executable for the analysis module, one test class per file, run one
// after the other.
#include <QCoreApplication>

int runAnalysisTests(int argc, char *argv[]); // call tree, layout, insights, formatting
int runCallFilterTests(int argc, char *argv[]); // "only my code"
int runDiffTests(int argc, char *argv[]); // comparing two profiles
int runCallTableTests(int argc, char *argv[]); // bottom-up, function table, sandwich
int runSpanTreeTests(int argc, char *argv[]); // span tree, autogroups, gaps, critical path

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto run : {runAnalysisTests, runCallFilterTests, runDiffTests, runCallTableTests,
                     runSpanTreeTests})
        failures += run(argc, argv);
    return failures;
}
