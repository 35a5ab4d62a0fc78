// importers/common: decompression by magic bytes, hashing, line reading, sniffing, the
// stack and string interners.
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/linereader.h"
#include "importers/common/sha1.h"
#include "importers/common/stackinterner.h"
#include "importers/common/stringinterner.h"
#include "tests/support/testcompression.h"

#include <QCryptographicHash>
#include <QTest>

#include <map>
#include <random>

using namespace eg::importers;

namespace {

QByteArray sampleText()
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text
            += "main;parse;read_" + QByteArray::number(i % 37) + ' ' + QByteArray::number(i) + '\n';
    return text;
}

QByteArray readEverything(InputStream &input, size_t step)
{
    QByteArray all;
    QByteArray buffer(qsizetype(step), Qt::Uninitialized);
    while (size_t got = input.read(buffer.data(), step))
        all.append(buffer.constData(), qsizetype(got));
    return all;
}

} // namespace

class TestCommon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decompressesByMagicBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("compression");
        const QByteArray text = sampleText();
        QTest::newRow("plain") << text << int(InputStream::Compression::None);
        QTest::newRow("gzip") << eg::testing::TestCompression::gzip(text)
                              << int(InputStream::Compression::Gzip);
        QTest::newRow("zlib") << eg::testing::TestCompression::zlib(text)
                              << int(InputStream::Compression::Zlib);
        QTest::newRow("zstd") << eg::testing::TestCompression::zstd(text)
                              << int(InputStream::Compression::Zstd);
        // Concatenated gzip members are one valid gzip file (`cat a.gz b.gz`).
        QTest::newRow("gzip, two members") << eg::testing::TestCompression::gzip(text.left(1000))
                + eg::testing::TestCompression::gzip(text.mid(1000))
                                           << int(InputStream::Compression::Gzip);
    }

    void decompressesByMagicBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, compression);
        for (size_t chunk : {size_t(1), size_t(3), size_t(7), size_t(4096), size_t(1) << 20}) {
            auto input = InputStream::fromBytes(bytes);
            input->setRawChunkSize(chunk);
            QCOMPARE(int(input->compression()), compression);
            QCOMPARE(input->peek(10), std::string_view("main;parse"));
            QCOMPARE(readEverything(*input, 1000), sampleText());
            QCOMPARE(input->contentHash(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()));
        }
    }

    void reportsTruncatedCompressedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray text = sampleText();
        const QByteArray gz = eg::testing::TestCompression::gzip(text);
        const QByteArray zl = eg::testing::TestCompression::zlib(text);
        const QByteArray zs = eg::testing::TestCompression::zstd(text);
        QTest::newRow("gzip") << gz.left(gz.size() / 2) << QStringLiteral("gzip data ends early");
        QTest::newRow("zlib") << zl.left(zl.size() / 2) << QStringLiteral("zlib data ends early");
        QTest::newRow("zstd") << zs.left(zs.size() / 2) << QStringLiteral("zstd data ends early");
        QByteArray corrupt = gz;
        for (qsizetype i = 20; i < 60; ++i)
            corrupt[i] = char(0xff);
        QTest::newRow("gzip, corrupt") << corrupt << QStringLiteral("gzip data is corrupt");
    }

    void reportsTruncatedCompressedInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto input = InputStream::fromBytes(bytes, QStringLiteral("cut.gz"));
        try {
            readEverything(*input, 4096);
            QFAIL("a truncated stream must not read as complete");
        } catch (const ImportError &error) {
            QVERIFY2(error.describe().contains(expected), qPrintable(error.describe()));
            QCOMPARE(error.location(), ImportError::Location::Offset);
        }
    }

    void readAllRefusesWhatIsTooLarge()
    {
        auto input
            = InputStream::fromBytes(eg::testing::TestCompression::zstd(QByteArray(8 << 20, 'x')));
        QVERIFY_THROWS_EXCEPTION(ImportError, input->readAll(1 << 20));
    }

    void readAllLeavesPaddingForSimdjson()
    {
        auto input = InputStream::fromBytes(eg::testing::TestCompression::gzip(sampleText()));
        const std::string text = input->readAll(size_t(1) << 30, 64);
        QCOMPARE(QByteArray::fromStdString(text), sampleText());
        QVERIFY(text.capacity() >= text.size() + 64);
    }

    void internsStacksAsAMapWould_data()
    {
        QTest::addColumn<int>("taggedIdBits");
        QTest::addColumn<int>("reserved");
        QTest::newRow("hash bits in every slot") << 27 << 0;
        QTest::newRow("reserved up front") << 27 << 50000;
        QTest::newRow("ids outgrow the hash bits") << 6 << 0;
    }

    void internsStacksAsAMapWould()
    {
        QFETCH(int, taggedIdBits);
        QFETCH(int, reserved);
        std::vector<eg::store::StackNode> nodes;
        StackInterner interner(nodes, taggedIdBits);
        interner.reserve(size_t(reserved));
        std::map<std::pair<int32_t, int32_t>, int32_t> expected;
        std::mt19937 random(7);
        for (int i = 0; i < 40000; ++i) {
            // Parents among the stacks so far (or none), frames from a small set: many
            // pairs come back, as they do in profiles.
            std::uniform_int_distribution<int32_t> parent(-1, int32_t(nodes.size()) - 1);
            std::uniform_int_distribution<int32_t> frame(0, 30);
            const int32_t p = i % 3 == 0 ? -1 : parent(random);
            const int32_t f = frame(random);
            bool inserted = false;
            const int32_t id = interner.findOrInsert(p, f, int32_t(nodes.size()), &inserted);
            const auto [it, isNew] = expected.try_emplace({p, f}, int32_t(nodes.size()));
            QCOMPARE(inserted, isNew);
            QCOMPARE(id, it->second);
            if (inserted)
                nodes.push_back({p, f});
        }
        QVERIFY(nodes.size() > 20000);
    }

    void hashesAsQtHashes()
    {
        // Every length around the 64-byte blocks and their padding, added in odd pieces.
        std::mt19937 random(3);
        for (int length = 0; length < 1200; length += length < 160 ? 1 : 41) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random());
            Sha1 hash;
            for (qsizetype at = 0; at < bytes.size();) {
                const qsizetype n = std::min<qsizetype>(bytes.size() - at, 1 + random() % 100);
                hash.addData(bytes.constData() + at, size_t(n));
                at += n;
            }
            QCOMPARE(hash.result().toHex(),
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
        }
        if (!Sha1::hasShaInstructions())
            QSKIP("this processor has no SHA instructions: Qt's SHA-1 was compared with itself");
    }

    void internsStringsInFirstSeenOrder()
    {
        StringInterner interner;
        std::map<std::string, uint32_t> expected;
        for (int i = 0; i < 30000; ++i) {
            const std::string text
                = "function_" + std::to_string(i * 7919 % 5003) + std::string(size_t(i % 23), 'x');
            bool inserted = false;
            const uint32_t id = interner.intern(text, &inserted);
            const auto [it, isNew] = expected.try_emplace(text, uint32_t(expected.size()));
            QCOMPARE(inserted, isNew);
            QCOMPARE(id, it->second);
        }
        QCOMPARE(interner.intern(""), uint32_t(expected.size()));
        QCOMPARE(interner.size(), expected.size() + 1);
        for (const auto &[text, id] : expected)
            QCOMPARE(interner.strings()[id], text);
    }

    void readsLinesAcrossBlocks()
    {
        const QByteArray text = "first\r\nsecond\n\n" + QByteArray(10000, 'y') + "\nlast";
        for (size_t block : {size_t(1), size_t(2), size_t(5), size_t(64), size_t(1) << 20}) {
            auto input = InputStream::fromBytes(text);
            LineReader lines(*input, block);
            std::string_view line;
            QStringList seen;
            while (lines.next(&line))
                seen.append(QString::fromUtf8(line.data(), qsizetype(line.size())));
            QCOMPARE(seen.size(), 5);
            QCOMPARE(seen[0], QStringLiteral("first"));
            QCOMPARE(seen[1], QStringLiteral("second"));
            QCOMPARE(seen[2], QString());
            QCOMPARE(seen[3].size(), 10000);
            QCOMPARE(seen[4], QStringLiteral("last"));
            QCOMPARE(lines.lineNumber(), int64_t(5));
        }
    }

    void opensNamedFilesAndReportsMissingOnes()
    {
        QVERIFY_THROWS_EXCEPTION(ImportError, InputStream(QStringLiteral("/no/such/file")));
        QVERIFY_THROWS_EXCEPTION(ImportError, InputStream(QStringLiteral("/tmp")));
    }

    void sniffsFormatsFromTheHead()
    {
        const ImporterRegistry &registry = ImporterRegistry::instance();
        Importer *folded = registry.sniff("main;parse 3\nmain;render 4\n");
        QVERIFY(folded);
        QCOMPARE(folded->format().id, QStringLiteral("folded"));
        QVERIFY(!registry.sniff("\x01\x02\x03 binary"));
        QVERIFY(!registry.sniff("hello world, no counts here\n"));
        QVERIFY(registry.byId(QStringLiteral("folded")));
        QVERIFY(!registry.byId(QStringLiteral("no-such-format")));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
