// emberglass-cli run as a process, as scripts and benchmarks use it (CLI.md).
#include "tests/support/testcompression.h"
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString sharedFile(const char *relative)
{
    return QStringLiteral(EG_SHARED_DIR "/") + QLatin1String(relative);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(EG_BINARY_DIR "/app/emberglass-cli"), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    QStringList withCache(QStringList arguments) const
    {
        arguments.insert(1, QStringLiteral("--cache"));
        arguments.insert(2, m_cache);
        return arguments;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
    }

    void listsFormats()
    {
        const Run run = cli({QStringLiteral("formats")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        QStringList ids;
        for (const QByteArray &line : lines) {
            QCOMPARE(line.count('\t'), 2);
            ids.append(QString::fromUtf8(line.left(line.indexOf('\t'))));
        }
        QVERIFY(ids.contains(QStringLiteral("folded")));
        QVERIFY(ids.contains(QStringLiteral("speedscope")));
        QVERIFY(ids.contains(QStringLiteral("chrome-cpuprofile")));
    }

    void summarisesAProfile()
    {
        const Run run = cli(withCache(
            {QStringLiteral("summary"), QStringLiteral(EG_TEST_DATA_DIR "/small.folded")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary[QLatin1String("file")].toString(), QStringLiteral("small.folded"));
        QCOMPARE(summary[QLatin1String("format")].toString(), QStringLiteral("folded"));
        const QJsonArray profiles = summary[QLatin1String("profiles")].toArray();
        QCOMPARE(profiles.size(), 1);
        const QJsonObject p = profiles[0].toObject();
        QCOMPARE(p[QLatin1String("unit")].toString(), QStringLiteral("none"));
        QCOMPARE(p[QLatin1String("samples")].toInt(), 1000);
        QCOMPARE(p[QLatin1String("total_weight")].toInt(), 1000);
        QCOMPARE(p[QLatin1String("frames")].toInt(), 7);
        const QJsonArray topSelf = p[QLatin1String("top_self")].toArray();
        QCOMPARE(topSelf.size(), 5);
        QCOMPARE(topSelf[0].toObject()[QLatin1String("name")].toString(),
                 QStringLiteral("parse_json"));
        QCOMPARE(topSelf[0].toObject()[QLatin1String("weight")].toInt(), 620);
        const QJsonArray topTotal = p[QLatin1String("top_total")].toArray();
        QCOMPARE(topTotal[0].toObject()[QLatin1String("name")].toString(), QStringLiteral("main"));
        QCOMPARE(topTotal[0].toObject()[QLatin1String("weight")].toInt(), 1000);
        QCOMPARE(topTotal[1].toObject()[QLatin1String("name")].toString(),
                 QStringLiteral("load_config"));
        QCOMPARE(topTotal[1].toObject()[QLatin1String("weight")].toInt(), 700);
        // Keys stay in CLI.md's order.
        QVERIFY(run.out.indexOf("\"file\"") < run.out.indexOf("\"format\""));
        QVERIFY(run.out.indexOf("\"samples\"") < run.out.indexOf("\"total_weight\""));
    }

    void summarisesSeveralFilesAndTheWholeCache()
    {
        const QString gz
            = writeFile(QStringLiteral("small.folded.gz"),
                        eg::testing::TestCompression::gzip("main;work 5\nmain;idle 5\n"));
        const Run both = cli(withCache(
            {QStringLiteral("summary"), QStringLiteral(EG_TEST_DATA_DIR "/small.folded"), gz}));
        QCOMPARE(both.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(both.out).object();
        QCOMPARE(summary[QLatin1String("file")].toArray().size(), 2);
        QCOMPARE(summary[QLatin1String("format")].toArray()[1].toString(),
                 QStringLiteral("folded"));
        QCOMPARE(summary[QLatin1String("profiles")].toArray().size(), 2);

        const Run whole = cli(withCache({QStringLiteral("summary")}));
        QCOMPARE(whole.exitCode, 0);
        const QJsonObject all = QJsonDocument::fromJson(whole.out).object();
        QVERIFY(!all.contains(QLatin1String("file")));
        QCOMPARE(all[QLatin1String("profiles")].toArray().size(), 2);
    }

    void summarisesJoinedSentryTraces()
    {
        // The envelopes of node-run1 that hold transactions and profile chunks (their
        // events and logs: summarisesSentryLogsAndErrors). The server transactions continue the
        // client's http.client spans of another envelope: each iteration is one trace under
        // `sdkdata.workload #i`.
        const QDir dir(sharedFile("fixtures/sentry-sdk/node-run1"));
        if (!dir.exists())
            QSKIP("the shared fixtures are not there");
        QStringList arguments {QStringLiteral("summary")};
        for (const QString &name : dir.entryList({QStringLiteral("*_transaction.envelope"),
                                                  QStringLiteral("*_profile_chunk.envelope")},
                                                 QDir::Files, QDir::Name))
            arguments << dir.filePath(name);
        QCOMPARE(arguments.size(), 1 + 10 + 3);
        const Run run = cli(withCache(arguments));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary[QLatin1String("format")].toArray()[0].toString(),
                 QStringLiteral("sentry-envelope"));
        QCOMPARE(summary[QLatin1String("profiles")].toArray().size(), 3);
        const QJsonArray traces = summary[QLatin1String("traces")].toArray();
        QCOMPARE(traces.size(), 3);
        // README: trace ids in file order; spans = child spans + one root per transaction.
        const struct
        {
            const char *id;
            int spans;
            int errors;
            qint64 durationNs; // exact: the float seconds are read digit by digit
        } expected[] = {{"6d12df59fd034aec889a4b6d9cdf1b51", 36, 5, 603346600},
                        {"b7a0dd74608745a1a33835e653f758f9", 30, 1, 442304600},
                        {"5fa543902387464687da7f3251d4e9a0", 30, 1, 427924400}};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject trace = traces[i].toObject();
            QCOMPARE(trace[QLatin1String("trace_id")].toString(), QLatin1String(expected[i].id));
            QCOMPARE(trace[QLatin1String("spans")].toInt(), expected[i].spans);
            QCOMPARE(trace[QLatin1String("roots")].toArray(),
                     QJsonArray {QStringLiteral("sdkdata.workload #%1").arg(i + 1)});
            QCOMPARE(trace[QLatin1String("errors")].toInt(), expected[i].errors);
            QCOMPARE(qint64(trace[QLatin1String("duration_ns")].toDouble()),
                     expected[i].durationNs);
            QVERIFY(trace[QLatin1String("start_ns")].toDouble() > 1.79e18);
        }
    }

    void summarisesSentryLogsAndErrors()
    {
        // node-run1's log envelope and its two error events (README: 23 logs at six
        // levels; 2 error events).
        const QDir dir(sharedFile("fixtures/sentry-sdk/node-run1"));
        if (!dir.exists())
            QSKIP("the shared fixtures are not there: fixtures/sentry-sdk/node-run1");
        const Run run = cli(
            withCache({QStringLiteral("summary"), dir.filePath(QStringLiteral("0017_log.envelope")),
                       dir.filePath(QStringLiteral("0006_event.envelope")),
                       dir.filePath(QStringLiteral("0007_event.envelope"))}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        const QJsonObject logs = summary[QLatin1String("logs")].toObject();
        QCOMPARE(logs[QLatin1String("count")].toInt(), 23);
        const QJsonObject byLevel = logs[QLatin1String("by_level")].toObject();
        QCOMPARE(byLevel.size(), 6);
        QCOMPARE(byLevel[QLatin1String("info")].toInt(), 9);
        QCOMPARE(byLevel[QLatin1String("warn")].toInt(), 6);
        QCOMPARE(byLevel[QLatin1String("debug")].toInt(), 3);
        QCOMPARE(byLevel[QLatin1String("trace")].toInt(), 3);
        QCOMPARE(byLevel[QLatin1String("error")].toInt(), 1);
        QCOMPARE(byLevel[QLatin1String("fatal")].toInt(), 1);
        QCOMPARE(summary[QLatin1String("errors")].toObject()[QLatin1String("count")].toInt(), 2);
        // The same files again count once: the whole cache holds them.
        const Run whole = cli(withCache({QStringLiteral("summary")}));
        const QJsonObject all = QJsonDocument::fromJson(whole.out).object();
        QCOMPARE(all[QLatin1String("errors")].toObject()[QLatin1String("count")].toInt(), 2);
        QCOMPARE(all[QLatin1String("logs")].toObject()[QLatin1String("count")].toInt(), 23);
    }

    void importsOnceAndRecognisesTheSameBytes()
    {
        const QStringList import = withCache(
            {QStringLiteral("import"), QStringLiteral(EG_TEST_DATA_DIR "/small.folded")});
        const Run first = cli(import);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains("imported 1 profile as folded"));
        const Run second = cli(import);
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains("already in the cache"));
    }

    // A logger that spells its level "sev": detection misses it, --log-field names it.
    void mapsLogFieldsTheUserNames()
    {
        const QString path = writeFile(
            QStringLiteral("custom.jsonl"),
            "{\"when\":\"2024-05-01T10:00:00Z\",\"msg\":\"disk full\",\"sev\":\"error\"}\n"
            "{\"when\":\"2024-05-01T10:00:01Z\",\"msg\":\"retrying\",\"sev\":\"warning\"}\n");
        const auto levels = [](const Run &run) {
            return QJsonDocument::fromJson(run.out)
                .object()[QLatin1String("logs")]
                .toObject()[QLatin1String("by_level")]
                .toObject();
        };
        const Run detected = cli(withCache({QStringLiteral("summary"), path}));
        QCOMPARE(detected.exitCode, 0);
        QCOMPARE(levels(detected)[QLatin1String("info")].toInt(), 2);

        m_cache = m_dir.filePath(QStringLiteral("mapped.sqlite"));
        const Run mapped = cli(withCache({QStringLiteral("summary"), QStringLiteral("--log-field"),
                                          QStringLiteral("level=sev"), path}));
        QCOMPARE(mapped.exitCode, 0);
        QCOMPARE(levels(mapped)[QLatin1String("error")].toInt(), 1);
        QCOMPARE(levels(mapped)[QLatin1String("warn")].toInt(), 1);

        const Run wrong = cli(withCache({QStringLiteral("summary"), QStringLiteral("--log-field"),
                                         QStringLiteral("colour=sev"), path}));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("--log-field takes ROLE=NAME"));
        m_cache = m_dir.filePath(QStringLiteral("imported.sqlite"));
        const Run imported = cli(withCache({QStringLiteral("import"), path}));
        QVERIFY2(imported.out.contains("imported 2 log lines as jsonl-logs"), imported.out);
    }

    void readsStandardInput()
    {
        const Run run = cli(withCache({QStringLiteral("summary"), QStringLiteral("-")}),
                            eg::testing::TestCompression::gzip("a;b 3\na;c 4\n"));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject p = QJsonDocument::fromJson(run.out)
                                  .object()[QLatin1String("profiles")]
                                  .toArray()[0]
                                  .toObject();
        QCOMPARE(p[QLatin1String("total_weight")].toInt(), 7);
    }

    void rejectsBadInputWithOneLineAndAnUnchangedCache_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03\x04\xff\xfe\x00\x10garbage", 16)
                                 << QStringLiteral("not a format Emberglass reads");
        QTest::newRow("gzip, truncated")
            << eg::testing::TestCompression::gzip(QByteArray(200000, 'a') + " 5\n").left(40)
            << QStringLiteral("gzip data ends early");
        QTest::newRow("json of another shape") << QByteArray("{\"hello\": [1, 2, 3]}")
                                               << QStringLiteral("not a format Emberglass reads");
    }

    void rejectsBadInputWithOneLineAndAnUnchangedCache()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QVERIFY(cli(withCache({QStringLiteral("import"),
                               QStringLiteral(EG_TEST_DATA_DIR "/small.folded")}))
                    .exitCode
                == 0);
        const QByteArray before = cli(withCache({QStringLiteral("summary")})).out;

        const QString bad = writeFile(QStringLiteral("bad-input"), bytes);
        const Run run = cli(withCache({QStringLiteral("import"), bad}));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith(QByteArray("emberglass: " + bad.toUtf8() + ": ")),
                 run.err.constData());
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QCOMPARE(cli(withCache({QStringLiteral("summary")})).out, before);
    }

    void summarisesAnOtlpTrace()
    {
        // The trace list of CLI.md's summary, for an OTLP/JSON file given gzip-compressed.
        QFile source(QStringLiteral(EG_TEST_DATA_DIR "/otlp-shop.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString gz = writeFile(QStringLiteral("otlp-shop.json.gz"),
                                     eg::testing::TestCompression::gzip(source.readAll()));
        const Run run = cli(withCache({QStringLiteral("summary"), gz}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary[QLatin1String("format")].toString(), QStringLiteral("otlp-traces"));
        QCOMPARE(summary[QLatin1String("profiles")].toArray().size(), 0);
        const QJsonArray traces = summary[QLatin1String("traces")].toArray();
        QCOMPARE(traces.size(), 2);
        const QJsonObject shop = traces[0].toObject();
        QCOMPARE(shop[QLatin1String("trace_id")].toString(),
                 QStringLiteral("5b8efff798038103d269b633813fc60c"));
        QCOMPARE(shop[QLatin1String("spans")].toInt(), 6);
        QCOMPARE(shop[QLatin1String("roots")].toArray(),
                 QJsonArray({QStringLiteral("GET /checkout")}));
        QCOMPARE(shop[QLatin1String("start_ns")].toInteger(), Q_INT64_C(1700000000000000000));
        QCOMPARE(shop[QLatin1String("duration_ns")].toInteger(), Q_INT64_C(900000000));
        QCOMPARE(shop[QLatin1String("errors")].toInt(), 1);
        QCOMPARE(traces[1].toObject()[QLatin1String("trace_id")].toString(),
                 QStringLiteral("0af7651916cd43dd8448eb211c80319c"));
        // Keys stay in CLI.md's order; the numbers are exact integers.
        QVERIFY(run.out.indexOf("\"trace_id\"") < run.out.indexOf("\"spans\""));
        QVERIFY(run.out.indexOf("\"start_ns\"") < run.out.indexOf("\"duration_ns\""));
        QVERIFY(run.out.contains("1700000000000000000"));
    }

    void reportsAMissingFileAsBadInput()
    {
        const Run run
            = cli(withCache({QStringLiteral("summary"), QStringLiteral("/no/such/file.json")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("emberglass: /no/such/file.json: "));
    }

    void exportsFoldedStacksLikeStackcollapse()
    {
        const QString input = sharedFile("acceptance/folded/speedscope/stackcollapse/"
                                         "perf-vertx-stacks-01-collapsed-all.txt");
        if (!QFile::exists(input))
            QSKIP("the shared acceptance corpus (../shared/acceptance) is not beside the checkout");
        QFile original(input);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QString out = m_dir.filePath(QStringLiteral("out.folded"));
        const Run run = cli(withCache({QStringLiteral("export"), input, QStringLiteral("--to"),
                                       QStringLiteral("folded"), QStringLiteral("-o"), out}));
        QCOMPARE(run.exitCode, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        // FlameGraph's own output is sorted and merged: exporting it must give it back.
        QCOMPARE(exported.readAll(), original.readAll());
    }

    void exportMergesAndSortsStacks()
    {
        const QString input = writeFile(QStringLiteral("unsorted.folded"), "b;c 2\na;b 1\nb;c 3\n");
        const Run run = cli(withCache(
            {QStringLiteral("export"), input, QStringLiteral("--to"), QStringLiteral("folded")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("a;b 1\nb;c 5\n"));
    }

    void exportsSpeedscopeThatReadsBack()
    {
        // A real V8 profile: folded input would not do, its "samples" are summed counts.
        const QString input
            = QStringLiteral(EG_TEST_DATA_DIR "/../../resources/demo/order-report.cpuprofile.zst");
        const QString out = m_dir.filePath(QStringLiteral("demo.speedscope.json"));
        const Run run = cli(withCache({QStringLiteral("export"), input, QStringLiteral("--to"),
                                       QStringLiteral("speedscope"), QStringLiteral("-o"), out}));
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root[QLatin1String("$schema")].toString(),
                 QStringLiteral("https://www.speedscope.app/file-format-schema.json"));
        // Summaries of the original and of the export agree on the figures.
        auto profileOf = [this](const QString &path) {
            m_cache = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
            const Run summary = cli(withCache({QStringLiteral("summary"), path}));
            return QJsonDocument::fromJson(summary.out)
                .object()[QLatin1String("profiles")]
                .toArray()[0]
                .toObject();
        };
        QJsonObject before = profileOf(input);
        QJsonObject after = profileOf(out);
        QCOMPARE(after[QLatin1String("unit")], before[QLatin1String("unit")]);
        // Not "samples": the cache keeps runs of identical V8 samples as one weighted
        // sample, and that is what the export writes (same weights, fewer samples).
        for (const char *key : {"total_weight", "frames", "top_self", "top_total"})
            QCOMPARE(after[QLatin1String(key)], before[QLatin1String(key)]);
    }

    void exportsTheFlameGraphAsSvgAndPngWithoutADisplay()
    {
        const QString input = QStringLiteral(EG_TEST_DATA_DIR "/small.folded");
        const QString svg = m_dir.filePath(QStringLiteral("small.svg"));
        const QString png = m_dir.filePath(QStringLiteral("small.png"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run toSvg = cli(withCache({QStringLiteral("export"), input, QStringLiteral("--to"),
                                         QStringLiteral("svg"), QStringLiteral("-o"), svg}),
                              {}, environment);
        QVERIFY2(toSvg.exitCode == 0, toSvg.err.constData());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        int rects = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("rect"))
                ++rects;
            else if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(rects >= 7); // the background, the root and the six functions
        QVERIFY(texts.contains(QStringLiteral("main")));
        QVERIFY(texts.contains(QStringLiteral("parse_json")));

        const Run toPng = cli(withCache({QStringLiteral("export"), input, QStringLiteral("--to"),
                                         QStringLiteral("png"), QStringLiteral("-o"), png}),
                              {}, environment);
        QVERIFY2(toPng.exitCode == 0, toPng.err.constData());
        const QImage image(png, "PNG");
        QCOMPARE(image.width(), 1600);
        QVERIFY(image.height() > 0);
        // The root bar spans the whole top row in one neutral colour.
        QCOMPARE(image.pixelColor(4, 4), image.pixelColor(1590, 4));
    }

    void refusesUnknownExportTargets()
    {
        const Run run = cli(
            withCache({QStringLiteral("export"), QStringLiteral(EG_TEST_DATA_DIR "/small.folded"),
                       QStringLiteral("--to"), QStringLiteral("pdf")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("cannot export to pdf"));
    }

    void refusesUnknownCommandsAndOptions()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("summary"), QStringLiteral("--bogus")}).exitCode, 1);
        QCOMPARE(cli({}).exitCode, 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_cache;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
