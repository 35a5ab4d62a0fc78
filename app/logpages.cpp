#include "logpages.h"

#include "models/store/cache.h"
#include "models/store/tracereader.h"
#include "views/logtimelinepage.h"

#include <QStackedWidget>

namespace eg::app {

LogPages::LogPages(const QString &cachePath, const store::Cache &cache, Navigator *navigator,
                   QStackedWidget *pages)
    : QObject(pages)
    , m_cachePath(cachePath)
    , m_cache(cache)
    , m_navigator(navigator)
    , m_pages(pages)
    , m_page(new views::LogTimelinePage(pages))
{
    m_pages->addWidget(m_page);
    connect(m_page, &views::LogTimelinePage::traceRequested, this, &LogPages::traceRequested);
    connect(m_page, &views::LogTimelinePage::timeRangeChanged, this,
            [this](qint64 from, qint64 to) {
                if (auto current = pageEntry()) {
                    current->fromNs = from;
                    current->toNs = to;
                    m_navigator->updateCurrent(*current);
                }
            });
    connect(m_page, &views::LogTimelinePage::filtersChanged, this,
            [this](const views::LogFilterState &filters) {
                if (auto current = pageEntry()) {
                    current->logFilter = filters;
                    m_navigator->updateCurrent(*current);
                }
            });
}

std::optional<EntityRef> LogPages::pageEntry() const
{
    const EntityRef current = m_navigator->current();
    const bool timeline = current.kind == EntityRef::Kind::Logs
        || current.kind == EntityRef::Kind::TraceLogs
        || (current.kind == EntityRef::Kind::Source && m_pages->currentWidget() == m_page);
    return timeline ? std::make_optional(current) : std::nullopt;
}

LogPages::~LogPages() = default;

void LogPages::show(const EntityRef &entity)
{
    store::LogFilter scope;
    QString scopeText;
    if (entity.kind == EntityRef::Kind::Logs) {
        if (entity.id) {
            scope.sourceIds = {entity.id};
            const auto source = m_cache.source(entity.id);
            scopeText = QLatin1Char('`') + (source ? source->name : tr("a removed file"))
                + QLatin1Char('`');
        } else {
            scopeText = tr("the whole cache");
        }
    } else if (entity.kind == EntityRef::Kind::TraceLogs) {
        scope.traceId = entity.key.toStdString();
        const store::TraceReader traces(m_cache);
        const auto trace = traces.trace(scope.traceId);
        const QString traceName = trace && !trace->rootName.empty()
            ? tr("trace `%1` (%2)").arg(QString::fromStdString(trace->rootName), entity.key.left(8))
            : tr("trace %1").arg(entity.key.left(8));
        scopeText = traceName;
        if (entity.id) {
            if (const auto span = traces.spanDetails(entity.id)) {
                scope.spanId = span->spanId;
                scopeText
                    = tr("span %1 of %2").arg(QString::fromStdString(span->spanId), traceName);
            }
        }
    } else {
        return;
    }
    if (entity.toNs > entity.fromNs) {
        scope.fromNs = entity.fromNs;
        scope.toNs = entity.toNs;
    }
    m_page->showLogs(m_cachePath, scope, scopeText, entity.logFilter);
    m_pages->setCurrentWidget(m_page);
    QString title = scopeText;
    title.remove(QLatin1Char('`'));
    Q_EMIT titleChanged(tr("Logs of %1").arg(title));
}

} // namespace eg::app
