#include "logmessagedelegate.h"

#include "models/item/logtablemodel.h"

#include <QApplication>
#include <QPainter>

namespace eg::views {

void LogMessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const auto ranges
        = index.data(itemmodels::LogTableModel::MatchRangesRole).value<QList<QPair<int, int>>>();
    if (ranges.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetrics metrics(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor normal = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    // A marker yellow that reads on both the plain and the selected row.
    const QColor mark(0xff, 0xd5, 0x4f);
    painter->save();
    painter->setClipRect(textRect);
    painter->setFont(opt.font);
    const int baseline
        = textRect.top() + (textRect.height() + metrics.ascent() - metrics.descent()) / 2;
    int x = textRect.left();
    int at = 0;
    const auto drawPiece = [&](int from, int length, bool marked) {
        if (length <= 0 || x > textRect.right())
            return;
        const QString piece = text.mid(from, length);
        const int width = metrics.horizontalAdvance(piece);
        if (marked) {
            painter->fillRect(QRect(x, textRect.top() + 2, width, textRect.height() - 4), mark);
            painter->setPen(Qt::black);
        } else {
            painter->setPen(normal);
        }
        painter->drawText(x, baseline, piece);
        x += width;
    };
    for (const auto &[start, length] : ranges) {
        drawPiece(at, start - at, false);
        drawPiece(start, length, true);
        at = start + length;
    }
    drawPiece(at, int(text.size()) - at, false);
    painter->restore();
}

} // namespace eg::views
