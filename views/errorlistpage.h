#pragma once

#include "models/store/errorreader.h"

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
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
// A search field narrows the kinds to those whose type, message or culprit holds every
// word typed, and says how many of them are left.
class ErrorListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorListPage(QWidget *parent = nullptr);

    // Where showErrors() reads; the page keeps no copy of the cache.
    void setCache(const store::Cache *cache);
    // Lists the errors the filter keeps; `scope` names them in the headline ("node.envelope",
    // "trace 6d12df59", "the cache"). The search field starts empty; the first kind is
    // selected.
    void showErrors(const store::ErrorFilter &filter = {}, const QString &scope = {});

    QString headlineText() const { return m_headlineText; }
    itemmodels::ErrorGroupModel *groupModel() const { return m_groups; }
    itemmodels::ErrorEventListModel *eventModel() const { return m_events; }
    QTableView *groupTable() const { return m_groupTable; }
    QTableView *eventTable() const { return m_eventTable; }
    QLineEdit *searchField() const { return m_search; }
    // "Showing 2 of 3 kinds of error" while searching, else empty.
    QString matchCountText() const;
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
    // Lists the kinds the search field keeps, the selected one still selected if kept.
    void applySearch();
    void updateHeadline(const std::vector<store::ErrorGroup> &groups, int64_t events);

    const store::Cache *m_cache = nullptr;
    store::ErrorFilter m_filter;
    // Every kind the filter keeps, and the culprit of each one's latest event (where it
    // was raised, for the search), index for index.
    std::vector<store::ErrorGroup> m_allGroups;
    std::vector<QString> m_culprits;
    QString m_scope;
    QString m_headlineText;
    itemmodels::ErrorGroupModel *m_groups;
    itemmodels::ErrorEventListModel *m_events;
    QLabel *m_headline;
    QLineEdit *m_search;
    QLabel *m_matchCount;
    QTableView *m_groupTable;
    QLabel *m_eventsTitle;
    QTableView *m_eventTable;
};

} // namespace eg::views
