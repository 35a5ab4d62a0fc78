#pragma once

#include "models/store/errorreader.h"

#include <QAbstractTableModel>

#include <vector>

namespace eg::itemmodels {

// The errors list: one row per kind of error (type and message, numbers masked), with how
// often it happened and when it was first and last seen. Sorted here on the plain rows,
// like the trace list, most frequent first until the user picks another column.
class ErrorGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        MessageColumn,
        CountColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        GroupKeyRole = Qt::UserRole + 1, // QString
        LatestEventRole, // qint64: error_event row of the group's latest event
        SortValueRole, // the raw value a column sorts by
    };

    explicit ErrorGroupModel(QObject *parent = nullptr);

    void setGroups(std::vector<store::ErrorGroup> groups);
    const store::ErrorGroup *groupAt(int row) const;
    int rowOfGroup(const QString &groupKey) const;
    // What a message event (no exception type) is called in the list.
    static QString typeText(const store::ErrorGroup &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();

    std::vector<store::ErrorGroup> m_groups;
    int m_sortColumn = CountColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace eg::itemmodels
