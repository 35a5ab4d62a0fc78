#pragma once

#include "models/analysis/functiontable.h"
#include "models/store/profiledata.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace eg::itemmodels {

// The function table: one row per function with its self and total time and the number
// of samples it was seen in, each with its unit and share of the profile. Sorted and
// filtered through a QSortFilterProxyModel (CostSortProxy) on WeightRole.
class FunctionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FunctionColumn, SelfColumn, TotalColumn, SamplesColumn, ColumnCount };
    enum Role {
        // Share of the whole profile, 0..1 (self on Self, samples on Samples, total
        // elsewhere): what a cost bar draws. Same numbers as CallTreeModel's roles.
        CostRole = Qt::UserRole + 1,
        NodeRole, // unused here, keeps the numbering shared with the tree models
        WeightRole, // the raw figure of the column, for sorting
        FrameRole, // the function's frame index
    };

    explicit FunctionTableModel(QObject *parent = nullptr);
    ~FunctionTableModel() override;

    void setTable(std::shared_ptr<const store::ProfileData> profile,
                  std::shared_ptr<const analysis::FunctionTable> table);
    void clear();
    // Marks the rows of the frames that match a search (SearchMarks); null ends the search,
    // and so does a new table.
    void setFrameMatches(std::shared_ptr<const std::vector<char>> frameMatches);
    const std::shared_ptr<const analysis::FunctionTable> &table() const { return m_table; }
    // The row of a frame, or an invalid index.
    QModelIndex indexForFrame(int32_t frame, int column = FunctionColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const store::ProfileData> m_profile;
    std::shared_ptr<const analysis::FunctionTable> m_table;
    std::shared_ptr<const std::vector<char>> m_frameMatches;
};

} // namespace eg::itemmodels
