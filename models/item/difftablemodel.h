#pragma once

#include "models/analysis/profilediff.h"

#include <QAbstractTableModel>

#include <memory>

namespace eg::itemmodels {

// The functions whose time changed most between two profiles (ProfileDiff::functions()),
// as a table: self and total before, after and the change, each with its unit. Sorted
// through a CostSortProxy on WeightRole, which holds the raw figure (the signed change on
// the change columns). Only the biggest changes are rows: the table answers "what changed
// most", the flame graph shows everything.
class DiffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FunctionColumn,
        SelfBeforeColumn,
        SelfAfterColumn,
        SelfChangeColumn,
        TotalBeforeColumn,
        TotalAfterColumn,
        TotalChangeColumn,
        ColumnCount
    };
    // Numbered as in the other cost models, so that CostSortProxy sorts it alike.
    enum Role { WeightRole = Qt::UserRole + 3 };
    // Rows at most.
    static constexpr int kMaxRows = 500;

    explicit DiffTableModel(QObject *parent = nullptr);
    ~DiffTableModel() override;

    void setDiff(std::shared_ptr<const analysis::ProfileDiff> diff);
    void clear() { setDiff(nullptr); }
    const std::shared_ptr<const analysis::ProfileDiff> &diff() const { return m_diff; }

    // "+180 ms (+41%)", "−60 ms (gone)", "+2 ms (new)": a change in words and figures.
    static QString describeChange(double before, double after, store::WeightUnit unit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const analysis::ProfileDiff> m_diff;
};

} // namespace eg::itemmodels
