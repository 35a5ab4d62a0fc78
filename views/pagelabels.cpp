#include "pagelabels.h"

#include <QLabel>

namespace eg::views {

QLabel *PageLabels::headline(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    label->setAccessibleName(accessibleName);
    return label;
}

QLabel *PageLabels::quietNote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette quiet = label->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    label->setPalette(quiet);
    return label;
}

} // namespace eg::views
