#pragma once

#include <QList>
#include <QPair>
#include <QTableWidget>

namespace eg::views {

// A read-only two-column table of names and values (an error's tags and contexts), as
// tall as its rows so that the page around it scrolls rather than the table.
class KeyValueTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit KeyValueTable(QWidget *parent = nullptr);

    void setRows(const QList<QPair<QString, QString>> &rows);
    QList<QPair<QString, QString>> rows() const;
};

} // namespace eg::views
