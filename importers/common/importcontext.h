#pragma once

#include "importerror.h"

#include <algorithm>
#include <atomic>
#include <functional>

namespace eg::importers {

// What an import needs besides its bytes: a cancel flag that the importer checks every
// chunk, and a progress sink (permille, 0..1000, as Qt Creator's loaders report it).
class ImportContext
{
public:
    ImportContext() = default;
    ImportContext(const std::atomic<bool> *cancel, std::function<void(int)> onProgress)
        : m_cancel(cancel)
        , m_onProgress(std::move(onProgress))
    { }

    void checkCancelled() const
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            throw ImportCancelled();
    }

    // Reports progress as a fraction of the whole import; cheap to call often.
    void setProgress(double fraction)
    {
        const int permille = std::clamp(int(fraction * 1000), 0, 1000);
        if (permille == m_lastPermille)
            return;
        m_lastPermille = permille;
        if (m_onProgress)
            m_onProgress(permille);
    }

private:
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(int)> m_onProgress;
    int m_lastPermille = -1;
};

} // namespace eg::importers
