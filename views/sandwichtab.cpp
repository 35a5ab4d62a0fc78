#include "sandwichtab.h"

#include "plainwordshtml.h"
#include "titledpane.h"

#include "analysispool.h"
#include "calltreetab.h"

#include "models/analysis/weightformatter.h"
#include "models/item/costsortproxy.h"
#include "models/item/frametreemodel.h"
#include "models/item/functiontablemodel.h"
#include "models/item/searchmarks.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace eg::views {

using analysis::WeightFormatter;
using itemmodels::CostSortProxy;
using itemmodels::FrameTreeModel;
using itemmodels::FunctionTableModel;
using itemmodels::SearchMarks;

namespace {

constexpr int kFrameRole = Qt::UserRole + 4;

QString frameName(const store::ProfileData &profile, int32_t frame)
{
    if (frame < 0 || size_t(frame) >= profile.frames.size())
        return {};
    const std::string &name = profile.frames[size_t(frame)].name;
    return name.empty() ? SandwichTab::tr("(unnamed function)") : QString::fromStdString(name);
}

// `name` → bold name, everything else escaped so that frame names cannot inject markup.
} // namespace

SandwichTab::SandwichTab(QWidget *parent)
    : ProfileTab(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_functionModel = new FunctionTableModel(this);
    m_callersModel = new FrameTreeModel(FrameTreeModel::Kind::Callers, this);
    m_calleesModel = new FrameTreeModel(FrameTreeModel::Kind::Callees, this);
    m_functionProxy = new CostSortProxy(this);
    m_functionProxy->setSourceModel(m_functionModel);
    m_functionProxy->setFilterRows(true);
    m_callersProxy = new CostSortProxy(this);
    m_callersProxy->setSourceModel(m_callersModel);
    m_calleesProxy = new CostSortProxy(this);
    m_calleesProxy->setSourceModel(m_calleesModel);

    m_functionView = CallTreeTab::makeCostView(this, tr("Functions"));
    m_functionView->setRootIsDecorated(false);
    m_functionView->setModel(m_functionProxy);
    m_functionView->sortByColumn(FunctionTableModel::SelfColumn, Qt::DescendingOrder);
    m_callersView = CallTreeTab::makeCostView(this, tr("Callers"));
    m_callersView->setModel(m_callersProxy);
    m_calleesView = CallTreeTab::makeCostView(this, tr("Callees"));
    m_calleesView->setModel(m_calleesProxy);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAccessibleName(tr("Summary of the picked function"));

    auto *trees = new QSplitter(Qt::Vertical, this);
    trees->addWidget(new TitledPane(tr("Called by (callers)"), m_callersView, trees));
    trees->addWidget(new TitledPane(tr("Calls (callees)"), m_calleesView, trees));
    trees->setChildrenCollapsible(false);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summaryLabel);
    rightLayout->addWidget(trees, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_functionView);
    splitter->addWidget(right);
    splitter->setSizes({450, 550});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_functionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SandwichTab::onFunctionCurrentChanged);
    for (QTreeView *view : {m_callersView, m_calleesView}) {
        connect(view, &QTreeView::doubleClicked, this,
                [this](const QModelIndex &index) { pickFrame(index.data(kFrameRole).toInt()); });
    }
    setSummary(tr("Pick a function in the table to see who called it and what it called."));
}

SandwichTab::~SandwichTab()
{
    ++*m_generation;
}

QString SandwichTab::title() const
{
    return tr("Sandwich");
}

QString SandwichTab::howToRead() const
{
    return tr("<p><b>How to read the sandwich</b></p>"
              "<p>The table lists every function with its <i>self</i> time (in its own code), "
              "its <i>total</i> time (with everything it called, counted once when it calls "
              "itself) and the number of samples it was seen in. Click a column header to "
              "sort.</p>"
              "<p>Pick a function: the upper tree shows who called it (open a row to go "
              "further up the calls), the lower tree what it called. The sentence above says "
              "the same in words. Double-click a caller or callee to move the sandwich to "
              "it.</p>");
}

QString SandwichTab::describe(const store::ProfileData &profile, const analysis::Sandwich &sandwich)
{
    const QString name = frameName(profile, sandwich.frame());
    const auto &callers = sandwich.callers();
    const auto unit = callers.unit();
    if (sandwich.functionNode() < 0)
        return tr("`%1` does not appear in any sample.").arg(name);
    QString text = tr("`%1` took %2 in total, %3 of it in its own code;")
                       .arg(name,
                            WeightFormatter::formatWeightAndShare(sandwich.total(),
                                                                  callers.wholeWeight(), unit),
                            WeightFormatter::formatWeight(sandwich.self(), unit));
    const auto &function = callers.node(sandwich.functionNode());
    const auto direct = callers.children(sandwich.functionNode());
    if (direct.empty()) {
        text += QLatin1Char(' ')
            + tr("no other function called it: it is where the thread's calls start.");
    } else {
        const QString caller = frameName(profile, direct.front().frame);
        const QString share = WeightFormatter::formatPercent(
            function.total > 0 ? direct.front().total / function.total : 0.0);
        if (direct.size() == 1)
            text += QLatin1Char(' ') + tr("it was called only from `%1`.").arg(caller);
        else
            text += QLatin1Char(' ')
                + tr("it was called from %n places, mostly `%1` (%2).", "", int(direct.size()))
                      .arg(caller, share);
    }
    return text;
}

void SandwichTab::setSummary(const QString &plain)
{
    m_summary = plain;
    m_summaryLabel->setText(PlainWordsHtml::boldNames(plain));
}

void SandwichTab::setLoaded(const LoadedProfile &loaded)
{
    m_loaded = loaded;
    m_ready = false;
    m_weights.reset();
    m_sandwich.reset();
    m_pickedFrame = -1;
    m_functionModel->clear();
    m_callersModel->clear();
    m_calleesModel->clear();
    const quint64 generation = ++*m_generation;
    if (!loaded.profile) {
        setSummary(QString());
        return;
    }
    auto extras = loaded.extras ? loaded.extras : std::make_shared<ProfileExtras>(loaded.profile);
    // Built before (by the call tree tab, or when the profile was shown lately): at once.
    if (auto functions = extras->builtFunctionTable()) {
        applyTables({extras->builtStackWeights(), std::move(functions)});
        return;
    }
    setSummary(tr("Building the function table…"));
    auto *watcher = new QFutureWatcher<Tables>(this);
    connect(watcher, &QFutureWatcher<Tables>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation->load())
            applyTables(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(AnalysisPool::instance(), [extras] {
        Tables tables;
        tables.functions = extras->functionTable();
        tables.weights = extras->stackWeights();
        return tables;
    }));
}

void SandwichTab::applyTables(Tables tables)
{
    m_weights = std::move(tables.weights);
    m_functionModel->setTable(m_loaded.profile, std::move(tables.functions));
    setSearchText(m_searchText);
    m_ready = true;
    CallTreeTab::fitColumns(m_functionView);
    setSummary(tr("Pick a function in the table to see who called it and what it called."));
    // Open on the function with the most self time: the usual first question.
    if (m_functionProxy->rowCount() > 0)
        m_functionView->setCurrentIndex(m_functionProxy->index(0, 0));
}

void SandwichTab::onFunctionCurrentChanged(const QModelIndex &current)
{
    if (current.isValid() && current.data(kFrameRole).toInt() != m_pickedFrame)
        pickFrame(current.data(kFrameRole).toInt());
}

void SandwichTab::pickFrame(int32_t frame)
{
    if (!m_weights || !m_loaded.profile || frame < 0)
        return;
    m_pickedFrame = frame;
    const QModelIndex row = m_functionProxy->mapFromSource(m_functionModel->indexForFrame(frame));
    if (row.isValid() && m_functionView->currentIndex().siblingAtColumn(0) != row) {
        const QSignalBlocker blocker(m_functionView->selectionModel());
        m_functionView->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_functionView->scrollTo(row);
    }
    auto profile = m_loaded.profile;
    auto weights = m_weights;
    const quint64 generation = m_generation->load();
    using Result = std::shared_ptr<const analysis::Sandwich>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation, frame] {
        watcher->deleteLater();
        if (generation == m_generation->load() && frame == m_pickedFrame)
            applySandwich(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(AnalysisPool::instance(), [profile, weights, frame] {
        return std::make_shared<const analysis::Sandwich>(*profile, *weights, frame);
    }));
}

void SandwichTab::applySandwich(std::shared_ptr<const analysis::Sandwich> sandwich)
{
    m_sandwich = std::move(sandwich);
    // The trees live inside the sandwich; the aliasing pointers keep it alive.
    m_callersModel->setTree(
        m_loaded.profile,
        std::shared_ptr<const analysis::FrameTree>(m_sandwich, &m_sandwich->callers()));
    m_calleesModel->setTree(
        m_loaded.profile,
        std::shared_ptr<const analysis::FrameTree>(m_sandwich, &m_sandwich->callees()));
    for (QTreeView *view : {m_callersView, m_calleesView}) {
        const auto *model = static_cast<const FrameTreeModel *>(
            static_cast<CostSortProxy *>(view->model())->sourceModel());
        view->sortByColumn(model->columnOf(FrameTreeModel::TotalColumn), Qt::DescendingOrder);
        if (view->model()->rowCount() > 0)
            view->expand(view->model()->index(0, 0));
        CallTreeTab::fitColumns(view);
    }
    setSearchText(m_searchText);
    setSummary(describe(*m_loaded.profile, *m_sandwich));
}

void SandwichTab::setSearchText(const QString &text)
{
    m_searchText = text;
    const auto matches
        = m_loaded.profile ? SearchMarks::matchingFrames(*m_loaded.profile, text) : nullptr;
    m_functionModel->setFrameMatches(matches);
    m_callersModel->setFrameMatches(matches);
    m_calleesModel->setFrameMatches(matches);
    for (CostSortProxy *proxy : {m_functionProxy, m_callersProxy, m_calleesProxy})
        proxy->setSearchText(text);
    for (QTreeView *view : {m_functionView, m_callersView, m_calleesView})
        view->viewport()->update();
}

bool SandwichTab::goToMatch(bool forward)
{
    return !m_searchText.trimmed().isEmpty() && CallTreeTab::stepRow(m_functionView, forward);
}

} // namespace eg::views
