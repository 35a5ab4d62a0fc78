#include "profilepanel.h"

#include "pagelabels.h"
#include "plainwordshtml.h"

#include "analysispool.h"
#include "calltreetab.h"
#include "costbardelegate.h"
#include "flamecharttab.h"
#include "flamegraphpane.h"
#include "flamegraphview.h"
#include "profilesummarypanel.h"
#include "profiletab.h"
#include "sandwichtab.h"

#include "models/analysis/profileslice.h"
#include "models/analysis/weightformatter.h"
#include "models/item/calltreemodel.h"
#include "models/item/searchmarks.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/qtconcurrenttask.h>

#include <algorithm>
#include <exception>

namespace eg::views {

using analysis::WeightFormatter;
using itemmodels::CallTreeModel;

namespace {

// How deep the tree opens along the heaviest path when a profile arrives: enough to
// show where the time goes without unfolding a thousand rows.
constexpr int kAutoExpandDepth = 12;

// `name` → bold name; everything else escaped, so that frame names cannot inject markup.
QString profileLabel(const store::ProfileInfo &info, int index)
{
    QString name = info.name.isEmpty() ? ProfilePanel::tr("Profile %1").arg(index + 1) : info.name;
    if (!info.thread.isEmpty() && info.thread != info.name)
        name = ProfilePanel::tr("%1 — %2").arg(name, info.thread);
    return ProfilePanel::tr("%1 (%2)").arg(
        name, WeightFormatter::formatWeight(info.totalWeight, info.unit));
}

} // namespace

ProfilePanel::ProfilePanel(QWidget *parent)
    : QWidget(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
    , m_listGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_headline = PageLabels::headline(tr("Summary"), this);
    m_summary = new ProfileSummaryPanel(this);

    m_picker = new QComboBox(this);
    m_picker->setToolTip(tr("The profile (thread) to show"));
    m_picker->setAccessibleName(tr("Profile"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(24);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search functions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Highlights the functions whose name contains this text"));
    m_search->setAccessibleName(tr("Search functions"));

    m_matches = new QLabel(this);
    m_matches->setTextFormat(Qt::PlainText);

    m_regex = new QToolButton(this);
    m_regex->setText(QStringLiteral(".*"));
    m_regex->setCheckable(true);
    m_regex->setToolTip(tr("Search with a regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_previousMatch = new QToolButton(this);
    m_previousMatch->setText(QString(QChar(0x25c0)));
    m_previousMatch->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    m_previousMatch->setAccessibleName(tr("Previous match"));
    m_nextMatch = new QToolButton(this);
    m_nextMatch->setText(QString(QChar(0x25b6)));
    m_nextMatch->setToolTip(tr("Next match, heaviest first (F3, Enter)"));
    m_nextMatch->setAccessibleName(tr("Next match"));
    m_previousMatch->setEnabled(false);
    m_nextMatch->setEnabled(false);

    m_help = new QToolButton(this);
    m_help->setText(QStringLiteral("?"));
    m_help->setToolTip(tr("How to read this view"));
    m_help->setAccessibleName(tr("How to read this view"));

    m_flameGraph = new FlameGraphView(this);
    m_flameGraph->setWhatsThis(howToReadText());

    m_model = new CallTreeModel(this);
    m_treeView = new QTreeView(this);
    m_treeView->setModel(m_model);
    m_treeView->setSortingEnabled(false); // the tree comes ordered heaviest first
    m_treeView->setUniformRowHeights(true); // lets a huge tree scroll without measuring
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setAccessibleName(tr("Call tree"));
    // Call trees run deep; a narrow indent keeps names readable twenty levels down.
    m_treeView->setIndentation(fontMetrics().averageCharWidth() * 2);
    auto *bars = new CostBarDelegate(CallTreeModel::CostRole, this);
    m_treeView->setItemDelegateForColumn(CallTreeModel::SelfColumn, bars);
    m_treeView->setItemDelegateForColumn(CallTreeModel::TotalColumn, bars);
    QHeaderView *header = m_treeView->header();
    header->setStretchLastSection(false);
    // Deep trees scroll sideways rather than squeezing names to "…".
    for (int column : {int(CallTreeModel::FunctionColumn), int(CallTreeModel::SelfColumn),
                       int(CallTreeModel::TotalColumn)})
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    fitFigureColumns();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_flamePane = new FlameGraphPane(m_flameGraph, this);
    m_splitter->addWidget(m_flamePane);
    m_splitter->addWidget(m_treeView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Only the ratio matters: the splitter spreads its real width in this proportion.
    m_splitter->setSizes({500, 500});
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ProfilePanel::fitFigureColumns);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_picker, 2);
    bar->addWidget(m_search, 3);
    bar->addWidget(m_regex);
    bar->addWidget(m_previousMatch);
    bar->addWidget(m_nextMatch);
    bar->addWidget(m_matches);
    bar->addWidget(m_help);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Flame graph"));
    addTab(new FlameChartTab(this));
    addTab(new CallTreeTab(this));
    addTab(new SandwichTab(this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_picker, &QComboBox::activated, this, &ProfilePanel::showProfile);
    connect(m_search, &QLineEdit::textChanged, this, &ProfilePanel::onSearchChanged);
    connect(m_regex, &QToolButton::toggled, this, [this] { onSearchChanged(m_search->text()); });
    connect(m_nextMatch, &QToolButton::clicked, this, &ProfilePanel::nextMatch);
    connect(m_previousMatch, &QToolButton::clicked, this, &ProfilePanel::previousMatch);
    connect(m_search, &QLineEdit::returnPressed, this, &ProfilePanel::nextMatch);
    for (const auto key : {Qt::SHIFT | Qt::Key_Return, Qt::SHIFT | Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(key), m_search, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &ProfilePanel::previousMatch);
    connect(new QShortcut(QKeySequence(Qt::Key_F3), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &ProfilePanel::nextMatch);
    connect(new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &ProfilePanel::previousMatch);
    connect(m_flameGraph, &FlameGraphView::searchChanged, this, &ProfilePanel::updateMatches);
    // The filter changes the tree itself: load the profile again, filtered off the GUI thread.
    connect(m_flamePane, &FlameGraphPane::filterChanged, this,
            [this] { showProfile(m_currentIndex); });
    connect(m_help, &QToolButton::clicked, this, &ProfilePanel::showHowToRead);
    connect(m_flameGraph, &FlameGraphView::frameSelected, this,
            &ProfilePanel::onFlameGraphSelected);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfilePanel::onTreeCurrentChanged);

    setHeadline(tr("No profile is open."));
}

ProfilePanel::~ProfilePanel()
{
    // A running load finds itself outdated at its next stage and stops.
    ++*m_generation;
    ++*m_listGeneration;
}

QString ProfilePanel::howToReadText()
{
    return tr("<p><b>How to read this view</b></p>"
              "<p>Each bar is a function. Its width is its share of the whole profile: the "
              "time spent in it and in everything it called. The bars below a function are "
              "the functions it called; the top row stands for all samples.</p>"
              "<p>The widest bars are where the time went. Where a wide bar has nothing "
              "below it, the function spent that time in its own code (its <i>self</i> "
              "time).</p>"
              "<p>Click a bar to zoom in, press Esc to zoom back out, double-click the top "
              "row to see everything again. Type in the search field to highlight functions "
              "by name. The table beside the graph shows the same calls as a tree.</p>");
}

void ProfilePanel::showHowToRead()
{
    const auto *tab = qobject_cast<const ProfileTab *>(m_tabs->currentWidget());
    QWhatsThis::showText(m_help->mapToGlobal(QPoint(0, m_help->height())),
                         tab ? tab->howToRead() : howToReadText(), m_help);
}

void ProfilePanel::addTab(ProfileTab *tab)
{
    m_extraTabs.push_back(tab);
    m_tabs->addTab(tab, tab->title());
    connect(tab, &ProfileTab::nodeSelected, this, &ProfilePanel::selectNode);
    tab->setLoaded(m_loaded);
    tab->setSearchText(searchTextForTabs());
}

void ProfilePanel::setHeadline(const QString &plain)
{
    m_headlineText = plain;
    m_headline->setText(PlainWordsHtml::boldNames(plain));
}

void ProfilePanel::showProfiles(const QString &cachePath,
                                const std::vector<store::ProfileInfo> &profiles, int index)
{
    if (cachePath != m_cachePath)
        m_recent.clear();
    m_cachePath = cachePath;
    m_profiles = profiles;
    ++*m_listGeneration;
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (size_t i = 0; i < profiles.size(); ++i)
            m_picker->addItem(profileLabel(profiles[i], int(i)));
    }
    m_picker->setEnabled(profiles.size() > 1);
    m_currentIndex = -1;
    showProfile(index);
}

void ProfilePanel::setTimeWindow(int64_t fromEpochNs, int64_t toEpochNs, const QString &what)
{
    m_windowFromNs = fromEpochNs;
    m_windowToNs = toEpochNs;
    m_windowWhat = what;
}

void ProfilePanel::showProfile(int index)
{
    if (index < 0 || index >= int(m_profiles.size())) {
        ++*m_generation;
        m_loading = false;
        m_currentIndex = -1;
        applyLoaded({});
        setHeadline(tr("No profile is open."));
        return;
    }
    m_currentIndex = index;
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->setCurrentIndex(index);
    }
    const store::ProfileInfo &info = m_profiles[size_t(index)];
    const quint64 generation = ++*m_generation;
    const bool onlyMyCode = m_flamePane->onlyMyCode();
    const LoadedProfileCache::Key key = keyFor(info);
    // Seen lately or loaded ahead: shown at once, with what its tabs had built.
    if (auto recent = m_recent.take(key)) {
        m_loading = false;
        m_waitingForPrefetch = false;
        showLoaded(index, std::move(*recent), onlyMyCode);
        prefetchNext();
        return;
    }
    m_loading = true;
    setHeadline(tr("Loading the profile…"));
    // Being loaded ahead right now: its arrival shows it.
    m_waitingForPrefetch = m_prefetching && *m_prefetching == key;
    if (m_waitingForPrefetch)
        return;

    auto latest = m_generation;
    auto cancelled = [latest, generation] {
        return latest->load() != generation;
    };
    const analysis::CallFilter filter = m_flamePane->callFilter();
    auto *watcher = new QFutureWatcher<LoadedProfile>(this);
    connect(watcher, &QFutureWatcher<LoadedProfile>::finished, this,
            [this, watcher, generation, index, onlyMyCode, key] {
                watcher->deleteLater();
                if (generation != m_generation->load())
                    return; // a newer request is on its way
                m_loading = false;
                LoadedProfile loaded = watcher->result();
                if (loaded.error.isEmpty())
                    m_recent.insert(key, loaded);
                showLoaded(index, std::move(loaded), onlyMyCode);
                prefetchNext();
            });
    watcher->setFuture(
        QtConcurrent::run(AnalysisPool::instance(),
                          [cachePath = m_cachePath, id = info.id, cancelled, onlyMyCode, filter,
                           from = m_windowFromNs, to = m_windowToNs] {
                              LoadedProfile loaded = load(cachePath, id, cancelled, from, to);
                              if (onlyMyCode && loaded.profile && !cancelled())
                                  loaded = FlameGraphPane::onlyMyCode(loaded, filter);
                              return loaded;
                          }));
}

void ProfilePanel::showLoaded(int index, LoadedProfile loaded, bool onlyMyCode)
{
    if (!loaded.error.isEmpty()) {
        const QString error = loaded.error;
        applyLoaded({});
        setHeadline(tr("Could not load this profile: %1").arg(error));
        Q_EMIT loadFailed(error);
        return;
    }
    const bool windowIgnored = loaded.windowIgnored;
    applyLoaded(std::move(loaded));
    if (hasTimeWindow())
        setHeadline(windowIgnored ? tr("This profile has no wall clock to line it up with %1, "
                                       "so all of it is shown. %2")
                                        .arg(m_windowWhat, m_headlineText)
                                  : tr("Only the samples recorded during %1 are shown. %2")
                                        .arg(m_windowWhat, m_headlineText));
    if (onlyMyCode)
        setHeadline(tr("Only your code is shown: time in libraries counts for the "
                       "function that called them. %1")
                        .arg(m_headlineText));
    Q_EMIT profileLoaded(index);
}

LoadedProfileCache::Key ProfilePanel::keyFor(const store::ProfileInfo &info) const
{
    QString variant;
    if (m_flamePane->onlyMyCode())
        variant = QStringLiteral("only:") + m_flamePane->patterns().join(QChar(0x1f));
    if (hasTimeWindow())
        variant += QStringLiteral(" window:%1-%2").arg(m_windowFromNs).arg(m_windowToNs);
    return {info.id, info.sampleCount, variant};
}

void ProfilePanel::prefetchNext()
{
    if (m_prefetching || m_profiles.size() < 2 || m_currentIndex < 0)
        return;
    // The others of the list, in the picker's order from the one on show, while the
    // loaded profiles kept stay within their bounds.
    for (size_t step = 1; step < m_profiles.size(); ++step) {
        const store::ProfileInfo &info
            = m_profiles[(size_t(m_currentIndex) + step) % m_profiles.size()];
        const LoadedProfileCache::Key key = keyFor(info);
        if (m_recent.contains(key))
            continue;
        if (!m_recent.hasRoomFor(info.sampleCount))
            return;
        m_prefetching = key;
        auto lists = m_listGeneration;
        const quint64 list = lists->load();
        auto cancelled = [lists, list] {
            return lists->load() != list;
        };
        const bool onlyMyCode = m_flamePane->onlyMyCode();
        const analysis::CallFilter filter = m_flamePane->callFilter();
        auto *watcher = new QFutureWatcher<LoadedProfile>(this);
        connect(watcher, &QFutureWatcher<LoadedProfile>::finished, this,
                [this, watcher, key, onlyMyCode] {
                    watcher->deleteLater();
                    m_prefetching.reset();
                    // Kept even when the list changed meanwhile: it is still that profile.
                    LoadedProfile loaded = watcher->result();
                    if (loaded.profile)
                        m_recent.insert(key, loaded);
                    const bool wanted = m_waitingForPrefetch && m_currentIndex >= 0
                        && keyFor(m_profiles[size_t(m_currentIndex)]) == key;
                    if (wanted) {
                        m_waitingForPrefetch = false;
                        if (!loaded.profile) {
                            showProfile(m_currentIndex); // stopped early: load it now
                            return;
                        }
                        m_loading = false;
                        showLoaded(m_currentIndex, std::move(loaded), onlyMyCode);
                    }
                    prefetchNext();
                });
        // Below the page's own work in the thread pool: the profile on show comes first.
        watcher->setFuture(
            QtConcurrent::task([cachePath = m_cachePath, id = info.id, cancelled, onlyMyCode,
                                filter, from = m_windowFromNs, to = m_windowToNs] {
                LoadedProfile loaded = load(cachePath, id, cancelled, from, to);
                if (onlyMyCode && loaded.profile && !cancelled())
                    loaded = FlameGraphPane::onlyMyCode(loaded, filter);
                if (loaded.extras && !cancelled())
                    loaded.extras->buildAll();
                return loaded;
            })
                .onThreadPool(*AnalysisPool::instance())
                .withPriority(-1)
                .spawn());
        return;
    }
}

LoadedProfile ProfilePanel::load(const QString &cachePath, int64_t profileId,
                                 const std::function<bool()> &cancelled, int64_t fromEpochNs,
                                 int64_t toEpochNs)
{
    auto stop = [&] {
        return cancelled && cancelled();
    };
    LoadedProfile result;
    try {
        // Each thread holds its own connection (ARCHITECTURE.md, Threads).
        const store::Cache cache(cachePath);
        auto profile = std::make_shared<const store::ProfileData>(cache.loadProfile(profileId));
        if (stop())
            return {};
        if (toEpochNs > fromEpochNs) {
            if (auto part = analysis::ProfileSlice::slice(*profile, fromEpochNs, toEpochNs))
                profile = std::make_shared<const store::ProfileData>(std::move(*part));
            else
                result.windowIgnored = true;
        }
        auto tree = std::make_shared<const analysis::CallTree>(*profile);
        if (stop())
            return {};
        result.layout = std::make_shared<const analysis::FlameGraphLayout>(*tree);
        result.insights = std::make_shared<const analysis::ProfileInsights>(*profile, *tree);
        result.summary = std::make_shared<const analysis::ProfileSummary>(*profile, *tree);
        result.extras = std::make_shared<ProfileExtras>(profile);
        result.profile = std::move(profile);
        result.tree = std::move(tree);
    } catch (const std::exception &error) {
        result = {};
        result.error = QString::fromUtf8(error.what());
    }
    return result;
}

void ProfilePanel::applyLoaded(LoadedProfile loaded)
{
    m_loaded = std::move(loaded);
    m_syncing = true;
    m_flameGraph->setData(m_loaded.profile, m_loaded.tree, m_loaded.layout);
    m_model->setTree(m_loaded.profile, m_loaded.tree);
    m_syncing = false;
    m_summary->setSummary(m_loaded.summary.get());
    for (ProfileTab *tab : m_extraTabs)
        tab->setLoaded(m_loaded);
    if (!m_loaded.tree) {
        m_matches->clear();
        return;
    }
    setHeadline(m_loaded.insights->headline());
    fitFigureColumns();
    // Open the tree along the heaviest path: the first thing anyone expands by hand.
    const auto path = m_loaded.tree->heaviestPath();
    for (size_t i = 0; i < path.size() && int(i) < kAutoExpandDepth; ++i)
        m_treeView->expand(m_model->indexForNode(path[i]));
    onSearchChanged(m_search->text());
}

void ProfilePanel::fitFigureColumns()
{
    // Wide enough for the root's figure, the widest a column shows; measured on the text
    // rather than with ResizeToContents, which would visit rows of a huge tree.
    QString widest = QStringLiteral("999 ms (99%)");
    if (m_loaded.tree) {
        const QString root = m_model->indexForNode(0, CallTreeModel::TotalColumn).data().toString();
        if (root.size() > widest.size())
            widest = root;
    }
    const int width
        = fontMetrics().horizontalAdvance(widest) + 2 * fontMetrics().averageCharWidth();
    QHeaderView *header = m_treeView->header();
    header->resizeSection(CallTreeModel::SelfColumn, width);
    header->resizeSection(CallTreeModel::TotalColumn, width);
    const int nameWidth = std::max(fontMetrics().averageCharWidth() * 36,
                                   m_treeView->viewport()->width() - 2 * width);
    header->resizeSection(CallTreeModel::FunctionColumn, nameWidth);
}

void ProfilePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFigureColumns();
}

void ProfilePanel::onSearchChanged(const QString &text)
{
    const QString typed = text.trimmed();
    if (m_regex->isChecked() && !typed.isEmpty())
        m_flameGraph->setSearchPattern(
            QRegularExpression(typed, QRegularExpression::CaseInsensitiveOption));
    else
        m_flameGraph->setSearchText(text);
    const QString forTabs = searchTextForTabs();
    // The tree beside the flame graph marks matches and the rows that lead to them.
    m_model->setFrameMatches(
        m_loaded.profile ? itemmodels::SearchMarks::matchingFrames(*m_loaded.profile, forTabs)
                         : nullptr);
    m_treeView->viewport()->update();
    for (ProfileTab *tab : m_extraTabs)
        tab->setSearchText(forTabs);
    // A broken expression turns the field red and says why; nothing is highlighted.
    const QString error = m_flameGraph->searchError();
    QPalette palette;
    if (!error.isEmpty())
        palette.setColor(QPalette::Base, QColor(0xff, 0xd2, 0xd2));
    m_search->setPalette(palette);
    m_search->setToolTip(error.isEmpty()
                             ? tr("Highlights the functions whose name contains this text")
                             : tr("Not a valid regular expression: %1").arg(error));
    updateMatches();
}

QString ProfilePanel::searchTextForTabs() const
{
    const QString typed = m_search->text().trimmed();
    if (m_regex->isChecked() && !typed.isEmpty())
        return QLatin1Char('/') + typed + QLatin1Char('/');
    return m_search->text();
}

void ProfilePanel::updateMatches()
{
    m_matches->setText(m_loaded.tree ? m_flameGraph->matchSummary() : QString());
    const bool any = m_flameGraph->matchCount() > 0;
    m_previousMatch->setEnabled(any);
    m_nextMatch->setEnabled(any);
}

void ProfilePanel::nextMatch()
{
    auto *tab = qobject_cast<ProfileTab *>(m_tabs->currentWidget());
    if (!tab || !tab->goToMatch(true))
        m_flameGraph->nextMatch();
}

void ProfilePanel::previousMatch()
{
    auto *tab = qobject_cast<ProfileTab *>(m_tabs->currentWidget());
    if (!tab || !tab->goToMatch(false))
        m_flameGraph->previousMatch();
}

void ProfilePanel::expandTo(int32_t node)
{
    if (!m_loaded.tree)
        return;
    const auto path = m_loaded.tree->pathTo(node);
    for (size_t i = 0; i + 1 < path.size(); ++i)
        m_treeView->expand(m_model->indexForNode(path[i]));
}

void ProfilePanel::selectNode(int32_t node)
{
    if (!m_loaded.tree || node < 0 || node >= m_loaded.tree->size())
        return;
    m_syncing = true;
    m_flameGraph->setSelectedNode(node);
    expandTo(node);
    const QModelIndex index = m_model->indexForNode(node);
    m_treeView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_treeView->scrollTo(index);
    m_syncing = false;
}

void ProfilePanel::onFlameGraphSelected(int node)
{
    if (m_syncing)
        return;
    m_syncing = true;
    expandTo(node);
    const QModelIndex index = m_model->indexForNode(node);
    m_treeView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_treeView->scrollTo(index);
    m_syncing = false;
    Q_EMIT nodeSelected(node);
}

void ProfilePanel::onTreeCurrentChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const int32_t node = CallTreeModel::nodeForIndex(current);
    m_syncing = true;
    m_flameGraph->setSelectedNode(node);
    m_syncing = false;
    Q_EMIT nodeSelected(node);
}

} // namespace eg::views
