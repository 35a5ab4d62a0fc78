// tst_app: one executable for the app module, one test class per file, run one after the
// other.
#include <QApplication>

int runAppTests(int argc, char *argv[]); // open, import, remove, navigate
int runCompareTests(int argc, char *argv[]); // compare two sources
int runTraceNavigationTests(int argc, char *argv[]); // trace list, trace, span → profile
int runEnglishPluralTests(int argc, char *argv[]); // "1 trace", "2 traces"
int runErrorNavigationTests(int argc, char *argv[]); // errors list → error → span → errors
int runLogNavigationTests(int argc, char *argv[]); // log line → span → logs, trace → logs

int main(int argc, char *argv[])
{
    // A real window when an X server is there (the test command runs one), offscreen
    // when a developer runs the test without one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int failures = 0;
    for (auto run : {runAppTests, runCompareTests, runTraceNavigationTests, runLogNavigationTests,
                     runErrorNavigationTests, runEnglishPluralTests})
        failures += run(argc, argv);
    return failures;
}
