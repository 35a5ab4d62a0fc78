// tst_views: one executable for the views module, one test class per file, run one after
// the other.
#include <QApplication>

int runViewTests(int argc, char *argv[]); // flame graph view and profile panel
int runFlameGraphExportTests(int argc, char *argv[]); // SVG and PNG export
int runProfileSummaryTests(int argc, char *argv[]); // the summary in sentences
int runFlameChartTests(int argc, char *argv[]); // time-ordered flame chart and minimap
int runColourModeTests(int argc, char *argv[]); // search and colour modes of the flame graph
int runCallTreeTabTests(int argc, char *argv[]); // call tree tables and sandwich
int runDiffPageTests(int argc, char *argv[]); // comparing two profiles
int runWaterfallTests(int argc, char *argv[]); // trace waterfall, span details, trace page
int runErrorPageTests(int argc, char *argv[]); // errors list and error page
int runLogTimelineTests(int argc, char *argv[]); // log histogram, table and filters

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As QTEST_MAIN does, so that pixel sizes do not depend on the machine.
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    int failures = 0;
    for (auto run : {runViewTests, runFlameGraphExportTests, runProfileSummaryTests,
                     runFlameChartTests, runColourModeTests, runCallTreeTabTests, runDiffPageTests,
                     runWaterfallTests, runErrorPageTests,
                     runLogTimelineTests})
        failures += run(argc, argv);
    return failures;
}
