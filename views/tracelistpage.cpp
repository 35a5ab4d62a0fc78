#include "tracelistpage.h"

#include "plainwordshtml.h"

#include "models/analysis/weightformatter.h"
#include "models/item/tracelistmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace eg::views {

TraceListPage::TraceListPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new itemmodels::TraceListModel(this))
    , m_headline(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_errorsOnly(new QCheckBox(tr("Only traces with errors"), this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_filter->setPlaceholderText(tr("Filter by root span, service or trace id"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(itemmodels::TraceListModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures a hundred thousand of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(itemmodels::TraceListModel::RootColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->setColumnWidth(itemmodels::TraceListModel::ServicesColumn, 220);
    m_table->setColumnWidth(itemmodels::TraceListModel::StartColumn, 190);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_errorsOnly);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &TraceListPage::applyFilter);
    connect(m_errorsOnly, &QCheckBox::toggled, this, &TraceListPage::applyFilter);
    const auto open = [this](const QModelIndex &index) {
        if (const store::TraceInfo *trace = m_model->traceAt(index.row()))
            Q_EMIT traceActivated(QString::fromStdString(trace->traceId));
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(m_table, &QTableView::doubleClicked, this, open);
}

void TraceListPage::setTraces(std::vector<store::TraceInfo> traces, const QString &scope)
{
    m_scope = scope;
    updateHeadline(traces);
    m_model->setTraces(std::move(traces));
    applyFilter();
}

void TraceListPage::applyFilter()
{
    m_model->setFilter(m_filter->text(), m_errorsOnly->isChecked());
    // English has no plural translation loaded, so its two forms are spelled out.
    const int total = m_model->totalCount();
    const QString traces = total == 1 ? tr("1 trace") : tr("%n traces", nullptr, total);
    m_count->setText(m_model->visibleCount() == total
                         ? traces
                         : tr("%1 of %2").arg(m_model->visibleCount()).arg(traces));
}

void TraceListPage::updateHeadline(const std::vector<store::TraceInfo> &traces)
{
    const int count = int(traces.size());
    if (count == 0) {
        m_headlineText = tr("There are no traces in %1.").arg(m_scope);
        m_headline->setText(PlainWordsHtml::boldNames(m_headlineText));
        return;
    }
    const store::TraceInfo *slowest = nullptr;
    int withErrors = 0;
    for (const store::TraceInfo &trace : traces) {
        if (!slowest || trace.durationNs() > slowest->durationNs())
            slowest = &trace;
        withErrors += trace.errorCount > 0;
    }
    QString text
        = (count == 1 ? tr("1 trace in %1.") : tr("%n traces in %1.", nullptr, count)).arg(m_scope)
        + QLatin1Char(' ')
        + tr("Each one follows a request or job through the services it touched; "
             "open one to see its spans as a waterfall.");
    if (slowest) {
        text += QLatin1Char(' ')
            + tr("The slowest, `%1`, took %2.")
                  .arg(QString::fromStdString(slowest->rootName),
                       analysis::WeightFormatter::formatDuration(double(slowest->durationNs())));
    }
    if (withErrors > 0)
        text += QLatin1Char(' ')
            + (withErrors == 1 ? tr("One of them had errors.")
                               : tr("%n of them had errors.", nullptr, withErrors));
    m_headlineText = text;
    m_headline->setText(PlainWordsHtml::boldNames(text));
}

} // namespace eg::views
