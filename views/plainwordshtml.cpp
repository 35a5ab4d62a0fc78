#include "plainwordshtml.h"

#include <QStringList>

namespace eg::views {

QString PlainWordsHtml::boldNames(const QString &plain)
{
    const QStringList parts = plain.split(QLatin1Char('`'));
    QString html;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString escaped = parts[i].toHtmlEscaped();
        html += i % 2 ? QStringLiteral("<b>") + escaped + QStringLiteral("</b>") : escaped;
    }
    return html;
}

QString PlainWordsHtml::toolTip(const QString &plain)
{
    const QStringList lines = plain.split(QLatin1Char('\n'));
    QString html = QStringLiteral("<b>") + lines.value(0).toHtmlEscaped() + QStringLiteral("</b>");
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += QStringLiteral("<br/>") + lines[i].toHtmlEscaped();
    return html;
}

} // namespace eg::views
