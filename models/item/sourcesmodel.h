#pragma once

#include "models/store/cache.h"

#include <QAbstractTableModel>

#include <vector>

namespace eg::itemmodels {

// Every imported source, for the sources list: name, format, size, when, what it holds.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FormatColumn,
        SizeColumn,
        ImportedColumn,
        ContentsColumn,
        ColumnCount
    };
    enum Role { SourceIdRole = Qt::UserRole + 1 };

    explicit SourcesModel(QObject *parent = nullptr);

    // Swaps in a new list (read on the GUI thread: it is a few rows).
    void setSources(std::vector<store::SourceInfo> sources);
    const store::SourceInfo *sourceAt(int row) const;
    int rowOfSource(int64_t sourceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<store::SourceInfo> m_sources;
};

} // namespace eg::itemmodels
