#pragma once

#include "navigator.h"

#include <QObject>
#include <QString>

#include <optional>

class QStackedWidget;

namespace eg::store {
class Cache;
}
namespace eg::views {
class LogTimelinePage;
}

namespace eg::app {

// The log side of the main window: the log timeline of a source, of the whole cache, of
// a trace or of one span, and the link from a log line to its trace's waterfall with
// its span selected, through the Navigator so that back and forward work across them.
class LogPages : public QObject
{
    Q_OBJECT
public:
    LogPages(const QString &cachePath, const store::Cache &cache, Navigator *navigator,
             QStackedWidget *pages);
    ~LogPages() override;

    views::LogTimelinePage *timelinePage() const { return m_page; }

    // Shows the timeline an EntityRef of kind Logs or TraceLogs names, with the range and
    // filters it keeps.
    void show(const EntityRef &entity);
Q_SIGNALS:
    // A log line's trace was asked for, with its span selected (TracePages::openTrace).
    void traceRequested(const QString &traceId, const QString &spanId);
    void statusMessage(const QString &message);
    void titleChanged(const QString &title);

private:
    // The Navigator's current entry when it is the timeline shown (a log file opened
    // alone is a Source entry), to keep the user's range and filters in.
    std::optional<EntityRef> pageEntry() const;

    QString m_cachePath;
    const store::Cache &m_cache;
    Navigator *m_navigator;
    QStackedWidget *m_pages;
    views::LogTimelinePage *m_page;
};

} // namespace eg::app
