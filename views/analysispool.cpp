#include "analysispool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace eg::views {

QThreadPool *AnalysisPool::instance()
{
    // Owned by the application, whose end waits for the work still running.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("analysis"));
        // As many threads as cores: the GUI thread mostly waits while they work.
        pool->setMaxThreadCount(QThread::idealThreadCount());
    }
    return pool;
}

} // namespace eg::views
