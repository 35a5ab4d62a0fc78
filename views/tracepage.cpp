#include "tracepage.h"

#include "pagelabels.h"
#include "plainwordshtml.h"
#include "spandetailspanel.h"
#include "waterfallminimap.h"
#include "waterfallview.h"

#include "models/analysis/weightformatter.h"
#include "models/store/cache.h"
#include "models/store/errorreader.h"
#include "models/store/logreader.h"
#include "models/store/tracereader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <exception>
#include <vector>

namespace eg::views {

using analysis::WeightFormatter;

TracePage::TracePage(QWidget *parent)
    : QWidget(parent)
{
    m_headline = PageLabels::headline(tr("Summary"), this);

    m_repeated = new QLabel(this);
    m_repeated->setWordWrap(true);
    m_repeated->setTextFormat(Qt::RichText);
    m_repeated->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_intro = PageLabels::quietNote(this);

    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4a3b00; "
                                             "border: 1px solid #e3c765; border-radius: 3px; "
                                             "padding: 4px 8px; }"));
    m_warnings->setAccessibleName(tr("Problems with this trace"));
    m_warnings->hide();

    m_colourBy = new QComboBox(this);
    m_colourBy->addItem(tr("Colour by service"));
    m_colourBy->addItem(tr("Colour by op"));
    m_colourBy->setToolTip(tr("What the colours of the bars tell apart"));
    m_colourBy->setAccessibleName(tr("Colour by"));

    const auto toggle = [this](const QString &text, const QString &tip, bool checked) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setChecked(checked);
        return button;
    };
    m_critical = toggle(tr("Critical path"),
                        tr("Highlight the chain of spans that decided how long the trace took "
                           "and fade the rest"),
                        false);
    m_compress
        = toggle(tr("Compress idle gaps"),
                 tr("Squeeze long stretches where no span ran into narrow marked breaks"), true);
    m_expandAll = new QToolButton(this);
    m_expandAll->setText(tr("Expand all"));
    m_expandAll->setToolTip(tr("Open every span and every group of repeated spans"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search spans…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Marks the spans whose name, op or service contains this text; "
                            "Enter goes to the next one"));
    m_search->setAccessibleName(tr("Search spans"));
    m_previousMatch = new QToolButton(this);
    m_previousMatch->setText(QString(QChar(0x25c0)));
    m_previousMatch->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    m_previousMatch->setAccessibleName(tr("Previous match"));
    m_nextMatch = new QToolButton(this);
    m_nextMatch->setText(QString(QChar(0x25b6)));
    m_nextMatch->setToolTip(tr("Next match (F3, Enter)"));
    m_nextMatch->setAccessibleName(tr("Next match"));
    m_matches = new QLabel(this);
    m_matches->setTextFormat(Qt::PlainText);
    m_help = new QToolButton(this);
    m_help->setText(QStringLiteral("?"));
    m_help->setToolTip(tr("How to read this view"));
    m_help->setAccessibleName(tr("How to read this view"));

    m_traceLogs = new QToolButton(this);
    m_traceLogs->setObjectName(QStringLiteral("traceLogsButton"));
    m_traceLogs->setToolTip(tr("Shows the log lines written during this trace, on the log "
                               "timeline"));
    m_traceLogs->hide();
    m_traceErrors = new QToolButton(this);
    m_traceErrors->setObjectName(QStringLiteral("traceErrorsButton"));
    m_traceErrors->setToolTip(tr("Lists the errors raised during this trace, with their stack "
                                 "traces"));
    m_traceErrors->hide();

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAccessibleName(tr("Legend"));

    m_view = new WaterfallView(this);
    m_view->setWhatsThis(howToReadText());
    m_minimap = new WaterfallMinimap(m_view, this);
    m_details = new SpanDetailsPanel(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({750, 250});
    m_splitter->setChildrenCollapsible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_colourBy);
    bar->addWidget(m_critical);
    bar->addWidget(m_compress);
    bar->addWidget(m_expandAll);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_previousMatch);
    bar->addWidget(m_nextMatch);
    bar->addWidget(m_matches);
    bar->addWidget(m_help);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_repeated);
    layout->addWidget(m_intro);
    layout->addWidget(m_warnings);
    layout->addLayout(bar);
    // The links to the trace's logs and errors sit beside the legend, where the row has
    // room; the tool bar above is full.
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(m_legend, 1);
    legendRow->addWidget(m_traceLogs);
    legendRow->addWidget(m_traceErrors);
    layout->addLayout(legendRow);
    layout->addWidget(m_minimap);
    layout->addWidget(m_splitter, 1);

    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setColourMode(index == 1 ? WaterfallColours::Mode::Op
                                         : WaterfallColours::Mode::Service);
        updateLegend();
    });
    connect(m_critical, &QToolButton::toggled, this, [this](bool on) {
        m_view->setCriticalPathShown(on);
        updateLegend();
    });
    connect(m_compress, &QToolButton::toggled, m_view, &WaterfallView::setIdleGapsCompressed);
    connect(m_expandAll, &QToolButton::clicked, m_view, &WaterfallView::expandAll);
    connect(m_search, &QLineEdit::textChanged, m_view, &WaterfallView::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, m_view, &WaterfallView::nextMatch);
    connect(m_nextMatch, &QToolButton::clicked, m_view, &WaterfallView::nextMatch);
    connect(m_previousMatch, &QToolButton::clicked, m_view, &WaterfallView::previousMatch);
    for (const auto key : {Qt::SHIFT | Qt::Key_Return, Qt::SHIFT | Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(key), m_search, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, m_view, &WaterfallView::previousMatch);
    connect(new QShortcut(QKeySequence(Qt::Key_F3), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, m_view, &WaterfallView::nextMatch);
    connect(new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, m_view, &WaterfallView::previousMatch);
    connect(m_view, &WaterfallView::matchesChanged, this, &TracePage::updateMatches);
    connect(m_view, &WaterfallView::spanSelected, this, &TracePage::onSpanSelected);
    connect(m_details, &SpanDetailsPanel::openProfileRequested, this,
            &TracePage::openProfileRequested);
    connect(m_help, &QToolButton::clicked, this, &TracePage::showHowToRead);
    connect(m_traceLogs, &QToolButton::clicked, this, [this] {
        if (m_trace.trace)
            Q_EMIT traceLogsRequested(QString::fromStdString(m_trace.trace->traceId));
    });
    connect(m_details, &SpanDetailsPanel::logsRequested, this, [this] {
        if (m_trace.trace && m_selectedRow)
            Q_EMIT spanLogsRequested(QString::fromStdString(m_trace.trace->traceId), m_selectedRow);
    });
    connect(m_traceErrors, &QToolButton::clicked, this, [this] {
        if (m_trace.trace)
            Q_EMIT traceErrorsRequested(QString::fromStdString(m_trace.trace->traceId));
    });
    connect(m_details, &SpanDetailsPanel::errorsRequested, this, [this] {
        if (m_trace.trace && m_selectedRow)
            Q_EMIT spanErrorsRequested(QString::fromStdString(m_trace.trace->traceId),
                                       m_selectedRow);
    });

    setLoadedTrace({});
}

TracePage::~TracePage() = default;

QString TracePage::howToReadText()
{
    return tr("<p><b>How to read this view</b></p>"
              "<p>Each bar is one span: a piece of work in one service, such as handling a "
              "request, a database query or a call to another service. The bar runs from "
              "when the span started to when it ended; the rows indented under a span are "
              "the work it started. The darker part of a bar is the span's own work; the "
              "lighter part is time it spent waiting on the spans under it.</p>"
              "<p>Rows with a count (\"10 ×\") stand for spans that did the same work one "
              "after another, often queries that could be batched. Open them to see each "
              "one. <i>Critical path</i> marks the chain of spans that decided how long the "
              "trace took: only making those faster makes the whole request faster. Long "
              "stretches where nothing ran are squeezed into hatched breaks that say how "
              "long they were.</p>"
              "<p>The wheel scrolls the rows; Ctrl+wheel, + and - zoom, Shift+wheel and A/D "
              "pan, 0 shows the whole trace; drag to move. Click a row to see its details "
              "beside the waterfall; ↑/↓ move between rows, → and ← (or Enter, or a "
              "double-click) open and close them. The strip at the top is the whole trace; "
              "drag its frame to move around.</p>");
}

void TracePage::showHowToRead()
{
    QWhatsThis::showText(m_help->mapToGlobal(QPoint(0, m_help->height())), howToReadText(), m_help);
}

QString TracePage::introText() const
{
    return m_introText;
}

QString TracePage::warningText() const
{
    return m_warnings->isVisible() || !m_warnings->text().isEmpty() ? m_warnings->text()
                                                                    : QString();
}

void TracePage::setLoadedTrace(const LoadedTrace &trace)
{
    if (trace.cachePath != m_trace.cachePath || trace.cachePath.isEmpty())
        m_cache.reset();
    m_trace = trace;
    m_selectedRow = 0;
    m_view->setTrace(trace);
    m_details->clear();
    m_traceLogCount = trace.trace ? logCount(trace.trace->traceId, std::string()) : 0;
    m_traceLogs->setText(
        tr("Logs of this trace (%1)").arg(QLocale().toString(qlonglong(m_traceLogCount))));
    m_traceLogs->setVisible(m_traceLogCount > 0);
    const int64_t errors = trace.trace ? errorCount(trace.trace->traceId, std::string()) : 0;
    m_traceErrors->setText(
        tr("Errors of this trace (%1)").arg(QLocale().toString(qlonglong(errors))));
    m_traceErrors->setVisible(errors > 0);
    const QSignalBlocker blocker(m_search);
    updateMatches();

    QStringList problems = trace.tree ? trace.tree->problemMessages() : QStringList();
    if (problems.isEmpty()) {
        m_warnings->clear();
        m_warnings->hide();
    } else {
        QString html = tr("<b>This trace is not quite whole:</b>");
        for (const QString &problem : std::as_const(problems))
            html += QStringLiteral("<br/>• ") + problem.toHtmlEscaped();
        m_warnings->setText(html);
        m_warnings->show();
    }

    if (!trace.tree) {
        m_headlineText = trace.error.isEmpty()
            ? tr("No trace is open.")
            : tr("Could not load this trace: %1").arg(trace.error);
        m_repeatedText.clear();
        m_introText.clear();
    } else {
        m_headlineText = trace.insights->headline();
        m_repeatedText = trace.insights->repeatedWork();
        std::vector<uint8_t> seen(trace.trace->strings.size(), 0);
        size_t serviceCount = 0;
        for (const store::TraceSpan &span : trace.trace->spans) {
            if (span.service != 0 && !seen[size_t(span.service)]) {
                seen[size_t(span.service)] = 1;
                ++serviceCount;
            }
        }
        const size_t count = trace.trace->spans.size();
        const QString spans = count == 1
            ? tr("one span")
            : tr("%1 spans").arg(QLocale().toString(qulonglong(count)));
        const QString where
            = serviceCount > 1 ? tr("%1 in %2 services").arg(spans).arg(serviceCount) : spans;
        m_introText
            = tr("Each bar is one span: a piece of work in one service, from when it started to "
                 "when it ended; the rows under a span are the work it started. This trace has "
                 "%1 over %2.")
                  .arg(where, WeightFormatter::formatDuration(double(trace.tree->durationNs())));
    }
    m_headline->setText(PlainWordsHtml::boldNames(m_headlineText));
    m_repeated->setText(PlainWordsHtml::boldNames(m_repeatedText));
    m_repeated->setVisible(!m_repeatedText.isEmpty());
    m_intro->setText(m_introText);
    m_intro->setVisible(!m_introText.isEmpty());
    for (QWidget *control : std::initializer_list<QWidget *> {m_colourBy, m_critical, m_compress,
                                                              m_expandAll, m_search, m_help})
        control->setEnabled(trace.tree != nullptr);
    updateLegend();
}

void TracePage::updateLegend()
{
    QString html;
    for (const auto &entry : m_view->legend()) {
        if (!html.isEmpty())
            html += QStringLiteral("&nbsp;&nbsp; ");
        if (entry.colour.isValid())
            html += QStringLiteral("<span style=\"color: %1\">&#9632;</span>&nbsp;")
                        .arg(entry.colour.name());
        html += entry.label.toHtmlEscaped();
    }
    if (m_view->criticalPathShown() && !html.isEmpty())
        html += QStringLiteral("&nbsp;&nbsp; <span style=\"color: %1\">&#9644;</span>&nbsp;")
                    .arg(WaterfallColours::colour(WaterfallColours::kCritical).name())
            + tr("critical path").toHtmlEscaped();
    m_legend->setText(html);
    m_legend->setVisible(!html.isEmpty());
}

void TracePage::updateMatches()
{
    const bool searching = !m_search->text().trimmed().isEmpty();
    const int count = m_view->matchCount();
    const int current = m_view->currentMatch();
    if (!searching)
        m_matches->clear();
    else if (count == 0)
        m_matches->setText(tr("no match"));
    else if (current >= 0)
        m_matches->setText(tr("%1 of %2").arg(current + 1).arg(count));
    else
        m_matches->setText(count == 1 ? tr("1 match") : tr("%1 matches").arg(count));
    m_previousMatch->setEnabled(count > 0);
    m_nextMatch->setEnabled(count > 0);
}

const store::Cache *TracePage::detailsCache()
{
    if (m_trace.cachePath.isEmpty())
        return nullptr;
    try {
        if (!m_cache)
            m_cache = std::make_unique<store::Cache>(m_trace.cachePath);
    } catch (const std::exception &) {
        m_cache.reset();
    }
    return m_cache.get();
}

std::optional<store::SpanDetails> TracePage::readDetails(int64_t rowId)
{
    const store::Cache *cache = detailsCache();
    if (!cache)
        return std::nullopt;
    try {
        // One row by its key: far below a frame, so it need not leave the GUI thread.
        return store::TraceReader(*cache).spanDetails(rowId);
    } catch (const std::exception &) {
        m_cache.reset();
        return std::nullopt;
    }
}

int64_t TracePage::errorCount(const std::string &traceId, const std::string &spanId)
{
    const store::Cache *cache = detailsCache();
    if (!cache)
        return 0;
    try {
        return store::ErrorReader(*cache).count(store::ErrorFilter {{}, traceId, spanId});
    } catch (const std::exception &) {
        return 0;
    }
}

int64_t TracePage::logCount(const std::string &traceId, const std::string &spanId)
{
    const store::Cache *cache = detailsCache();
    if (!cache)
        return 0;
    try {
        // Counted through the index on (trace id, span id): a few rows, not the table.
        store::LogFilter filter;
        filter.traceId = traceId;
        filter.spanId = spanId;
        return store::LogReader(*cache).count(filter);
    } catch (const std::exception &) {
        return 0;
    }
}

void TracePage::onSpanSelected(int32_t node)
{
    updateMatches();
    if (!m_trace.tree || node < 0) {
        m_selectedRow = 0;
        m_details->clear();
        return;
    }
    const auto &n = m_trace.tree->node(node);
    const int64_t rowId = n.isPlaceholder() ? 0 : m_trace.trace->spans[size_t(n.span)].rowId;
    const auto details = rowId ? readDetails(rowId) : std::nullopt;
    m_details->showSpan(m_trace, node, details);
    m_selectedRow = rowId;
    if (details) {
        m_details->setLogCount(logCount(details->traceId, details->spanId));
        m_details->setErrorCount(errorCount(details->traceId, details->spanId));
    }
    if (rowId)
        Q_EMIT spanSelected(rowId);
}

void TracePage::selectSpanByRow(int64_t rowId)
{
    if (!m_trace.trace)
        return;
    const auto &spans = m_trace.trace->spans;
    for (size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].rowId == rowId) {
            m_view->selectNode(analysis::SpanTree::nodeOfSpan(int32_t(i)));
            m_view->setFocus();
            return;
        }
    }
}

} // namespace eg::views
