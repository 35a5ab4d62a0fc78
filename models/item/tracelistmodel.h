#pragma once

#include "models/store/tracedata.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace eg::itemmodels {

// The trace list: every trace in the cache with its root, services, start, duration,
// span and error counts. Sorting and filtering happen here on the plain rows rather than
// in a QSortFilterProxyModel, whose QVariant comparisons take seconds on 100,000 traces.
class TraceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RootColumn,
        ServicesColumn,
        StartColumn,
        DurationColumn,
        SpansColumn,
        ErrorsColumn,
        ColumnCount
    };
    enum Role {
        TraceIdRole = Qt::UserRole + 1, // QString
        SortValueRole, // the raw figure a column sorts by
    };

    explicit TraceListModel(QObject *parent = nullptr);

    void setTraces(std::vector<store::TraceInfo> traces);
    // Keeps the traces whose root, services or trace id contain every word of `text`
    // (case-insensitive); `errorsOnly` keeps only traces with errors.
    void setFilter(const QString &text, bool errorsOnly = false);
    QString filterText() const { return m_filterText; }

    // Traces shown / in the list.
    int visibleCount() const { return int(m_visible.size()); }
    int totalCount() const { return int(m_traces.size()); }
    const store::TraceInfo *traceAt(int row) const;
    int rowOfTrace(const QString &traceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applyFilterAndSort();

    std::vector<store::TraceInfo> m_traces;
    // Lower-cased "root services trace_id" per trace, for filtering without allocating.
    std::vector<std::string> m_haystacks;
    std::vector<int32_t> m_visible; // indices into m_traces, in display order
    QString m_filterText;
    bool m_errorsOnly = false;
    int m_sortColumn = StartColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace eg::itemmodels
