#include "calltreetab.h"

#include "plainwordshtml.h"
#include "titledpane.h"

#include "analysispool.h"
#include "costbardelegate.h"
#include "matchwalker.h"

#include "models/item/calltreemodel.h"
#include "models/item/costsortproxy.h"
#include "models/item/frametreemodel.h"
#include "models/item/functiontablemodel.h"
#include "models/item/searchmarks.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QButtonGroup>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace eg::views {

using itemmodels::CallTreeModel;
using itemmodels::CostSortProxy;
using itemmodels::FrameTreeModel;
using itemmodels::FunctionTableModel;
using itemmodels::SearchMarks;

namespace {

// The roles every call tree model here shares (CallTreeModel, FrameTreeModel and
// FunctionTableModel number them alike).
constexpr int kCostRole = Qt::UserRole + 1;
constexpr int kNodeRole = Qt::UserRole + 2;
constexpr int kFrameRole = Qt::UserRole + 4;
constexpr int kMaxColumns = 4;

bool isHotPathKey(const QKeyEvent *key)
{
    const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
    return (key->key() == Qt::Key_H && modifiers == Qt::NoModifier)
        || (key->key() == Qt::Key_E && modifiers == Qt::ControlModifier);
}

} // namespace

CallTreeTab::CallTreeTab(QWidget *parent)
    : ProfileTab(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_topDownModel = new CallTreeModel(this);
    m_bottomUpModel = new FrameTreeModel(FrameTreeModel::Kind::BottomUp, this);
    m_functionModel = new FunctionTableModel(this);
    m_callersModel = new FrameTreeModel(FrameTreeModel::Kind::Callers, this);
    m_calleesModel = new FrameTreeModel(FrameTreeModel::Kind::Callees, this);

    m_treeProxy = new CostSortProxy(this);
    m_functionProxy = new CostSortProxy(this);
    m_functionProxy->setSourceModel(m_functionModel);
    m_functionProxy->setFilterRows(true);
    m_callersProxy = new CostSortProxy(this);
    m_callersProxy->setSourceModel(m_callersModel);
    m_calleesProxy = new CostSortProxy(this);
    m_calleesProxy->setSourceModel(m_calleesModel);

    m_treeView = makeCostView(this, tr("Call tree"));
    m_treeView->setModel(m_treeProxy);
    m_functionView = makeCostView(this, tr("Functions"));
    m_functionView->setRootIsDecorated(false);
    m_functionView->setModel(m_functionProxy);
    m_functionView->sortByColumn(FunctionTableModel::TotalColumn, Qt::DescendingOrder);
    m_callersView = makeCostView(this, tr("Callers"));
    m_callersView->setModel(m_callersProxy);
    m_calleesView = makeCostView(this, tr("Callees"));
    m_calleesView->setModel(m_calleesProxy);
    for (QTreeView *view : {m_treeView, m_functionView, m_callersView, m_calleesView})
        view->installEventFilter(this);

    // The mode switch: three exclusive buttons, like a segmented control.
    auto *bar = new QHBoxLayout;
    m_modes = new QButtonGroup(this);
    const std::pair<Mode, QString> modes[] = {
        {Mode::TopDown, tr("Top-down")},
        {Mode::BottomUp, tr("Bottom-up")},
        {Mode::CallerCallee, tr("Caller – callee")},
    };
    const QString tips[] = {
        tr("Functions as they called each other, from the thread's start down."),
        tr("Functions by their own time, with the functions that called them below."),
        tr("Pick a function to see who called it and what it called."),
    };
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(this);
        button->setText(modes[i].second);
        button->setToolTip(tips[i]);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(i == 0);
        m_modes->addButton(button, int(modes[i].first));
        bar->addWidget(button);
    }
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });

    m_expandHotPath = new QAction(tr("Expand hot path"), this);
    m_expandHotPath->setShortcuts({QKeySequence(Qt::Key_H), QKeySequence(tr("Ctrl+E"))});
    m_expandHotPath->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_expandHotPath->setToolTip(tr("Open the heaviest branch below the selected row down to "
                                   "its end and select it (H or Ctrl+E)"));
    connect(m_expandHotPath, &QAction::triggered, this, &CallTreeTab::expandHotPathInFocus);
    addAction(m_expandHotPath);
    auto *hotPath = new QToolButton(this);
    hotPath->setDefaultAction(m_expandHotPath);
    hotPath->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(hotPath);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    bar->addWidget(m_status, 1);

    auto *calls = new QSplitter(Qt::Vertical, this);
    calls->addWidget(new TitledPane(tr("Called by (callers)"), m_callersView, calls));
    calls->addWidget(new TitledPane(tr("Calls (callees)"), m_calleesView, calls));
    auto *callerCallee = new QSplitter(Qt::Horizontal, this);
    callerCallee->addWidget(m_functionView);
    callerCallee->addWidget(calls);
    callerCallee->setSizes({500, 500});
    callerCallee->setChildrenCollapsible(false);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_treeView);
    m_pages->addWidget(callerCallee);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    connect(m_functionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CallTreeTab::onFunctionCurrentChanged);
    // Re-centre on a caller or callee by double-clicking it.
    for (QTreeView *view : {m_callersView, m_calleesView}) {
        connect(view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
            const int32_t frame = index.data(kFrameRole).toInt();
            const QModelIndex row
                = m_functionProxy->mapFromSource(m_functionModel->indexForFrame(frame));
            if (row.isValid())
                m_functionView->setCurrentIndex(row);
            else
                pickFrame(frame);
        });
    }
    setMode(Mode::TopDown);
}

CallTreeTab::~CallTreeTab()
{
    ++*m_generation; // a running build finds itself outdated and its result is dropped
}

QString CallTreeTab::title() const
{
    return tr("Call tree");
}

QString CallTreeTab::howToRead() const
{
    return tr("<p><b>How to read the call tree</b></p>"
              "<p><i>Top-down</i> starts where the thread started; open a row to see the "
              "functions it called. <i>Total</i> is the time in a function and everything it "
              "called, <i>Self</i> the time in its own code; the bars show the share of the "
              "whole profile.</p>"
              "<p><i>Bottom-up</i> turns the tree around: the top rows are the functions that "
              "did the work themselves, heaviest first, and opening one shows who called it "
              "and how much of its time came through each caller.</p>"
              "<p><i>Caller – callee</i> lists every function; pick one to see its callers "
              "above and its callees below. Double-click a caller or callee to move to it.</p>"
              "<p>Press <b>H</b> (or Ctrl+E) to open the heaviest branch below the selected row "
              "down to its end. Click a column header to sort by it.</p>");
}

QTreeView *CallTreeTab::makeCostView(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QTreeView(parent);
    view->setUniformRowHeights(true); // a huge tree scrolls without measuring rows
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->setAccessibleName(accessibleName);
    view->setIndentation(view->fontMetrics().averageCharWidth() * 2);
    auto *bars = new CostBarDelegate(kCostRole, view);
    for (int column = 1; column < kMaxColumns; ++column)
        view->setItemDelegateForColumn(column, bars);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionsMovable(false);
    return view;
}

void CallTreeTab::fitColumns(QTreeView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QHeaderView *header = view->header();
    const QFontMetrics metrics = view->fontMetrics();
    // Wide enough for the top row's figures, the widest a column shows; measured on the
    // text rather than with ResizeToContents, which would visit rows of a huge tree.
    // One width for all weight columns (a row's self can be as long as another's total);
    // the samples column, last in every model here but the top-down one, only its own.
    auto measure = [&](int column) {
        int width = metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < std::min(model->rowCount(), 8); ++row)
            width = std::max(
                width, metrics.horizontalAdvance(model->index(row, column).data().toString()));
        return width + 3 * metrics.averageCharWidth();
    };
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    const bool hasSamples
        = !qobject_cast<const CallTreeModel *>(proxy ? proxy->sourceModel() : model);
    const int weightColumns = model->columnCount() - (hasSamples ? 1 : 0);
    int width = metrics.horizontalAdvance(QStringLiteral("999 ms (99%)"));
    for (int column = 1; column < weightColumns; ++column)
        width = std::max(width, measure(column));
    for (int column = 1; column < model->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, column < weightColumns ? width : measure(column));
    }
    header->setSectionResizeMode(0, QHeaderView::Stretch);
}

void CallTreeTab::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
    if (mode == Mode::CallerCallee) {
        m_pages->setCurrentIndex(1);
        fitColumns(m_functionView);
        pickHeaviestFunction();
    } else {
        m_pages->setCurrentIndex(0);
        const bool topDown = mode == Mode::TopDown;
        QAbstractItemModel *source
            = topDown ? static_cast<QAbstractItemModel *>(m_topDownModel) : m_bottomUpModel;
        if (m_treeProxy->sourceModel() != source) {
            m_treeProxy->setSourceModel(source);
            // Both trees come heaviest first; sorting by the weight keeps that order.
            const int weightColumn = topDown
                ? int(CallTreeModel::TotalColumn)
                : m_bottomUpModel->columnOf(FrameTreeModel::TotalColumn);
            m_treeView->sortByColumn(weightColumn, Qt::DescendingOrder);
            connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                    &CallTreeTab::onTreeCurrentChanged, Qt::UniqueConnection);
            if (m_treeProxy->rowCount() > 0)
                m_treeView->expand(m_treeProxy->index(0, 0));
        }
        fitColumns(m_treeView);
    }
    refreshSearch();
}

void CallTreeTab::setLoaded(const LoadedProfile &loaded)
{
    m_loaded = loaded;
    m_ready = false;
    m_weights.reset();
    m_pickedFrame = -1;
    m_functionView->setCurrentIndex({});
    m_topDownModel->setTree(loaded.profile, loaded.tree);
    m_bottomUpModel->clear();
    m_functionModel->clear();
    m_callersModel->clear();
    m_calleesModel->clear();
    if (m_mode == Mode::TopDown && m_treeProxy->rowCount() > 0)
        m_treeView->expand(m_treeProxy->index(0, 0));
    fitColumns(m_treeView);
    refreshSearch();

    const quint64 generation = ++*m_generation;
    if (!loaded.profile) {
        m_extras.reset();
        m_status->clear();
        return;
    }
    m_extras = loaded.extras ? loaded.extras : std::make_shared<ProfileExtras>(loaded.profile);
    // Built before (the profile was shown lately or loaded ahead): shown at once.
    if (auto functions = m_extras->builtFunctionTable()) {
        applyTables({m_extras->builtStackWeights(), std::move(functions)});
        return;
    }
    m_status->setText(tr("Building the function list and the bottom-up tree…"));
    // Two stages: the function list is quick and caller–callee needs only it; the
    // bottom-up tree can be far bigger than the top-down one and comes second.
    auto *watcher = new QFutureWatcher<Tables>(this);
    connect(watcher, &QFutureWatcher<Tables>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation->load())
            applyTables(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(AnalysisPool::instance(), [extras = m_extras] {
        Tables tables;
        tables.functions = extras->functionTable();
        tables.weights = extras->stackWeights();
        return tables;
    }));
}

void CallTreeTab::applyTables(Tables tables)
{
    if (!tables.weights)
        return;
    m_weights = tables.weights;
    m_functionModel->setTable(m_loaded.profile, tables.functions);
    fitColumns(m_functionView);
    refreshSearch();
    // Caller–callee starts on the heaviest function, once it is shown: a sandwich of the
    // outermost function is as big as the whole tree, not worth building unseen.
    if (m_mode == Mode::CallerCallee)
        pickHeaviestFunction();

    if (const auto bottomUp = m_extras->builtBottomUpTree()) {
        applyBottomUp(bottomUp);
        return;
    }
    using Result = std::shared_ptr<const analysis::BottomUpTree>;
    const quint64 generation = m_generation->load();
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation->load())
            applyBottomUp(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(AnalysisPool::instance(),
                                         [extras = m_extras] { return extras->bottomUpTree(); }));
}

void CallTreeTab::applyBottomUp(const std::shared_ptr<const analysis::BottomUpTree> &bottomUp)
{
    // Only the top level is built; the model opens nodes as the view asks for them.
    m_bottomUpModel->setBottomUpTree(m_loaded.profile, bottomUp);
    m_ready = true;
    m_status->clear();
    fitColumns(m_treeView);
    refreshSearch();
}

void CallTreeTab::pickHeaviestFunction()
{
    if (m_pickedFrame < 0 && m_functionProxy->rowCount() > 0)
        m_functionView->setCurrentIndex(m_functionProxy->index(0, 0));
}

void CallTreeTab::pickFrame(int32_t frame)
{
    if (!m_weights || !m_loaded.profile || frame < 0)
        return;
    m_pickedFrame = frame;
    auto profile = m_loaded.profile;
    auto weights = m_weights;
    auto latest = m_generation;
    const quint64 generation = m_generation->load();
    auto *watcher = new QFutureWatcher<std::shared_ptr<const analysis::Sandwich>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const analysis::Sandwich>>::finished, this,
            [this, watcher, generation, frame] {
                watcher->deleteLater();
                if (generation != m_generation->load() || frame != m_pickedFrame)
                    return; // another profile or another pick since
                const auto sandwich = watcher->result();
                m_callersModel->setTree(
                    m_loaded.profile,
                    std::shared_ptr<const analysis::FrameTree>(sandwich, &sandwich->callers()));
                m_calleesModel->setTree(
                    m_loaded.profile,
                    std::shared_ptr<const analysis::FrameTree>(sandwich, &sandwich->callees()));
                for (QTreeView *view : {m_callersView, m_calleesView}) {
                    view->sortByColumn(view == m_callersView ? 1 : 2, Qt::DescendingOrder);
                    if (view->model()->rowCount() > 0)
                        view->expand(view->model()->index(0, 0));
                    fitColumns(view);
                }
                refreshSearch();
            });
    watcher->setFuture(QtConcurrent::run(AnalysisPool::instance(), [profile, weights, frame] {
        return std::make_shared<const analysis::Sandwich>(*profile, *weights, frame);
    }));
}

void CallTreeTab::onFunctionCurrentChanged(const QModelIndex &current)
{
    if (current.isValid())
        pickFrame(current.data(kFrameRole).toInt());
}

void CallTreeTab::onTreeCurrentChanged(const QModelIndex &current)
{
    // Only top-down rows are nodes of the call tree the other views share.
    if (m_mode == Mode::TopDown && current.isValid())
        Q_EMIT nodeSelected(current.data(kNodeRole).toInt());
}

void CallTreeTab::setSearchText(const QString &text)
{
    m_searchText = text;
    refreshSearch();
}

void CallTreeTab::refreshSearch()
{
    // The frames are matched once for the four tables, which then also mark the rows
    // that lead to a match.
    const auto matches
        = m_loaded.profile ? SearchMarks::matchingFrames(*m_loaded.profile, m_searchText) : nullptr;
    m_topDownModel->setFrameMatches(matches);
    m_bottomUpModel->setFrameMatches(matches);
    m_functionModel->setFrameMatches(matches);
    m_callersModel->setFrameMatches(matches);
    m_calleesModel->setFrameMatches(matches);
    for (CostSortProxy *proxy : {m_treeProxy, m_functionProxy, m_callersProxy, m_calleesProxy})
        proxy->setSearchText(m_searchText);
    for (QTreeView *view : {m_treeView, m_functionView, m_callersView, m_calleesView})
        view->viewport()->update();
}

bool CallTreeTab::goToMatch(bool forward)
{
    if (m_searchText.trimmed().isEmpty())
        return false;
    if (m_mode == Mode::CallerCallee)
        return stepRow(m_functionView, forward);
    return MatchWalker::goTo(m_treeView, forward);
}

bool CallTreeTab::stepRow(QTreeView *view, bool forward)
{
    const QAbstractItemModel *model = view->model();
    const int rows = model ? model->rowCount() : 0;
    if (rows == 0)
        return false;
    const QModelIndex current = view->currentIndex();
    const int row = !current.isValid() ? (forward ? 0 : rows - 1)
                                       : (current.row() + (forward ? 1 : rows - 1)) % rows;
    const QModelIndex next = model->index(row, 0);
    view->selectionModel()->setCurrentIndex(
        next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(next);
    return true;
}

void CallTreeTab::expandHotPath(QTreeView *view)
{
    QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return;
    auto heaviest = [model](const QModelIndex &parent) {
        QModelIndex best;
        double bestCost = -1;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const double cost = index.data(kCostRole).toDouble();
            if (cost > bestCost) {
                best = index;
                bestCost = cost;
            }
        }
        return best;
    };
    QModelIndex current = view->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        current = heaviest({});
    if (!current.isValid())
        return;
    for (QModelIndex next = heaviest(current); next.isValid(); next = heaviest(current)) {
        view->expand(current);
        current = next;
    }
    view->selectionModel()->setCurrentIndex(
        current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(current);
}

void CallTreeTab::expandHotPathInFocus()
{
    if (m_mode != Mode::CallerCallee)
        return expandHotPath(m_treeView);
    expandHotPath(m_lastTree == m_callersView ? m_callersView : m_calleesView);
}

bool CallTreeTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_callersView || watched == m_calleesView))
        m_lastTree = static_cast<QTreeView *>(watched);
    // Item views would take H for "jump to the row starting with h"; the hot path wins.
    if (event->type() == QEvent::KeyPress && isHotPathKey(static_cast<QKeyEvent *>(event))) {
        if (watched == m_callersView || watched == m_calleesView)
            m_lastTree = static_cast<QTreeView *>(watched);
        expandHotPathInFocus();
        return true;
    }
    return ProfileTab::eventFilter(watched, event);
}

} // namespace eg::views
