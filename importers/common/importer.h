#pragma once

#include <QString>
#include <QStringList>

#include <string_view>

namespace eg::store {
class CacheWriter;
}

namespace eg::importers {

class ImportContext;
class InputStream;

struct FormatInfo
{
    QString id; // stable machine name, e.g. "chrome-cpuprofile" (FORMATS.md)
    QString name; // what a person calls it
    QStringList extensions; // usual file name endings, without the dot
};

// One importer per format family (ARCHITECTURE.md): it says how sure it is that a
// bounded prefix of the decompressed input is its format, and translates the input
// into normalized records written through the CacheWriter.
class Importer
{
public:
    virtual ~Importer() = default;

    virtual FormatInfo format() const = 0;
    // 0: not this format; 100: certainly this format. `head` is at most the first
    // 64 KiB of the decompressed input and may end in the middle of a token.
    virtual int probe(std::string_view head) const = 0;
    // Reads the whole input; throws ImportError on bad input and ImportCancelled when
    // the context is cancelled. Everything goes through `writer`.
    virtual void import(InputStream &input, store::CacheWriter &writer, ImportContext &context) = 0;
};

} // namespace eg::importers
