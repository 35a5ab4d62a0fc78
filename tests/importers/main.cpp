// tst_importers: one executable for the importers module, one test class per format
// family (each in its own file), run one after the other.
#include <QCoreApplication>

int runCoreImporterTests(int argc, char *argv[]); // speedscope, cpuprofile, folded
int runSentryImporterTests(int argc, char *argv[]); // sentry-envelope, -profile, -chunk
int runSentryTraceImporterTests(int argc, char *argv[]); // Sentry transactions, spans, traces
int runChromeGeckoImporterTests(int argc, char *argv[]); // chrome-trace
int runGeckoImporterTests(int argc, char *argv[]); // gecko
int runPerfPprofImporterTests(int argc, char *argv[]); // perf-script, pprof
int runExportRoundTripTests(int argc, char *argv[]); // speedscope and folded export
int runTraceImporterTests(int argc, char *argv[]); // otlp-traces, jaeger, zipkin
int runImportLimitTests(int argc, char *argv[]); // inputs larger than the memory budget
int runJsonLinesImporterTests(int argc, char *argv[]); // jsonl-logs
int runOtlpLogImporterTests(int argc, char *argv[]); // otlp-logs
int runSentryLogImporterTests(int argc, char *argv[]); // Sentry log items, sentry-logs
int runSentryErrorImporterTests(int argc, char *argv[]); // Sentry error events

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto run : {runCoreImporterTests, runSentryImporterTests, runChromeGeckoImporterTests,
                     runGeckoImporterTests, runPerfPprofImporterTests, runExportRoundTripTests})
        failures += run(argc, argv);
    failures += runTraceImporterTests(argc, argv);
    failures += runImportLimitTests(argc, argv);
    failures += runSentryTraceImporterTests(argc, argv);
    failures += runJsonLinesImporterTests(argc, argv);
    failures += runOtlpLogImporterTests(argc, argv);
    failures += runSentryLogImporterTests(argc, argv);
    failures += runSentryErrorImporterTests(argc, argv);
    return failures;
}
