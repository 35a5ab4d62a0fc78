#include "importjob.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "models/store/cache.h"
#include "models/store/storeerror.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace eg::app {

ImportJob::ImportJob(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath)
{
    qRegisterMetaType<eg::importers::ImportResult>();
}

ImportJob::~ImportJob()
{
    // Queued results for a dying object are discarded by QObject; only stop the worker.
    cancel();
    m_future.waitForFinished();
}

void ImportJob::start(const QStringList &files)
{
    if (m_running || files.isEmpty())
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_future = QtConcurrent::run([this, files, names = m_logFieldNames] { run(files, names); });
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::waitForFinished()
{
    m_future.waitForFinished();
    // Deliver what the worker queued, so that callers see a settled state.
    QCoreApplication::sendPostedEvents(this);
}

void ImportJob::run(QStringList files, importers::LogFieldNames logFieldNames)
{
    const std::shared_ptr<std::atomic<bool>> cancelFlag = m_cancel;
    auto post = [this](auto &&function) {
        QMetaObject::invokeMethod(this, std::forward<decltype(function)>(function),
                                  Qt::QueuedConnection);
    };
    bool cancelled = false;
    try {
        store::Cache cache(m_cachePath);
        importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
        for (qsizetype i = 0; i < files.size() && !cancelled; ++i) {
            const QString file = files[i];
            post([this, file, i, n = files.size()] { Q_EMIT fileStarted(file, int(i), int(n)); });
            importers::ImportContext context(cancelFlag.get(), [this, post](int permille) {
                post([this, permille] { Q_EMIT progressChanged(permille); });
            });
            context.setLogFieldNames(logFieldNames);
            try {
                const importers::ImportResult result = pipeline.importFile(file, cache, context);
                post([this, file, result] { Q_EMIT fileImported(file, result); });
            } catch (const importers::ImportCancelled &) {
                cancelled = true;
            } catch (const importers::ImportError &error) {
                const QString message = error.describe();
                post([this, file, message] { Q_EMIT fileFailed(file, message); });
            } catch (const store::StoreError &error) {
                const QString message = QString::fromUtf8(error.what());
                post([this, file, message] { Q_EMIT fileFailed(file, message); });
            } catch (const std::bad_alloc &) {
                const QString message = tr("is too large to import with the memory available");
                post([this, file, message] { Q_EMIT fileFailed(file, message); });
            }
        }
        // The files are shown already; their pages go into the database file now.
        cache.checkpoint();
    } catch (const store::StoreError &error) {
        const QString message = QString::fromUtf8(error.what());
        post([this, message] { Q_EMIT fileFailed(m_cachePath, message); });
    }
    post([this, cancelled] {
        m_running = false;
        Q_EMIT finished(cancelled);
    });
}

} // namespace eg::app
