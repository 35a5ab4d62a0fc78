#include "costbardelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace eg::views {

CostBarDelegate::CostBarDelegate(int costRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_costRole(costRole)
{ }

void CostBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QVariant cost = index.data(m_costRole);
    if (!cost.isValid())
        return QStyledItemDelegate::paint(painter, option, index);

    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection first, then the bar, then the text on top; the stock
    // CE_ItemViewItem would paint the selection over the bar.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const double fraction = std::clamp(cost.toDouble(), 0.0, 1.0);
    if (fraction > 0) {
        QRectF bar = QRectF(opt.rect).adjusted(2, 3, -2, -3);
        bar.setWidth(std::max(1.0, bar.width() * fraction));
        QColor colour(0xf0, 0x8c, 0x3c); // the warm hue of the flame graph
        colour.setAlpha(opt.state & QStyle::State_Selected ? 0x90 : 0x60);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(bar, 2, 2);
        painter->restore();
    }

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role
        = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect inner = textRect.adjusted(margin, 0, -margin, 0);
    const QString text = opt.fontMetrics.elidedText(opt.text, opt.textElideMode, inner.width());
    painter->drawText(inner, int(opt.displayAlignment), text);
    painter->restore();
}

} // namespace eg::views
