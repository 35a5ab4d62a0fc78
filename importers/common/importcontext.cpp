#include "importcontext.h"

#include <QtGlobal>

#include <unistd.h>

#include <algorithm>

namespace eg::importers {

int64_t ImportContext::defaultMemoryBudget()
{
    static const int64_t budget = [] {
        bool set = false;
        const int megabytes = qEnvironmentVariableIntValue("EMBERGLASS_MEMORY_BUDGET_MB", &set);
        if (set && megabytes > 0)
            return int64_t(megabytes) << 20;
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long pageSize = sysconf(_SC_PAGESIZE);
        if (pages <= 0 || pageSize <= 0)
            return int64_t(4) << 30; // unknown: what a small machine has
        return int64_t(pages) * int64_t(pageSize) / 2;
    }();
    return budget;
}

ImportError ImportContext::overBudget(int64_t needed, const QString &what) const
{
    const auto megabytes = [](int64_t bytes) {
        return QString::number((bytes + (1 << 20) - 1) >> 20);
    };
    return ImportError(QStringLiteral("is too large to import: %1 would need about %2 MB of "
                                      "memory, more than the %3 MB an import may use")
                           .arg(what, megabytes(needed), megabytes(m_memoryBudget)));
}

size_t ImportContext::wholeTextLimit(size_t formatLimit, double memoryPerTextByte) const
{
    const double affordable = double(std::max<int64_t>(m_memoryBudget, 0)) / memoryPerTextByte;
    return affordable < double(formatLimit) ? size_t(affordable) : formatLimit;
}

} // namespace eg::importers
