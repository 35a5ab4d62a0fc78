#include "inputstream.h"

#include "hugepages.h"
#include "importcontext.h"
#include "importerror.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <cstring>

namespace eg::importers {

InputStream::InputStream(const QString &path)
    : m_displayName(path == QLatin1String("-") ? QStringLiteral("<stdin>") : path)
{
    auto file = std::make_unique<QFile>();
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file->open(stdin, QIODevice::ReadOnly);
    } else {
        file->setFileName(path);
        const QFileInfo info(path);
        if (info.isDir())
            throw ImportError(QStringLiteral("is a folder, not a file"));
        opened = file->open(QIODevice::ReadOnly);
        m_rawSize = opened && info.isFile() ? file->size() : -1;
    }
    if (!opened)
        throw ImportError(QStringLiteral("cannot be read: %1").arg(file->errorString()));
    m_device = std::move(file);
}

InputStream::InputStream(std::unique_ptr<QIODevice> device, const QString &displayName,
                         int64_t rawSize)
    : m_device(std::move(device))
    , m_displayName(displayName)
    , m_rawSize(rawSize)
{ }

InputStream::~InputStream()
{
    if (m_zlib) {
        inflateEnd(m_zlib);
        delete m_zlib;
    }
    ZSTD_freeDCtx(m_zstd);
}

std::unique_ptr<InputStream> InputStream::fromBytes(const QByteArray &bytes,
                                                    const QString &displayName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::make_unique<InputStream>(std::move(buffer), displayName, bytes.size());
}

void InputStream::setProgressContext(ImportContext *context, double share)
{
    m_progress = context;
    m_progressShare = share;
}

double InputStream::fractionRead() const
{
    if (m_rawSize <= 0)
        return 0;
    return double(m_rawRead) / double(m_rawSize);
}

InputStream::Compression InputStream::compression()
{
    start();
    return m_compression;
}

bool InputStream::fillRawBuffer()
{
    if (m_rawEof)
        return false;
    if (m_rawBufferPos == m_rawBuffer.size()) {
        m_rawBuffer.clear();
        m_rawBufferPos = 0;
    }
    const size_t at = m_rawBuffer.size();
    m_rawBuffer.resize(at + m_rawChunkSize);
    const size_t got = readRaw(m_rawBuffer.data() + at, m_rawChunkSize);
    m_rawBuffer.resize(at + got);
    return got > 0;
}

size_t InputStream::readRaw(char *out, size_t max)
{
    const qint64 got = m_device->read(out, qint64(max));
    if (got < 0)
        throw ImportError(QStringLiteral("read error: %1").arg(m_device->errorString()));
    if (got == 0) {
        m_rawEof = true;
        return 0;
    }
    m_hash.addData(out, size_t(got));
    m_rawRead += got;
    if (m_progress)
        m_progress->setProgress(fractionRead() * m_progressShare);
    return size_t(got);
}

void InputStream::start()
{
    if (m_started)
        return;
    m_started = true;
    while (m_rawBuffer.size() < 4 && fillRawBuffer()) { }
    const auto *b = reinterpret_cast<const unsigned char *>(m_rawBuffer.data());
    const size_t n = m_rawBuffer.size();
    if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b) {
        m_compression = Compression::Gzip;
    } else if (n >= 2 && b[0] == 0x78
               && (b[1] == 0x01 || b[1] == 0x5e || b[1] == 0x9c || b[1] == 0xda)) {
        m_compression = Compression::Zlib;
    } else if (n >= 4 && b[0] == 0x28 && b[1] == 0xb5 && b[2] == 0x2f && b[3] == 0xfd) {
        m_compression = Compression::Zstd;
    }
    if (m_compression == Compression::Gzip || m_compression == Compression::Zlib) {
        m_zlib = new z_stream {};
        // 15 + 32: a zlib or gzip header, whichever is there.
        if (inflateInit2(m_zlib, 15 + 32) != Z_OK)
            throw ImportError(QStringLiteral("cannot start zlib"));
    } else if (m_compression == Compression::Zstd) {
        m_zstd = ZSTD_createDCtx();
    }
}

void InputStream::failTruncated(const char *what) const
{
    throw ImportError::atOffset(
        QStringLiteral("%1 data ends early: the file is truncated").arg(QLatin1String(what)),
        m_rawRead);
}

size_t InputStream::inflate(char *out, size_t max)
{
    for (;;) {
        if (m_zlibStreamEnded) {
            // Another gzip member may follow (concatenated .gz files are valid gzip).
            if (m_rawBufferPos == m_rawBuffer.size() && !fillRawBuffer())
                return 0;
            inflateReset(m_zlib);
            m_zlibStreamEnded = false;
        }
        if (m_rawBufferPos == m_rawBuffer.size() && !fillRawBuffer())
            failTruncated(m_compression == Compression::Gzip ? "gzip" : "zlib");
        m_zlib->next_in = reinterpret_cast<Bytef *>(m_rawBuffer.data() + m_rawBufferPos);
        m_zlib->avail_in = uInt(m_rawBuffer.size() - m_rawBufferPos);
        m_zlib->next_out = reinterpret_cast<Bytef *>(out);
        m_zlib->avail_out = uInt(std::min<size_t>(max, 1u << 30));
        const int rc = ::inflate(m_zlib, Z_NO_FLUSH);
        m_rawBufferPos = m_rawBuffer.size() - m_zlib->avail_in;
        const size_t produced = size_t(reinterpret_cast<char *>(m_zlib->next_out) - out);
        if (rc == Z_STREAM_END) {
            m_zlibStreamEnded = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            throw ImportError::atOffset(
                QStringLiteral("%1 data is corrupt: %2")
                    .arg(m_compression == Compression::Gzip ? QStringLiteral("gzip")
                                                            : QStringLiteral("zlib"),
                         QString::fromUtf8(m_zlib->msg ? m_zlib->msg : "inflate failed")),
                m_rawRead);
        }
        if (produced > 0)
            return produced;
        // zlib streams carry no member after the first; anything left is not ours.
        if (m_zlibStreamEnded && m_compression == Compression::Zlib)
            return 0;
    }
}

size_t InputStream::unzstd(char *out, size_t max)
{
    for (;;) {
        if (m_rawBufferPos == m_rawBuffer.size() && !fillRawBuffer()) {
            if (m_zstdLastResult != 0)
                failTruncated("zstd");
            return 0;
        }
        ZSTD_inBuffer in {m_rawBuffer.data(), m_rawBuffer.size(), m_rawBufferPos};
        ZSTD_outBuffer output {out, max, 0};
        m_zstdLastResult = ZSTD_decompressStream(m_zstd, &output, &in);
        m_rawBufferPos = in.pos;
        if (ZSTD_isError(m_zstdLastResult)) {
            throw ImportError::atOffset(
                QStringLiteral("zstd data is corrupt: %1")
                    .arg(QLatin1String(ZSTD_getErrorName(m_zstdLastResult))),
                m_rawRead);
        }
        if (output.pos > 0)
            return output.pos;
    }
}

size_t InputStream::decode(char *out, size_t max)
{
    if (m_decodedEof || max == 0)
        return 0;
    size_t got = 0;
    switch (m_compression) {
    case Compression::None:
        // A reader asking for a large piece gets it straight from the device, not through
        // the raw buffer: one copy of a gigabyte less.
        if (m_rawBufferPos == m_rawBuffer.size() && !m_rawEof
            && max >= std::min<size_t>(m_rawChunkSize, size_t(64) << 10)) {
            got = readRaw(out, std::min(max, 16 * m_rawChunkSize));
            break;
        }
        if (m_rawBufferPos == m_rawBuffer.size() && !fillRawBuffer())
            break;
        got = std::min(max, m_rawBuffer.size() - m_rawBufferPos);
        std::memcpy(out, m_rawBuffer.data() + m_rawBufferPos, got);
        m_rawBufferPos += got;
        break;
    case Compression::Gzip:
    case Compression::Zlib:
        got = inflate(out, max);
        break;
    case Compression::Zstd:
        got = unzstd(out, max);
        break;
    }
    if (got == 0)
        m_decodedEof = true;
    return got;
}

std::string_view InputStream::peek(size_t n)
{
    start();
    if (m_peekedPos > 0) {
        m_peeked.erase(0, m_peekedPos);
        m_peekedPos = 0;
    }
    while (m_peeked.size() < n) {
        const size_t at = m_peeked.size();
        m_peeked.resize(at + std::max<size_t>(n - at, 4096));
        const size_t got = decode(m_peeked.data() + at, m_peeked.size() - at);
        m_peeked.resize(at + got);
        if (got == 0)
            break;
    }
    return std::string_view(m_peeked).substr(0, n);
}

size_t InputStream::read(char *out, size_t max)
{
    start();
    size_t got = 0;
    if (m_peekedPos < m_peeked.size()) {
        got = std::min(max, m_peeked.size() - m_peekedPos);
        std::memcpy(out, m_peeked.data() + m_peekedPos, got);
        m_peekedPos += got;
    } else {
        got = decode(out, max);
    }
    m_position += int64_t(got);
    return got;
}

namespace {

// "380 MB", "4.2 GB", "1.5 MB", "512 KB": sizes in messages, in binary units, with a
// decimal below ten.
QString sizeText(uint64_t bytes)
{
    const auto text = [](uint64_t value, int shift, const char *unit) {
        const double units = double(value) / double(uint64_t(1) << shift);
        return QStringLiteral("%1 %2")
            .arg(units, 0, 'f', units < 10 ? 1 : 0, QLatin1Char(' '))
            .arg(QLatin1String(unit));
    };
    if (bytes >= (uint64_t(1) << 30))
        return text(bytes, 30, "GB");
    if (bytes >= (uint64_t(1) << 20))
        return text(bytes, 20, "MB");
    return QStringLiteral("%1 KB").arg((bytes + 1023) >> 10);
}

} // namespace

std::string InputStream::readAll(size_t limit, size_t padding)
{
    start();
    // Refused before a byte is read when its size says so: reading gigabytes only to
    // drop them would take as long as the import, and the memory meanwhile.
    if (m_compression == Compression::None && m_rawSize > 0 && uint64_t(m_rawSize) > limit) {
        throw ImportError(QStringLiteral("is %1, more than the %2 that this format, which is "
                                         "read in one piece, can take with the memory an "
                                         "import may use")
                              .arg(sizeText(uint64_t(m_rawSize)), sizeText(limit)));
    }
    std::string text;
    if (m_compression == Compression::None && m_rawSize > 0) {
        text.reserve(std::min<size_t>(size_t(m_rawSize), limit) + padding);
        adviseHugePages(text.data(), text.capacity());
    }
    for (;;) {
        if (text.capacity() - text.size() < (1 << 16) + padding) {
            // When the reserved size was the whole input, it is all in: look for the end
            // before doubling (and copying) a buffer of hundreds of megabytes for nothing.
            char probe[4096];
            const size_t n = text.empty() ? 0 : read(probe, sizeof probe);
            if (n == 0 && !text.empty())
                break;
            // Doubling stops just past the limit: a compressed file that decompresses
            // into more than the limit fails having held little more than it.
            text.reserve(std::min<size_t>(std::max<size_t>(text.capacity() * 2, 1 << 20),
                                          limit + padding + sizeof probe + (1 << 16) + 1));
            text.append(probe, n);
            adviseHugePages(text.data(), text.capacity());
        }
        const size_t at = text.size();
        const size_t room = text.capacity() - at - padding;
        text.resize(at + room);
        // Fill the whole room before shrinking again: read() hands out one raw chunk at a
        // time, and every resize() above zero-fills the room, so one chunk per round made
        // reading quadratic (1.5 s for 350 MB).
        size_t got = 0;
        while (got < room && at + got <= limit) {
            const size_t n = read(text.data() + at + got, room - got);
            if (n == 0)
                break;
            got += n;
        }
        text.resize(at + got);
        if (text.size() > limit) {
            throw ImportError(QStringLiteral("is larger than %1 once decompressed, more than "
                                             "this format, which is read in one piece, can "
                                             "take with the memory an import may use")
                                  .arg(sizeText(limit)));
        }
        if (got == 0)
            break;
    }
    if (text.capacity() - text.size() < padding)
        text.reserve(text.size() + padding);
    return text;
}

QString InputStream::contentHash()
{
    start();
    // Hash what no reader asked for, so that the hash always covers the whole file.
    while (!m_rawEof) {
        m_rawBufferPos = m_rawBuffer.size();
        fillRawBuffer();
    }
    return QString::fromLatin1(m_hash.result().toHex());
}

} // namespace eg::importers
