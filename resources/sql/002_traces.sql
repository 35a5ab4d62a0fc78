-- Emberglass cache, schema version 2: traces and spans, import warnings, and the ids
-- that link a profile to the transaction, trace and thread it was recorded for.

-- One row per span record as the file wrote it (a span id may appear twice, e.g. the
-- client and server halves of a Zipkin span). Ids are canonical lower-case hex.
CREATE TABLE span (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,          -- position in the file
    trace_id       TEXT    NOT NULL,          -- 32 hex (16 for 64-bit Zipkin/Jaeger ids)
    span_id        TEXT    NOT NULL,          -- 16 hex
    parent_span_id TEXT    NOT NULL,          -- '' for a root
    name           TEXT    NOT NULL,          -- what a person calls it (Sentry: description)
    op             TEXT    NOT NULL,          -- Sentry op, or a category derived from OTel
    service        TEXT    NOT NULL,          -- service.name, Jaeger process, Sentry project
    kind           TEXT    NOT NULL,          -- server, client, producer, consumer, internal
    status         TEXT    NOT NULL,          -- as written: 'ok', 'internal_error', 'error'
    is_error       INTEGER NOT NULL,          -- 1 when the status means failure
    start_ns       INTEGER NOT NULL,          -- nanoseconds since the Unix epoch
    end_ns         INTEGER NOT NULL,
    segment_id     TEXT    NOT NULL,          -- Sentry transaction event_id / segment span
    is_segment     INTEGER NOT NULL,          -- the root span of a transaction / segment
    profile_id     TEXT    NOT NULL,          -- transaction profile (Sentry v1)
    profiler_id    TEXT    NOT NULL,          -- continuous profiler session (Sentry v2)
    thread_id      TEXT    NOT NULL,          -- thread the span ran on, as the profile names it
    details        TEXT    NOT NULL           -- JSON: attributes, events, links, measurements
);
CREATE INDEX span_by_trace ON span(trace_id, source_id, ordinal);
CREATE INDEX span_by_source ON span(source_id);

-- What the trace list shows, kept up to date whenever spans of a trace come or go:
-- spans of one trace_id from different files form one trace.
CREATE TABLE trace (
    trace_id    TEXT    PRIMARY KEY,
    root_name   TEXT    NOT NULL,            -- the earliest root span's name
    roots       TEXT    NOT NULL,            -- names of all roots in file order, 0x1f between
    services    TEXT    NOT NULL,            -- distinct services, first seen first, 0x1f between
    start_ns    INTEGER NOT NULL,
    end_ns      INTEGER NOT NULL,
    span_count  INTEGER NOT NULL,
    error_count INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX trace_by_start ON trace(start_ns);

-- Problems an importer worked around ("3 spans end before they start"), shown with the
-- source so that nothing is fixed up silently.
CREATE TABLE import_warning (
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    message   TEXT    NOT NULL,
    PRIMARY KEY (source_id, seq)
) WITHOUT ROWID;

-- Links from a profile to the telemetry around it (SENTRY.md §3.4, §4.3).
ALTER TABLE profile ADD COLUMN profile_uuid TEXT NOT NULL DEFAULT '';    -- v1 profile event_id
ALTER TABLE profile ADD COLUMN profiler_id TEXT NOT NULL DEFAULT '';     -- v2 profiler session
ALTER TABLE profile ADD COLUMN thread_id TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN trace_id TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN transaction_id TEXT NOT NULL DEFAULT '';
-- Nanoseconds since the Unix epoch at the profile's time value 0; 0 when the file has no
-- wall clock. Lets a span's time range select the samples it covers.
ALTER TABLE profile ADD COLUMN origin_epoch_ns INTEGER NOT NULL DEFAULT 0;
CREATE INDEX profile_by_uuid ON profile(profile_uuid) WHERE profile_uuid <> '';
CREATE INDEX profile_by_profiler ON profile(profiler_id) WHERE profiler_id <> '';
