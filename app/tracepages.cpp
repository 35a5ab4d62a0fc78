#include "tracepages.h"

#include "models/analysis/weightformatter.h"
#include "models/store/cache.h"
#include "models/store/tracereader.h"
#include "views/loadedtrace.h"
#include "views/tracelistpage.h"
#include "views/tracepage.h"

#include <QFutureWatcher>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace eg::app {

TracePages::TracePages(const QString &cachePath, const store::Cache &cache, Navigator *navigator,
                       QStackedWidget *pages)
    : QObject(pages)
    , m_cachePath(cachePath)
    , m_cache(cache)
    , m_navigator(navigator)
    , m_pages(pages)
    , m_listPage(new views::TraceListPage(pages))
    , m_tracePage(new views::TracePage(pages))
{
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_tracePage);
    connect(m_listPage, &views::TraceListPage::traceActivated, this,
            [this](const QString &traceId) { m_navigator->navigate(EntityRef::trace(traceId)); });
    connect(m_tracePage, &views::TracePage::spanSelected, this, [this](qint64 rowId) {
        if (m_navigator->current().kind == EntityRef::Kind::Trace)
            m_navigator->updateCurrent(EntityRef::trace(m_traceId, rowId));
    });
    connect(m_tracePage, &views::TracePage::openProfileRequested, this,
            &TracePages::openSpanProfile);
    connect(
        m_tracePage, &views::TracePage::traceLogsRequested, this,
        [this](const QString &traceId) { m_navigator->navigate(EntityRef::traceLogs(traceId)); });
    connect(m_tracePage, &views::TracePage::spanLogsRequested, this,
            [this](const QString &traceId, qint64 rowId) {
                m_navigator->navigate(EntityRef::traceLogs(traceId, rowId));
            });
    connect(
        m_tracePage, &views::TracePage::traceErrorsRequested, this,
        [this](const QString &traceId) { m_navigator->navigate(EntityRef::traceErrors(traceId)); });
    connect(m_tracePage, &views::TracePage::spanErrorsRequested, this,
            [this](const QString &traceId, qint64 rowId) {
                m_navigator->navigate(EntityRef::traceErrors(traceId, rowId));
            });
}

void TracePages::openTrace(const QString &traceId, const QString &spanId)
{
    const store::TraceReader traces(m_cache);
    const std::string id = traceId.toStdString();
    if (!traces.trace(id)) {
        Q_EMIT statusMessage(tr("Trace %1 is not in the cache. Import the file that holds its "
                                "spans (OpenTelemetry, Jaeger, Zipkin or a Sentry transaction).")
                                 .arg(traceId));
        return;
    }
    const int64_t spanRow = spanId.isEmpty() ? 0 : traces.spanRow(id, spanId.toStdString());
    m_navigator->navigate(EntityRef::trace(traceId, spanRow));
}

TracePages::~TracePages() = default;

void TracePages::showList(int64_t sourceId)
{
    const store::TraceReader reader(m_cache);
    QString scope = tr("the cache");
    std::vector<store::TraceInfo> traces;
    if (sourceId) {
        traces = reader.tracesOfSource(sourceId);
        if (const auto source = m_cache.source(sourceId))
            scope = QLatin1Char('`') + source->name + QLatin1Char('`');
    } else {
        traces = reader.traces();
    }
    m_listPage->setTraces(std::move(traces), scope);
    m_pages->setCurrentWidget(m_listPage);
    Q_EMIT titleChanged(tr("Traces in %1").arg(scope));
}

void TracePages::showTrace(const QString &traceId, int64_t spanRow)
{
    m_pages->setCurrentWidget(m_tracePage);
    if (traceId == m_traceId && m_generation != 0) {
        if (spanRow)
            m_tracePage->selectSpanByRow(spanRow);
        return;
    }
    m_traceId = traceId;
    const quint64 generation = ++m_generation;
    Q_EMIT statusMessage(tr("Loading trace %1…").arg(traceId));
    auto *watcher = new QFutureWatcher<views::LoadedTrace>(this);
    connect(watcher, &QFutureWatcher<views::LoadedTrace>::finished, this,
            [this, watcher, generation, spanRow] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // another trace was asked for meanwhile
                applyLoaded(watcher->result(), spanRow);
            });
    // Each thread holds its own cache connection (ARCHITECTURE.md, Threads).
    watcher->setFuture(QtConcurrent::run([cachePath = m_cachePath, id = traceId.toStdString()] {
        return views::LoadedTrace::load(cachePath, id);
    }));
}

void TracePages::applyLoaded(const views::LoadedTrace &loaded, int64_t spanRow)
{
    if (!loaded.error.isEmpty()) {
        Q_EMIT statusMessage(tr("Could not load trace %1: %2").arg(m_traceId, loaded.error));
        m_tracePage->setLoadedTrace({});
        return;
    }
    m_tracePage->setLoadedTrace(loaded);
    if (spanRow)
        m_tracePage->selectSpanByRow(spanRow);
    Q_EMIT statusMessage(QString());
    Q_EMIT traceShown(m_traceId);
    if (const auto info = store::TraceReader(m_cache).trace(m_traceId.toStdString()))
        Q_EMIT titleChanged(
            tr("%1 (trace %2)").arg(QString::fromStdString(info->rootName), m_traceId.left(8)));
}

void TracePages::openSpanProfile(const QString &profileId, const QString &profilerId,
                                 const QString &threadId, qint64 startNs, qint64 endNs)
{
    const auto profiles = m_cache.linkedProfiles(profileId.toStdString(), profilerId.toStdString(),
                                                 threadId.toStdString());
    if (profiles.empty()) {
        Q_EMIT statusMessage(tr("The profile of this span is not in the cache. Import the file "
                                "that holds it (a Sentry profile or profile_chunk envelope)."));
        return;
    }
    EntityRef target {EntityRef::Kind::Profile, profiles.front().id, QString(), startNs, endNs};
    // A transaction profile covers its transaction; continuous chunks need the window.
    target.key = tr("the span's %1")
                     .arg(analysis::WeightFormatter::formatDuration(double(endNs - startNs)));
    m_navigator->navigate(target);
}

} // namespace eg::app
