#include "errorpages.h"

#include "models/store/cache.h"
#include "models/store/errorreader.h"
#include "models/store/tracereader.h"
#include "views/errorlistpage.h"
#include "views/errorpage.h"

#include <QStackedWidget>

namespace eg::app {

ErrorPages::ErrorPages(const store::Cache &cache, Navigator *navigator, QStackedWidget *pages)
    : QObject(pages)
    , m_cache(cache)
    , m_navigator(navigator)
    , m_pages(pages)
    , m_list(new views::ErrorListPage(pages))
    , m_event(new views::ErrorPage(pages))
{
    m_list->setCache(&m_cache);
    m_event->setCache(&m_cache);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_event);
    const auto openEvent = [this](qint64 row) {
        m_navigator->navigate(EntityRef::errorEvent(row));
    };
    connect(m_list, &views::ErrorListPage::eventActivated, this, openEvent);
    connect(m_list, &views::ErrorListPage::errorGroupActivated, this,
            [openEvent](const QString &, qint64 latestRow) { openEvent(latestRow); });
    connect(m_list, &views::ErrorListPage::openTraceRequested, this, &ErrorPages::traceRequested);
    connect(m_event, &views::ErrorPage::openTraceRequested, this, &ErrorPages::traceRequested);
    connect(m_event, &views::ErrorPage::openLogsRequested, this, [this](const QString &traceId) {
        m_navigator->navigate(EntityRef::traceLogs(traceId));
    });
}

ErrorPages::~ErrorPages() = default;

void ErrorPages::show(const EntityRef &entity)
{
    if (entity.kind == EntityRef::Kind::ErrorEvent) {
        if (!m_event->showErrorEvent(entity.id)) {
            Q_EMIT statusMessage(tr("That error event is no longer in the cache."));
            return;
        }
        m_pages->setCurrentWidget(m_event);
        const std::string &type = m_event->event().type;
        Q_EMIT titleChanged(type.empty() ? tr("Error")
                                         : tr("Error %1").arg(QString::fromStdString(type)));
        return;
    }
    store::ErrorFilter filter;
    QString scope;
    if (entity.kind == EntityRef::Kind::TraceErrors) {
        filter.traceId = entity.key.toStdString();
        const store::TraceReader traces(m_cache);
        const auto trace = traces.trace(filter.traceId);
        scope = trace && !trace->rootName.empty()
            ? tr("trace %1 (%2)").arg(entity.key.left(8), QString::fromStdString(trace->rootName))
            : tr("trace %1").arg(entity.key.left(8));
        if (entity.id) {
            if (const auto span = traces.spanDetails(entity.id)) {
                filter.spanId = span->spanId;
                scope = tr("span %1 of %2").arg(QString::fromStdString(span->spanId), scope);
            }
        }
    } else if (entity.kind != EntityRef::Kind::Errors) {
        return;
    } else if (entity.id) {
        filter.sourceIds = {entity.id};
        const auto source = m_cache.source(entity.id);
        scope = source ? source->name : tr("a removed file");
    }
    m_list->showErrors(filter, scope);
    m_pages->setCurrentWidget(m_list);
    Q_EMIT titleChanged(scope.isEmpty() ? tr("Errors") : tr("Errors of %1").arg(scope));
}

} // namespace eg::app
