#pragma once

#include <QStyledItemDelegate>

namespace eg::views {

// Draws a log message on one line with the places a search matched marked in the
// highlight colour (LogTableModel::MatchRangesRole), so that the eye finds the word in a
// long line.
class LogMessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace eg::views
