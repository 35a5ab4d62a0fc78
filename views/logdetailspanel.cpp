#include "logdetailspanel.h"

#include "models/item/loglevelpalette.h"
#include "models/item/logtablemodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eg::views {

using itemmodels::LogLevelPalette;

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString cell(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><td style=\"color: #666666; padding-right: 10px\">")
        + label.toHtmlEscaped() + QStringLiteral("</td><td>") + html + QStringLiteral("</td></tr>");
}

QString timeOf(const store::LogRow &row)
{
    return row.timeNs ? QDateTime::fromMSecsSinceEpoch(*row.timeNs / 1'000'000)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                      : QString();
}

} // namespace

LogDetailsPanel::LogDetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_openTrace = new QPushButton(tr("Open its trace"), this);
    m_openTrace->setToolTip(tr("Shows the waterfall of the trace this line was written in, "
                               "with its span selected"));
    m_surrounding = new QPushButton(tr("Show surrounding lines"), this);
    m_surrounding->setToolTip(tr("The lines written just before and after this one in its "
                                 "file, whatever the filters"));
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setAccessibleName(tr("Log line details"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openTrace);
    buttons->addWidget(m_surrounding);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);

    connect(m_openTrace, &QPushButton::clicked, this,
            [this] { Q_EMIT traceRequested(fromStd(m_row.traceId), fromStd(m_row.spanId)); });
    connect(m_surrounding, &QPushButton::clicked, this,
            [this] { Q_EMIT surroundingRequested(m_row.id); });
    clear();
}

void LogDetailsPanel::clear()
{
    m_row = {};
    m_html.clear();
    m_title->setText(tr("No line selected"));
    m_text->setPlainText(tr("Click a line of the table to see it whole here: its message, "
                            "trace, span and attributes."));
    m_openTrace->hide();
    m_surrounding->hide();
}

QString LogDetailsPanel::prettyJson(const std::string &json)
{
    if (json.empty())
        return QString();
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json));
    if (document.isNull())
        return fromStd(json);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

void LogDetailsPanel::showRow(const store::LogRow &row, const std::string &attributes)
{
    m_row = row;
    const QColor colour = LogLevelPalette::colour(row.level);
    m_title->setText(tr("%1 line").arg(LogLevelPalette::name(row.level)));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += cell(tr("Time"),
                 row.timeNs ? timeOf(row).toHtmlEscaped()
                            : (row.timeProblem == store::LogRecord::TimeProblem::Unreadable
                                   ? tr("unreadable; listed by its place in the file")
                                   : tr("none; listed by its place in the file")));
    html += cell(tr("Level"),
                 QStringLiteral("<b style=\"color: %1\">").arg(colour.name())
                     + LogLevelPalette::name(row.level).toHtmlEscaped() + QStringLiteral("</b> (")
                     + fromStd(row.levelText).toHtmlEscaped() + QStringLiteral(")"));
    if (!row.service.empty())
        html += cell(tr("Service"), fromStd(row.service).toHtmlEscaped());
    if (!row.traceId.empty())
        html += cell(tr("Trace"), fromStd(row.traceId).toHtmlEscaped());
    if (!row.spanId.empty())
        html += cell(tr("Span"), fromStd(row.spanId).toHtmlEscaped());
    html += cell(tr("Line in file"), QString::number(row.ordinal + 1));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4 style=\"margin-bottom: 2px\">") + tr("Message").toHtmlEscaped()
        + QStringLiteral("</h4><pre style=\"white-space: pre-wrap\">")
        + fromStd(row.body).toHtmlEscaped() + QStringLiteral("</pre>");
    const QString pretty = prettyJson(attributes);
    html += QStringLiteral("<h4 style=\"margin-bottom: 2px\">") + tr("Attributes").toHtmlEscaped()
        + QStringLiteral("</h4>");
    if (pretty.isEmpty() || pretty == QLatin1String("{\n}") || pretty == QLatin1String("{}"))
        html += QStringLiteral("<p>") + tr("This line has no attributes.").toHtmlEscaped()
            + QStringLiteral("</p>");
    else
        html += QStringLiteral("<pre>") + pretty.toHtmlEscaped() + QStringLiteral("</pre>");
    m_html = html;
    m_text->setHtml(html);
    m_openTrace->setVisible(!row.traceId.empty());
    m_surrounding->show();
}

void LogDetailsPanel::showSurrounding(const std::vector<store::LogRow> &rows)
{
    if (m_row.id == 0)
        return;
    QString html = m_html + QStringLiteral("<h4 style=\"margin-bottom: 2px\">")
        + tr("Surrounding lines in its file").toHtmlEscaped()
        + QStringLiteral("</h4><table cellspacing=\"0\" cellpadding=\"1\">");
    for (const store::LogRow &row : rows) {
        const bool self = row.id == m_row.id;
        const QString style = self ? QStringLiteral(" style=\"background: #fff4ce\"") : QString();
        html
            += QStringLiteral("<tr%1><td>%2</td><td style=\"color: %3\">%4</td><td>%5</td></tr>")
                   .arg(style,
                        (self ? QStringLiteral("<a name=\"line\"></a>") : QString())
                            + timeOf(row).right(12).toHtmlEscaped(),
                        LogLevelPalette::colour(row.level).name(),
                        LogLevelPalette::name(row.level).toHtmlEscaped(),
                        (self ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1"))
                            .arg(itemmodels::LogTableModel::messageLine(row.body).toHtmlEscaped()));
    }
    html += QStringLiteral("</table>");
    m_text->setHtml(html);
    m_text->scrollToAnchor(QStringLiteral("line"));
}

QString LogDetailsPanel::plainText() const
{
    return m_text->toPlainText();
}

} // namespace eg::views
