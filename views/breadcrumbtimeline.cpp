#include "breadcrumbtimeline.h"

#include "models/analysis/weightformatter.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace eg::views {

using itemmodels::ErrorBreadcrumb;

namespace {

constexpr int kDotColumn = 22;
constexpr int kDotRadius = 5;
constexpr int kGap = 10;

QString dataValue(const ErrorBreadcrumb &crumb, const char *key)
{
    for (const auto &[name, value] : crumb.data)
        if (name == QLatin1String(key))
            return value;
    return {};
}

// What the step said: its message, or for an HTTP request "GET url → 404", or its data.
QString textOf(const ErrorBreadcrumb &crumb)
{
    if (!crumb.message.isEmpty())
        return crumb.message;
    const QString url = dataValue(crumb, "url");
    if (!url.isEmpty()) {
        QString method = dataValue(crumb, "http.request.method");
        if (method.isEmpty())
            method = dataValue(crumb, "method");
        const QString status = dataValue(crumb, "status_code");
        return (method.isEmpty() ? url : method + QLatin1Char(' ') + url)
            + (status.isEmpty() ? QString() : QStringLiteral(" → ") + status);
    }
    const QString to = dataValue(crumb, "to");
    if (!to.isEmpty())
        return BreadcrumbTimeline::tr("to %1").arg(to);
    QStringList parts;
    for (const auto &[name, value] : crumb.data)
        parts << name + QLatin1Char('=') + value;
    return parts.join(QStringLiteral(", "));
}

QString timeOf(const ErrorBreadcrumb &crumb, std::optional<double> errorSeconds)
{
    if (!crumb.timeSeconds)
        return BreadcrumbTimeline::tr("unknown time");
    if (!errorSeconds)
        return QDateTime::fromMSecsSinceEpoch(qint64(*crumb.timeSeconds * 1000))
            .toLocalTime()
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    const double before = *errorSeconds - *crumb.timeSeconds;
    if (before < 0)
        return BreadcrumbTimeline::tr("%1 after")
            .arg(analysis::WeightFormatter::formatDuration(-before * 1e9));
    return BreadcrumbTimeline::tr("%1 before")
        .arg(analysis::WeightFormatter::formatDuration(before * 1e9));
}

QString detailsOf(const ErrorBreadcrumb &crumb)
{
    QStringList lines;
    const auto line = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines << name + QStringLiteral(": ") + value;
    };
    line(BreadcrumbTimeline::tr("category"), crumb.category);
    line(BreadcrumbTimeline::tr("type"), crumb.type);
    line(BreadcrumbTimeline::tr("level"), crumb.level);
    line(BreadcrumbTimeline::tr("message"), crumb.message);
    for (const auto &[name, value] : crumb.data)
        line(name, value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

BreadcrumbTimeline::BreadcrumbTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BreadcrumbTimeline::setBreadcrumbs(const QList<ErrorBreadcrumb> &crumbs,
                                        std::optional<double> errorSeconds,
                                        const QString &errorTitle)
{
    m_rows.clear();
    for (const ErrorBreadcrumb &crumb : crumbs)
        m_rows.append({timeOf(crumb, errorSeconds),
                       crumb.category.isEmpty() ? crumb.type : crumb.category, textOf(crumb),
                       crumb.level, detailsOf(crumb)});
    m_rows.append({tr("the error"), tr("error"), errorTitle, QStringLiteral("error"), errorTitle});
    updateGeometry();
    update();
}

QStringList BreadcrumbTimeline::rowTexts() const
{
    QStringList texts;
    for (const Row &row : m_rows)
        texts << row.time + QStringLiteral(" · ") + row.category + QStringLiteral(" · ") + row.text;
    return texts;
}

bool BreadcrumbTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = help->pos().y() / rowHeight();
        if (row >= 0 && row < int(m_rows.size()))
            QToolTip::showText(help->globalPos(), m_rows[row].details, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QColor BreadcrumbTimeline::levelColour(const QString &level)
{
    if (level == QLatin1String("fatal"))
        return QColor(0x8e, 0x00, 0x00);
    if (level == QLatin1String("error"))
        return QColor(0xe5, 0x39, 0x35);
    if (level == QLatin1String("warning") || level == QLatin1String("warn"))
        return QColor(0xfb, 0x8c, 0x00);
    if (level == QLatin1String("debug"))
        return QColor(0x9e, 0x9e, 0x9e);
    return QColor(0x1e, 0x88, 0xe5); // info and anything else
}

int BreadcrumbTimeline::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int BreadcrumbTimeline::timeColumnWidth() const
{
    int width = 0;
    for (const Row &row : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(row.time));
    return width;
}

int BreadcrumbTimeline::categoryColumnWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (const Row &row : m_rows)
        width = std::max(width, metrics.horizontalAdvance(row.category));
    return width;
}

QPoint BreadcrumbTimeline::dotCentre(int row) const
{
    return {timeColumnWidth() + kGap + kDotColumn / 2, row * rowHeight() + rowHeight() / 2};
}

QSize BreadcrumbTimeline::sizeHint() const
{
    return {timeColumnWidth() + kDotColumn + categoryColumnWidth() + 3 * kGap + 400,
            int(m_rows.size()) * rowHeight()};
}

QSize BreadcrumbTimeline::minimumSizeHint() const
{
    return {timeColumnWidth() + kDotColumn + categoryColumnWidth() + 3 * kGap + 80,
            int(m_rows.size()) * rowHeight()};
}

void BreadcrumbTimeline::paintEvent(QPaintEvent *)
{
    if (m_rows.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int height = rowHeight();
    const int timeWidth = timeColumnWidth();
    const int lineX = dotCentre(0).x();
    // The line runs from the first step's dot to the error's.
    painter.setPen(QPen(palette().color(QPalette::Mid), 2));
    painter.drawLine(lineX, dotCentre(0).y(), lineX, dotCentre(int(m_rows.size()) - 1).y());

    QFont bold = font();
    bold.setBold(true);
    const int categoryX = lineX + kDotColumn / 2 + kGap;
    const int textX = categoryX + categoryColumnWidth() + kGap;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Row &row = m_rows[i];
        const bool last = i == int(m_rows.size()) - 1;
        const QRect band(0, i * height, width(), height);
        painter.setFont(last ? bold : font());
        painter.setPen(palette().color(last ? QPalette::WindowText : QPalette::PlaceholderText));
        painter.drawText(QRect(0, band.y(), timeWidth, height), Qt::AlignRight | Qt::AlignVCenter,
                         row.time);
        const QColor colour = levelColour(row.level);
        painter.setPen(QPen(colour.darker(130), 1));
        painter.setBrush(colour);
        const int radius = last ? kDotRadius + 2 : kDotRadius;
        painter.drawEllipse(dotCentre(i), radius, radius);
        painter.setFont(bold);
        painter.setPen(last ? colour : palette().color(QPalette::WindowText));
        painter.drawText(QRect(categoryX, band.y(), textX - categoryX, height),
                         Qt::AlignLeft | Qt::AlignVCenter, row.category);
        painter.setFont(last ? bold : font());
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect textRect(textX, band.y(), std::max(0, width() - textX - 4), height);
        painter.drawText(
            textRect, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(row.text, Qt::ElideRight, textRect.width()));
    }
}

} // namespace eg::views
