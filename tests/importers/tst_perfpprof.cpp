// The perf-script and pprof importers fed with hand-made bytes and with a real
// `perf record -g` capture, read back from an on-disk cache: figures as text, the same
// import in tiny chunks and compressed, and bad input refused clearly with the cache
// left as it was.

#include "importharness.h"
#include "tests/support/testcompression.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/importpipeline.h"
#include "importers/common/inputstream.h"
#include "importers/perf/perfscripttokenizer.h"

#include "pprof/profile.pb.h" // generated from importers/pprof/profile.proto

#include "models/analysis/framestatistics.h"
#include "models/store/cache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace eg;
using importers::ImportError;

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

// Two event types, two threads (one with a space in its command), kernel frames,
// `[unknown]` in two dsos, a JIT frame from a perf map, `+0x` offsets, C++ arguments,
// perf's `#` header and a file that ends without a blank line.
const QByteArray kPerfScript = "# ========\n"
                               "# captured on    : Thu Jan  1 00:00:00 2024\n"
                               "# ========\n"
                               "#\n"
                               "app   100/100   [000]    10.000100:    1000000 cpu-clock: \n"
                               "\tffffffff81000010 native_safe_halt+0x10 ([kernel.kallsyms])\n"
                               "\t            1234 compute(int)+0x4 (/usr/bin/app)\n"
                               "\t            5678 main (/usr/bin/app)\n"
                               "\t    7f0000000001 [unknown] ([unknown])\n"
                               "\n"
                               "app   100/100   [000]    10.001100:    1000000 cpu-clock: \n"
                               "\t    7f00dead0010 LFoo;.bar(I)V (/tmp/perf-100.map)\n"
                               "\t            5678 main (/usr/bin/app)\n"
                               "\t    7f0000000002 [unknown] (/usr/lib/libc.so.6)\n"
                               "\n"
                               "Web Worker   100/101   [001]    10.001500:    2000000 cpu-clock: \n"
                               "\t            4321 work (/usr/bin/app)\n"
                               "\t    7f0000000003 [unknown] (/usr/lib/libc.so.6)\n"
                               "\n"
                               "app   100/100   [000]    10.002000:       5000 cycles: \n"
                               "\t            1234 compute(int)+0x8 (/usr/bin/app)\n"
                               "\t            5678 main (/usr/bin/app)\n"
                               "\n"
                               "Web Worker   100/101   [001]    10.002500:    1000000 cpu-clock: \n"
                               "\t            4321 work (/usr/bin/app)\n"
                               "\t    7f0000000003 [unknown] (/usr/lib/libc.so.6)\n";

const char *const kPerfFigures
    = "profile \"cpu-clock app 100/100\" sampled nanoseconds samples=2 total=2000000 frames=6 "
      "busy=2000000 start=10000100000 end=10001100000\n"
      "  LFoo:.bar [/tmp/perf-100.map:0:0] self=1000000 total=1000000\n"
      "  [unknown] [/usr/lib/libc.so.6:0:0] self=0 total=1000000\n"
      "  [unknown] [[unknown]:0:0] self=0 total=1000000\n"
      "  compute [/usr/bin/app:0:0] self=0 total=1000000\n"
      "  main [/usr/bin/app:0:0] self=0 total=2000000\n"
      "  native_safe_halt [[kernel.kallsyms]:0:0] self=1000000 total=1000000\n"
      "profile \"cpu-clock Web Worker 100/101\" sampled nanoseconds samples=2 total=3000000 "
      "frames=2 busy=3000000 start=10001500000 end=10002500000\n"
      "  [unknown] [/usr/lib/libc.so.6:0:0] self=0 total=3000000\n"
      "  work [/usr/bin/app:0:0] self=3000000 total=3000000\n"
      "profile \"cycles app 100/100\" sampled none samples=1 total=5000 frames=2 busy=5000 "
      "start=10002000000 end=10002000000\n"
      "  compute [/usr/bin/app:0:0] self=5000 total=5000\n"
      "  main [/usr/bin/app:0:0] self=0 total=5000\n";

// Two sample types; location 2 holds an inlined call (inlinedHelper inside compute),
// location 3 is an address without symbols; the third sample weighs nothing in "cpu".
pprof::Profile makePprof()
{
    pprof::Profile p;
    for (const char *s : {"", "samples", "count", "cpu", "nanoseconds", "main", "main.go",
                          "compute", "inlinedHelper", "/bin/app"})
        p.add_string_table(s);
    auto *t = p.add_sample_type();
    t->set_type(1);
    t->set_unit(2);
    t = p.add_sample_type();
    t->set_type(3);
    t->set_unit(4);
    auto *m = p.add_mapping();
    m->set_id(1);
    m->set_filename(9);
    const int64_t names[] = {5, 7, 8};
    for (int i = 0; i < 3; ++i) {
        auto *f = p.add_function();
        f->set_id(uint64_t(i + 1));
        f->set_name(names[i]);
        f->set_filename(6);
        f->set_start_line(10 * (i + 1));
    }
    auto *l = p.add_location();
    l->set_id(1);
    l->set_mapping_id(1);
    l->add_line()->set_function_id(1);
    l = p.add_location();
    l->set_id(2);
    l->set_mapping_id(1);
    l->add_line()->set_function_id(3); // innermost first
    l->add_line()->set_function_id(2);
    l = p.add_location();
    l->set_id(3);
    l->set_address(0x4000);
    const auto sample = [&](std::initializer_list<uint64_t> locations, int64_t a, int64_t b) {
        auto *s = p.add_sample();
        for (uint64_t id : locations)
            s->add_location_id(id);
        s->add_value(a);
        s->add_value(b);
    };
    sample({2, 1}, 3, 30000000);
    sample({1}, 1, 10000000);
    sample({3, 1}, 2, 0);
    return p;
}

QByteArray serialized(const pprof::Profile &profile)
{
    std::string bytes;
    profile.SerializeToString(&bytes);
    return QByteArray::fromStdString(bytes);
}

const char *const kPprofFigures
    = "profile \"samples\" sampled none samples=3 total=6 frames=4 busy=6 start=0 end=6\n"
      "  0x4000 self=2 total=2\n"
      "  compute [main.go:20:0] self=0 total=3\n"
      "  inlinedHelper [main.go:30:0] self=3 total=3\n"
      "  main [main.go:10:0] self=1 total=6\n"
      "profile \"cpu\" sampled nanoseconds samples=2 total=40000000 frames=3 busy=40000000 "
      "start=0 end=40000000\n"
      "  compute [main.go:20:0] self=0 total=30000000\n"
      "  inlinedHelper [main.go:30:0] self=30000000 total=30000000\n"
      "  main [main.go:10:0] self=10000000 total=40000000\n";

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Frames that no sample uses are left out, as the summary counts them.
QString figuresOf(const store::Cache &cache, int64_t sourceId)
{
    QString out;
    for (const store::ProfileInfo &info : cache.profiles(sourceId)) {
        const store::ProfileData profile = cache.loadProfile(info.id);
        const analysis::FrameStatistics statistics(profile);
        out += QStringLiteral("profile \"%1\" sampled %2 samples=%3 total=%4 frames=%5 busy=%6 "
                              "start=%7 end=%8\n")
                   .arg(info.name, QLatin1String(store::weightUnitName(info.unit)))
                   .arg(info.sampleCount)
                   .arg(number(info.totalWeight))
                   .arg(info.frameCount)
                   .arg(number(statistics.busyWeight()), number(profile.startValue),
                        number(profile.endValue));
        QStringList lines;
        std::vector<char> used(profile.frames.size(), 0);
        for (int32_t s : profile.sampleStack) {
            for (; s >= 0; s = profile.stacks[size_t(s)].parent)
                used[size_t(profile.stacks[size_t(s)].frame)] = 1;
        }
        for (const analysis::FrameWeight &weight : statistics.frames()) {
            if (!used[size_t(weight.frame)])
                continue;
            const store::Frame &frame = profile.frames[size_t(weight.frame)];
            QString location;
            if (!frame.file.empty() || frame.line > 0)
                location = QStringLiteral(" [%1:%2:%3]")
                               .arg(QString::fromStdString(frame.file))
                               .arg(frame.line)
                               .arg(frame.column);
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

QString importedFigures(const QByteArray &bytes, const QString &name, size_t chunkSize = 0,
                        QString *format = nullptr)
{
    Harness harness;
    const importers::ImportResult result = harness.import(bytes, name, chunkSize);
    if (format)
        *format = result.format;
    return figuresOf(harness.cache(), result.sourceId);
}

} // namespace

class TestPerfPprof : public QObject
{
    Q_OBJECT

private slots:
    void perfFigures();
    void perfChunksAndGzip();
    void perfHeaders();
    void perfRealCapture();
    void pprofFigures();
    void pprofChunksAndPlain();
    void badInputs_data();
    void badInputs();
    void probes();
};

void TestPerfPprof::perfFigures()
{
    QString format;
    COMPARE_TEXT(importedFigures(kPerfScript, QStringLiteral("app.perf.txt"), 0, &format),
                 QString::fromLatin1(kPerfFigures));
    QCOMPARE(format, QStringLiteral("perf-script"));
    // CRLF line ends read the same.
    QByteArray crlf = kPerfScript;
    crlf.replace("\n", "\r\n");
    COMPARE_TEXT(importedFigures(crlf, QStringLiteral("app.perf.txt")),
                 QString::fromLatin1(kPerfFigures));
}

void TestPerfPprof::perfChunksAndGzip()
{
    for (size_t chunk : {size_t(1), size_t(3), size_t(7)}) {
        COMPARE_TEXT(importedFigures(kPerfScript, QStringLiteral("app.perf.txt"), chunk),
                     QString::fromLatin1(kPerfFigures));
        COMPARE_TEXT(importedFigures(eg::testing::TestCompression::gzip(kPerfScript),
                                     QStringLiteral("app.perf.gz"), chunk),
                     QString::fromLatin1(kPerfFigures));
    }
}

void TestPerfPprof::perfHeaders()
{
    using T = importers::PerfScriptTokenizer;
    const auto header = [](std::string_view line) {
        T::Header h;
        if (!T::parseHeader(line, &h))
            return QStringLiteral("(not a header)");
        return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(QString::fromUtf8(h.comm.data(), qsizetype(h.comm.size())))
            .arg(h.pid)
            .arg(h.tid)
            .arg(h.hasTime ? QString::number(h.timeNs) : QStringLiteral("-"))
            .arg(h.hasPeriod ? QString::number(h.period) : QStringLiteral("-"))
            .arg(QString::fromUtf8(h.event.data(), qsizetype(h.event.size())));
    };
    QCOMPARE(header("java 25607 4794564.109216: cycles:"),
             QStringLiteral("java|-1|25607|4794564109216000|-|cycles"));
    QCOMPARE(header("V8 WorkerThread 24636/25607 [000] 94564.109216: 100 cycles:u:"),
             QStringLiteral("V8 WorkerThread|24636|25607|94564109216000|100|cycles:u"));
    // A command with a number in it: the ids are the token before the time.
    QCOMPARE(header("FS Broker 5906  7564/7598  2574592.949428:          1 cycles:ppp: "),
             QStringLiteral("FS Broker 5906|7564|7598|2574592949428000|1|cycles:ppp"));
    QCOMPARE(header("Gecko\t25122 [007] 115539.936601:\t\t1000000 task-clock:u:"),
             QStringLiteral("Gecko|-1|25122|115539936601000|1000000|task-clock:u"));
    QCOMPARE(header("func_ab 15294 cpu-clock: "), QStringLiteral("func_ab|-1|15294|-|-|cpu-clock"));
    QCOMPARE(header("swapper 0 [003] 1.123456789: sched:sched_switch: prev_comm=a"),
             QStringLiteral("swapper|-1|0|1123456789|-|sched:sched_switch"));
    QCOMPARE(header("ffffffff8103d0ca native_write_msr_safe ([kernel.kallsyms])"),
             QStringLiteral("(not a header)"));
    QCOMPARE(header("main;parse 3"), QStringLiteral("(not a header)"));

    std::string tidy;
    T::tidySymbol("net/http.(*Client).Do", &tidy);
    QCOMPARE(QString::fromStdString(tidy), QStringLiteral("net/http.(*Client).Do"));
    T::tidySymbol("(anonymous namespace)::Create(int)", &tidy);
    QCOMPARE(QString::fromStdString(tidy), QStringLiteral("(anonymous namespace)::Create"));
    T::tidySymbol("RegExp:[&<>\"']", &tidy);
    QCOMPARE(QString::fromStdString(tidy), QStringLiteral("RegExp:[&<>]"));
}

void TestPerfPprof::perfRealCapture()
{
    // `perf record -e cpu-clock -F 200 -g -- ./spin` (a main thread and a worker), then
    // `perf script -F comm,pid,tid,time,period,event,ip,sym,dso`.
    QFile file(QStringLiteral(EG_TEST_DATA_DIR "/perf-record-spin.perf.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto headers = bytes.count(" cpu-clock:");
    Harness harness;
    const auto result = harness.import(bytes, QStringLiteral("spin.perf.txt"));
    QCOMPARE(result.format, QStringLiteral("perf-script"));
    const auto profiles = harness.cache().profiles(result.sourceId);
    QCOMPARE(profiles.size(), size_t(2)); // the main thread and the worker
    int64_t samples = 0;
    for (const store::ProfileInfo &info : profiles) {
        samples += info.sampleCount;
        QCOMPARE(info.unit, store::WeightUnit::Nanoseconds);
        QCOMPARE(info.totalWeight, double(info.sampleCount) * 5000000); // -F 200: 5 ms
        QVERIFY(info.frameCount >= 2);
    }
    QCOMPARE(samples, int64_t(headers));
    QVERIFY(profiles[0].name.startsWith(QLatin1String("cpu-clock spin ")));
    // Tiny chunks, same figures.
    COMPARE_TEXT(importedFigures(bytes, QStringLiteral("spin.perf.txt"), 3),
                 figuresOf(harness.cache(), result.sourceId));
}

void TestPerfPprof::pprofFigures()
{
    QString format;
    COMPARE_TEXT(importedFigures(eg::testing::TestCompression::gzip(serialized(makePprof())),
                                 QStringLiteral("cpu.pb.gz"), 0, &format),
                 QString::fromLatin1(kPprofFigures));
    QCOMPARE(format, QStringLiteral("pprof"));
}

void TestPerfPprof::pprofChunksAndPlain()
{
    const QByteArray plain = serialized(makePprof());
    for (size_t chunk : {size_t(0), size_t(3)}) {
        COMPARE_TEXT(importedFigures(plain, QStringLiteral("cpu.pb"), chunk),
                     QString::fromLatin1(kPprofFigures));
        COMPARE_TEXT(importedFigures(eg::testing::TestCompression::gzip(plain),
                                     QStringLiteral("cpu.pb.gz"), chunk),
                     QString::fromLatin1(kPprofFigures));
    }
}

void TestPerfPprof::badInputs_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray garbage = QByteArray::fromHex("00ff13379a0b7fe1c2d3f4a5b6c7d8e9").repeated(64);
    const QString unknown = QStringLiteral("not a format Emberglass reads");
    const QByteArray pprof = serialized(makePprof());
    const QByteArray gz = eg::testing::TestCompression::gzip(pprof);

    QTest::newRow("perf garbage") << QString() << garbage << unknown;
    QTest::newRow("perf garbage forced")
        << QStringLiteral("perf-script") << garbage << QStringLiteral("no sample header");
    QTest::newRow("perf frames only")
        << QStringLiteral("perf-script")
        << QByteArray("\t1234 main (/bin/app)\n\t5678 start (/bin/app)\n")
        << QStringLiteral("no sample header of the form `comm pid/tid time: event:` (perf "
                          "script output) (line 1)");
    QTest::newRow("perf gzip truncated")
        << QString() << eg::testing::TestCompression::gzip(kPerfScript).left(60)
        << QStringLiteral("gzip data ends early");
    QTest::newRow("pprof garbage") << QString() << garbage << unknown;
    QTest::newRow("pprof garbage forced")
        << QStringLiteral("pprof") << garbage << QStringLiteral("malformed or truncated");
    QTest::newRow("pprof truncated") << QStringLiteral("pprof") << pprof.left(pprof.size() - 3)
                                     << QStringLiteral("malformed or truncated");
    QTest::newRow("pprof gzip truncated")
        << QString() << gz.left(gz.size() / 2) << QStringLiteral("gzip data ends early");

    pprof::Profile values = makePprof();
    values.mutable_sample(1)->mutable_value()->RemoveLast();
    QTest::newRow("pprof wrong value count")
        << QStringLiteral("pprof") << serialized(values)
        << QStringLiteral("sample 2 has 1 values, but the profile has 2 sample types");
    pprof::Profile strings = makePprof();
    strings.mutable_function(0)->set_name(99);
    QTest::newRow("pprof string out of range")
        << QStringLiteral("pprof") << serialized(strings)
        << QStringLiteral("a function's name refers to string 99, but string_table has 10 "
                          "entries");
    pprof::Profile locations = makePprof();
    locations.mutable_sample(0)->set_location_id(0, 77);
    QTest::newRow("pprof unknown location") << QStringLiteral("pprof") << serialized(locations)
                                            << QStringLiteral("sample 1 refers to location 77");
    pprof::Profile noTypes = makePprof();
    noTypes.clear_sample_type();
    for (pprof::Sample &sample : *noTypes.mutable_sample())
        sample.clear_value();
    QTest::newRow("pprof no sample types")
        << QStringLiteral("pprof") << serialized(noTypes) << QStringLiteral("no sample_type");
    // protobuf skips a known field of the wrong wire type as unknown (by design), so the
    // wrong types that matter are those of the values inside: a message whose length
    // runs past the end of the file.
    QTest::newRow("pprof length past the end")
        << QStringLiteral("pprof") << pprof + QByteArray::fromHex("127f0a02")
        << QStringLiteral("malformed or truncated");
}

void TestPerfPprof::badInputs()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    Harness harness;
    const auto earlier = harness.import(kPerfScript, QStringLiteral("earlier.perf.txt"));
    const QString earlierFigures = figuresOf(harness.cache(), earlier.sourceId);
    const size_t sources = harness.cache().sources().size();
    const size_t profiles = harness.cache().profiles().size();

    const QString error = harness.importError(bytes, QStringLiteral("bad"), format);
    QVERIFY2(!error.isEmpty(), "the import succeeded");
    QVERIFY2(error.contains(message), qPrintable(error));

    QCOMPARE(harness.cache().sources().size(), sources);
    QCOMPARE(harness.cache().profiles().size(), profiles);
    COMPARE_TEXT(figuresOf(harness.cache(), earlier.sourceId), earlierFigures);
}

void TestPerfPprof::probes()
{
    const auto &registry = importers::ImporterRegistry::instance();
    const auto sniff = [&](std::string_view head) {
        const importers::Importer *importer = registry.sniff(head);
        return importer ? importer->format().id : QString();
    };
    QCOMPARE(sniff(std::string_view(kPerfScript.constData(), 200)), QStringLiteral("perf-script"));
    QCOMPARE(sniff("main;parse 3\nmain 4\n"), QStringLiteral("folded"));
    const QByteArray pprof = serialized(makePprof());
    QCOMPARE(sniff(std::string_view(pprof.constData(), size_t(pprof.size()))),
             QStringLiteral("pprof"));
    QCOMPARE(sniff(std::string_view(pprof.constData(), 20)), QStringLiteral("pprof"));
    // Bytes that start like a protobuf but not like profile.proto.
    QCOMPARE(sniff(std::string_view("\x0a\x03\x08\x01\x10\xff\xff\xff\xff", 9)), QString());
    QCOMPARE(sniff(std::string_view("\x12\x04\x08\x01\x10\x02", 6)), QString());
}

int runPerfPprofImporterTests(int argc, char *argv[])
{
    TestPerfPprof test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_perfpprof.moc"
