#pragma once

#include "importerror.h"
#include "logfieldnames.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
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

    // How many bytes an import may hold in memory. Importers that would need more (a file
    // read whole, a trace's events) stop with an ImportError saying so, rather than swap
    // the machine to death or be killed. Half the machine's memory unless set, or the
    // EMBERGLASS_MEMORY_BUDGET_MB environment variable says otherwise; tests set a small
    // budget to see the message without huge files.
    int64_t memoryBudget() const { return m_memoryBudget; }
    void setMemoryBudget(int64_t bytes) { m_memoryBudget = bytes; }
    static int64_t defaultMemoryBudget();
    // The error for an import that needs `needed` bytes, more than memoryBudget().
    ImportError overBudget(int64_t needed, const QString &what) const;
    // The most text an importer that reads its input whole (InputStream::readAll()) may
    // read: its format's own limit, or less when each byte of text costs
    // `memoryPerTextByte` bytes while it is imported (the text, simdjson's index of it and
    // what is built from it) and the budget would not cover more.
    size_t wholeTextLimit(size_t formatLimit,
                          double memoryPerTextByte = kJsonMemoryPerTextByte) const;
    // What a JSON text read whole costs per byte while it is imported: the text, simdjson's
    // index of it (about as large) and the records built from it. Formats whose records
    // take less give their own figure.
    static constexpr double kJsonMemoryPerTextByte = 3.0;

    // The names the user gave to the members of JSON log records (LogFieldNames).
    const LogFieldNames &logFieldNames() const { return m_logFieldNames; }
    void setLogFieldNames(LogFieldNames names) { m_logFieldNames = std::move(names); }

private:
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(int)> m_onProgress;
    int m_lastPermille = -1;
    int64_t m_memoryBudget = defaultMemoryBudget();
    LogFieldNames m_logFieldNames;
};

} // namespace eg::importers
