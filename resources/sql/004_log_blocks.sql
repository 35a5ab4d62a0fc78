-- Emberglass cache, schema version 4: log lines in compressed blocks.
--
-- Ten million log lines as ten million rows, each in three indexes and a full-text index,
-- imported at fifty thousand lines a second. Stored as blocks of up to 4096 lines in
-- file order (LogBlockBuilder), each block's columns compressed, they import twenty
-- times faster, and most questions (how many lines of each level, the histogram of a
-- day) are answered from the block's counts without decoding it.
--
-- Cache::migrate() moves lines of schema 3's `log` table into blocks, then drops it.

-- What a block says without being decoded: a row of a hundred bytes, so that the
-- summaries of ten million lines are a few pages to read.
CREATE TABLE log_block (
    id            INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused within this file
    source_id     INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    first_ordinal INTEGER NOT NULL,          -- position in the file of the block's first line
    line_count    INTEGER NOT NULL,
    timed_count   INTEGER NOT NULL,          -- lines with a readable time
    min_time_ns   INTEGER NOT NULL,          -- of those lines; 0 when there are none
    max_time_ns   INTEGER NOT NULL,
    trace_lines   INTEGER NOT NULL,          -- lines of each level
    debug_lines   INTEGER NOT NULL,
    info_lines    INTEGER NOT NULL,
    warn_lines    INTEGER NOT NULL,
    error_lines   INTEGER NOT NULL,
    fatal_lines   INTEGER NOT NULL,
    services      BLOB NOT NULL              -- each service named and its lines
);

-- The compressed columns, apart from the summaries: a row of a hundred kilobytes spans
-- several pages, and SQLite reads a row's pages in order to reach a column, so the small
-- one comes first.
CREATE TABLE log_block_data (
    block_id      INTEGER PRIMARY KEY REFERENCES log_block(id) ON DELETE CASCADE,
    meta          BLOB NOT NULL,             -- times, levels, services per line
    bodies        BLOB NOT NULL,             -- message, trace id, span id per line
    attributes    BLOB NOT NULL,             -- attributes JSON per line
    words         BLOB NOT NULL              -- the block's indexed words, to unindex them
);

-- BloomFilters, each kind in a table of its own: a search for a trace or a number reads
-- the filters of every block, and only those.
CREATE TABLE log_block_trace_filter (      -- the trace ids the lines name
    block_id      INTEGER PRIMARY KEY REFERENCES log_block(id) ON DELETE CASCADE,
    bloom         BLOB NOT NULL
);
CREATE TABLE log_block_number_filter (     -- the words with digits of the messages
    block_id      INTEGER PRIMARY KEY REFERENCES log_block(id) ON DELETE CASCADE,
    bloom         BLOB NOT NULL
);
CREATE INDEX log_block_by_source ON log_block(source_id, first_ordinal);

-- One document per block: its distinct words without digits. It keeps neither the text
-- (contentless) nor positions (detail=none), so it stays small and fast to fill;
-- LogTextQuery checks the lines of the blocks it finds. Words with digits (numbers, ids)
-- take nearly as many values as there are lines: in the index they took a fifth of the
-- time of a large import, so they are in log_block_number_filter instead.
CREATE VIRTUAL TABLE log_words USING fts5(words, content='', detail=none, tokenize='ascii');
-- A name of this cache file of its own: LogMatchCache keeps what a search found per
-- block id for the whole process, and a cache deleted and made again at the same path
-- starts its block ids over.
CREATE TABLE cache_identity (id TEXT NOT NULL);
INSERT INTO cache_identity (id) VALUES (lower(hex(randomblob(16))));

-- The words come folded and split by LogTokenizer: FTS5's ASCII tokenizer keeps them as
-- they are. Imports of millions of lines add thousands of documents at once: pending
-- words are kept in up to 32 MB before they are written, and segments merge sixteen at
-- a time instead of four: fewer merges while the import writes.
INSERT INTO log_words (log_words, rank) VALUES ('hashsize', 33554432);
INSERT INTO log_words (log_words, rank) VALUES ('automerge', 16);
