#pragma once

#include "navigator.h"

#include <QObject>
#include <QString>

#include <memory>

class QStackedWidget;

namespace eg::store {
class Cache;
}
namespace eg::views {
class TraceListPage;
class TracePage;
struct LoadedTrace;
} // namespace eg::views

namespace eg::app {

// The trace side of the main window: the trace list and the waterfall page, loading a
// trace off the GUI thread, and the links out of a trace (a span's profile) through the
// Navigator so that back and forward work across them.
class TracePages : public QObject
{
    Q_OBJECT
public:
    TracePages(const QString &cachePath, const store::Cache &cache, Navigator *navigator,
               QStackedWidget *pages);
    ~TracePages() override;

    views::TraceListPage *listPage() const { return m_listPage; }
    views::TracePage *tracePage() const { return m_tracePage; }
    QString currentTraceId() const { return m_traceId; }

    // Shows the traces of one source (0: of the whole cache).
    void showList(int64_t sourceId);
    // Shows a trace, loading it unless it is the one on screen, and selects a span.
    void showTrace(const QString &traceId, int64_t spanRow);
    // Opens the waterfall of a trace with the span selected (none when it is not in the
    // trace), for links from log lines and errors, or says that the trace is not in the
    // cache.
    void openTrace(const QString &traceId, const QString &spanId);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void titleChanged(const QString &title);
    void traceShown(const QString &traceId);

private:
    void openSpanProfile(const QString &profileId, const QString &profilerId,
                         const QString &threadId, qint64 startNs, qint64 endNs);
    void applyLoaded(const views::LoadedTrace &loaded, int64_t spanRow);

    QString m_cachePath;
    const store::Cache &m_cache;
    Navigator *m_navigator;
    QStackedWidget *m_pages;
    views::TraceListPage *m_listPage;
    views::TracePage *m_tracePage;
    QString m_traceId; // the trace on the page (or being loaded)
    quint64 m_generation = 0;
};

} // namespace eg::app
