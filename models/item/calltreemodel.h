#pragma once

#include "models/analysis/calltree.h"
#include "models/store/profiledata.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace eg::itemmodels {

// The call tree as a Qt tree model: Function, Self, Total. Indexes are made on demand
// from node numbers (the internal id is the node), so a tree of a million nodes costs
// nothing until rows are expanded. The tree and the profile are shared and immutable;
// a new pair is swapped in with setTree() between a model reset.
class CallTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FunctionColumn, SelfColumn, TotalColumn, ColumnCount };
    enum Role {
        // Share of the whole tree's weight, 0..1: self on the Self column, total
        // elsewhere. What a cost bar draws.
        CostRole = Qt::UserRole + 1,
        // The call tree node of the row, to follow selections between views.
        NodeRole,
        // The raw weight of the column in the profile's unit (self or total).
        WeightRole,
    };

    explicit CallTreeModel(QObject *parent = nullptr);
    ~CallTreeModel() override;

    void setTree(std::shared_ptr<const store::ProfileData> profile,
                 std::shared_ptr<const analysis::CallTree> tree);
    void clear();
    // Marks the rows of the frames that match a search (SearchMarks), and the rows above
    // them; null ends the search. A new tree ends it too.
    void setFrameMatches(std::shared_ptr<const std::vector<char>> frameMatches);
    // SearchMarks of a node; None while nothing is searched.
    uint8_t searchMarks(int32_t node) const;
    const std::shared_ptr<const analysis::CallTree> &tree() const { return m_tree; }

    QModelIndex indexForNode(int32_t node, int column = FunctionColumn) const;
    // -1 for an invalid index.
    static int32_t nodeForIndex(const QModelIndex &index);
    // The name shown for a node: its frame's name, or "All samples" for the root.
    QString nodeName(int32_t node) const;
    // Plain words: name, location, self and total with units and shares.
    QString nodeToolTip(int32_t node) const;
    // The same for any tree, for views that show nodes without this model.
    static QString nodeName(const store::ProfileData &profile, const analysis::CallTree &tree,
                            int32_t node);
    static QString describeNode(const store::ProfileData &profile, const analysis::CallTree &tree,
                                int32_t node);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const store::ProfileData> m_profile;
    std::shared_ptr<const analysis::CallTree> m_tree;
    // Marked when first asked for: a table that is not on show costs nothing per search.
    std::shared_ptr<const std::vector<char>> m_frameMatches; // null while nothing is searched
    mutable std::vector<uint8_t> m_marks; // per node, once made
    bool m_searching = false;
};

} // namespace eg::itemmodels
