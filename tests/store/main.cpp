// tst_store: one executable for the cache, one test class per part of it.
#include <QCoreApplication>

int runStoreTests(int argc, char *argv[]); // sources, profiles, chunks, migrations
int runTraceStoreTests(int argc, char *argv[]); // spans, the trace list, warnings, links
int runProfileStreamTests(int argc, char *argv[]); // profiles streamed chunk by chunk
int runLogStoreTests(int argc, char *argv[]); // logs, full-text search, error events
int runLogBlockTests(int argc, char *argv[]); // log blocks against the lines they hold

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto run : {runStoreTests, runTraceStoreTests, runProfileStreamTests, runLogStoreTests,
                     runLogBlockTests})
        failures += run(argc, argv);
    return failures;
}
