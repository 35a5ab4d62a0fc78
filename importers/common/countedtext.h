#pragma once

#include <QString>

#include <cstdint>

namespace eg::importers {

// An importer's English sentence about `count` things, spelled for one or for many ("1 log
// has no time" / "3 logs have no time"): `%1` in either stands for the count. Importers'
// messages are not translated, so the two forms are written out rather than "log(s)".
inline QString countedText(int64_t count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

} // namespace eg::importers
