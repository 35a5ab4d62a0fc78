#pragma once

#include "loadedtrace.h"

#include "models/store/tracedata.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace eg::views {

// Everything known about the selected span, beside the waterfall: what it was (name, op,
// service, kind, status, with failures in red), when (start in the trace, duration, own
// work, time on the critical path), its ids and source file, and what its record carried
// (attributes, events, links, measurements). A span tied to a profile gets a button that
// opens the profile for just the span's time.
class SpanDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpanDetailsPanel(QWidget *parent = nullptr);

    // `details` is what TraceReader::spanDetails() read for the span; without it only the
    // figures of the tree are shown.
    void showSpan(const LoadedTrace &trace, int32_t node,
                  const std::optional<store::SpanDetails> &details);
    void clear();
    int32_t node() const { return m_node; }

    QString title() const;
    // The panel's text without markup, for tests and copying.
    QString plainText() const;
    // Attributes in the order shown, as key and value text.
    const QList<QPair<QString, QString>> &attributes() const { return m_attributes; }
    QPushButton *openProfileButton() const { return m_openProfile; }
    // "Logs of this span (n)": shown when n > 0.
    void setLogCount(int64_t count);
    QPushButton *spanLogsButton() const { return m_spanLogs; }
    // "Errors of this span (n)": shown when n > 0.
    void setErrorCount(int64_t count);
    QPushButton *spanErrorsButton() const { return m_spanErrors; }
    // The row of buttons that lead from the span to what else the cache holds of it
    // (its profile, its logs), for other links to join.
    QHBoxLayout *linkRow() const { return m_links; }

Q_SIGNALS:
    // The span's profile, limited to the span's time (ns since the epoch).
    void openProfileRequested(const QString &profileId, const QString &profilerId,
                              const QString &threadId, qint64 startNs, qint64 endNs);
    // The log lines written during the span (its trace and span id).
    void logsRequested();
    // The error events raised during the span.
    void errorsRequested();

private:
    void requestProfile();

    QLabel *m_title = nullptr;
    QPushButton *m_openProfile = nullptr;
    QPushButton *m_spanLogs = nullptr;
    QPushButton *m_spanErrors = nullptr;
    QHBoxLayout *m_links = nullptr;
    QTextBrowser *m_text = nullptr;
    QList<QPair<QString, QString>> m_attributes;
    int32_t m_node = -1;
    QString m_profileId;
    QString m_profilerId;
    QString m_threadId;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
};

} // namespace eg::views
