// tst_itemmodels: one executable for the item models, one test class per file, run one
// after the other.
#include <QCoreApplication>

int runItemModelTests(int argc, char *argv[]); // the top-down call tree model
int runCallTableModelTests(int argc, char *argv[]); // bottom-up, sandwich trees, functions
int runDiffTableModelTests(int argc, char *argv[]); // compared functions, the sources list
int runTraceListModelTests(int argc, char *argv[]); // the trace list
int runErrorModelTests(int argc, char *argv[]); // error groups, their events, event details
int runLogTableModelTests(int argc, char *argv[]); // the paged log table

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto run : {runItemModelTests, runCallTableModelTests, runTraceListModelTests,
                     runDiffTableModelTests, runErrorModelTests,
                     runLogTableModelTests})
        failures += run(argc, argv);
    return failures;
}
