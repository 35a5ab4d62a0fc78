#pragma once

#include "logfilterstate.h"
#include "logqueryresult.h"

#include "models/store/logreader.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace eg::store {
class Cache;
}
namespace eg::itemmodels {
class LogTableModel;
}

namespace eg::views {

class LogDetailsPanel;
class LogFilterBar;
class LogHistogramView;

// The log timeline: a sentence on what the lines are and what stands out, a stacked
// histogram of log volume by level over time (drag across it to look closer), the filters
// (search, levels, service, attribute), the lines in a table that reads only what is on
// screen, and the selected line whole beside it. Every query runs off the GUI thread;
// the latest one asked for wins.
class LogTimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit LogTimelinePage(QWidget *parent = nullptr);
    ~LogTimelinePage() override;

    // Shows the logs that `scope` keeps (its sources, trace, span; its time window, if
    // any, as the first range shown), read from the cache at `cachePath`, with the
    // user's own filters set to `filters` (empty on a new page, as they were on Back).
    // `scopeText` names the scope in the title ("`app.jsonl`").
    void showLogs(const QString &cachePath, const store::LogFilter &scope, const QString &scopeText,
                  const LogFilterState &filters = {});
    // Looks at [fromNs, toNs) only (the chart zooms, the table follows); nullopt: the
    // whole time of the scope again.
    void setTimeRange(std::optional<std::pair<int64_t, int64_t>> range);
    std::optional<std::pair<int64_t, int64_t>> timeRange() const { return m_range; }
    LogFilterState filterState() const;
    // Asks again with the filters as they are now.
    void requery();

    bool isLoading() const { return m_loading; }
    const LogQueryResult &result() const { return m_result; }
    const store::LogFilter &scope() const { return m_scope; }
    QString scopeText() const { return m_scopeText; }
    QString headlineText() const { return m_headlineText; }
    static QString howToReadText();

    LogHistogramView *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    itemmodels::LogTableModel *model() const { return m_model; }
    LogFilterBar *filterBar() const { return m_filters; }
    LogDetailsPanel *detailsPanel() const { return m_details; }
    QToolButton *clearRangeButton() const { return m_clearRange; }

Q_SIGNALS:
    // The user asked for the trace of a line (its span, when it names one).
    void traceRequested(const QString &traceId, const QString &spanId);
    // A query's results are on screen.
    void queryFinished();
    // The user picked a stretch of time (both 0: the whole time again), for the
    // Navigator to keep with the page so that Back returns to it.
    void timeRangeChanged(qint64 fromNs, qint64 toNs);
    // The user changed a filter of the filter bar, for the Navigator to keep likewise.
    void filtersChanged(const eg::views::LogFilterState &filters);

private:
    void applyPart(LogQueryResult part);
    void onCurrentRowChanged(int row);
    void showSurrounding(qint64 logId);
    void updateRangeLabel();
    const store::Cache *guiCache();

    QLabel *m_headline = nullptr;
    QLabel *m_intro = nullptr;
    LogFilterBar *m_filters = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QToolButton *m_clearRange = nullptr;
    LogHistogramView *m_chart = nullptr;
    QTableView *m_table = nullptr;
    itemmodels::LogTableModel *m_model = nullptr;
    LogDetailsPanel *m_details = nullptr;

    QString m_cachePath;
    store::LogFilter m_scope;
    QString m_scopeText;
    std::optional<std::pair<int64_t, int64_t>> m_range;
    LogQueryResult m_result;
    QString m_headlineText;
    bool m_loading = false;
    quint64 m_generation = 0;
    // The GUI thread's own connection: pages of the table, one line's details.
    std::unique_ptr<store::Cache> m_cache;
};

} // namespace eg::views
