#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eg::store {
class Cache;
}

namespace eg::app {

// The `summary` JSON of CLI.md: what a set of imported sources (or the whole cache)
// holds, with figures computed under the same rules as speedscope so they compare.
class SummaryWriter
{
public:
    explicit SummaryWriter(const store::Cache &cache);

    // Describe these sources; file and format become arrays when there are several.
    void setSources(const std::vector<int64_t> &sourceIds, const QStringList &files,
                    const QStringList &formats);

    std::string toJson() const;

private:
    const store::Cache &m_cache;
    std::optional<std::vector<int64_t>> m_sourceIds; // none: the whole cache
    QStringList m_files;
    QStringList m_formats;
};

} // namespace eg::app
