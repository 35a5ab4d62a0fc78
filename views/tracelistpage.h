#pragma once

#include "models/store/tracedata.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace eg::itemmodels {
class TraceListModel;
}

namespace eg::views {

// Every trace of a source (or of the whole cache) as a sortable, filterable table, with a
// sentence on top saying what is there and what stands out. Opening a row asks for its
// waterfall.
class TraceListPage : public QWidget
{
    Q_OBJECT
public:
    explicit TraceListPage(QWidget *parent = nullptr);

    // `scope` names where the traces come from ("orders.json", "the cache").
    void setTraces(std::vector<store::TraceInfo> traces, const QString &scope);
    itemmodels::TraceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString headline() const { return m_headlineText; }

Q_SIGNALS:
    void traceActivated(const QString &traceId);

private:
    void applyFilter();
    void updateHeadline(const std::vector<store::TraceInfo> &traces);

    itemmodels::TraceListModel *m_model;
    QLabel *m_headline;
    QLineEdit *m_filter;
    QCheckBox *m_errorsOnly;
    QTableView *m_table;
    QLabel *m_count;
    QString m_scope;
    QString m_headlineText;
};

} // namespace eg::views
