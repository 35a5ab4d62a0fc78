#pragma once

#include "backgroundsha1.h"

#include <QIODevice>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct z_stream_s;
struct ZSTD_DCtx_s;

namespace eg::importers {

class ImportContext;

// The bytes of one input, decompressed on the fly. gzip (several members too), zlib and
// zstd are recognised by their magic bytes, never by the file name (FORMATS.md). The raw
// bytes are hashed as they pass, so that the cache can recognise a file it already has.
class InputStream
{
public:
    enum class Compression { None, Gzip, Zlib, Zstd };

    // Opens a file, or standard input for "-". Throws ImportError if it cannot be read.
    explicit InputStream(const QString &path);
    // Reads from an open device; `displayName` names it in messages.
    InputStream(std::unique_ptr<QIODevice> device, const QString &displayName, int64_t rawSize);
    ~InputStream();
    InputStream(const InputStream &) = delete;
    InputStream &operator=(const InputStream &) = delete;

    static std::unique_ptr<InputStream>
    fromBytes(const QByteArray &bytes, const QString &displayName = QStringLiteral("<memory>"));

    // At most this many raw bytes per read from the device: tests set a few bytes to
    // catch buffer-boundary bugs, as speedscope's chunked import tests do.
    void setRawChunkSize(size_t bytes) { m_rawChunkSize = bytes ? bytes : 1; }
    // Progress of reading is reported to this context (the first `share` of the import).
    void setProgressContext(ImportContext *context, double share);

    Compression compression();
    QString displayName() const { return m_displayName; }
    int64_t rawSize() const { return m_rawSize; }
    int64_t rawBytesRead() const { return m_rawRead; }
    // Decompressed bytes handed out by read() so far.
    int64_t position() const { return m_position; }
    double fractionRead() const;

    // The first `n` decompressed bytes (fewer at the end), without consuming them.
    std::string_view peek(size_t n);
    // Reads up to `max` decompressed bytes; returns 0 at the end of the input.
    size_t read(char *out, size_t max);
    // Reads the rest into one string with spare capacity for simdjson's padding.
    // Throws ImportError when the decompressed input grows beyond `limit` bytes.
    std::string readAll(size_t limit, size_t padding = 64);

    // SHA-1 of every raw byte of the input, reading what has not been read yet.
    QString contentHash();

private:
    void start();
    bool fillRawBuffer();
    // Reads raw bytes from the device, hashing them and reporting progress; 0 at the end.
    size_t readRaw(char *out, size_t max);
    size_t decode(char *out, size_t max);
    size_t inflate(char *out, size_t max);
    size_t unzstd(char *out, size_t max);
    [[noreturn]] void failTruncated(const char *what) const;

    std::unique_ptr<QIODevice> m_device;
    QString m_displayName;
    int64_t m_rawSize = -1;
    int64_t m_rawRead = 0;
    int64_t m_position = 0;
    size_t m_rawChunkSize = 1 << 20;
    bool m_started = false;
    bool m_rawEof = false;
    bool m_decodedEof = false;
    Compression m_compression = Compression::None;

    std::string m_rawBuffer; // compressed bytes waiting for the decoder
    size_t m_rawBufferPos = 0;
    std::string m_peeked; // decoded bytes handed out by peek() but not yet read()
    size_t m_peekedPos = 0;

    BackgroundSha1 m_hash;
    z_stream_s *m_zlib = nullptr;
    ZSTD_DCtx_s *m_zstd = nullptr;
    size_t m_zstdLastResult = 0;
    bool m_zlibStreamEnded = false;

    ImportContext *m_progress = nullptr;
    double m_progressShare = 0;
};

} // namespace eg::importers
