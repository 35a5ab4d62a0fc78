#pragma once

#include "navigator.h"

#include <QObject>
#include <QString>

class QStackedWidget;

namespace eg::store {
class Cache;
}
namespace eg::views {
class ErrorListPage;
class ErrorPage;
} // namespace eg::views

namespace eg::app {

// The error side of the main window: the errors list of a source, of the whole cache or of
// one trace, and the page of one error event, linked to the trace and the logs around the
// error through the Navigator, so that back and forward work across them.
class ErrorPages : public QObject
{
    Q_OBJECT
public:
    ErrorPages(const store::Cache &cache, Navigator *navigator, QStackedWidget *pages);
    ~ErrorPages() override;

    views::ErrorListPage *listPage() const { return m_list; }
    views::ErrorPage *eventPage() const { return m_event; }

    // Shows the page an EntityRef of kind Errors, TraceErrors or ErrorEvent names.
    void show(const EntityRef &entity);

Q_SIGNALS:
    // The waterfall of a trace with the span selected was asked for.
    void traceRequested(const QString &traceId, const QString &spanId);
    void statusMessage(const QString &message);
    void titleChanged(const QString &title);

private:
    const store::Cache &m_cache;
    Navigator *m_navigator;
    QStackedWidget *m_pages;
    views::ErrorListPage *m_list;
    views::ErrorPage *m_event;
};

} // namespace eg::app
