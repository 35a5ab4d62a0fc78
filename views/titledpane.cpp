#include "titledpane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eg::views {

TitledPane::TitledPane(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content, 1);
}

} // namespace eg::views
