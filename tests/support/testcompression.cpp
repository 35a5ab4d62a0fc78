#include "testcompression.h"

#include <QtGlobal>

#include <zlib.h>
#include <zstd.h>

namespace eg::testing {

QByteArray TestCompression::deflate(const QByteArray &data, int windowBits)
{
    z_stream z {};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size())) + 64), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (::deflate(&z, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray TestCompression::gzip(const QByteArray &data)
{
    return deflate(data, 15 + 16); // a gzip header and trailer around the deflate stream
}

QByteArray TestCompression::zlib(const QByteArray &data)
{
    return deflate(data, 15);
}

QByteArray TestCompression::zstd(const QByteArray &data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t size
        = ZSTD_compress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()), 3);
    if (ZSTD_isError(size))
        qFatal("ZSTD_compress failed");
    out.resize(qsizetype(size));
    return out;
}

} // namespace eg::testing
