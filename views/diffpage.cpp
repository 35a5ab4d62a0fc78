#include "diffpage.h"

#include "plainwordshtml.h"

#include "flamegraphgeometry.h"
#include "flamegraphview.h"

#include "models/analysis/weightformatter.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>

namespace eg::views {

using analysis::ProfileDiff;
using analysis::WeightFormatter;
using G = FlameGraphGeometry;

namespace {

constexpr int kSortRole = Qt::UserRole + 1;

// `name` → bold name; the rest escaped so that frame names cannot inject markup.
QString signedWeight(double delta, store::WeightUnit unit)
{
    if (delta == 0)
        return WeightFormatter::formatWeight(0, unit);
    const QString sign = delta > 0 ? QStringLiteral("+") : QString(QChar(0x2212));
    return sign + WeightFormatter::formatWeight(std::abs(delta), unit);
}

QString change(double before, double after, store::WeightUnit unit)
{
    const QString amount = signedWeight(after - before, unit);
    if (before <= 0)
        return after > 0 ? DiffPage::tr("%1 (new)").arg(amount) : amount;
    if (after <= 0)
        return DiffPage::tr("%1 (gone)").arg(amount);
    const double ratio = (after - before) / before;
    return DiffPage::tr("%1 (%2%3)")
        .arg(amount, ratio >= 0 ? QStringLiteral("+") : QString(QChar(0x2212)),
             WeightFormatter::formatPercent(std::abs(ratio)));
}

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
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    m_summary->setFont(summaryFont);
    m_summary->setAccessibleName(tr("What changed"));
    m_scaling = new QLabel(this);
    m_scaling->setWordWrap(true);
    m_scaling->setTextFormat(Qt::PlainText);

    m_beforePicker = new QComboBox(this);
    m_beforePicker->setAccessibleName(tr("Before"));
    m_beforePicker->setToolTip(tr("The profile to compare from"));
    m_afterPicker = new QComboBox(this);
    m_afterPicker->setAccessibleName(tr("After"));
    m_afterPicker->setToolTip(tr("The profile to compare to; the flame graph shows its shape"));
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Before:"), this));
    pickers->addWidget(m_beforePicker, 1);
    pickers->addWidget(new QLabel(tr("After:"), this));
    pickers->addWidget(m_afterPicker, 1);

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    QString legend;
    const std::pair<G::ColourIndex, QString> entries[]
        = {{G::ColourIndex(G::kGrowBase + G::kDiffSteps - 1), tr("grew")},
           {G::ColourIndex(G::kShrinkBase + G::kDiffSteps - 1), tr("shrank")},
           {G::kNewColour, tr("new")},
           {G::kSameColour, tr("about the same")}};
    for (const auto &[colour, label] : entries)
        legend += QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;&nbsp; ")
                      .arg(G::colour(colour).name(), label.toHtmlEscaped());
    m_legend->setText(legend);
    m_legend->setToolTip(tr("Bars have the shape of the \"after\" profile. Paths that are gone "
                            "have no bar; the table lists them."));

    m_flameGraph = new FlameGraphView(this);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Function"), tr("Self before"), tr("Self after"),
                                        tr("Self change"), tr("Total before"), tr("Total after"),
                                        tr("Total change")});
    m_model->setSortRole(kSortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FunctionColumn, QHeaderView::Stretch);
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
    watcher->setFuture(QtConcurrent::run(&DiffPage::load, m_cachePath, m_before[size_t(b)].id,
                                         m_after[size_t(a)].id));
}

DiffPage::Result DiffPage::load(const QString &cachePath, int64_t beforeId, int64_t afterId)
{
    Result result;
    try {
        const store::Cache cache(cachePath);
        auto before = std::make_shared<const store::ProfileData>(cache.loadProfile(beforeId));
        auto after = std::make_shared<const store::ProfileData>(cache.loadProfile(afterId));
        const analysis::CallTree beforeTree(*before);
        auto afterTree = std::make_shared<const analysis::CallTree>(*after);
        result.afterLayout = std::make_shared<const analysis::FlameGraphLayout>(*afterTree);
        result.diff = std::make_shared<const ProfileDiff>(*before, beforeTree, *after, *afterTree);
        result.before = std::move(before);
        result.after = std::move(after);
        result.afterTree = std::move(afterTree);
    } catch (const std::exception &error) {
        result = {};
        result.error = QString::fromUtf8(error.what());
    }
    return result;
}

void DiffPage::apply(std::shared_ptr<const Result> result)
{
    m_result = std::move(result);
    const Result &r = *m_result;
    if (!r.error.isEmpty() || !r.diff || !r.diff->error().isEmpty()) {
        m_flameGraph->clear();
        m_model->removeRows(0, m_model->rowCount());
        m_scaling->clear();
        setSummary(!r.error.isEmpty() ? tr("Could not compare: %1").arg(r.error)
                       : r.diff       ? r.diff->error()
                                      : QString());
        return;
    }
    const ProfileDiff &diff = *r.diff;
    setSummary(diff.summary());
    m_scaling->setText(diff.scalingNote());
    m_flameGraph->setData(r.after, r.afterTree, r.afterLayout);

    // Colour each bar by how its path's total changed; the tooltip gives the figures.
    const auto &tree = *r.afterTree;
    std::vector<G::ColourIndex> colours(size_t(tree.size()), G::kSameColour);
    for (int32_t i = 1; i < tree.size(); ++i) {
        const auto &d = diff.nodes()[size_t(i)];
        colours[size_t(i)] = d.isNew
            ? G::kNewColour
            : G::diffColour(d.before > 0 ? (tree.node(i).total - d.before) / d.before : 0);
    }
    std::vector<FlameGraphView::LegendEntry> legend {
        {G::colour(G::kGrowBase + G::kDiffSteps - 1), tr("grew")},
        {G::colour(G::kShrinkBase + G::kDiffSteps - 1), tr("shrank")},
        {G::colour(G::kNewColour), tr("new")}};
    auto keep = m_result;
    m_flameGraph->setNodeColours(std::move(colours), std::move(legend), [keep](int32_t node) {
        const auto &d = keep->diff->nodes()[size_t(node)];
        const double after = keep->afterTree->node(node).total;
        return d.isNew ? tr("New in this profile")
                       : tr("Before: %1; change: %2")
                             .arg(WeightFormatter::formatWeight(d.before, keep->diff->unit()),
                                  change(d.before, after, keep->diff->unit()));
    });
    fillTable();
}

void DiffPage::fillTable()
{
    m_table->setSortingEnabled(false);
    m_model->removeRows(0, m_model->rowCount());
    const ProfileDiff &diff = *m_result->diff;
    const store::WeightUnit unit = diff.unit();
    const auto &functions = diff.functions();
    const int rows = int(std::min<size_t>(functions.size(), kMaxRows));
    for (int row = 0; row < rows; ++row) {
        const auto &f = functions[size_t(row)];
        auto figure = [unit](double value) {
            auto *item = new QStandardItem(WeightFormatter::formatWeight(value, unit));
            item->setData(value, kSortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        auto delta = [unit](double before, double after) {
            auto *item = new QStandardItem(change(before, after, unit));
            item->setData(after - before, kSortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (after != before)
                item->setForeground(after > before ? QColor(0xb0, 0x1c, 0x1c)
                                                   : QColor(0x1c, 0x4f, 0xb0));
            return item;
        };
        const QString name
            = f.name.empty() ? tr("(unnamed function)") : QString::fromStdString(f.name);
        auto *nameItem = new QStandardItem(name);
        nameItem->setData(name, kSortRole);
        if (!f.file.empty())
            nameItem->setToolTip(QString::fromStdString(f.file));
        m_model->appendRow({nameItem, figure(f.selfBefore), figure(f.selfAfter),
                            delta(f.selfBefore, f.selfAfter), figure(f.totalBefore),
                            figure(f.totalAfter), delta(f.totalBefore, f.totalAfter)});
    }
    // The order the list was built in (biggest change of self time first) until the user
    // clicks a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
}

} // namespace eg::views
