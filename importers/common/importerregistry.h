#pragma once

#include "importer.h"

#include <memory>
#include <string_view>
#include <vector>

namespace eg::importers {

// Every importer Emberglass has, and the choice between them: the most confident probe
// of a bounded, decompressed prefix wins (Perfetto's trace_processor does the same).
class ImporterRegistry
{
public:
    static constexpr size_t kProbeBytes = 64 * 1024;

    // A registry holding every built-in importer.
    static const ImporterRegistry &instance();

    void add(std::unique_ptr<Importer> importer);
    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }

    Importer *byId(const QString &id) const;
    // The most confident importer for this head, or nullptr when none recognises it.
    Importer *sniff(std::string_view head) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace eg::importers
