#include "diffpage.h"

#include "pagelabels.h"
#include "plainwordshtml.h"

#include "analysispool.h"
#include "flamegraphgeometry.h"
#include "flamegraphview.h"

#include "models/analysis/weightformatter.h"
#include "models/item/costsortproxy.h"
#include "models/item/difftablemodel.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>

namespace eg::views {

using analysis::ProfileDiff;
using analysis::WeightFormatter;
using itemmodels::CostSortProxy;
using itemmodels::DiffTableModel;
using G = FlameGraphGeometry;

namespace {

QString profileLabel(const store::ProfileInfo &info, int index)
{
    QString name = info.name.isEmpty() ? DiffPage::tr("Profile %1").arg(index + 1) : info.name;
    if (!info.thread.isEmpty() && info.thread != info.name)
        name = DiffPage::tr("%1 — %2").arg(name, info.thread);
    return DiffPage::tr("%1 (%2)").arg(name,
                                       WeightFormatter::formatWeight(info.totalWeight, info.unit));
}

} // namespace

DiffPage::DiffPage(QWidget *parent)
    : QWidget(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_summary = PageLabels::headline(tr("What changed"), this);
    m_scaling = new QLabel(this);
    m_scaling->setWordWrap(true);
    m_scaling->setTextFormat(Qt::PlainText);

    m_beforePicker = new QComboBox(this);
    m_beforePicker->setAccessibleName(tr("Before"));
    m_beforePicker->setToolTip(tr("The profile to compare from"));
    m_afterPicker = new QComboBox(this);
    m_afterPicker->setAccessibleName(tr("After"));
    m_afterPicker->setToolTip(tr("The profile to compare to"));
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Before:"), this));
    pickers->addWidget(m_beforePicker, 1);
    pickers->addWidget(new QLabel(tr("After:"), this));
    pickers->addWidget(m_afterPicker, 1);

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    QString legend;
    for (const auto &entry : legendEntries())
        legend += QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;&nbsp; ")
                      .arg(entry.colour.name(), entry.label.toHtmlEscaped());
    legend += tr("Paler: a smaller change.").toHtmlEscaped();
    m_legend->setText(legend);
    m_legend->setToolTip(tr("Bars are the calls of both profiles: each is as wide as its time "
                            "after, plus the time of the calls below it that only the before "
                            "profile has."));

    m_flameGraph = new FlameGraphView(this);
    m_model = new DiffTableModel(this);
    m_proxy = new CostSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Rows as tight as the call tree tables', not the taller default of a table.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DiffTableModel::FunctionColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Functions that changed most"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *graph = new QWidget(splitter);
    auto *graphLayout = new QVBoxLayout(graph);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->addWidget(m_legend);
    graphLayout->addWidget(m_flameGraph, 1);
    splitter->addWidget(graph);
    splitter->addWidget(m_table);
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_scaling);
    layout->addLayout(pickers);
    layout->addWidget(splitter, 1);

    connect(m_beforePicker, &QComboBox::activated, this, &DiffPage::start);
    connect(m_afterPicker, &QComboBox::activated, this, &DiffPage::start);
    setSummary(tr("Select two sources in the list and press Compare."));
}

DiffPage::~DiffPage()
{
    ++*m_generation;
}

QString DiffPage::scalingText() const
{
    return m_scaling->text();
}

void DiffPage::setSummary(const QString &plain)
{
    m_summaryText = plain;
    m_summary->setText(PlainWordsHtml::boldNames(plain));
}

void DiffPage::compare(const QString &cachePath, const std::vector<store::ProfileInfo> &before,
                       const std::vector<store::ProfileInfo> &after, const QString &beforeName,
                       const QString &afterName)
{
    m_cachePath = cachePath;
    m_before = before;
    m_after = after;
    m_title->setText(tr("Comparing %1 (before) with %2 (after)").arg(beforeName, afterName));
    for (auto [picker, list] : {std::pair {m_beforePicker, &m_before}, {m_afterPicker, &m_after}}) {
        const QSignalBlocker blocker(picker);
        picker->clear();
        for (size_t i = 0; i < list->size(); ++i)
            picker->addItem(profileLabel((*list)[i], int(i)));
        picker->setEnabled(list->size() > 1);
    }
    start();
}

void DiffPage::start()
{
    const int b = m_beforePicker->currentIndex();
    const int a = m_afterPicker->currentIndex();
    const quint64 generation = ++*m_generation;
    if (b < 0 || a < 0 || b >= int(m_before.size()) || a >= int(m_after.size())) {
        m_loading = false;
        setSummary(tr("One of the sources holds no profile, so there is nothing to compare."));
        return;
    }
    m_loading = true;
    setSummary(tr("Comparing the profiles…"));
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation->load())
            return; // a newer comparison is on its way
        m_loading = false;
        apply(std::make_shared<const Result>(watcher->result()));
        Q_EMIT compared();
    });
    watcher->setFuture(QtConcurrent::run(AnalysisPool::instance(), &DiffPage::load, m_cachePath,
                                         m_before[size_t(b)].id, m_after[size_t(a)].id));
}

DiffPage::Result DiffPage::load(const QString &cachePath, int64_t beforeId, int64_t afterId)
{
    Result result;
    try {
        const store::Cache cache(cachePath);
        const store::ProfileData before = cache.loadProfile(beforeId);
        const store::ProfileData after = cache.loadProfile(afterId);
        const analysis::CallTree beforeTree(before);
        const analysis::CallTree afterTree(after);
        result.diff = std::make_shared<const ProfileDiff>(before, beforeTree, after, afterTree);
        if (result.diff->unionTree())
            result.layout
                = std::make_shared<const analysis::FlameGraphLayout>(*result.diff->unionTree());
    } catch (const std::exception &error) {
        result = {};
        result.error = QString::fromUtf8(error.what());
    }
    return result;
}

std::vector<FlameGraphView::LegendEntry> DiffPage::legendEntries()
{
    return {{G::colour(G::kGrowBase + G::kDiffSteps - 2), tr("more time after")},
            {G::colour(G::kShrinkBase + G::kDiffSteps - 2), tr("less time after")},
            {G::colour(G::kNewColour), tr("new: only in the after profile")},
            {G::colour(G::diffColour(-1)), tr("removed: only in the before profile")},
            {G::colour(G::kSameColour), tr("about the same")}};
}

void DiffPage::apply(std::shared_ptr<const Result> result)
{
    m_result = std::move(result);
    const Result &r = *m_result;
    if (!r.error.isEmpty() || !r.diff || !r.diff->error().isEmpty() || !r.layout) {
        m_flameGraph->clear();
        m_model->clear();
        m_scaling->clear();
        setSummary(!r.error.isEmpty() ? tr("Could not compare: %1").arg(r.error)
                       : r.diff       ? r.diff->error()
                                      : QString());
        return;
    }
    const ProfileDiff &diff = *r.diff;
    setSummary(diff.summary());
    m_scaling->setText(diff.scalingNote());
    m_flameGraph->setData(diff.unionProfile(), diff.unionTree(), r.layout);

    // Colour each bar by how its path's total changed; removed paths in the strongest
    // shrink colour, since all of their time went.
    const auto &tree = *diff.unionTree();
    std::vector<G::ColourIndex> colours(size_t(tree.size()), G::kSameColour);
    for (int32_t i = 1; i < tree.size(); ++i) {
        const auto &d = diff.nodes()[size_t(i)];
        colours[size_t(i)] = d.isNew ? G::kNewColour
            : d.isGone               ? G::diffColour(-1)
                       : G::diffColour(d.before > 0 ? (d.after - d.before) / d.before : 0);
    }
    m_flameGraph->setNodeColours(std::move(colours), legendEntries());
    m_flameGraph->setNodeDescription([this](int32_t node) { return describeNode(node); });
    // The top bar spans both profiles' calls; its own figure would be neither total.
    m_flameGraph->setRootLabel(
        tr("All · %1 before → %2 after")
            .arg(WeightFormatter::formatWeight(diff.beforeTotal(), diff.unit()),
                 WeightFormatter::formatWeight(diff.afterTotal(), diff.unit())));
    m_model->setDiff(r.diff);
    // The order the list was built in (biggest change of self time first) until the user
    // clicks a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_proxy->sort(-1);
}

QString DiffPage::describeNode(int32_t node) const
{
    if (!m_result || !m_result->diff)
        return {};
    const ProfileDiff &diff = *m_result->diff;
    const auto &tree = *diff.unionTree();
    const auto &d = diff.nodes()[size_t(node)];
    const store::WeightUnit unit = diff.unit();
    const int32_t frame = tree.node(node).frame;
    QStringList lines;
    if (frame < 0) {
        lines << tr("All samples");
    } else {
        const store::Frame &f = diff.unionProfile()->frames[size_t(frame)];
        lines << (f.name.empty() ? tr("(unnamed function)") : QString::fromStdString(f.name));
        if (!f.file.empty())
            lines << QString::fromStdString(f.file);
    }
    if (d.isNew)
        lines << tr("New: only the after profile has this call, %1 in total.")
                     .arg(WeightFormatter::formatWeight(d.after, unit));
    else if (d.isGone)
        lines << tr("Removed: only the before profile has this call; it took %1 there.")
                     .arg(WeightFormatter::formatWeight(d.before, unit));
    else
        lines << tr("Total: %1 before, %2 after; %3.")
                     .arg(WeightFormatter::formatWeight(d.before, unit),
                          WeightFormatter::formatWeight(d.after, unit),
                          DiffTableModel::describeChange(d.before, d.after, unit));
    if (!d.isNew && !d.isGone && frame >= 0 && (d.beforeSelf > 0 || d.afterSelf > 0))
        lines << tr("Own code: %1 before, %2 after.")
                     .arg(WeightFormatter::formatWeight(d.beforeSelf, unit),
                          WeightFormatter::formatWeight(d.afterSelf, unit));
    return lines.join(QLatin1Char('\n'));
}

} // namespace eg::views
