#pragma once

#include "models/item/errordetails.h"
#include "models/store/errorreader.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace eg::store {
class Cache;
}

namespace eg::views {

class BreadcrumbTimeline;
class KeyValueTable;
class StackTraceView;

// One error event, for people who did not write the code as much as for those who did:
// a sentence saying what happened, where, what caused it, how often and during which
// trace; then the exception chain, outermost first, each with its stack trace (newest
// call on top, the app's own frames emphasised, library frames folded); the breadcrumbs
// leading up to it as a small timeline; its tags and contexts.
class ErrorPage : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorPage(QWidget *parent = nullptr);

    // Where showErrorEvent() reads; the page keeps no copy of the cache.
    void setCache(const store::Cache *cache);
    // Shows the event stored in this error_event row; false (and a cleared page) when the
    // cache has no such row.
    bool showErrorEvent(qint64 eventRow);
    // Shows an event read elsewhere; `kind` is its group (for "it happened 3 times
    // between …"), when known.
    void setEvent(const store::ErrorEvent &event,
                  const std::optional<store::ErrorGroup> &kind = std::nullopt);
    void clear();
    qint64 eventRow() const { return m_event.row; }
    const store::ErrorEvent &event() const { return m_event; }

    // The headline as plain text, names in `backticks`.
    QString headlineText() const { return m_headlineText; }
    // The exception types in the order shown: outermost first.
    QStringList chainTypes() const;
    const QList<StackTraceView *> &stackTraces() const { return m_stacks; }
    BreadcrumbTimeline *breadcrumbTimeline() const { return m_breadcrumbs; }
    KeyValueTable *tagsTable() const { return m_tags; }
    KeyValueTable *contextsTable() const { return m_contexts; }
    QPushButton *openTraceButton() const { return m_openTrace; }
    QPushButton *openLogsButton() const { return m_openLogs; }

Q_SIGNALS:
    // The event's trace, with the span that was active when it was captured (may be empty).
    void openTraceRequested(const QString &traceId, const QString &spanId);
    // The log timeline filtered to the event's trace.
    void openLogsRequested(const QString &traceId);

private:
    QString headline(const std::optional<store::ErrorGroup> &kind) const;
    void rebuildChain();
    void showKeyValues(KeyValueTable *table, QLabel *none,
                       const QList<QPair<QString, QString>> &rows);

    const store::Cache *m_cache = nullptr;
    store::ErrorEvent m_event;
    itemmodels::ErrorDetails m_details;
    QString m_headlineText;

    QLabel *m_headline;
    QLabel *m_facts;
    QPushButton *m_openTrace;
    QPushButton *m_openLogs;
    QLabel *m_stackNote;
    QWidget *m_chain;
    QVBoxLayout *m_chainLayout;
    QList<StackTraceView *> m_stacks;
    QList<QLabel *> m_chainTitles;
    BreadcrumbTimeline *m_breadcrumbs;
    QLabel *m_noBreadcrumbs;
    KeyValueTable *m_tags;
    QLabel *m_noTags;
    KeyValueTable *m_contexts;
    QLabel *m_noContexts;
};

} // namespace eg::views
