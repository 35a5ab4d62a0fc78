#pragma once

#include "models/store/errorreader.h"

#include <QAbstractTableModel>

#include <vector>

namespace eg::itemmodels {

// The occurrences of one kind of error, oldest first: when, how severe, which release and
// environment, and the trace it happened in (the Trace column is a link).
class ErrorEventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        LevelColumn,
        ReleaseColumn,
        EnvironmentColumn,
        TraceColumn,
        ColumnCount
    };
    enum Role {
        EventRowRole = Qt::UserRole + 1, // qint64: error_event row
        TraceIdRole, // QString, empty when the event names no trace
        SpanIdRole,
    };

    explicit ErrorEventListModel(QObject *parent = nullptr);

    void setEvents(std::vector<store::ErrorEvent> events);
    const store::ErrorEvent *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<store::ErrorEvent> m_events;
};

} // namespace eg::itemmodels
