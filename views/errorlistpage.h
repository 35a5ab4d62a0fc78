#pragma once

#include "models/store/errorreader.h"

#include <QString>
#include <QWidget>

class QLabel;
class QTableView;

namespace eg::store {
class Cache;
}

namespace eg::itemmodels {
class ErrorEventListModel;
class ErrorGroupModel;
} // namespace eg::itemmodels

namespace eg::views {

// The errors of a source, a trace or the whole cache, grouped by type and message, with a
// sentence on top saying how many kinds there are and which is the most frequent. Selecting
// a kind lists each time it happened below (time, level, release, environment, trace);
// opening a kind or an occurrence asks for its error page, clicking a trace for the trace.
class ErrorListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorListPage(QWidget *parent = nullptr);

    // Where showErrors() reads; the page keeps no copy of the cache.
    void setCache(const store::Cache *cache);
    // Lists the errors the filter keeps; `scope` names them in the headline ("node.envelope",
    // "trace 6d12df59", "the cache"). The first kind is selected.
    void showErrors(const store::ErrorFilter &filter = {}, const QString &scope = {});

    QString headlineText() const { return m_headlineText; }
    itemmodels::ErrorGroupModel *groupModel() const { return m_groups; }
    itemmodels::ErrorEventListModel *eventModel() const { return m_events; }
    QTableView *groupTable() const { return m_groupTable; }
    QTableView *eventTable() const { return m_eventTable; }
    // Selects the kind with this group key and lists its events; false when not listed.
    bool selectGroup(const QString &groupKey);

Q_SIGNALS:
    // A kind was opened (double-click or Enter): its key and its latest event's row.
    void errorGroupActivated(const QString &groupKey, qint64 latestEventRow);
    // An occurrence was opened: its error_event row, for ErrorPage::showErrorEvent().
    void eventActivated(qint64 eventRow);
    // The trace link of an occurrence was clicked.
    void openTraceRequested(const QString &traceId, const QString &spanId);

private:
    void showEventsOfSelectedGroup();
    void updateHeadline(const std::vector<store::ErrorGroup> &groups, int64_t events);

    const store::Cache *m_cache = nullptr;
    store::ErrorFilter m_filter;
    QString m_scope;
    QString m_headlineText;
    itemmodels::ErrorGroupModel *m_groups;
    itemmodels::ErrorEventListModel *m_events;
    QLabel *m_headline;
    QTableView *m_groupTable;
    QLabel *m_eventsTitle;
    QTableView *m_eventTable;
};

} // namespace eg::views
