#pragma once

#include "importers/common/importpipeline.h"
#include "importers/common/logfieldnames.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace eg::app {

// Runs imports off the GUI thread, one file after the other, each in its own cache
// transaction on the worker's own connection. Progress and outcomes arrive as queued
// signals; cancel() stops the running file, whose transaction is rolled back, and skips
// the rest.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(const QString &cachePath, QObject *parent = nullptr);
    ~ImportJob() override;

    bool isRunning() const { return m_running; }
    // Queues files; starts the worker when it is idle.
    void start(const QStringList &files);
    void cancel();
    // The names the user gave to members of JSON log records, for the imports started
    // from now on.
    void setLogFieldNames(const importers::LogFieldNames &names) { m_logFieldNames = names; }
    // Blocks until the worker is done (shutdown and tests).
    void waitForFinished();

Q_SIGNALS:
    void fileStarted(const QString &file, int index, int count);
    void progressChanged(int permille);
    void fileImported(const QString &file, const eg::importers::ImportResult &result);
    void fileFailed(const QString &file, const QString &message);
    void finished(bool cancelled);

private:
    void run(QStringList files, importers::LogFieldNames logFieldNames);

    QString m_cachePath;
    QFuture<void> m_future;
    // Shared with the worker, which may outlive a cancel for a moment.
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    importers::LogFieldNames m_logFieldNames;
};

} // namespace eg::app

Q_DECLARE_METATYPE(eg::importers::ImportResult)
