-- Emberglass cache, schema version 1.
-- Every row records the source it came from; removing a source removes all of it.

CREATE TABLE source (
    id           INTEGER PRIMARY KEY,
    path         TEXT    NOT NULL,            -- where the user opened it from
    name         TEXT    NOT NULL,            -- file name as shown in the sources list
    format       TEXT    NOT NULL,            -- importer id, e.g. 'chrome-cpuprofile'
    size_bytes   INTEGER NOT NULL,            -- bytes on disk (compressed, if it was)
    content_hash TEXT    NOT NULL UNIQUE,     -- SHA-1 of those bytes: same bytes, same source
    imported_at  INTEGER NOT NULL             -- ms since the epoch
);

CREATE TABLE profile (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,           -- position in the file
    name          TEXT    NOT NULL,
    thread        TEXT    NOT NULL,
    unit          TEXT    NOT NULL,           -- 'nanoseconds' ... 'none' (CLI.md)
    kind          TEXT    NOT NULL,           -- 'sampled' | 'evented'
    sample_count  INTEGER NOT NULL,           -- as the summary reports it
    total_weight  REAL    NOT NULL,
    frame_count   INTEGER NOT NULL,           -- distinct frames used by a sample
    start_value   REAL    NOT NULL,
    end_value     REAL    NOT NULL,
    stacks        BLOB    NOT NULL            -- zstd: (parent + 1, frame) varint pairs
);
CREATE INDEX profile_by_source ON profile(source_id, ordinal);

-- Frames are rows so that functions can be searched across profiles.
CREATE TABLE profile_frame (
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    file       TEXT    NOT NULL,
    module     TEXT    NOT NULL,
    line       INTEGER NOT NULL,
    col        INTEGER NOT NULL,
    in_app     INTEGER NOT NULL,              -- 1 app, 0 library, -1 unknown
    PRIMARY KEY (profile_id, idx)
) WITHOUT ROWID;
CREATE INDEX profile_frame_by_name ON profile_frame(name);

-- Samples in columnar, zstd-compressed chunks of up to 65,536 (SampleChunkCodec),
-- each with its time range so that a view can load only what it shows.
CREATE TABLE profile_sample_chunk (
    profile_id   INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    first_time   REAL    NOT NULL,
    last_time    REAL    NOT NULL,
    sample_count INTEGER NOT NULL,
    data         BLOB    NOT NULL,
    PRIMARY KEY (profile_id, seq)
) WITHOUT ROWID;
