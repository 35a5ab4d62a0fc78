#include "spandetailspanel.h"

#include "models/analysis/weightformatter.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eg::views {

using analysis::WeightFormatter;

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString duration(int64_t ns)
{
    return WeightFormatter::formatDuration(double(ns));
}

// A JSON value as one line of text: strings as they are, the rest as compact JSON.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number, 'g', 12);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

QString attributesText(const QJsonObject &attributes)
{
    QStringList parts;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        parts << it.key() + QLatin1Char('=') + valueText(it.value());
    return parts.join(QStringLiteral(", "));
}

// A measurement in the unit Sentry wrote, durations in the units people read.
QString measurementText(double value, const QString &unit)
{
    static const QList<QPair<QString, double>> timeUnits {
        {QStringLiteral("nanosecond"), 1},    {QStringLiteral("microsecond"), 1e3},
        {QStringLiteral("millisecond"), 1e6}, {QStringLiteral("second"), 1e9},
        {QStringLiteral("minute"), 60e9},     {QStringLiteral("hour"), 3600e9},
    };
    for (const auto &[name, ns] : timeUnits)
        if (unit == name)
            return WeightFormatter::formatDuration(value * ns);
    if (unit == QLatin1String("byte"))
        return WeightFormatter::formatBytes(value);
    if (unit == QLatin1String("ratio"))
        return WeightFormatter::formatPercent(value);
    if (unit == QLatin1String("percent"))
        return WeightFormatter::formatPercent(value / 100);
    const QString number = QLocale().toString(value, 'g', 6);
    return unit.isEmpty() || unit == QLatin1String("none") ? number
                                                           : number + QLatin1Char(' ') + unit;
}

class Html
{
public:
    void heading(const QString &text)
    {
        closeTable();
        m_html += QStringLiteral("<h4 style=\"margin-top: 10px; margin-bottom: 2px\">")
            + text.toHtmlEscaped() + QStringLiteral("</h4>");
        m_plain += QLatin1Char('\n') + text + QLatin1Char('\n');
    }
    void paragraph(const QString &text)
    {
        closeTable();
        m_html += QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
        m_plain += text + QLatin1Char('\n');
    }
    // One row of cells; `emphasis` makes the last cell bold red (a failure).
    void row(const QStringList &cells, bool emphasis = false)
    {
        if (!m_inTable) {
            m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
            m_inTable = true;
        }
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool first = i == 0 && cells.size() > 1;
            const bool strong = emphasis && i == cells.size() - 1;
            m_html += first ? QStringLiteral("<td style=\"color: #666666; padding-right: 10px\">")
                            : QStringLiteral("<td>");
            if (strong)
                m_html += QStringLiteral("<b style=\"color: #b01020\">");
            m_html += cells[i].toHtmlEscaped();
            if (strong)
                m_html += QStringLiteral("</b>");
            m_html += QStringLiteral("</td>");
        }
        m_html += QStringLiteral("</tr>");
        m_plain += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QString html()
    {
        closeTable();
        return m_html;
    }
    QString plain() const { return m_plain; }

private:
    void closeTable()
    {
        if (m_inTable)
            m_html += QStringLiteral("</table>");
        m_inTable = false;
    }

    QString m_html;
    QString m_plain;
    bool m_inTable = false;
};

} // namespace

SpanDetailsPanel::SpanDetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);

    m_openProfile = new QPushButton(tr("Open the profile for this span"), this);
    m_openProfile->setToolTip(tr("Shows the CPU profile recorded while this span ran, limited "
                                 "to the span's time"));
    m_openProfile->hide();
    m_spanLogs = new QPushButton(this);
    m_spanLogs->setObjectName(QStringLiteral("spanLogsButton"));
    m_spanLogs->setToolTip(tr("Shows the log lines written during this span, on the log "
                              "timeline"));
    m_spanLogs->hide();
    m_spanErrors = new QPushButton(this);
    m_spanErrors->setObjectName(QStringLiteral("spanErrorsButton"));
    m_spanErrors->setToolTip(tr("Lists the errors raised during this span, with their stack "
                                "traces"));
    m_spanErrors->hide();

    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setAccessibleName(tr("Span details"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    m_links = new QHBoxLayout;
    m_links->addWidget(m_openProfile);
    m_links->addWidget(m_spanLogs);
    m_links->addWidget(m_spanErrors);
    m_links->addStretch();
    layout->addLayout(m_links);
    layout->addWidget(m_text, 1);

    connect(m_openProfile, &QPushButton::clicked, this, &SpanDetailsPanel::requestProfile);
    connect(m_spanLogs, &QPushButton::clicked, this, &SpanDetailsPanel::logsRequested);
    connect(m_spanErrors, &QPushButton::clicked, this, &SpanDetailsPanel::errorsRequested);
    clear();
}

void SpanDetailsPanel::clear()
{
    m_node = -1;
    m_attributes.clear();
    m_title->setText(tr("No span selected"));
    m_text->setPlainText(tr("Click a row of the waterfall to see its span here: what it did, "
                            "when, its ids and everything its record carried."));
    m_openProfile->hide();
    m_spanLogs->hide();
    m_spanErrors->hide();
}

void SpanDetailsPanel::setLogCount(int64_t count)
{
    m_spanLogs->setText(tr("Logs of this span (%1)").arg(QLocale().toString(qlonglong(count))));
    m_spanLogs->setVisible(count > 0 && m_node >= 0);
}

void SpanDetailsPanel::setErrorCount(int64_t count)
{
    m_spanErrors->setText(tr("Errors of this span (%1)").arg(QLocale().toString(qlonglong(count))));
    m_spanErrors->setVisible(count > 0 && m_node >= 0);
}

QString SpanDetailsPanel::title() const
{
    return m_title->text();
}

QString SpanDetailsPanel::plainText() const
{
    return m_text->toPlainText();
}

void SpanDetailsPanel::showSpan(const LoadedTrace &trace, int32_t node,
                                const std::optional<store::SpanDetails> &details)
{
    if (!trace.tree || node < 0 || size_t(node) >= trace.tree->size()) {
        clear();
        return;
    }
    m_node = node;
    m_attributes.clear();
    m_spanLogs->hide(); // until the page has counted the span's lines and errors
    m_spanErrors->hide();
    const analysis::SpanTree &tree = *trace.tree;
    const analysis::SpanTree::Node &n = tree.node(node);
    Html html;
    if (n.isPlaceholder()) {
        m_title->setText(
            tr("Missing parent %1")
                .arg(QString::fromStdString(store::TraceData::spanIdText(n.missingParentId))));
        html.paragraph(
            n.childCount == 1
                ? tr("One span of this trace names this span as its parent, but the trace "
                     "does not contain it: it may have been dropped by sampling, lost on the "
                     "way, or sent to another place.")
                : tr("%1 spans of this trace name this span as their parent, but the trace "
                     "does not contain it: they may have been dropped by sampling, lost on "
                     "the way, or sent to another place.")
                      .arg(QLocale().toString(n.childCount)));
        html.row({tr("From"), tr("%1 into the trace").arg(duration(n.startNs - tree.startNs()))});
        html.row({tr("Covers"), duration(n.durationNs())});
        m_text->setHtml(html.html());
        m_openProfile->hide();
        return;
    }

    const store::TraceData &data = *trace.trace;
    const store::TraceSpan &span = data.spans[size_t(n.span)];
    const QString name = fromView(data.text(span.name));
    const QString op = fromView(data.text(span.op));
    m_title->setText(name.isEmpty() ? (op.isEmpty() ? tr("(unnamed span)") : op) : name);

    html.row({tr("Op"), op.isEmpty() ? tr("none") : op});
    html.row({tr("Service"), span.service ? fromView(data.text(span.service)) : tr("not known")});
    if (span.kind)
        html.row({tr("Kind"), fromView(data.text(span.kind))});
    const QString status = fromView(data.text(span.status));
    if (span.isError)
        html.row({tr("Status"), status.isEmpty() ? tr("failed") : tr("%1 (failed)").arg(status)},
                 true);
    else
        html.row({tr("Status"), status.isEmpty() ? tr("not set") : status});
    html.row({tr("Started"), tr("%1 into the trace").arg(duration(n.startNs - tree.startNs()))});
    html.row({tr("Took"), duration(n.durationNs())});
    const double share = n.durationNs() > 0 ? double(n.selfNs) / double(n.durationNs()) : 1.0;
    html.row({tr("Own work"),
              tr("%1 (%2 of the span; the rest waited on the spans it started)")
                  .arg(duration(n.selfNs), WeightFormatter::formatPercent(share))});
    if (trace.path && trace.path->contains(node))
        html.row({tr("Critical path"),
                  tr("%1 of the trace's time waited on this span itself")
                      .arg(duration(trace.path->criticalNs(node)))});
    else
        html.row({tr("Critical path"),
                  tr("not on it: making this span faster would not shorten the trace")});

    html.heading(tr("Ids"));
    html.row({tr("Trace"), QString::fromStdString(details ? details->traceId : data.traceId)});
    html.row({tr("Span"),
              details ? QString::fromStdString(details->spanId)
                      : QString::fromStdString(store::TraceData::spanIdText(span.spanId))});
    const std::string parent = details
        ? details->parentSpanId
        : (span.parentId ? store::TraceData::spanIdText(span.parentId) : std::string());
    html.row(
        {tr("Parent"), parent.empty() ? tr("none: a root span") : QString::fromStdString(parent)});
    const std::string segment
        = details ? details->segmentId : std::string(data.text(span.segmentId));
    if (!segment.empty())
        html.row({tr("Segment"),
                  QString::fromStdString(segment)
                      + (span.isSegment ? tr(" (this span is its root)") : QString())});
    if (span.profileId)
        html.row({tr("Profile"), fromView(data.text(span.profileId))});
    if (span.profilerId)
        html.row({tr("Profiler session"), fromView(data.text(span.profilerId))});
    if (span.threadId)
        html.row({tr("Thread"), fromView(data.text(span.threadId))});
    if (details && !details->sourceName.empty())
        html.row({tr("From file"), QString::fromStdString(details->sourceName)});

    QJsonObject record;
    if (details && !details->details.empty())
        record = QJsonDocument::fromJson(QByteArray::fromStdString(details->details)).object();

    const QJsonObject attributes = record.value(QLatin1String("attributes")).toObject();
    html.heading(tr("Attributes"));
    if (attributes.isEmpty())
        html.paragraph(details ? tr("This span has no attributes.")
                               : tr("The span's record is not at hand, so its attributes "
                                    "cannot be shown."));
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        m_attributes.append({it.key(), valueText(it.value())});
        html.row({it.key(), valueText(it.value())});
    }

    const QJsonArray events = record.value(QLatin1String("events")).toArray();
    if (!events.isEmpty()) {
        html.heading(tr("Events"));
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            const QJsonValue time = event.value(QLatin1String("time_ns"));
            const QString when = time.isDouble()
                ? tr("+%1").arg(duration(int64_t(time.toDouble()) - span.startNs))
                : tr("(no time)");
            html.row({when, event.value(QLatin1String("name")).toString(),
                      attributesText(event.value(QLatin1String("attributes")).toObject())});
        }
    }

    const QJsonArray links = record.value(QLatin1String("links")).toArray();
    if (!links.isEmpty()) {
        html.heading(tr("Links"));
        for (const QJsonValue &value : links) {
            const QJsonObject link = value.toObject();
            html.row({tr("trace %1").arg(link.value(QLatin1String("trace_id")).toString()),
                      tr("span %1").arg(link.value(QLatin1String("span_id")).toString()),
                      attributesText(link.value(QLatin1String("attributes")).toObject())});
        }
    }

    const QJsonObject measurements = record.value(QLatin1String("measurements")).toObject();
    if (!measurements.isEmpty()) {
        html.heading(tr("Measurements"));
        for (auto it = measurements.begin(); it != measurements.end(); ++it) {
            const QJsonObject m = it.value().toObject();
            html.row({it.key(),
                      measurementText(m.value(QLatin1String("value")).toDouble(),
                                      m.value(QLatin1String("unit")).toString())});
        }
    }
    m_text->setHtml(html.html());

    m_profileId = fromView(data.text(span.profileId));
    m_profilerId = fromView(data.text(span.profilerId));
    m_threadId = fromView(data.text(span.threadId));
    m_startNs = span.startNs;
    m_endNs = std::max(span.endNs, span.startNs);
    m_openProfile->setVisible(!m_profileId.isEmpty() || !m_profilerId.isEmpty());
}

void SpanDetailsPanel::requestProfile()
{
    Q_EMIT openProfileRequested(m_profileId, m_profilerId, m_threadId, m_startNs, m_endNs);
}

} // namespace eg::views
