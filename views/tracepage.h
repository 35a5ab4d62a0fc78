#pragma once

#include "loadedtrace.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolButton;

namespace eg::store {
class Cache;
}

namespace eg::views {

class SpanDetailsPanel;
class WaterfallMinimap;
class WaterfallView;

// The page for one trace: what it is and what was slow in plain words, any problems the
// span tree worked around, then the waterfall with an overview above it and the selected
// span's details beside it. The toolbar switches colours (service or op), the critical
// path and the compressed idle gaps, opens every row, explains how to read the view, and
// searches spans by name, op or service.
class TracePage : public QWidget
{
    Q_OBJECT

public:
    explicit TracePage(QWidget *parent = nullptr);
    ~TracePage() override;

    // An empty trace clears the page; one with an error says so.
    void setLoadedTrace(const LoadedTrace &trace);
    const LoadedTrace &loadedTrace() const { return m_trace; }
    // Selects the span stored in this span table row (for the Navigator).
    void selectSpanByRow(int64_t rowId);

    // The headline and the repeated-work sentence as plain text, names in `backticks`.
    QString headlineText() const { return m_headlineText; }
    QString repeatedWorkText() const { return m_repeatedText; }
    QString introText() const;
    QString warningText() const;
    WaterfallView *waterfall() const { return m_view; }
    WaterfallMinimap *minimap() const { return m_minimap; }
    SpanDetailsPanel *detailsPanel() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *colourPicker() const { return m_colourBy; }
    QToolButton *criticalPathToggle() const { return m_critical; }
    QToolButton *compressGapsToggle() const { return m_compress; }
    QToolButton *expandAllButton() const { return m_expandAll; }
    QToolButton *previousMatchButton() const { return m_previousMatch; }
    QToolButton *nextMatchButton() const { return m_nextMatch; }
    QLabel *matchLabel() const { return m_matches; }
    // "Logs of this trace (n)", shown when the cache holds lines of the trace.
    QToolButton *traceLogsButton() const { return m_traceLogs; }
    int64_t traceLogCount() const { return m_traceLogCount; }
    // "Errors of this trace (n)", shown when the cache holds error events of the trace.
    QToolButton *traceErrorsButton() const { return m_traceErrors; }

    static QString howToReadText();

Q_SIGNALS:
    // A span was selected (its span table row), by a click, a search or the keyboard.
    void spanSelected(qint64 rowId);
    // The span's profile, limited to the span's time (ns since the epoch).
    void openProfileRequested(const QString &profileId, const QString &profilerId,
                              const QString &threadId, qint64 startNs, qint64 endNs);
    // The log timeline of the whole trace, or of one span (its span table row).
    void traceLogsRequested(const QString &traceId);
    void spanLogsRequested(const QString &traceId, qint64 rowId);
    // The errors list of the whole trace, or of one span (its span table row).
    void traceErrorsRequested(const QString &traceId);
    void spanErrorsRequested(const QString &traceId, qint64 rowId);

private:
    void onSpanSelected(int32_t node);
    void updateMatches();
    void updateLegend();
    void showHowToRead();
    std::optional<store::SpanDetails> readDetails(int64_t rowId);
    // Lines of the trace (of one span, with a span id) in the cache; 0 when unknown.
    int64_t logCount(const std::string &traceId, const std::string &spanId);
    // Error events of the trace (of one span, with a span id) in the cache; 0 when unknown.
    int64_t errorCount(const std::string &traceId, const std::string &spanId);
    const store::Cache *detailsCache();

    QLabel *m_headline = nullptr;
    QLabel *m_repeated = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_warnings = nullptr;
    QComboBox *m_colourBy = nullptr;
    QToolButton *m_critical = nullptr;
    QToolButton *m_compress = nullptr;
    QToolButton *m_expandAll = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_previousMatch = nullptr;
    QToolButton *m_nextMatch = nullptr;
    QLabel *m_matches = nullptr;
    QToolButton *m_help = nullptr;
    QToolButton *m_traceLogs = nullptr;
    QToolButton *m_traceErrors = nullptr;
    QLabel *m_legend = nullptr;
    WaterfallMinimap *m_minimap = nullptr;
    WaterfallView *m_view = nullptr;
    SpanDetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;

    LoadedTrace m_trace;
    QString m_headlineText;
    QString m_repeatedText;
    QString m_introText;
    int64_t m_traceLogCount = 0;
    int64_t m_selectedRow = 0;
    // The GUI thread's own connection, for the details of one span at a time.
    std::unique_ptr<store::Cache> m_cache;
};

} // namespace eg::views
