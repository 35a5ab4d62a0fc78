#pragma once

#include "models/store/logreader.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace eg::views {

// The selected log line whole, beside the log table: when, level, service, the full
// message, its trace and span (with a button to the trace's waterfall), its attributes
// pretty-printed, and on request the lines written just before and after it in its file.
class LogDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogDetailsPanel(QWidget *parent = nullptr);

    // `attributes` is the record's attributes JSON object text.
    void showRow(const store::LogRow &row, const std::string &attributes);
    void clear();
    // The lines around the one shown (LogReader::around), the shown one marked.
    void showSurrounding(const std::vector<store::LogRow> &rows);
    int64_t logId() const { return m_row.id; }

    QString plainText() const;
    QPushButton *openTraceButton() const { return m_openTrace; }
    QPushButton *surroundingButton() const { return m_surrounding; }

    // Attributes JSON as indented text; text that is not JSON as it is.
    static QString prettyJson(const std::string &json);

Q_SIGNALS:
    void traceRequested(const QString &traceId, const QString &spanId);
    void surroundingRequested(qint64 logId);

private:
    QLabel *m_title = nullptr;
    QPushButton *m_openTrace = nullptr;
    QPushButton *m_surrounding = nullptr;
    QTextBrowser *m_text = nullptr;
    store::LogRow m_row;
    QString m_html; // the record's part, to which the surrounding lines are added
};

} // namespace eg::views
