// Importers fed with hand-made bytes, read back from an on-disk cache: the figures as
// text, the same import with tiny read chunks and compressed, and every kind of bad input
// refused with a clear message and the cache left as it was.

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/analysis/calltree.h"
#include "models/analysis/framestatistics.h"
#include "models/analysis/functiontable.h"
#include "models/store/cache.h"

#include "importharness.h"
#include "randomprofile.h"
#include "tests/support/testcompression.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>

using namespace eg;
using importers::ImportError;

// QCOMPARE cuts long strings short; figures are compared whole and shown whole.
#define COMPARE_TEXT(actual, expected)                                                             \
    do {                                                                                           \
        const QString actualText = (actual);                                                       \
        const QString expectedText = (expected);                                                   \
        if (actualText != expectedText)                                                            \
            qWarning("actual:\n%s\nexpected:\n%s", qPrintable(actualText),                         \
                     qPrintable(expectedText));                                                    \
        QCOMPARE(actualText, expectedText);                                                        \
    } while (false)

namespace {

// --- inputs -------------------------------------------------------------------------

// An evented profile with recursion and a trailing idle gap, and a sampled profile with
// an empty stack, in one file. Relative to startValue the events are: main 0-15, parse
// 2-7, render 7-11, main again 8-10; the profile ends at 20.
const QByteArray kSpeedscope = R"({
  "$schema": "https://www.speedscope.app/file-format-schema.json",
  "version": "0.6.0",
  "shared": {"frames": [
    {"name": "main", "file": "main.c", "line": 1, "col": 2},
    {"name": "parse"},
    {"name": "render", "file": "r.c", "line": 7, "col": null}
  ]},
  "profiles": [
    {"type": "evented", "name": "ev", "unit": "milliseconds", "startValue": 10, "endValue": 30,
     "events": [
       {"type": "O", "frame": 0, "at": 10}, {"type": "O", "frame": 1, "at": 12},
       {"type": "C", "frame": 1, "at": 17}, {"type": "O", "frame": 2, "at": 17},
       {"at": 18, "frame": 0, "type": "O"}, {"type": "C", "frame": 0, "at": 20},
       {"type": "C", "frame": 2, "at": 21}, {"type": "C", "frame": 0, "at": 25}]},
    {"weights": [1, 2, 3, 4, 5], "type": "sampled", "name": "sa", "unit": "bytes",
     "startValue": 0, "endValue": 10, "samples": [[0, 1], [0, 1], [0, 2], [], [2]]}
  ]
}
)";

const char *const kSpeedscopeFigures
    = "profile \"ev\" evented milliseconds samples=4 total=20 frames=3 busy=15 start=10 end=30\n"
      "  main [main.c:1:2] self=8 total=15\n"
      "  parse self=5 total=5\n"
      "  render [r.c:7:0] self=2 total=4\n"
      "profile \"sa\" sampled bytes samples=5 total=15 frames=3 busy=11 start=0 end=15\n"
      "  main [main.c:1:2] self=0 total=6\n"
      "  parse self=3 total=3\n"
      "  render [r.c:7:0] self=8 total=8\n";

// The same file with `profiles` ahead of `shared` and sorted keys, as speedscope's own
// exports (0.0.1) are written.
const QByteArray kSpeedscopeSharedLast = R"({"profiles": [
    {"endValue": 30, "events": [
       {"at": 10, "frame": 0, "type": "O"}, {"at": 12, "frame": 1, "type": "O"},
       {"at": 17, "frame": 1, "type": "C"}, {"at": 17, "frame": 2, "type": "O"},
       {"at": 18, "frame": 0, "type": "O"}, {"at": 20, "frame": 0, "type": "C"},
       {"at": 21, "frame": 2, "type": "C"}, {"at": 25, "frame": 0, "type": "C"}],
     "name": "ev", "startValue": 10, "type": "evented", "unit": "milliseconds"},
    {"endValue": 10, "name": "sa", "samples": [[0, 1], [0, 1], [0, 2], [], [2]],
     "startValue": 0, "type": "sampled", "unit": "bytes", "weights": [1, 2, 3, 4, 5]}],
  "$schema": "https://www.speedscope.app/file-format-schema.json", "name": "group",
  "shared": {"frames": [{"col": 2, "file": "main.c", "line": 1, "name": "main"},
                        {"name": "parse"}, {"file": "r.c", "line": 7, "name": "render"}]}})";

// (program) lands on top of the stack before it, (idle) is no stack at all, (garbage
// collector) after idle stands alone; the last sample weighs nothing (speedscope).
const QByteArray kCpuProfile = R"js({"nodes":[
 {"id":1,"callFrame":{"functionName":"(root)","scriptId":"0","url":"","lineNumber":-1,"columnNumber":-1},"hitCount":0,"children":[2,3,6,7]},
 {"id":2,"callFrame":{"functionName":"main","scriptId":"1","url":"file:///app/main.js","lineNumber":0,"columnNumber":0},"children":[4,5]},
 {"id":4,"callFrame":{"functionName":"work","scriptId":"1","url":"file:///app/main.js","lineNumber":9,"columnNumber":4}},
 {"id":5,"callFrame":{"functionName":"","scriptId":"2","url":"file:///app/lib/util.js","lineNumber":2,"columnNumber":10}},
 {"id":3,"callFrame":{"functionName":"(program)","scriptId":"0","url":"","lineNumber":-1,"columnNumber":-1}},
 {"id":6,"callFrame":{"functionName":"(idle)","scriptId":"0","url":"","lineNumber":-1,"columnNumber":-1}},
 {"id":7,"callFrame":{"functionName":"(garbage collector)","scriptId":"0","url":"","lineNumber":-1,"columnNumber":-1}}],
 "startTime":1000,"endTime":2000,
 "samples":[2,4,4,3,5,6,7,2,2],
 "timeDeltas":[100,10,20,30,40,50,60,70,80]}
)js";

const char *const kCpuProfileFigures
    = "profile \"cpu.cpuprofile\" sampled microseconds samples=9 total=360 frames=5 busy=300 "
      "start=1000 end=2000\n"
      "  (anonymous util.js:3) [file:///app/lib/util.js:3:11] self=50 total=50\n"
      "  (garbage collector) self=70 total=70\n"
      "  (program) self=40 total=40\n"
      "  main [file:///app/main.js:1:1] self=90 total=230\n"
      "  work [file:///app/main.js:10:5] self=50 total=90\n";

// The old v8-profiler format (Node 10 and before): a nested tree, seconds, timestamps.
const QByteArray kOldCpuProfile
    = R"js({"head":{"functionName":"(root)","url":"","lineNumber":-1,"id":1,"children":[
 {"functionName":"main","url":"/a.js","lineNumber":0,"id":2,"children":[
  {"functionName":"work","url":"/a.js","lineNumber":9,"id":3,"children":[]}]},
 {"functionName":"(program)","url":"","lineNumber":-1,"id":4,"children":[]}]},
 "startTime":1.0,"endTime":1.001,"samples":[2,3,3,4,2],
 "timestamps":[1000100,1000110,1000130,1000160,1000200]})js";

const char *const kOldCpuProfileFigures
    = "profile \"old.cpuprofile\" sampled microseconds samples=5 total=100 frames=3 busy=100 "
      "start=1000000 end=1001000\n"
      "  (program) self=40 total=40\n"
      "  main [/a.js:1:1] self=10 total=100\n"
      "  work [/a.js:10:1] self=50 total=90\n";

const QByteArray kFolded = "main;parse;read 3\n"
                           "main;parse 2\n"
                           "main;render 5\n"
                           "main;main 1\n"
                           "idle 4\n";

const char *const kFoldedFigures
    = "profile \"stacks.folded\" sampled none samples=15 total=15 frames=5 busy=15 start=0 end=15\n"
      "  idle self=4 total=4\n"
      "  main self=1 total=11\n"
      "  parse self=2 total=5\n"
      "  read self=3 total=3\n"
      "  render self=5 total=5\n";

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// One import's profiles as text: header figures, then every frame by name with its self
// and total weight (FrameStatistics), so that a difference reads like a diff.
QString figuresOf(const store::Cache &cache, int64_t sourceId)
{
    QString out;
    for (const store::ProfileInfo &info : cache.profiles(sourceId)) {
        const store::ProfileData profile = cache.loadProfile(info.id);
        const analysis::FrameStatistics statistics(profile);
        out += QStringLiteral("profile \"%1\" %2 %3 samples=%4 total=%5 frames=%6 busy=%7 "
                              "start=%8 end=%9\n")
                   .arg(info.name,
                        info.kind == store::ProfileKind::Evented ? QStringLiteral("evented")
                                                                 : QStringLiteral("sampled"),
                        QLatin1String(store::weightUnitName(info.unit)))
                   .arg(info.sampleCount)
                   .arg(number(info.totalWeight))
                   .arg(info.frameCount)
                   .arg(number(statistics.busyWeight()), number(profile.startValue),
                        number(profile.endValue));
        QStringList lines;
        for (const analysis::FrameWeight &weight : statistics.frames()) {
            const store::Frame &frame = profile.frames[size_t(weight.frame)];
            QString location;
            if (!frame.file.empty() || frame.line > 0) {
                location = QStringLiteral(" [%1:%2:%3]")
                               .arg(QString::fromStdString(frame.file))
                               .arg(frame.line)
                               .arg(frame.column);
            }
            lines << QStringLiteral("  %1%2 self=%3 total=%4\n")
                         .arg(QString::fromStdString(frame.name), location, number(weight.self),
                              number(weight.total));
        }
        lines.sort();
        out += lines.join(QString());
    }
    return out;
}

using Harness = eg::testing::ImportHarness;

// Imports into a fresh cache (so that the same bytes are never a duplicate) and returns
// the figures.
QString importedFigures(const QByteArray &bytes, const QString &name, size_t chunkSize = 0,
                        QString *format = nullptr)
{
    Harness harness;
    const importers::ImportResult result = harness.import(bytes, name, chunkSize);
    if (format)
        *format = result.format;
    return figuresOf(harness.cache(), result.sourceId);
}

struct Sample
{
    const char *format;
    const char *name;
    QByteArray bytes;
    const char *figures;
};

const Sample kSamples[] = {
    {"speedscope", "profile.speedscope.json", kSpeedscope, kSpeedscopeFigures},
    {"chrome-cpuprofile", "cpu.cpuprofile", kCpuProfile, kCpuProfileFigures},
    {"chrome-cpuprofile", "old.cpuprofile", kOldCpuProfile, kOldCpuProfileFigures},
    {"folded", "stacks.folded", kFolded, kFoldedFigures},
};

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void validInputs_data();
    void validInputs();
    void tinyChunksAndCompression_data();
    void tinyChunksAndCompression();
    void speedscopeSharedLast();
    void speedscopeErrors_data();
    void speedscopeErrors();
    void cpuprofileKeyOrders();
    void cpuprofileNegativeDeltas();
    void cpuprofileMatchesSpeedscope();
    void samplesCountTheFileSamples();
    void badInputs_data();
    void badInputs();
    void truncatedAtEveryByte_data();
    void truncatedAtEveryByte();
    void progressAndCancel();
    void probes();
    void topLevelKeys();
};

void TestImporters::validInputs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("figures");
    for (const Sample &s : kSamples) {
        QTest::addRow("%s %s", s.format, s.name)
            << QString::fromLatin1(s.format) << QString::fromLatin1(s.name) << s.bytes
            << QString::fromLatin1(s.figures);
    }
}

void TestImporters::validInputs()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, figures);
    QString sniffed;
    COMPARE_TEXT(importedFigures(bytes, name, 0, &sniffed), figures);
    QCOMPARE(sniffed, format);
}

void TestImporters::tinyChunksAndCompression_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("figures");
    QTest::addColumn<int>("chunkSize");
    for (const Sample &s : kSamples) {
        const QString name = QString::fromLatin1(s.name);
        const QString figures = QString::fromLatin1(s.figures);
        const struct
        {
            const char *label;
            QByteArray bytes;
        } variants[] = {{"plain", s.bytes},
                        {"gzip", eg::testing::TestCompression::gzip(s.bytes)},
                        {"zlib", eg::testing::TestCompression::zlib(s.bytes)},
                        {"zstd", eg::testing::TestCompression::zstd(s.bytes)}};
        for (const auto &variant : variants) {
            for (int chunk : {0, 3}) {
                QTest::addRow("%s %s chunk %d", s.name, variant.label, chunk)
                    << name << variant.bytes << figures << chunk;
            }
        }
    }
}

void TestImporters::tinyChunksAndCompression()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, figures);
    QFETCH(int, chunkSize);
    COMPARE_TEXT(importedFigures(bytes, name, size_t(chunkSize)), figures);
}

void TestImporters::speedscopeSharedLast()
{
    // Frames after the profiles need the second pass; the figures must not change.
    COMPARE_TEXT(importedFigures(kSpeedscopeSharedLast, QStringLiteral("profile.speedscope.json")),
                 QString::fromLatin1(kSpeedscopeFigures));
}

void TestImporters::speedscopeErrors_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("message");
    const QByteArray open
        = R"({"type":"evented","name":"p","unit":"none","startValue":2,"endValue":9,"events":[)";
    QTest::newRow("leave other frame")
        << open
            + R"({"type":"O","frame":0,"at":2},{"type":"O","frame":1,"at":3},{"type":"C","frame":0,"at":6}]})"
        << QStringLiteral("Tried to leave frame \"A\" while frame \"B\" was at the top at 4");
    QTest::newRow("left open")
        << open + R"({"type":"O","frame":0,"at":2}]})"
        << QStringLiteral("Tried to complete profile construction with a non-empty stack");
    QTest::newRow("backwards") << open
            + R"({"type":"O","frame":0,"at":5},{"type":"C","frame":0,"at":4}]})"
                               << QStringLiteral(
                                      "events are out of order: an event at 2 follows one at 3");
    QTest::newRow("frame out of range")
        << open + R"({"type":"O","frame":7,"at":5}]})"
        << QStringLiteral("frame index 7 is out of range: `shared.frames` has 2 frames");
    QTest::newRow("no at") << open + R"({"type":"O","frame":0}]})"
                           << QStringLiteral("an event has no `at`");
    QTest::newRow("length mismatch") << QByteArray(
        R"({"type":"sampled","name":"s","unit":"none","startValue":0,"endValue":3,"samples":[[0],[1]],"weights":[1]})")
                                     << QStringLiteral("Expected samples.length (2) to equal "
                                                       "weights.length (1)");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"bogus","name":"s"})")
                                  << QStringLiteral("profile 1 has the unknown type `bogus`");
    QTest::newRow("missing events") << QByteArray(R"({"type":"evented","name":"s"})")
                                    << QStringLiteral("missing `events` in an evented profile");
}

void TestImporters::speedscopeErrors()
{
    QFETCH(QByteArray, profile);
    QFETCH(QString, message);
    const QByteArray file = R"({"$schema":"https://www.speedscope.app/file-format-schema.json",)"
                            R"("shared":{"frames":[{"name":"A"},{"name":"B"}]},"profiles":[)"
        + profile + "]}";
    Harness harness;
    const QString error = harness.importError(file, QStringLiteral("bad.speedscope.json"));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(harness.cache().sources().empty());
}

void TestImporters::cpuprofileKeyOrders()
{
    // Whatever the key order, the figures are the same: samples ahead of the nodes, and
    // deltas ahead of the samples, take the paths that hold arrays until the end.
    const QByteArray nodes = kCpuProfile.mid(1, kCpuProfile.indexOf("\"startTime\"") - 1);
    const QByteArray rest = R"("startTime":1000,"endTime":2000)";
    const QByteArray samples = R"("samples":[2,4,4,3,5,6,7,2,2])";
    const QByteArray deltas = R"("timeDeltas":[100,10,20,30,40,50,60,70,80])";
    const QString figures = QString::fromLatin1(kCpuProfileFigures);
    const QString name = QStringLiteral("cpu.cpuprofile");
    COMPARE_TEXT(importedFigures("{" + samples + "," + nodes + rest + "," + deltas + "}", name),
                 figures);
    COMPARE_TEXT(importedFigures("{" + deltas + "," + samples + "," + nodes + rest + "}", name),
                 figures);
    COMPARE_TEXT(importedFigures("{" + rest + "," + deltas + "," + nodes + samples + "}", name),
                 figures);
}

void TestImporters::cpuprofileNegativeDeltas()
{
    // Elapsed 100, 110, 105, 125: the dip is held at 110 (speedscope PR #305), which leaves
    // main;work a zero-length run that still counts as a frame, and the last sample
    // weighs nothing.
    const QByteArray file = R"js({"nodes":[
 {"id":1,"callFrame":{"functionName":"(root)","url":"","lineNumber":-1,"columnNumber":-1},"children":[2]},
 {"id":2,"callFrame":{"functionName":"main","url":"","lineNumber":0,"columnNumber":0},"children":[4]},
 {"id":4,"callFrame":{"functionName":"work","url":"","lineNumber":4,"columnNumber":0}}],
 "startTime":0,"endTime":0,"samples":[2,4,2,4,9],"timeDeltas":[100,10,-5,20,0]})js";
    COMPARE_TEXT(
        importedFigures(file, QStringLiteral("neg.cpuprofile")),
        QStringLiteral("profile \"neg.cpuprofile\" sampled microseconds samples=5 total=25 "
                       "frames=2 busy=25 start=0 end=125\n"
                       "  main [:1:1] self=25 total=25\n"
                       "  work [:5:1] self=0 total=0\n"));
}

using eg::testing::RandomProfile;

void TestImporters::cpuprofileMatchesSpeedscope()
{
    // The walker takes shortcuts for speed; on random trees it must still land on
    // exactly speedscope's stacks and weights.
    Harness harness;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const RandomProfile input(seed);
        size_t expectedFrames = 0;
        const std::map<QByteArray, double> expected = input.speedscopeWeights(&expectedFrames);

        const auto result = harness.import(input.json(), QStringLiteral("random.cpuprofile"));
        const auto profiles = harness.cache().profiles(result.sourceId);
        QCOMPARE(profiles.size(), size_t(1));
        const store::ProfileData profile = harness.cache().loadProfile(profiles[0].id);
        std::map<QByteArray, double> actual;
        for (size_t i = 0; i < profile.sampleCount(); ++i) {
            if (profile.sampleStack[i] < 0 || profile.sampleWeight[i] == 0)
                continue;
            QByteArrayList keys;
            for (int32_t s = profile.sampleStack[i]; s >= 0; s = profile.stacks[size_t(s)].parent) {
                const store::Frame &f = profile.frames[size_t(profile.stacks[size_t(s)].frame)];
                keys.prepend(QByteArray::fromStdString(f.name) + ":"
                             + QByteArray::fromStdString(f.file) + ":" + QByteArray::number(f.line)
                             + ":" + QByteArray::number(f.column));
            }
            actual[keys.join(';')] += profile.sampleWeight[i];
        }
        if (actual != expected || size_t(profiles[0].frameCount) != expectedFrames) {
            qWarning("seed %u: %s", seed, input.json().constData());
            for (const auto &[stack, weight] : expected)
                qWarning("  expected %s %g", stack.constData(), weight);
            for (const auto &[stack, weight] : actual)
                qWarning("  actual   %s %g", stack.constData(), weight);
        }
        QCOMPARE(actual, expected);
        QCOMPARE(size_t(profiles[0].frameCount), expectedFrames);
        QCOMPARE(profiles[0].sampleCount, int64_t(input.samples.size()));
        // Every file sample counts once in the stored runs, but for unknown ids ahead of
        // the first known one: speedscope has no stack to go on with yet.
        int64_t fileSamples = 0;
        for (size_t i = 0; i < profile.sampleCount(); ++i)
            fileSamples += profile.fileSamples(i);
        const auto known = std::find_if(input.samples.begin(), input.samples.end(),
                                        [](int64_t id) { return id != RandomProfile::kUnknownId; });
        QCOMPARE(fileSamples, int64_t(input.samples.end() - known));
    }
}

void TestImporters::samplesCountTheFileSamples()
{
    // The walker stores a run of samples on one stack as one weighted sample; the
    // "Samples" figures must still count the file's samples: [2,4,4,3,5,6,7,2,2] is main,
    // work twice, (program) on work, util, idle, the collector, main twice.
    Harness harness;
    const auto result = harness.import(kCpuProfile, QStringLiteral("cpu.cpuprofile"));
    const store::ProfileData profile = harness.profiles(result.sourceId).front();
    QVERIFY(profile.sampleCount() < 9); // stored as runs
    int64_t fileSamples = 0;
    for (size_t i = 0; i < profile.sampleCount(); ++i)
        fileSamples += profile.fileSamples(i);
    QCOMPARE(fileSamples, profile.reportedSampleCount);
    QCOMPARE(fileSamples, int64_t(9));

    const analysis::CallTree tree(profile);
    QCOMPARE(tree.root().samples + tree.idleSamples(), int64_t(9));
    QCOMPARE(tree.idleSamples(), int64_t(1));
    auto node = [&](std::initializer_list<const char *> path) {
        int32_t at = analysis::CallTree::rootIndex();
        for (const char *name : path) {
            int32_t found = -1;
            for (int32_t c = 0; c < tree.node(at).childCount; ++c) {
                const int32_t child = tree.node(at).firstChild + c;
                if (profile.frames[size_t(tree.node(child).frame)].name == name)
                    found = child;
            }
            if (found < 0)
                return analysis::CallTree::Node {};
            at = found;
        }
        return tree.node(at);
    };
    QCOMPARE(node({"main"}).samples, int64_t(7));
    QCOMPARE(node({"main"}).selfSamples, int64_t(3));
    QCOMPARE(node({"main", "work"}).samples, int64_t(3));
    QCOMPARE(node({"main", "work"}).selfSamples, int64_t(2));

    const analysis::StackWeights weights(profile);
    QCOMPARE(weights.busySamples, int64_t(8));
    const analysis::FunctionTable table(profile, weights);
    const auto &work = table.rows()[size_t(table.rowOfFrame(node({"main", "work"}).frame))];
    QCOMPARE(work.samples, int64_t(3));
    QCOMPARE(work.selfSamples, int64_t(2));

    // A folded line counts as many samples as it says.
    const auto folded = harness.import("main;work 12\nmain 3\n", QStringLiteral("x.folded"));
    const analysis::CallTree foldedTree(harness.profiles(folded.sourceId).front());
    QCOMPARE(foldedTree.root().samples, int64_t(15));
    QCOMPARE(foldedTree.node(foldedTree.root().firstChild).selfSamples, int64_t(3));
}

void TestImporters::badInputs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString truncated = QStringLiteral("truncated");
    const QByteArray deep(100000, '[');
    const QByteArray garbage = QByteArray::fromHex("00ff13379a0b7fe1c2d3f4a5b6c7d8e9").repeated(64);
    const QString unknown = QStringLiteral("not a format Emberglass reads");

    for (const Sample &s : kSamples) {
        const auto row = [&](const char *label) -> QTestData & {
            return QTest::addRow("%s %s", s.name, label);
        };
        const QString name = QString::fromLatin1(s.name);
        const QString format = QString::fromLatin1(s.format);
        const QByteArray half = s.bytes.left(s.bytes.size() / 2);
        row("empty") << name << QString() << QByteArray() << QStringLiteral("the file is empty");
        row("garbage") << name << QString() << garbage << unknown;
        row("garbage forced") << name << format << garbage
                              << (format == QLatin1String("folded")
                                      ? QStringLiteral("no line has the form")
                                      : QStringLiteral("not valid UTF-8"));
        const QByteArray gz = eg::testing::TestCompression::gzip(s.bytes);
        row("gzip truncated") << name << QString() << gz.left(gz.size() / 2)
                              << QStringLiteral("gzip data ends early: the file is truncated");
        row("deep") << name << format << deep
                    << (format == QLatin1String("folded")
                            ? QStringLiteral("no line has the form")
                            : QStringLiteral("the JSON ends before all its arrays and objects are "
                                             "closed"));
        // A folded file cut between lines is still a folded file (nothing marks its end),
        // so only the JSON formats can tell a truncated input.
        if (format != QLatin1String("folded"))
            row("truncated") << name << QString() << half << truncated;
    }

    const QString ss = QStringLiteral("bad.speedscope.json");
    const QByteArray ssHead = R"({"$schema":"https://www.speedscope.app/file-format-schema.json",)";
    QTest::newRow("speedscope wrong type") << ss << QString()
                                           << ssHead
            + R"("shared":{"frames":[{"name":"a"}]},"profiles":[{"type":"sampled","samples":[[0]],"weights":"x"}]})"
                                           << QStringLiteral("expected an array in `weights`");
    QTest::newRow("speedscope wrong frame type")
        << ss << QString() << ssHead + R"("shared":{"frames":[{"name":3}]},"profiles":[]})"
        << QStringLiteral("expected a string as a frame's `name`");
    QTest::newRow("speedscope deep after schema")
        << ss << QString() << ssHead + "\"profiles\":" + deep
        << QStringLiteral("the JSON ends before all its arrays and objects are closed");
    const QByteArray balanced = QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("speedscope deep balanced")
        << ss << QString() << ssHead + "\"profiles\":[" + balanced + "]}"
        << QStringLiteral("expected a profile (a JSON object) in `profiles`");
    QTest::newRow("speedscope garbage after schema")
        << ss << QString() << ssHead + garbage << QStringLiteral("not valid UTF-8");
    QTest::newRow("speedscope trailing value")
        << ss << QString() << ssHead + R"("profiles":[]} {})"
        << QStringLiteral("unexpected text after the end of the JSON value");
    QTest::newRow("speedscope no profiles")
        << ss << QString() << ssHead + R"("shared":{"frames":[]}})"
        << QStringLiteral("missing `profiles`");

    const QString cp = QStringLiteral("bad.cpuprofile");
    const QByteArray cpNodes
        = R"js({"nodes":[{"id":1,"callFrame":{"functionName":"(root)","url":"","lineNumber":-1,"columnNumber":-1}}],)js";
    QTest::newRow("cpuprofile samples not an array")
        << cp << QString() << cpNodes + R"("startTime":0,"samples":"x","timeDeltas":[]})"
        << QStringLiteral("expected an array of node ids in `samples`");
    QTest::newRow("cpuprofile delta not a number")
        << cp << QString() << cpNodes + R"("startTime":0,"samples":[1,1],"timeDeltas":[1,"x"]})"
        << QStringLiteral("expected a number in `timeDeltas`");
    QTest::newRow("cpuprofile few deltas")
        << cp << QString() << cpNodes + R"("startTime":0,"samples":[1,1,1],"timeDeltas":[1]})"
        << QStringLiteral("`timeDeltas` has 1 entries but `samples` has 3");
    QTest::newRow("cpuprofile no deltas")
        << cp << QString() << cpNodes + R"("startTime":0,"samples":[1,1]})"
        << QStringLiteral("missing `timeDeltas`");
    QTest::newRow("cpuprofile no samples")
        << cp << QString() << cpNodes + R"("startTime":0})" << QStringLiteral("missing `samples`");
    QTest::newRow("cpuprofile node without id")
        << cp << QString() << QByteArray(R"({"nodes":[{"callFrame":{}}],"samples":[]})")
        << QStringLiteral("node 1 in `nodes` has no `id`");
    QTest::newRow("cpuprofile cycle")
        << cp << QString()
        << QByteArray(R"({"nodes":[{"id":1,"callFrame":{"functionName":"a"},"parent":2},)"
                      R"({"id":2,"callFrame":{"functionName":"b"},"parent":1}],)"
                      R"("samples":[1],"timeDeltas":[1]})")
        << QStringLiteral("the call tree in `nodes` has a cycle");
    QTest::newRow("cpuprofile deep balanced")
        << cp << QString() << QByteArray(R"({"startTime":1,"nodes":[)") + balanced + "]}"
        << QStringLiteral("expected a node (a JSON object) in `nodes`");
    QTest::newRow("cpuprofile deep")
        << cp << QString() << QByteArray(R"({"startTime":1,"nodes":)") + deep
        << QStringLiteral("the JSON ends before all its arrays and objects are closed");

    QByteArray tree = R"({"head":)";
    for (int i = 0; i < 3000; ++i)
        tree += R"({"functionName":"f","id":)" + QByteArray::number(i + 1) + R"(,"children":[)";
    for (int i = 0; i < 3000; ++i)
        tree += "]}";
    QTest::newRow("cpuprofile old deep tree")
        << cp << QString() << tree + R"(,"samples":[],"timestamps":[]})"
        << QStringLiteral("the call tree in `head` nests deeper than 500 levels");

    QTest::newRow("folded wrong type")
        << QStringLiteral("bad.folded") << QStringLiteral("folded")
        << QByteArray("main;parse x\nmain y\n") << QStringLiteral("no line has the form");
}

void TestImporters::badInputs()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    // A source imported before must survive the failed import untouched.
    Harness harness;
    const importers::ImportResult earlier
        = harness.import(kFolded, QStringLiteral("earlier.folded"));
    const QString earlierFigures = figuresOf(harness.cache(), earlier.sourceId);
    const size_t sources = harness.cache().sources().size();
    const size_t profiles = harness.cache().profiles().size();

    const QString error = harness.importError(bytes, name, format);
    QVERIFY2(!error.isEmpty(), "the import succeeded");
    QVERIFY2(error.contains(message), qPrintable(error));

    QCOMPARE(harness.cache().sources().size(), sources);
    QCOMPARE(harness.cache().profiles().size(), profiles);
    COMPARE_TEXT(figuresOf(harness.cache(), earlier.sourceId), earlierFigures);
}

void TestImporters::truncatedAtEveryByte_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("speedscope") << QStringLiteral("speedscope") << kSpeedscope;
    QTest::newRow("speedscope shared last")
        << QStringLiteral("speedscope") << kSpeedscopeSharedLast;
    QTest::newRow("chrome-cpuprofile") << QStringLiteral("chrome-cpuprofile") << kCpuProfile;
    QTest::newRow("chrome-cpuprofile old") << QStringLiteral("chrome-cpuprofile") << kOldCpuProfile;
}

void TestImporters::truncatedAtEveryByte()
{
    // Every strict prefix of a JSON object is bad JSON; none may crash or be accepted.
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    const qsizetype end = bytes.lastIndexOf('}');
    Harness harness;
    for (qsizetype length = 1; length < end + 1; ++length) {
        const QString error
            = harness.importError(bytes.left(length), QStringLiteral("cut"), format);
        if (error.isEmpty())
            QFAIL(qPrintable(QStringLiteral("accepted the first %1 bytes").arg(length)));
    }
    QVERIFY(harness.cache().sources().empty());
}

void TestImporters::progressAndCancel()
{
    // Enough samples for the parser to report progress and look at the cancel flag.
    QByteArray file = kCpuProfile.left(kCpuProfile.indexOf("\"samples\""));
    QByteArray samples = "\"samples\":[2";
    QByteArray deltas = "\"timeDeltas\":[1";
    for (int i = 1; i < 200000; ++i) {
        samples += i % 3 ? ",4" : ",5";
        deltas += ",1";
    }
    file += samples + "]," + deltas + "]}";

    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    {
        Harness harness;
        QList<int> reports;
        importers::ImportContext context(nullptr, [&](int permille) { reports << permille; });
        const auto input
            = importers::InputStream::fromBytes(file, QStringLiteral("big.cpuprofile"));
        pipeline.importStream(*input, QStringLiteral("big.cpuprofile"), harness.cache(), context);
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QVERIFY2(
            std::any_of(reports.begin(), reports.end(), [](int p) { return p > 500 && p < 1000; }),
            "no progress while parsing");
        QCOMPARE(reports.back(), 1000);
    }
    {
        Harness harness;
        std::atomic<bool> cancel {true};
        importers::ImportContext context(&cancel, {});
        const auto input
            = importers::InputStream::fromBytes(file, QStringLiteral("big.cpuprofile"));
        QVERIFY_THROWS_EXCEPTION(importers::ImportCancelled,
                                 pipeline.importStream(*input, QStringLiteral("big.cpuprofile"),
                                                       harness.cache(), context));
        QVERIFY(harness.cache().sources().empty());
    }
}

void TestImporters::probes()
{
    const auto &registry = importers::ImporterRegistry::instance();
    const auto sniff = [&](std::string_view head) {
        const importers::Importer *importer = registry.sniff(head);
        return importer ? importer->format().id : QString();
    };
    // Heads cut in the middle of a token still tell.
    QCOMPARE(sniff(std::string_view(kSpeedscope.constData(), 90)), QStringLiteral("speedscope"));
    QCOMPARE(sniff(std::string_view(kCpuProfile.constData(), 80)),
             QStringLiteral("chrome-cpuprofile"));
    QCOMPARE(sniff(R"({"startTime":5,"endTime":9,"nodes":[{"id":1,"callF)"),
             QStringLiteral("chrome-cpuprofile"));
    // A Chrome trace holds cpuProfile nodes and samples, but not at its top level: it is
    // a trace, not a .cpuprofile.
    QCOMPARE(
        sniff(R"({"traceEvents":[{"ph":"P","name":"ProfileChunk","args":{"data":{"cpuProfile":)"
              R"({"nodes":[{"callFrame":{}}],"samples":[1]}}}}]})"),
        QStringLiteral("chrome-trace"));
    QCOMPARE(sniff(R"([{"nodes":[],"samples":[]}])"), QString());
    QCOMPARE(sniff(R"({"nodes":[1,2,3]})"), QString());
    QCOMPARE(sniff(std::string_view(kOldCpuProfile.constData(), 60)),
             QStringLiteral("chrome-cpuprofile"));
    QCOMPARE(sniff(R"({"head":{"title":"x"}})"), QString());
    QCOMPARE(sniff(R"({"$schema":"https://json-schema.org/draft/2020-12/schema"})"), QString());
    QCOMPARE(sniff("main;parse 3\n"), QStringLiteral("folded"));
}

void TestImporters::topLevelKeys()
{
    using importers::JsonSupport;
    const auto keys = [](std::string_view head) {
        QStringList out;
        for (std::string_view key : JsonSupport::topLevelKeys(head))
            out << QString::fromUtf8(key.data(), qsizetype(key.size()));
        return out.join(QLatin1Char(','));
    };
    QCOMPARE(keys(R"( {"a":1,"b":{"c":[{"d":2}]},"e\"f":"g:h","i" : [)"),
             QStringLiteral("a,b,e\\\"f,i"));
    QCOMPARE(keys(R"({"a":"unterminated)"), QStringLiteral("a"));
    QCOMPARE(keys(R"({"a":1,"b)"), QStringLiteral("a"));
    QCOMPARE(keys(R"({"a":1} {"b":2})"), QStringLiteral("a"));
    QCOMPARE(keys(R"(["a":1])"), QString());
    QCOMPARE(keys(""), QString());
}

int runCoreImporterTests(int argc, char *argv[])
{
    TestImporters test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_importers.moc"
