#include "logfieldsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace eg::app {

LogFieldsDialog::LogFieldsDialog(const importers::LogFieldNames &names, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Log Fields"));
    auto *intro = new QLabel(
        tr("Emberglass finds the fields of JSON log lines by their usual names: <i>time</i>, "
           "<i>timestamp</i>, <i>ts</i> or <i>@timestamp</i> for the time, <i>msg</i>, "
           "<i>message</i> or <i>body</i> for the text, <i>level</i> or <i>severity</i>, "
           "<i>service</i>, <i>trace_id</i> and <i>span_id</i>. If your logger names them "
           "otherwise, write its names here. They are used for the files you import from "
           "now on; a file already imported keeps how it was read (remove it and import it "
           "again)."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const std::pair<const char *, QString> roles[] = {
        {"time", tr("Time")},       {"message", tr("Message")},   {"level", tr("Level")},
        {"service", tr("Service")}, {"trace_id", tr("Trace id")}, {"span_id", tr("Span id")},
    };
    for (const auto &[role, label] : roles) {
        auto *edit = new QLineEdit(QString::fromStdString(names.get(role)), this);
        edit->setPlaceholderText(tr("found by itself"));
        edit->setObjectName(QLatin1String(role));
        form->addRow(label, edit);
        m_rows.push_back({role, edit});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

importers::LogFieldNames LogFieldsDialog::names() const
{
    importers::LogFieldNames names;
    for (const Row &row : m_rows)
        names.set(row.role, row.edit->text().trimmed().toStdString());
    return names;
}

QLineEdit *LogFieldsDialog::field(const char *role) const
{
    for (const Row &row : m_rows) {
        if (std::string_view(row.role) == role)
            return row.edit;
    }
    return nullptr;
}

} // namespace eg::app
