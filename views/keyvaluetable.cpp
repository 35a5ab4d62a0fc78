#include "keyvaluetable.h"

#include <QHeaderView>

namespace eg::views {

KeyValueTable::KeyValueTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KeyValueTable::setRows(const QList<QPair<QString, QString>> &rows)
{
    setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        setItem(i, 0, new QTableWidgetItem(rows[i].first));
        auto *value = new QTableWidgetItem(rows[i].second);
        value->setToolTip(rows[i].second);
        setItem(i, 1, value);
    }
    const int height = horizontalHeader()->sizeHint().height()
        + int(rows.size()) * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    setFixedHeight(height);
}

QList<QPair<QString, QString>> KeyValueTable::rows() const
{
    QList<QPair<QString, QString>> result;
    for (int i = 0; i < rowCount(); ++i)
        result.append({item(i, 0)->text(), item(i, 1)->text()});
    return result;
}

} // namespace eg::views
