#include "logtimelinepage.h"

#include "analysispool.h"
#include "logdetailspanel.h"
#include "logfilterbar.h"
#include "logheadline.h"
#include "loghistogramview.h"
#include "logmessagedelegate.h"
#include "pagelabels.h"
#include "plainwordshtml.h"

#include "models/analysis/weightformatter.h"
#include "models/item/logtablemodel.h"
#include "models/store/cache.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace eg::views {

using itemmodels::LogTableModel;

namespace {

// About one bar per 8 pixels of a wide window: fine enough to see a burst, coarse enough
// that each bar is a clear shape.
constexpr int kBinCount = 120;
constexpr int kSurroundingLines = 10;

} // namespace

LogTimelinePage::LogTimelinePage(QWidget *parent)
    : QWidget(parent)
{
    m_headline = PageLabels::headline(tr("Summary"), this);

    m_intro = PageLabels::quietNote(this);
    m_intro->setText(howToReadText());

    m_filters = new LogFilterBar(this);
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setTextFormat(Qt::PlainText);
    m_clearRange = new QToolButton(this);
    m_clearRange->setText(tr("Clear range"));
    m_clearRange->setToolTip(tr("Show the whole time again"));
    m_clearRange->setEnabled(false);

    m_chart = new LogHistogramView(this);
    m_chart->setAccessibleName(tr("Log volume by level over time"));

    m_model = new LogTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(LogTableModel::MessageColumn, new LogMessageDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures a row, so millions of them scroll
    // without reading more than the ones on screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(LogTableModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 24);
    header->resizeSection(LogTableModel::LevelColumn,
                          metrics.horizontalAdvance(QStringLiteral("Warning")) + 44);
    header->resizeSection(LogTableModel::ServiceColumn,
                          metrics.horizontalAdvance(QStringLiteral("checkout-api")) + 16);
    header->resizeSection(LogTableModel::TraceColumn,
                          metrics.horizontalAdvance(QStringLiteral("00000000")) + 24);
    header->setSectionResizeMode(LogTableModel::MessageColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Log lines"));

    m_details = new LogDetailsPanel(this);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_table);
    lower->addWidget(m_details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    lower->setSizes({800, 300});
    lower->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({240, 480});
    splitter->setChildrenCollapsible(false);

    auto *rangeBar = new QHBoxLayout;
    rangeBar->addWidget(m_rangeLabel, 1);
    rangeBar->addWidget(m_clearRange);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_intro);
    layout->addWidget(m_filters);
    layout->addLayout(rangeBar);
    layout->addWidget(splitter, 1);

    connect(m_filters, &LogFilterBar::filterChanged, this, [this] {
        requery();
        Q_EMIT filtersChanged(m_filters->state());
    });
    connect(m_chart, &LogHistogramView::rangeSelected, this, [this](qint64 from, qint64 to) {
        // A stretch that holds every line (the wheel turned all the way out) is the whole
        // time again: the range label and Clear range say so.
        const auto &all = m_result.dataExtent;
        if (all && from <= all->first && to >= all->second) {
            setTimeRange(std::nullopt);
            Q_EMIT timeRangeChanged(0, 0);
            return;
        }
        setTimeRange(std::make_pair(from, to));
        Q_EMIT timeRangeChanged(from, to);
    });
    connect(m_clearRange, &QToolButton::clicked, this, [this] {
        setTimeRange(std::nullopt);
        Q_EMIT timeRangeChanged(0, 0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString traceId = index.data(LogTableModel::TraceIdRole).toString();
        if (!traceId.isEmpty())
            Q_EMIT traceRequested(traceId, index.data(LogTableModel::SpanIdRole).toString());
    });
    connect(m_details, &LogDetailsPanel::traceRequested, this, &LogTimelinePage::traceRequested);
    connect(m_details, &LogDetailsPanel::surroundingRequested, this,
            &LogTimelinePage::showSurrounding);
    updateRangeLabel();
}

LogTimelinePage::~LogTimelinePage() = default;

QString LogTimelinePage::howToReadText()
{
    return tr("Each bar of the chart is one stretch of time; its height is how many lines were "
              "written then, split by level: the quiet trace, debug and info lines at the "
              "bottom, warnings and errors on top in amber and red. Drag across the chart, or "
              "turn the mouse wheel over it, to look at a shorter stretch; the table below "
              "follows. Double-click a line with a "
              "trace to open its waterfall.");
}

void LogTimelinePage::showLogs(const QString &cachePath, const store::LogFilter &scope,
                               const QString &scopeText, const LogFilterState &filters)
{
    if (cachePath != m_cachePath) {
        m_model->setCache(nullptr);
        m_model->setBackgroundReading(QString(), nullptr);
        m_cache.reset();
    }
    m_cachePath = cachePath;
    m_scope = scope;
    m_scopeText = scopeText;
    m_range.reset();
    if (scope.fromNs && scope.toNs)
        m_range = std::make_pair(*scope.fromNs, *scope.toNs);
    m_scope.fromNs.reset();
    m_scope.toNs.reset();
    m_filters->setState(filters);
    m_details->clear();
    m_headlineText = scopeText.isEmpty() ? tr("Reading the log lines…")
                                         : tr("Reading the log lines of %1…").arg(scopeText);
    m_headline->setText(PlainWordsHtml::boldNames(m_headlineText));
    requery();
}

void LogTimelinePage::setTimeRange(std::optional<std::pair<int64_t, int64_t>> range)
{
    m_range = range;
    requery();
}

LogFilterState LogTimelinePage::filterState() const
{
    return m_filters->state();
}

const store::Cache *LogTimelinePage::guiCache()
{
    if (!m_cache && !m_cachePath.isEmpty()) {
        try {
            m_cache = std::make_unique<store::Cache>(m_cachePath);
        } catch (const std::exception &) {
            return nullptr;
        }
    }
    return m_cache.get();
}

void LogTimelinePage::requery()
{
    if (m_cachePath.isEmpty())
        return;
    store::LogFilter filter = m_scope;
    m_filters->applyTo(filter);
    if (m_range) {
        filter.fromNs = m_range->first;
        filter.toNs = m_range->second;
    }
    updateRangeLabel();
    m_loading = true;
    const quint64 generation = ++m_generation;
    // The old figures stay on screen until the new ones replace them, part by part.
    m_result.filter = filter;
    m_result.error.clear();
    m_result.firstPageRead = false;
    m_result.tableRead = false;
    m_result.overviewRead = false;
    // The table's query and the overview's at once (ARCHITECTURE.md: results in the order
    // a user needs them). A search first asks for its first page alone: counting the
    // matches of a word in ten million lines reads every block holding it, the first
    // hundred are found in a few blocks.
    std::vector<LogQueryResult::Part> parts {LogQueryResult::Part::Table,
                                             LogQueryResult::Part::Overview};
    if (filter.hasText())
        parts.insert(parts.begin(), LogQueryResult::Part::FirstPage);
    for (const auto part : parts) {
        auto *watcher = new QFutureWatcher<LogQueryResult>(this);
        connect(watcher, &QFutureWatcher<LogQueryResult>::finished, this,
                [this, watcher, generation] {
                    watcher->deleteLater();
                    if (generation != m_generation)
                        return; // the user asked for something else meanwhile
                    applyPart(watcher->result());
                });
        watcher->setFuture(
            QtConcurrent::run(AnalysisPool::instance(), [cachePath = m_cachePath, filter, part] {
                return LogQueryResult::run(cachePath, filter, kBinCount, part);
            }));
    }
}

void LogTimelinePage::applyPart(LogQueryResult part)
{
    const bool table = part.tableRead;
    const bool overview = part.overviewRead;
    const bool firstPageOnly = part.firstPageRead;
    const bool firstPage = firstPageOnly && !m_result.tableRead;
    m_result.merge(std::move(part));
    if ((firstPage || table) && !m_model->cache()) {
        m_model->setCache(guiCache());
        // Pages past the first can be slow deep in a large cache: read off this thread.
        m_model->setBackgroundReading(m_cachePath, AnalysisPool::instance());
    }
    if (firstPage && m_result.error.isEmpty()) {
        // The lines found so far, while the rest are counted; the count adds rows.
        m_model->setFilterResult(m_result.filter, int64_t(m_result.firstPage.size()),
                                 m_result.firstPage);
        m_details->clear();
        m_headline->setText(m_result.firstPage.empty()
                                ? tr("Searching…")
                                : tr("Showing the first lines found; counting every match…"));
    }
    if (firstPageOnly)
        return; // late or not, the query is finished by the other parts
    if (table) {
        // After the first lines of a search the count only adds rows: a line opened in the
        // details meanwhile stays open.
        const bool grows = m_result.firstPageRead && m_model->rowCount() > 0;
        m_model->setFilterResult(m_result.filter, m_result.error.isEmpty() ? m_result.count : 0,
                                 m_result.firstPage);
        if (!grows)
            m_details->clear();
    }
    if (overview) {
        m_filters->setLevelCounts(m_result.byLevel);
        m_filters->setServices(m_result.services);
        m_chart->setDataExtent(m_result.dataExtent);
        m_chart->setBins(m_result.bins);
    }
    if (m_result.tableRead) {
        m_headlineText = LogHeadline::text(m_result);
        if (!m_scopeText.isEmpty() && m_result.error.isEmpty())
            m_headlineText = tr("Logs of %1: %2").arg(m_scopeText, m_headlineText);
        m_headline->setText(PlainWordsHtml::boldNames(m_headlineText));
    }
    if (m_result.tableRead && m_result.overviewRead) {
        m_loading = false;
        updateRangeLabel();
        Q_EMIT queryFinished();
    }
}

void LogTimelinePage::updateRangeLabel()
{
    m_clearRange->setEnabled(m_range.has_value());
    if (!m_range) {
        m_rangeLabel->setText(tr("Showing the whole time. Drag across the chart or turn the mouse "
                                 "wheel to look closer."));
        return;
    }
    const auto [from, to] = *m_range;
    m_rangeLabel->setText(tr("Showing %1 to %2 (%3) only.")
                              .arg(LogHeadline::timeText(from, false),
                                   LogHeadline::timeText(to, false),
                                   analysis::WeightFormatter::formatDuration(double(to - from))));
}

void LogTimelinePage::onCurrentRowChanged(int row)
{
    const store::LogRow *logRow = m_model->rowAt(row);
    const store::Cache *cache = guiCache();
    if (!logRow || !cache) {
        m_details->clear();
        return;
    }
    // One row by its key: far below a frame, so it need not leave the GUI thread.
    const store::LogRow copy = *logRow;
    m_details->showRow(copy, store::LogReader(*cache).attributes(copy.id));
}

void LogTimelinePage::showSurrounding(qint64 logId)
{
    if (const store::Cache *cache = guiCache())
        m_details->showSurrounding(
            store::LogReader(*cache).around(logId, kSurroundingLines, kSurroundingLines));
}

} // namespace eg::views
