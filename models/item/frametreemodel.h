#pragma once

#include "models/analysis/bottomuptree.h"
#include "models/analysis/frametree.h"
#include "models/store/profiledata.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace eg::itemmodels {

// Any FrameTree (bottom-up tree, sandwich callers or callees) as a Qt tree model: the
// tree model written once, whose columns depend on what the tree means. The frameless
// root is not shown; its children are the top-level rows. Indexes carry node numbers,
// so a tree of a million nodes costs nothing until rows are expanded.
//
// The roles match CallTreeModel's, so that sorting, cost bars and "expand the hot path"
// work the same on every tree.
class FrameTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind {
        // Top level: functions by self time; below: their callers. One weight column.
        BottomUp,
        // Top level: the picked function; below: its callers. One weight column.
        Callers,
        // Top level: the picked function; below: its callees. Self and total.
        Callees,
    };
    enum Column { FunctionColumn, SelfColumn, TotalColumn, SamplesColumn };
    enum Role {
        CostRole = Qt::UserRole + 1, // share of the whole profile, 0..1
        NodeRole, // the FrameTree node
        WeightRole, // the raw figure of the column (weight, or samples), for sorting
        FrameRole, // the frame of the row
    };

    explicit FrameTreeModel(Kind kind, QObject *parent = nullptr);
    ~FrameTreeModel() override;

    Kind kind() const { return m_kind; }
    void setTree(std::shared_ptr<const store::ProfileData> profile,
                 std::shared_ptr<const analysis::FrameTree> tree);
    // The lazy bottom-up tree: a node's callers are made when its row count is first
    // asked for (by a view opening it), so the model shows the same fixed tree as a whole
    // FrameTree would and inserts no rows; only the cost moves to the first look.
    void setBottomUpTree(std::shared_ptr<const store::ProfileData> profile,
                         std::shared_ptr<const analysis::BottomUpTree> tree);
    void clear();
    // Marks the rows of the frames that match a search and the rows that lead to them
    // (SearchMarks); null ends the search, and so does a new tree. On the lazy bottom-up
    // tree the marks are worked out as rows are asked for, without opening any.
    void setFrameMatches(std::shared_ptr<const std::vector<char>> frameMatches);
    uint8_t searchMarks(int32_t node) const;
    // Null while the model shows a lazy bottom-up tree.
    const std::shared_ptr<const analysis::FrameTree> &tree() const { return m_tree; }

    // The columns shown for the kind, left to right.
    const std::vector<Column> &columns() const { return m_columns; }
    // The view column of a column, or -1 when the kind does not show it.
    int columnOf(Column column) const;

    QModelIndex indexForNode(int32_t node, int column = 0) const;
    static int32_t nodeForIndex(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void clearSearch();
    // The tree shown, whichever kind it is.
    bool hasTree() const { return m_tree || m_bottomUp; }
    int32_t nodeCount() const;
    const analysis::FrameTree::Node &nodeAt(int32_t node) const;
    // These two make a lazy node's children.
    int32_t childCountOf(int32_t node) const;
    int32_t firstChildOf(int32_t node) const;
    int32_t rowOf(int32_t node) const;
    int32_t topFrameOf(int32_t node) const;
    double wholeWeight() const;
    int64_t wholeSamples() const;
    store::WeightUnit unit() const;

    QString frameName(int32_t frame) const;
    QString toolTip(int32_t node) const;
    // What the column shows for a node, in the profile's unit (samples for SamplesColumn).
    double figure(const analysis::FrameTree::Node &node, Column column) const;

    Kind m_kind;
    std::vector<Column> m_columns;
    std::shared_ptr<const store::ProfileData> m_profile;
    std::shared_ptr<const analysis::FrameTree> m_tree;
    std::shared_ptr<const analysis::BottomUpTree> m_bottomUp;
    std::shared_ptr<const std::vector<char>> m_frameMatches; // null: no search
    std::vector<uint8_t> m_marks; // per node of a whole tree
    // The lazy tree's: per stack, whether a caller matches; per node, its marks once
    // asked for (-1: not yet).
    mutable std::vector<char> m_callerMatches;
    mutable std::vector<int8_t> m_lazyMarks;
};

} // namespace eg::itemmodels
