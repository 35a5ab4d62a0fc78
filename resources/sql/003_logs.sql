-- Emberglass cache, schema version 3: log records and error events.

-- One row per log record. Records whose time is missing or unreadable are kept (time_ns
-- NULL, time_problem says why) and ordered by their position in the file.
CREATE TABLE log (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,          -- position in the file (line or record)
    time_ns      INTEGER,                   -- ns since the Unix epoch
    time_problem INTEGER NOT NULL,          -- 0 none, 1 missing, 2 unreadable
    level        INTEGER NOT NULL,          -- 0 trace, 1 debug, 2 info, 3 warn, 4 error, 5 fatal
    level_text   TEXT    NOT NULL,          -- as written ("WARNING", "E", "30")
    service      TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    trace_id     TEXT    NOT NULL,          -- '' when the record names no trace
    span_id      TEXT    NOT NULL,
    attributes   TEXT    NOT NULL           -- JSON object of everything else
);
CREATE INDEX log_by_source ON log(source_id, ordinal);
CREATE INDEX log_by_time ON log(time_ns);
CREATE INDEX log_by_trace ON log(trace_id, span_id) WHERE trace_id <> '';

-- Full-text index over log bodies (external content: the text lives once, in `log`).
-- CacheWriter fills it for each import and Cache removes a source's entries with it.
CREATE VIRTUAL TABLE log_search USING fts5(body, content='log', content_rowid='id');

-- One row per error event (Sentry `event` items and single-event files).
CREATE TABLE error_event (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    event_id    TEXT    NOT NULL,           -- 32 hex
    time_ns     INTEGER,
    level       TEXT    NOT NULL,           -- 'error', 'fatal', 'warning', ...
    type        TEXT    NOT NULL,           -- outermost exception type ("PaymentDeclinedError")
    value       TEXT    NOT NULL,           -- its message
    group_key   TEXT    NOT NULL,           -- type + message with numbers and ids masked
    culprit     TEXT    NOT NULL,           -- transaction or top in-app frame
    trace_id    TEXT    NOT NULL,
    span_id     TEXT    NOT NULL,
    release     TEXT    NOT NULL,
    environment TEXT    NOT NULL,
    replay_id   TEXT    NOT NULL,
    details     TEXT    NOT NULL            -- JSON: exceptions with frames, breadcrumbs, tags, contexts
);
CREATE INDEX error_by_group ON error_event(group_key);
CREATE INDEX error_by_trace ON error_event(trace_id, span_id) WHERE trace_id <> '';
CREATE INDEX error_by_source ON error_event(source_id);
