#include "erroreventlistmodel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace eg::itemmodels {

ErrorEventListModel::ErrorEventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ErrorEventListModel::setEvents(std::vector<store::ErrorEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

const store::ErrorEvent *ErrorEventListModel::eventAt(int row) const
{
    return row >= 0 && row < int(m_events.size()) ? &m_events[size_t(row)] : nullptr;
}

int ErrorEventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ErrorEventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorEventListModel::data(const QModelIndex &index, int role) const
{
    const store::ErrorEvent *event = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!event)
        return {};
    const bool hasTrace = !event->traceId.empty();
    switch (role) {
    case EventRowRole:
        return qint64(event->row);
    case TraceIdRole:
        return QString::fromStdString(event->traceId);
    case SpanIdRole:
        return QString::fromStdString(event->spanId);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            if (!event->timeNs)
                return tr("unknown");
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(*event->timeNs / 1'000'000).toLocalTime(),
                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return QString::fromStdString(event->level);
        case ReleaseColumn:
            return QString::fromStdString(event->release);
        case EnvironmentColumn:
            return QString::fromStdString(event->environment);
        case TraceColumn:
            // The first 8 digits tell traces apart at a glance; the tooltip has them all.
            return hasTrace
                ? tr("trace %1").arg(QString::fromStdString(event->traceId.substr(0, 8)))
                : tr("none");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TraceColumn)
            return hasTrace ? tr("Open trace %1").arg(QString::fromStdString(event->traceId))
                            : tr("This event was not captured during a trace");
        return tr("Event %1").arg(QString::fromStdString(event->eventId));
    case Qt::ForegroundRole:
        if (index.column() == TraceColumn)
            return hasTrace ? QBrush(QColor(0x15, 0x65, 0xc0)) : QBrush(Qt::gray);
        return {};
    case Qt::FontRole:
        if (index.column() == TraceColumn && hasTrace) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ErrorEventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ReleaseColumn:
        return tr("Release");
    case EnvironmentColumn:
        return tr("Environment");
    case TraceColumn:
        return tr("Trace");
    }
    return {};
}

} // namespace eg::itemmodels
