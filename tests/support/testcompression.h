#pragma once

#include <QByteArray>

namespace eg::testing {

// Real compressed bytes for tests of the input layer and the importers: gzip and zlib
// with zlib itself, zstd with libzstd, as the tools users have write them.
class TestCompression
{
public:
    static QByteArray gzip(const QByteArray &data);
    static QByteArray zlib(const QByteArray &data);
    static QByteArray zstd(const QByteArray &data);

private:
    static QByteArray deflate(const QByteArray &data, int windowBits);
};

} // namespace eg::testing
