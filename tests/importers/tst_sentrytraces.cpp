// Sentry traces from real files: the SDK envelopes of ../shared/fixtures/sentry-sdk imported
// folder by folder into one cache (as `emberglass-cli summary node-run1/*.envelope` imports
// them) and checked against the figures their READMEs list, and the example files of
// ../shared/fixtures/sentry-examples. Hand-made inputs are in tst_sentrytraceinputs.cpp.

#include "spantreetext.h"
#include "traceharness.h"

#include "models/store/cache.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace eg;
using eg::testing::SpanTreeText;
using eg::testing::TraceHarness;

int runSentryTraceInputTests(int argc, char *argv[]); // tst_sentrytraceinputs.cpp

namespace {

QString fixturesDir()
{
    return QStringLiteral(EG_SHARED_DIR "/fixtures");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Imports every *.envelope of a fixture folder in name order, as a shell glob lists them;
// returns the files that were refused, with their messages.
std::map<QString, QString> importFolder(TraceHarness &harness, const QString &folder,
                                        size_t chunkSize = 0)
{
    std::map<QString, QString> refused;
    const QDir dir(fixturesDir() + QStringLiteral("/sentry-sdk/") + folder);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.envelope")}, QDir::Files, QDir::Name)) {
        const QString error
            = harness.importError(readFile(dir.filePath(name)), name, {}, chunkSize);
        if (!error.isEmpty())
            refused[name] = error;
    }
    return refused;
}

// Only envelopes of nothing but replays, sessions, metrics and reports are refused, and
// they say so; those of events and logs import (tst_sentryerrors.cpp, tst_sentrylogs.cpp).
bool refusedAsExpected(const std::map<QString, QString> &refused, const QString &folder)
{
    const QDir dir(fixturesDir() + QStringLiteral("/sentry-sdk/") + folder);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.envelope")}, QDir::Files, QDir::Name)) {
        const bool shown = name.contains(QLatin1String("transaction"))
            || name.contains(QLatin1String("_span")) || name.contains(QLatin1String("profile"))
            || name.endsWith(QLatin1String("_event.envelope"))
            || name.endsWith(QLatin1String("_log.envelope"));
        const auto it = refused.find(name);
        if (shown != (it == refused.end())) {
            qWarning() << name << (it == refused.end() ? QString() : it->second);
            return false;
        }
        if (it != refused.end() && !it->second.startsWith(QLatin1String("holds nothing")))
            return false;
    }
    return true;
}

struct TraceRow
{
    const char *traceId;
    int64_t spans; // the README's spans per transaction plus one root each
    const char *roots;
    double durationMs; // the README's duration of the root transaction
    int64_t errors; // spans with a failing status, and error events of the trace
};

void compareTraces(TraceHarness &harness, const std::vector<TraceRow> &rows)
{
    const std::vector<store::TraceInfo> traces = harness.traces();
    const QByteArray all = SpanTreeText::describe(traces).toUtf8();
    QVERIFY2(traces.size() == rows.size(), all.constData());
    for (const TraceRow &row : rows) {
        const auto it = std::find_if(traces.begin(), traces.end(),
                                     [&](const auto &t) { return t.traceId == row.traceId; });
        QVERIFY2(it != traces.end(), row.traceId);
        QStringList roots;
        for (const std::string &r : it->roots)
            roots << QString::fromStdString(r);
        QVERIFY2(it->spanCount == row.spans, all.constData());
        QCOMPARE(roots.join(u'|'), QString::fromUtf8(row.roots));
        // The READMEs round to 0.1 ms.
        QVERIFY2(std::abs(double(it->durationNs()) / 1e6 - row.durationMs) < 0.06, all.constData());
        QVERIFY2(it->errorCount == row.errors, all.constData());
    }
}

} // namespace

class TestSentryTraces : public QObject
{
    Q_OBJECT

private slots:
    void nodeRun1();
    void nodeRun3StreamHasTheSameTrees();
    void nodeLegacyLinksV1Profiles();
    void browserRun1();
    void tinyChunks();
    void exampleFiles();
};

void TestSentryTraces::nodeRun1()
{
    if (!QDir(fixturesDir() + QStringLiteral("/sentry-sdk/node-run1")).exists())
        QSKIP("the shared fixtures are not there");
    TraceHarness harness;
    const auto refused = importFolder(harness, QStringLiteral("node-run1"));
    QVERIFY(refusedAsExpected(refused, QStringLiteral("node-run1")));
    // README: the server transactions continue the client's http.client span, so each
    // iteration is one tree under its `sdkdata.workload #i`.
    compareTraces(
        harness,
        {{"6d12df59fd034aec889a4b6d9cdf1b51", 16 + 4 + 3 + 9 + 4, "sdkdata.workload #1", 603.3,
          5 + 2},
         {"b7a0dd74608745a1a33835e653f758f9", 16 + 4 + 7 + 3, "sdkdata.workload #2", 442.3, 1},
         {"5fa543902387464687da7f3251d4e9a0", 16 + 4 + 7 + 3, "sdkdata.workload #3", 427.9, 1}});

    QStringList parents;
    int segments = 0;
    for (const store::TraceInfo &info : harness.traces()) {
        const store::TraceData trace = harness.trace(info.traceId);
        QCOMPARE(SpanTreeText::mostRepeated(trace, "db"), 10); // the N+1
        // Server depth 5 (README) under workload → http.client.
        QCOMPARE(SpanTreeText::maxDepth(trace), 7);
        parents += SpanTreeText::segmentParents(trace);
        for (const store::TraceSpan &s : trace.spans) {
            segments += s.isSegment;
            // Every transaction names the continuous profiler (README: 10 of 10).
            QCOMPARE(trace.text(s.profilerId),
                     std::string_view("363291159e3345e799d6c2d9e0981930"));
            QCOMPARE(trace.text(s.service), std::string_view("sentry.javascript.node"));
            QVERIFY(!trace.text(s.segmentId).empty());
        }
    }
    QCOMPARE(segments, 10);
    QCOMPARE(parents.size(), 7);
    QCOMPARE(parents.filter(QStringLiteral("http.client -> http.server")).size(), 7);

    // The workload root runs on thread 0 and opens the chunks of its profiler, whose
    // origin puts its samples on the span's clock.
    const store::TraceData first = harness.trace("6d12df59fd034aec889a4b6d9cdf1b51");
    const auto root = std::find_if(first.spans.begin(), first.spans.end(),
                                   [](const store::TraceSpan &s) { return s.parentId == 0; });
    QVERIFY(root != first.spans.end());
    QCOMPARE(first.text(root->threadId), std::string_view("0"));
    const auto linked = harness.cache().linkedProfiles({}, first.text(root->profilerId), "0");
    QCOMPARE(linked.size(), size_t(3));
    bool overlaps = false;
    for (const store::ProfileInfo &p : linked) {
        QCOMPARE(p.links.threadId, std::string("0"));
        const int64_t from = p.links.originEpochNs + int64_t(p.startValue);
        const int64_t to = p.links.originEpochNs + int64_t(p.endValue);
        overlaps = overlaps || (from < root->endNs && to > root->startNs);
    }
    QVERIFY(overlaps);

    // The root's details: its data as attributes, valid JSON.
    const QJsonObject details = harness.details(*root);
    QCOMPARE(details[QLatin1String("attributes")][QLatin1String("sentry.op")].toString(),
             QStringLiteral("task"));
}

void TestSentryTraces::nodeRun3StreamHasTheSameTrees()
{
    if (!QDir(fixturesDir() + QStringLiteral("/sentry-sdk/node-run3-stream")).exists())
        QSKIP("the shared fixtures are not there");
    TraceHarness stream;
    QVERIFY(refusedAsExpected(importFolder(stream, QStringLiteral("node-run3-stream")),
                              QStringLiteral("node-run3-stream")));
    // README "Trace ids": span(v2) 37, 31, 31, 31. Streaming keeps the 404 server span
    // that transactions drop, one more per trace (and one more error).
    compareTraces(stream,
                  {{"ba404b41b0f6477c8c4fda18fb5c4c98", 37, "sdkdata.workload #1", 852.0, 6 + 2},
                   {"3ee63caa8e9e4382bd1f5ef9dec02cf4", 31, "sdkdata.workload #2", 629.8, 2},
                   {"19cdce80119a48f78c9acc4dd5d185fd", 31, "sdkdata.workload #3", 638.7, 2},
                   {"8feee713dfa64e158412d745981d3c05", 31, "sdkdata.workload #4", 596.7, 2}});

    TraceHarness run1;
    importFolder(run1, QStringLiteral("node-run1"));
    const std::vector<store::TraceInfo> a = run1.traces();
    const std::vector<store::TraceInfo> b = stream.traces();
    QStringList parents;
    int segments = 0;
    for (size_t i = 0; i < b.size(); ++i) {
        const store::TraceData streamed = stream.trace(b[i].traceId);
        if (i < a.size())
            QCOMPARE(SpanTreeText::opShape(streamed, true),
                     SpanTreeText::opShape(run1.trace(a[i].traceId), true));
        else
            QCOMPARE(SpanTreeText::opShape(streamed, true),
                     SpanTreeText::opShape(run1.trace(a[1].traceId), true));
        QCOMPARE(SpanTreeText::mostRepeated(streamed, "db"), 10);
        QCOMPARE(SpanTreeText::maxDepth(streamed), 7);
        parents += SpanTreeText::segmentParents(streamed);
        for (const store::TraceSpan &s : streamed.spans) {
            segments += s.isSegment;
            QCOMPARE(streamed.text(s.service), std::string_view("sentry.javascript.node"));
            QVERIFY(!streamed.text(s.segmentId).empty());
        }
    }
    QCOMPARE(segments, 17); // README: is_segment spans 2+3+2+2+2+2+2+2
    QCOMPARE(parents.size(), 13);
    QCOMPARE(parents.filter(QStringLiteral("http.client -> http.server")).size(), 13);
}

void TestSentryTraces::nodeLegacyLinksV1Profiles()
{
    if (!QDir(fixturesDir() + QStringLiteral("/sentry-sdk/node-legacy-v10")).exists())
        QSKIP("the shared fixtures are not there");
    TraceHarness harness;
    QVERIFY(refusedAsExpected(importFolder(harness, QStringLiteral("node-legacy-v10")),
                              QStringLiteral("node-legacy-v10")));
    // The workload transactions continue a parent that was not captured: still the root.
    compareTraces(harness,
                  {{"60448086f5e844a19e3ed8de49d2b1ec", 36, "sdkdata.workload #1", 599.5, 5 + 2},
                   {"2e81e327f1a6489ea54e21ef36182005", 30, "sdkdata.workload #2", 479.1, 1},
                   {"2451a06135374545a7da94510230efd5", 30, "sdkdata.workload #3", 483.7, 1}});
    // README: profile.transaction.id == the transaction's event_id in every envelope.
    int linked = 0;
    for (const store::TraceInfo &info : harness.traces()) {
        const store::TraceData trace = harness.trace(info.traceId);
        for (const store::TraceSpan &s : trace.spans) {
            QVERIFY(!trace.text(s.profileId).empty());
            if (!s.isSegment)
                continue;
            const auto profiles = harness.cache().linkedProfiles(trace.text(s.profileId), {}, {});
            QCOMPARE(profiles.size(), size_t(1));
            const store::ProfileLinks &links = profiles.front().links;
            QCOMPARE(links.transactionId, std::string(trace.text(s.segmentId)));
            QCOMPARE(links.traceId, info.traceId);
            QCOMPARE(links.threadId, std::string("0"));
            // The profile's `timestamp` (ms) is the transaction's start.
            QVERIFY(std::abs(links.originEpochNs - s.startNs) < 2'000'000);
            ++linked;
        }
    }
    QCOMPARE(linked, 10);
}

void TestSentryTraces::browserRun1()
{
    if (!QDir(fixturesDir() + QStringLiteral("/sentry-sdk/browser-run1")).exists())
        QSKIP("the shared fixtures are not there");
    TraceHarness harness;
    QVERIFY(refusedAsExpected(importFolder(harness, QStringLiteral("browser-run1")),
                              QStringLiteral("browser-run1")));
    // README: 4 transactions of one trace without parents, and /settings with the INP span.
    compareTraces(harness,
                  {{"798721e047984047b5d36b61d4afa28e", 14 + 3 + 1 + 2,
                    "/|load orders|recalculate totals|checkout", 19211.1, 2 + 2},
                   {"e9fbad13180f435aa5c07c702dbe74d7", 2 + 1,
                    "/settings|body > main#view-home > section > button#recalc[type=\"button\"]",
                    15935.5, 0}});
    const store::TraceData trace = harness.trace("798721e047984047b5d36b61d4afa28e");
    QVERIFY2(SpanTreeText::tree(trace).startsWith(QLatin1String("pageload /\n  browser.connect")),
             qPrintable(SpanTreeText::tree(trace)));
    const auto pageload = std::find_if(trace.spans.begin(), trace.spans.end(), [&](const auto &s) {
        return trace.text(s.op) == "pageload";
    });
    QVERIFY(pageload != trace.spans.end());
    QCOMPARE(trace.text(pageload->service), std::string_view("sentry.javascript.browser"));
    QCOMPARE(trace.text(pageload->profilerId),
             std::string_view("50f167675db44c8895b9b75011bf0e58"));
    const QJsonObject details = harness.details(*pageload);
    QCOMPARE(details[QLatin1String("measurements")][QLatin1String("lcp")][QLatin1String("value")]
                 .toDouble(),
             156.0);
    QCOMPARE(details[QLatin1String("attributes")][QLatin1String("replayId")].toString(),
             QStringLiteral("bb9ac4d1f2b946dc82a497eada5b2b7c"));

    const store::TraceData settings = harness.trace("e9fbad13180f435aa5c07c702dbe74d7");
    const auto inp = std::find_if(settings.spans.begin(), settings.spans.end(), [&](const auto &s) {
        return settings.text(s.op) == "ui.interaction.click";
    });
    QVERIFY(inp != settings.spans.end());
    QVERIFY(inp->isSegment);
    QCOMPARE(settings.text(inp->threadId), std::string_view("0"));
    QCOMPARE(settings.text(inp->profilerId), std::string_view("50f167675db44c8895b9b75011bf0e58"));
    QCOMPARE(inp->durationNs(), int64_t(96'000'000));
    QCOMPARE(
        harness
            .details(
                *inp)[QLatin1String("attributes")][QLatin1String("browser.web_vital.inp.value")]
            .toInt(),
        96);
}

void TestSentryTraces::tinyChunks()
{
    if (!QDir(fixturesDir() + QStringLiteral("/sentry-sdk/node-run1")).exists())
        QSKIP("the shared fixtures are not there");
    // The same bytes three at a time give the same traces.
    for (const char *folder : {"node-run1", "node-run3-stream"}) {
        TraceHarness whole;
        importFolder(whole, QLatin1String(folder));
        TraceHarness tiny;
        importFolder(tiny, QLatin1String(folder), 3);
        QCOMPARE(SpanTreeText::describe(tiny.traces()), SpanTreeText::describe(whole.traces()));
        const std::string id = whole.traces().front().traceId;
        QCOMPARE(SpanTreeText::tree(tiny.trace(id)), SpanTreeText::tree(whole.trace(id)));
    }
}

void TestSentryTraces::exampleFiles()
{
    const QDir dir(fixturesDir() + QStringLiteral("/sentry-examples"));
    if (!dir.exists())
        QSKIP("the shared fixtures are not there");
    struct Row
    {
        const char *path;
        const char *format;
        const char *traces; // SpanTreeText::describe() of what it holds
    };
    const Row rows[] = {
        {"envelopes/transaction_python_django.envelope", "sentry-envelope",
         "af9d553862794b38ad88b4b9c8159714 spans=75 "
         "roots=[/api/0/organizations/{organization_slug}/] ms=880.9 errors=0"},
        {"envelopes/transaction_java_spring.envelope", "sentry-envelope",
         "00bd13c1652f4f8e8e8570ba8cb0127b spans=3 roots=[POST /person/] ms=217.1 errors=0"},
        {"envelopes/standalone_span_v1.envelope", "sentry-envelope",
         "b99011b43059c992d5dab0b8281f519b spans=1 roots=[body > div#sentry-spotlight-root] "
         "ms=5576.0 errors=0"},
        {"profiles/transaction_plus_profile_v1_browser_js.envelope", "sentry-envelope",
         "102da487eb584409b2bc4d9ea35e485f spans=349 roots=[/:provider/:owner/:repo] "
         "ms=4120.2 errors=15"},
        {"profiles/transaction_linked_to_chunks_handmade.envelope", "sentry-envelope",
         "f1e2d3c4b5a6978012345678901234ab spans=4 roots=[iOS App Launch] ms=140.0 errors=0"},
        {"api-responses/trace-mixed.json", "sentry-trace",
         "b4d1aae7216b47ff8117cf4e09ce9d0b spans=4 roots=[tools/call search_events] "
         "ms=5203.3 errors=0"},
    };
    for (const Row &row : rows) {
        TraceHarness harness;
        const auto result = harness.import(readFile(dir.filePath(QLatin1String(row.path))),
                                           QLatin1String(row.path));
        QCOMPARE(result.format, QLatin1String(row.format));
        QCOMPARE(SpanTreeText::describe(harness.traces()), QLatin1String(row.traces));
    }

    TraceHarness harness;
    // The v1 profile of the browser envelope names its transaction: the spans link to it.
    const auto browser
        = harness.import(readFile(dir.filePath(QStringLiteral(
                             "profiles/transaction_plus_profile_v1_browser_js.envelope"))),
                         QStringLiteral("b.envelope"));
    const store::TraceData trace = harness.trace("102da487eb584409b2bc4d9ea35e485f");
    QCOMPARE(trace.text(trace.spans.front().profileId),
             std::string_view("e1445bbbdc2145f8b53aa8a11ed71406"));
    QCOMPARE(harness.cache().profiles(browser.sourceId).front().links.profileId,
             std::string("e1445bbbdc2145f8b53aa8a11ed71406"));
    // The mock trace response: issue nodes left out, a node nested under another parent.
    const auto mixed
        = harness.import(readFile(dir.filePath(QStringLiteral("api-responses/trace-mixed.json"))),
                         QStringLiteral("trace-mixed.json"));
    const QStringList warnings = harness.warnings(mixed.sourceId);
    QVERIFY2(warnings.filter(QStringLiteral("2 errors of the trace response")).size() == 1,
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(warnings.filter(QStringLiteral("1 span of the trace response sits under")).size() == 1,
             qPrintable(warnings.join(u'\n')));
    // Error events, in an envelope or alone, are error events (tst_sentryerrors.cpp).
    for (const char *path :
         {"envelopes/error_php.envelope", "envelopes/error_javascript_react.envelope",
          "envelopes/error_android_with_session_and_viewhierarchy.envelope",
          "api-responses/event.json"}) {
        const QString error
            = harness.importError(readFile(dir.filePath(QLatin1String(path))), QLatin1String(path));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(harness.cache().sources().size(), size_t(2 + 4));
}

int runSentryTraceImporterTests(int argc, char *argv[])
{
    TestSentryTraces test;
    return QTest::qExec(&test, argc, argv) + runSentryTraceInputTests(argc, argv);
}

#include "tst_sentrytraces.moc"
