#pragma once

#include "logrecord.h"
#include "profiledata.h"
#include "spanrecord.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace eg::store {

class Cache;
class LogBlockBuilder;
class LogBlockPipeline;
class LogBlockTable;
class SqliteStatement;
struct EncodedLogBlock;

// What the import job knows about a file before its importer runs.
struct SourceDescription
{
    QString path;
    QString name;
    QString format;
    int64_t sizeBytes = 0;
};

// Writes one import into the cache inside a single transaction: everything an importer
// adds becomes visible at commit(), or nothing does. Destroying an uncommitted writer
// (an exception, a cancel) rolls back, so the cache is exactly as before.
class CacheWriter
{
public:
    explicit CacheWriter(Cache &cache, const SourceDescription &source);
    ~CacheWriter();
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    int64_t sourceId() const { return m_sourceId; }
    int profileCount() const { return m_profileOrdinal; }
    int64_t spanCount() const { return m_spanOrdinal; }
    // Lines added with addLog(), and those of blocks addLogBlock() made once they are
    // written: all of them after finishLogs().
    int64_t logCount() const { return m_logOrdinal + m_logLinesAdded; }
    int64_t errorCount() const { return m_errorOrdinal; }
    // Everything a view can show; an import that wrote nothing is refused.
    int64_t recordCount() const
    {
        return m_profileOrdinal + m_spanOrdinal + m_logOrdinal + m_errorOrdinal;
    }

    // Stores a profile: header row, frames as rows, samples as compressed chunks.
    int64_t addProfile(const ProfileData &profile);
    // Streams a profile too large to hold whole (a gigabyte trace's thread): begin it,
    // append its samples in pieces of any size while it is built, then finish it with its
    // header, frames, stacks and any samples left in `profile`, which follow the appended
    // ones. The rows are those addProfile() writes for the whole profile; the profile
    // takes its place after the profiles added or finished before it. commit() refuses a
    // profile left unfinished.
    int64_t beginProfile();
    void appendSamples(int64_t profileId, const ProfileData &samples, size_t first, size_t count);
    int64_t finishProfile(int64_t profileId, const ProfileData &profile);
    // Drops a streamed profile that will not be finished, and every sample written for it
    // (an importer that found it must build the profile another way).
    void abandonProfile(int64_t profileId);
    // Stores one span record; the trace list is brought up to date at commit().
    void addSpan(const SpanRecord &span);
    // Stores one log record, in blocks of LogBlockBuilder::kLines lines encoded on
    // pipeline threads.
    void addLog(const LogRecord &log);
    // Stores the blocks of log lines that `makeBlocks` builds and encodes on a pipeline
    // thread (an importer parsing lines in parallel), after the lines added before. It
    // may run after this returns, and must only touch what it owns or shares with care.
    void addLogBlocks(std::function<std::vector<EncodedLogBlock>()> makeBlocks);
    // Waits for every log block being made and writes it.
    void finishLogs();
    // Stores one error event.
    void addError(const ErrorRecord &error);
    // Records a problem the importer worked around, shown with the source.
    void addWarning(const QString &message);

    struct Outcome
    {
        int64_t sourceId = 0;
        // Set when these exact bytes were imported before: nothing new was written
        // and this is the earlier source.
        std::optional<int64_t> duplicateOf;
    };
    // Records the content hash and commits; rolls back instead when a source with the
    // same hash exists.
    Outcome commit(const QString &contentHash);
    void rollback();

private:
    struct StreamedProfile;

    void bindProfileRow(SqliteStatement &statement, const ProfileData &profile, double totalWeight,
                        int64_t frameCount, size_t stacksBytes);
    void writeStacks(int64_t profileId, const QByteArray &stacks);
    void insertFrames(int64_t profileId, const std::vector<Frame> &frames);
    StreamedProfile &stream(int64_t profileId);
    void flushChunk(int64_t profileId, StreamedProfile &stream);
    void submitLogBlock();
    void submitLogJob(std::function<std::vector<EncodedLogBlock>()> job, int64_t addedLines);
    void writeLogBlocks(const std::vector<std::vector<EncodedLogBlock>> &jobs);

    Cache &m_cache;
    int64_t m_sourceId = 0;
    int m_profileOrdinal = 0;
    int64_t m_spanOrdinal = 0;
    int m_warningCount = 0;
    std::unique_ptr<SqliteStatement> m_insertSpan;
    int64_t m_logOrdinal = 0; // lines written
    int64_t m_logLinesAdded = 0; // by addLog(), not yet written
    // The lines of addLog() each job submitted and not yet written holds (0 for the jobs
    // of addLogBlocks()).
    std::deque<int64_t> m_logJobAddedLines;
    int64_t m_errorOrdinal = 0;
    std::unique_ptr<LogBlockBuilder> m_logBlock; // the block being filled
    std::unique_ptr<LogBlockPipeline> m_logPipeline;
    std::unique_ptr<LogBlockTable> m_logTable;
    std::unique_ptr<SqliteStatement> m_insertError;
    std::map<int64_t, std::unique_ptr<StreamedProfile>> m_streams;
    bool m_open = false;
};

} // namespace eg::store
