#pragma once

#include "profiletab.h"

#include "models/analysis/bottomuptree.h"
#include "models/analysis/functiontable.h"
#include "models/analysis/sandwich.h"
#include "models/analysis/stackweights.h"

#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QButtonGroup;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace eg::itemmodels {
class CallTreeModel;
class CostSortProxy;
class FrameTreeModel;
class FunctionTableModel;
} // namespace eg::itemmodels

namespace eg::views {

// The call tree as tables, in three modes: top-down (callers above callees, as the flame
// graph), bottom-up (functions by self time, their callers below) and caller–callee (a
// function list; the picked function's callers and callees beside it). Cost bars on the
// figures, sorting by any column, and "expand the hot path" (H or Ctrl+E): opens the
// heaviest branch below the selected row down to its leaf and selects the leaf.
class CallTreeTab : public ProfileTab
{
    Q_OBJECT

public:
    enum class Mode { TopDown, BottomUp, CallerCallee };

    explicit CallTreeTab(QWidget *parent = nullptr);
    ~CallTreeTab() override;

    QString title() const override;
    QString howToRead() const override;
    void setLoaded(const LoadedProfile &loaded) override;
    void setSearchText(const QString &text) override;
    // Top-down and bottom-up: the next matching row, opening the branches above it;
    // caller–callee: the next function of the list, which shows only matches.
    bool goToMatch(bool forward) override;
    // Moves a flat list's current row to the next (previous) row, round the end.
    static bool stepRow(QTreeView *view, bool forward);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Whether the function table and then the bottom-up tree of the current profile are
    // built (the function table arrives first).
    bool isReady() const { return m_ready; }
    // The trees: top-down/bottom-up share the main view; caller–callee has three.
    QTreeView *treeView() const { return m_treeView; }
    QTreeView *functionView() const { return m_functionView; }
    QTreeView *callersView() const { return m_callersView; }
    QTreeView *calleesView() const { return m_calleesView; }
    QAction *expandHotPathAction() const { return m_expandHotPath; }
    // The frame picked in caller–callee mode, -1 for none.
    int32_t pickedFrame() const { return m_pickedFrame; }
    // Shows callers and callees of a function (caller–callee mode).
    void pickFrame(int32_t frame);

    // Opens the heaviest branch below the view's current row (the heaviest top-level row
    // when there is none) down to a leaf and makes the leaf current. Works on any model
    // with a share in Qt::UserRole + 1 on column 0, as all call tree models have.
    static void expandHotPath(QTreeView *view);
    // A tree or table view set up the way the call tree tables look: cost bars on the
    // figure columns, sorting, uniform rows.
    static QTreeView *makeCostView(QWidget *parent, const QString &accessibleName);
    // Fits the figure columns of a view to their text and gives the rest to names.
    static void fitColumns(QTreeView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Tables
    {
        std::shared_ptr<const analysis::StackWeights> weights;
        std::shared_ptr<const analysis::FunctionTable> functions;
    };

    void applyTables(Tables tables);
    void applyBottomUp(const std::shared_ptr<const analysis::BottomUpTree> &bottomUp);
    void pickHeaviestFunction();
    void expandHotPathInFocus();
    void onTreeCurrentChanged(const QModelIndex &current);
    void onFunctionCurrentChanged(const QModelIndex &current);
    void refreshSearch();

    Mode m_mode = Mode::TopDown;
    LoadedProfile m_loaded;
    bool m_ready = false;
    int32_t m_pickedFrame = -1;
    QString m_searchText;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::shared_ptr<ProfileExtras> m_extras;
    std::shared_ptr<const analysis::StackWeights> m_weights;

    QButtonGroup *m_modes = nullptr;
    QAction *m_expandHotPath = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_treeView = nullptr;
    QTreeView *m_functionView = nullptr;
    QTreeView *m_callersView = nullptr;
    QTreeView *m_calleesView = nullptr;
    QPointer<QTreeView> m_lastTree;

    itemmodels::CallTreeModel *m_topDownModel = nullptr;
    itemmodels::FrameTreeModel *m_bottomUpModel = nullptr;
    itemmodels::FunctionTableModel *m_functionModel = nullptr;
    itemmodels::FrameTreeModel *m_callersModel = nullptr;
    itemmodels::FrameTreeModel *m_calleesModel = nullptr;
    itemmodels::CostSortProxy *m_treeProxy = nullptr;
    itemmodels::CostSortProxy *m_functionProxy = nullptr;
    itemmodels::CostSortProxy *m_callersProxy = nullptr;
    itemmodels::CostSortProxy *m_calleesProxy = nullptr;
};

} // namespace eg::views
