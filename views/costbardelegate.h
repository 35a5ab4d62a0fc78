#pragma once

#include <QStyledItemDelegate>

namespace eg::views {

// Draws a bar behind a cell's text whose length is the cell's cost (a 0..1 fraction from
// a model role), so the heavy rows of a long table stand out before anyone reads numbers.
class CostBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // costRole: the role that holds the fraction, e.g. CallTreeModel::CostRole.
    explicit CostBarDelegate(int costRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_costRole;
};

} // namespace eg::views
