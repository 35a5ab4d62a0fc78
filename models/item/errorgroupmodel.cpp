#include "errorgroupmodel.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace eg::itemmodels {

namespace {

QString timeText(int64_t ns)
{
    if (ns == 0)
        return ErrorGroupModel::tr("unknown");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ns / 1'000'000).toLocalTime(),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

ErrorGroupModel::ErrorGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ErrorGroupModel::setGroups(std::vector<store::ErrorGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    applySort();
    endResetModel();
}

const store::ErrorGroup *ErrorGroupModel::groupAt(int row) const
{
    return row >= 0 && row < int(m_groups.size()) ? &m_groups[size_t(row)] : nullptr;
}

int ErrorGroupModel::rowOfGroup(const QString &groupKey) const
{
    const std::string key = groupKey.toStdString();
    for (size_t row = 0; row < m_groups.size(); ++row)
        if (m_groups[row].groupKey == key)
            return int(row);
    return -1;
}

QString ErrorGroupModel::typeText(const store::ErrorGroup &group)
{
    return group.type.empty() ? tr("Message") : QString::fromStdString(group.type);
}

void ErrorGroupModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::string> keys;
    for (const QModelIndex &index : before)
        keys.push_back(m_groups[size_t(index.row())].groupKey);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOfGroup(QString::fromStdString(keys[size_t(i)])), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ErrorGroupModel::applySort()
{
    const auto less = [this](const store::ErrorGroup &x, const store::ErrorGroup &y) {
        switch (m_sortColumn) {
        case TypeColumn:
            if (x.type != y.type)
                return x.type < y.type;
            break;
        case MessageColumn:
            if (x.value != y.value)
                return x.value < y.value;
            break;
        case CountColumn:
            if (x.count != y.count)
                return x.count < y.count;
            break;
        case FirstSeenColumn:
            if (x.firstSeenNs != y.firstSeenNs)
                return x.firstSeenNs < y.firstSeenNs;
            break;
        default:
            break;
        }
        // Ties (and the last-seen column) go by last seen, then by key: a total order.
        if (x.lastSeenNs != y.lastSeenNs)
            return x.lastSeenNs < y.lastSeenNs;
        return x.groupKey < y.groupKey;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_groups.begin(), m_groups.end(), less);
    else
        std::sort(
            m_groups.begin(), m_groups.end(),
            [&](const store::ErrorGroup &a, const store::ErrorGroup &b) { return less(b, a); });
}

int ErrorGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ErrorGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorGroupModel::data(const QModelIndex &index, int role) const
{
    const store::ErrorGroup *group = index.isValid() ? groupAt(index.row()) : nullptr;
    if (!group)
        return {};
    switch (role) {
    case GroupKeyRole:
        return QString::fromStdString(group->groupKey);
    case LatestEventRole:
        return qint64(group->latestEventRow);
    case SortValueRole:
        switch (index.column()) {
        case TypeColumn:
            return QString::fromStdString(group->type);
        case MessageColumn:
            return QString::fromStdString(group->value);
        case CountColumn:
            return qint64(group->count);
        case FirstSeenColumn:
            return qint64(group->firstSeenNs);
        case LastSeenColumn:
            return qint64(group->lastSeenNs);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return typeText(*group);
        case MessageColumn:
            return QString::fromStdString(group->value);
        case CountColumn:
            return QLocale().toString(qint64(group->count));
        case FirstSeenColumn:
            return timeText(group->firstSeenNs);
        case LastSeenColumn:
            return timeText(group->lastSeenNs);
        }
        return {};
    case Qt::ToolTipRole:
        // English has no plural translation loaded, so its two forms are spelled out.
        return QString(typeText(*group) + QStringLiteral(": ")
                       + QString::fromStdString(group->value) + QLatin1Char('\n')
                       + (group->count == 1
                              ? tr("It happened once.")
                              : tr("It happened %n times.", nullptr, int(group->count))));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == TypeColumn && !group->type.empty())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    default:
        return {};
    }
}

QVariant ErrorGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TypeColumn:
            return tr("Error");
        case MessageColumn:
            return tr("Message");
        case CountColumn:
            return tr("Events");
        case FirstSeenColumn:
            return tr("First seen");
        case LastSeenColumn:
            return tr("Last seen");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TypeColumn:
            return tr("The kind of exception, or \"Message\" for an error reported as text");
        case MessageColumn:
            return tr("What the latest occurrence said; occurrences that differ only in "
                      "numbers or ids are one row");
        case CountColumn:
            return tr("How many times it happened");
        }
    }
    return {};
}

} // namespace eg::itemmodels
