#include "sourcesmodel.h"

#include <QDateTime>
#include <QLocale>

namespace eg::itemmodels {

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourcesModel::setSources(std::vector<store::SourceInfo> sources)
{
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

const store::SourceInfo *SourcesModel::sourceAt(int row) const
{
    return row >= 0 && row < int(m_sources.size()) ? &m_sources[size_t(row)] : nullptr;
}

int SourcesModel::rowOfSource(int64_t sourceId) const
{
    for (size_t i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].id == sourceId)
            return int(i);
    }
    return -1;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    const store::SourceInfo *source = sourceAt(index.row());
    if (!source || !index.isValid())
        return {};
    if (role == SourceIdRole)
        return QVariant::fromValue(qint64(source->id));
    if (role == Qt::ToolTipRole) {
        return tr("%1\nImported from %2\non %3")
            .arg(source->name, source->path,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(source->importedAtMs),
                                    QLocale::LongFormat));
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return source->name;
    case FormatColumn:
        return source->format;
    case SizeColumn:
        return locale.formattedDataSize(source->sizeBytes);
    case ImportedColumn:
        return QDateTime::fromMSecsSinceEpoch(source->importedAtMs)
            .toString(QStringLiteral("d MMM HH:mm"));
    case ContentsColumn: {
        // The English source text is not a plural form of its own (Qt would print
        // "1 profile(s)"), so the two English forms are spelled out; translations use %n.
        QStringList parts;
        if (source->profileCount > 0
            || (source->spanCount == 0 && source->logCount == 0 && source->errorCount == 0))
            parts << (source->profileCount == 1
                          ? tr("1 profile")
                          : tr("%Ln profiles", nullptr, int(source->profileCount)));
        if (source->spanCount > 0) {
            parts << (source->traceCount == 1 ? tr("1 trace")
                                              : tr("%Ln traces", nullptr, int(source->traceCount)));
            parts << (source->spanCount == 1 ? tr("1 span")
                                             : tr("%Ln spans", nullptr, int(source->spanCount)));
        }
        if (source->logCount > 0)
            parts << (source->logCount == 1 ? tr("1 log line")
                                            : tr("%Ln log lines", nullptr, int(source->logCount)));
        if (source->errorCount > 0)
            parts << (source->errorCount == 1 ? tr("1 error")
                                              : tr("%Ln errors", nullptr, int(source->errorCount)));
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FormatColumn:
        return tr("Format");
    case SizeColumn:
        return tr("Size");
    case ImportedColumn:
        return tr("Imported");
    case ContentsColumn:
        return tr("Contains");
    default:
        return {};
    }
}

} // namespace eg::itemmodels
