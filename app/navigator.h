#pragma once

#include "views/logfilterstate.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace eg::app {

// What the user is looking at, as a reference to an entity in the cache.
struct EntityRef
{
    enum class Kind {
        None,
        // id: the source. A file of log lines alone shows its log timeline: fromNs/toNs
        // and logFilter as for Logs.
        Source,
        Profile, // id: the profile; fromNs/toNs: only the samples of that wall-clock window
        TraceList, // id: the source whose traces are listed; 0: every trace in the cache
        Trace, // key: the trace id; id: the selected span's row (0: none)
        // The log timeline. id: the source whose lines are shown (0: every line in the
        // cache); fromNs/toNs: the stretch of time shown first (both 0: all of it);
        // logFilter: the filters the user set there.
        Logs,
        // The log timeline of one trace. key: the trace id; id: the row of the span whose
        // lines are shown (0: the whole trace's); fromNs/toNs and logFilter as for Logs.
        TraceLogs,
        // The errors list. id: the source whose error events are listed (0: every one in
        // the cache).
        Errors,
        // The errors list of one trace. key: the trace id; id: the row of the span whose
        // errors are listed (0: the whole trace's).
        TraceErrors,
        // One error event's page. id: its row.
        ErrorEvent,
    };
    EntityRef() = default;
    EntityRef(Kind kind, int64_t id = 0, const QString &key = QString(), int64_t fromNs = 0,
              int64_t toNs = 0)
        : kind(kind)
        , id(id)
        , key(key)
        , fromNs(fromNs)
        , toNs(toNs)
    { }

    Kind kind = Kind::None;
    int64_t id = 0;
    QString key;
    int64_t fromNs = 0;
    int64_t toNs = 0;
    views::LogFilterState logFilter;

    bool operator==(const EntityRef &) const = default;

    static EntityRef trace(const QString &traceId, int64_t spanRow = 0)
    {
        return {Kind::Trace, spanRow, traceId, 0, 0};
    }
    static EntityRef logs(int64_t sourceId = 0, int64_t fromNs = 0, int64_t toNs = 0)
    {
        return {Kind::Logs, sourceId, QString(), fromNs, toNs};
    }
    static EntityRef traceLogs(const QString &traceId, int64_t spanRow = 0)
    {
        return {Kind::TraceLogs, spanRow, traceId, 0, 0};
    }
    static EntityRef errors(int64_t sourceId = 0) { return {Kind::Errors, sourceId}; }
    static EntityRef traceErrors(const QString &traceId, int64_t spanRow = 0)
    {
        return {Kind::TraceErrors, spanRow, traceId, 0, 0};
    }
    static EntityRef errorEvent(int64_t row) { return {Kind::ErrorEvent, row}; }
    // Whether two references show the same page (a trace with another span selected).
    // The log timelines of a trace and of one of its spans are different pages: their
    // lines differ.
    bool samePage(const EntityRef &other) const
    {
        return kind == other.kind && (kind == Kind::Trace ? key == other.key : *this == other);
    }
};

// The one shared selection of the app (STYLE.md): views signal into it and follow it,
// instead of wiring every view to every other. Keeps a back/forward history like a
// browser's.
class Navigator : public QObject
{
    Q_OBJECT
public:
    explicit Navigator(QObject *parent = nullptr);

    EntityRef current() const;
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < int(m_history.size()); }

    // Makes `target` current; forward history is dropped, as in a browser.
    void navigate(const EntityRef &target);
    // Changes the current entry in place, without a new history step or a signal: a
    // selection inside the page shown (a span of the open trace) that back should keep.
    void updateCurrent(const EntityRef &target);
    void goBack();
    void goForward();
    // Forgets every reference to an entity that no longer exists (a removed source),
    // whatever stretch of time or filters were kept with it.
    void forget(const EntityRef &target);

Q_SIGNALS:
    void currentChanged(const eg::app::EntityRef &current);
    void historyChanged();

private:
    std::vector<EntityRef> m_history;
    int m_position = -1;
};

} // namespace eg::app
