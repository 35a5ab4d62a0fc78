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
        tr("Emberglass reads the fields of JSON log lines by their usual names, shown in grey "
           "in each box below. If your logger calls a field something else, for example its "
           "time <i>when</i>, type that name in the field's box. Leave a box empty to keep "
           "the usual names."),
        this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    auto *note = new QLabel(tr("The names apply to the files you import from now on. A file "
                               "already imported stays as it was read: to read it with these "
                               "names, remove it and import it again."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    // The usual names (a few of those the JSON lines importer tries) are JSON keys, not
    // words to translate.
    struct Role
    {
        const char *role;
        QString label;
        const char *usualNames;
    };
    const Role roles[] = {
        {"time", tr("&Time:"), "timestamp, @timestamp, time, ts"},
        {"message", tr("&Message:"), "message, msg, body, text"},
        {"level", tr("&Level:"), "level, severity, log.level, levelname"},
        {"service", tr("&Service:"), "service, service.name, app, logger"},
        {"trace_id", tr("T&race ID:"), "trace_id, traceId, trace.id"},
        {"span_id", tr("S&pan ID:"), "span_id, spanId, span.id"},
    };
    for (const Role &role : roles) {
        auto *edit = new QLineEdit(QString::fromStdString(names.get(role.role)), this);
        edit->setPlaceholderText(QLatin1String(role.usualNames) + QStringLiteral(", …"));
        edit->setObjectName(QLatin1String(role.role));
        form->addRow(role.label, edit);
        m_rows.push_back({role.role, edit});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(layout->spacing());
    layout->addLayout(form);
    layout->addSpacing(layout->spacing());
    layout->addWidget(note);
    layout->addSpacing(layout->spacing());
    layout->addWidget(buttons);
    // As tall as the wrapped text needs at this width: sizeHint() wraps it narrower, and
    // the labels would float in the room left over.
    constexpr int kWidth = 560;
    resize(kWidth, hasHeightForWidth() ? heightForWidth(kWidth) : sizeHint().height());
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
