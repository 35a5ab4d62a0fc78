#pragma once

#include "importers/common/logfieldnames.h"

#include <QDialog>

class QLineEdit;

namespace eg::app {

// File → Log Fields…: the names a user's logger gives to the time, message, level,
// service and trace and span ids of its JSON lines, where they are not the usual ones
// that imports find by themselves.
class LogFieldsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LogFieldsDialog(const importers::LogFieldNames &names, QWidget *parent = nullptr);

    importers::LogFieldNames names() const;
    // The field for a role of LogFieldNames::set() ("time", "trace_id", …), for tests.
    QLineEdit *field(const char *role) const;

private:
    struct Row
    {
        const char *role;
        QLineEdit *edit;
    };
    std::vector<Row> m_rows;
};

} // namespace eg::app
