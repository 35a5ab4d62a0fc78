#include "cachewriter.h"

#include "cache.h"
#include "logblockpipeline.h"
#include "logblocktable.h"
#include "samplechunkcodec.h"
#include "sqlitestatement.h"
#include "storeerror.h"
#include "tracesummaries.h"
#include "varintcodec.h"

#include <QDateTime>

#include <sqlite3.h>
#include <zstd.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>

namespace eg::store {

namespace {

// The profile row's columns, in the order bindProfileRow() binds them.
constexpr const char *kProfileColumns
    = "source_id, ordinal, name, thread, unit, kind, sample_count, total_weight, frame_count, "
      "start_value, end_value, stacks, profile_uuid, profiler_id, thread_id, trace_id, "
      "transaction_id, origin_epoch_ns";
constexpr const char *kProfileValues = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
constexpr int kProfileColumnCount = 18;

constexpr const char *kInsertChunk
    = "INSERT INTO profile_sample_chunk (profile_id, seq, first_time, last_time, sample_count, "
      "data) VALUES (?, ?, ?, ?, ?, ?)";

size_t varintBytes(uint64_t value)
{
    size_t n = 1;
    for (; value >= 0x80; value >>= 7)
        ++n;
    return n;
}

// The stack table as zstd-compressed (parent + 1, frame) varint pairs, compressed as it
// is encoded: a ten-million-stack profile never holds its 70 MB of raw varints, nor a
// compression buffer as large, only the compressed blob.
QByteArray stackBlob(const std::vector<StackNode> &nodes)
{
    size_t rawBytes = 0;
    for (const StackNode &node : nodes)
        rawBytes
            += varintBytes(uint64_t(int64_t(node.parent) + 1)) + varintBytes(uint64_t(node.frame));
    std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> context(ZSTD_createCCtx(), ZSTD_freeCCtx);
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, 3);
    ZSTD_CCtx_setPledgedSrcSize(context.get(), rawBytes);
    QByteArray out;
    std::vector<uint8_t> raw;
    constexpr size_t kPieceBytes = size_t(1) << 16;
    raw.reserve(kPieceBytes + 32);
    const auto feed = [&](ZSTD_EndDirective mode) {
        ZSTD_inBuffer in {raw.data(), raw.size(), 0};
        size_t left = 0;
        do {
            const qsizetype at = out.size();
            out.resize(at + qsizetype(ZSTD_CStreamOutSize()));
            ZSTD_outBuffer output {out.data() + at, size_t(out.size() - at), 0};
            left = ZSTD_compressStream2(context.get(), &output, &in, mode);
            if (ZSTD_isError(left))
                throw StoreError(std::string("cache database error: zstd: ")
                                 + ZSTD_getErrorName(left));
            out.resize(at + qsizetype(output.pos));
        } while (in.pos < in.size || (mode == ZSTD_e_end && left != 0));
        raw.clear();
    };
    for (const StackNode &node : nodes) {
        putVarint(raw, uint64_t(int64_t(node.parent) + 1));
        putVarint(raw, uint64_t(node.frame));
        if (raw.size() >= kPieceBytes)
            feed(ZSTD_e_continue);
    }
    feed(ZSTD_e_end);
    return out;
}

void insertChunk(SqliteStatement &chunk, int64_t profileId, int64_t seq,
                 std::span<const int32_t> stacks, std::span<const double> times,
                 std::span<const double> weights, std::span<const uint32_t> repeats)
{
    const QByteArray data = SampleChunkCodec::encode(stacks, times, weights, repeats);
    chunk.bind(1, profileId)
        .bind(2, seq)
        .bind(3, times.front())
        .bind(4, times.back())
        .bind(5, int64_t(stacks.size()))
        .bindBlob(6, data.constData(), size_t(data.size()));
    chunk.exec();
}

} // namespace

// What a streamed profile has written so far, and the samples of its next chunk.
struct CacheWriter::StreamedProfile
{
    int64_t nextSeq = 0;
    double weightSum = 0; // summed in sample order, as ProfileData::totalWeight() sums
    std::vector<bool> usedStack;
    std::vector<int32_t> stacks;
    std::vector<double> times;
    std::vector<double> weights;
    std::vector<uint32_t> repeats;
};

CacheWriter::CacheWriter(Cache &cache, const SourceDescription &source)
    : m_cache(cache)
{
    m_cache.execute("BEGIN IMMEDIATE");
    m_open = true;
    // The hash is not known until the whole file has been read; a placeholder unique
    // to this transaction keeps the UNIQUE constraint satisfied until commit().
    SqliteStatement insert(
        m_cache.handle(),
        "INSERT INTO source (path, name, format, size_bytes, content_hash, "
        "imported_at) VALUES (?, ?, ?, ?, 'pending:' || hex(randomblob(16)), ?)");
    insert.bind(1, source.path)
        .bind(2, source.name)
        .bind(3, source.format)
        .bind(4, source.sizeBytes)
        .bind(5, int64_t(QDateTime::currentMSecsSinceEpoch()));
    insert.exec();
    m_sourceId = sqlite3_last_insert_rowid(m_cache.handle());
}

CacheWriter::~CacheWriter()
{
    if (m_open)
        rollback();
}

int64_t CacheWriter::addProfile(const ProfileData &profile)
{
    sqlite3 *db = m_cache.handle();
    SqliteStatement insert(db,
                           std::string("INSERT INTO profile (") + kProfileColumns + ") VALUES ("
                               + kProfileValues + ")");
    const QByteArray stacks = stackBlob(profile.stacks);
    bindProfileRow(insert, profile, profile.totalWeight(), profile.usedFrameCount(),
                   size_t(stacks.size()));
    insert.exec();
    const int64_t profileId = sqlite3_last_insert_rowid(db);
    writeStacks(profileId, stacks);
    insertFrames(profileId, profile.frames);

    SqliteStatement chunk(db, kInsertChunk);
    const size_t count = profile.sampleCount();
    for (size_t begin = 0, seq = 0; begin < count;
         begin += SampleChunkCodec::kSamplesPerChunk, ++seq) {
        const size_t n = std::min(SampleChunkCodec::kSamplesPerChunk, count - begin);
        insertChunk(chunk, profileId, int64_t(seq),
                    std::span(profile.sampleStack).subspan(begin, n),
                    std::span(profile.sampleTime).subspan(begin, n),
                    std::span(profile.sampleWeight).subspan(begin, n),
                    profile.sampleRepeats.size() == count
                        ? std::span(profile.sampleRepeats).subspan(begin, n)
                        : std::span<const uint32_t>());
    }
    return profileId;
}

void CacheWriter::bindProfileRow(SqliteStatement &statement, const ProfileData &profile,
                                 double totalWeight, int64_t frameCount, size_t stacksBytes)
{
    // The next ordinal: the profile takes its place in the file now.
    statement.bind(1, m_sourceId)
        .bind(2, int64_t(m_profileOrdinal++))
        .bind(3, std::string_view(profile.name))
        .bind(4, std::string_view(profile.thread))
        .bind(5, std::string_view(weightUnitName(profile.unit)))
        .bind(6, std::string_view(profile.kind == ProfileKind::Evented ? "evented" : "sampled"))
        .bind(7, profile.reportedSampleCount)
        .bind(8, totalWeight)
        .bind(9, frameCount)
        .bind(10, profile.startValue)
        .bind(11, profile.endValue)
        .bindZeroBlob(12, stacksBytes)
        .bind(13, std::string_view(profile.links.profileId))
        .bind(14, std::string_view(profile.links.profilerId))
        .bind(15, std::string_view(profile.links.threadId))
        .bind(16, std::string_view(profile.links.traceId))
        .bind(17, std::string_view(profile.links.transactionId))
        .bind(18, profile.links.originEpochNs);
}

void CacheWriter::writeStacks(int64_t profileId, const QByteArray &stacks)
{
    // The row holds zeros of the right length; SQLite writes the pieces straight to its
    // pages, where binding the blob would copy it into the statement and into the record.
    if (stacks.isEmpty())
        return;
    sqlite3 *db = m_cache.handle();
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db, "main", "profile", "stacks", profileId, 1, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        throw StoreError::fromSqlite(db, "open profile.stacks");
    }
    constexpr qsizetype kPieceBytes = qsizetype(1) << 20;
    for (qsizetype at = 0; at < stacks.size(); at += kPieceBytes) {
        const int n = int(std::min(kPieceBytes, stacks.size() - at));
        if (sqlite3_blob_write(blob, stacks.constData() + at, n, int(at)) != SQLITE_OK) {
            sqlite3_blob_close(blob);
            throw StoreError::fromSqlite(db, "write profile.stacks");
        }
    }
    if (sqlite3_blob_close(blob) != SQLITE_OK)
        throw StoreError::fromSqlite(db, "close profile.stacks");
}

void CacheWriter::insertFrames(int64_t profileId, const std::vector<Frame> &frames)
{
    SqliteStatement frame(m_cache.handle(),
                          "INSERT INTO profile_frame (profile_id, idx, name, file, module, "
                          "line, col, in_app) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < frames.size(); ++i) {
        const Frame &f = frames[i];
        frame.bind(1, profileId)
            .bind(2, int64_t(i))
            .bind(3, std::string_view(f.name))
            .bind(4, std::string_view(f.file))
            .bind(5, std::string_view(f.module))
            .bind(6, int64_t(f.line))
            .bind(7, int64_t(f.column))
            .bind(8, int64_t(f.inApp));
        frame.exec();
    }
}

int64_t CacheWriter::beginProfile()
{
    // A placeholder row, so that the chunks have a profile to belong to; finishProfile()
    // fills it in. The ordinal is given then, so streamed profiles may finish in any order.
    SqliteStatement insert(m_cache.handle(),
                           "INSERT INTO profile (source_id, ordinal, name, thread, unit, kind, "
                           "sample_count, total_weight, frame_count, start_value, end_value, "
                           "stacks) VALUES (?, -1, '', '', 'none', 'sampled', 0, 0, 0, 0, 0, x'')");
    insert.bind(1, m_sourceId);
    insert.exec();
    const int64_t profileId = sqlite3_last_insert_rowid(m_cache.handle());
    auto stream = std::make_unique<StreamedProfile>();
    stream->stacks.reserve(SampleChunkCodec::kSamplesPerChunk);
    stream->times.reserve(SampleChunkCodec::kSamplesPerChunk);
    stream->weights.reserve(SampleChunkCodec::kSamplesPerChunk);
    stream->repeats.reserve(SampleChunkCodec::kSamplesPerChunk);
    m_streams.emplace(profileId, std::move(stream));
    return profileId;
}

CacheWriter::StreamedProfile &CacheWriter::stream(int64_t profileId)
{
    const auto it = m_streams.find(profileId);
    if (it == m_streams.end())
        throw StoreError("cache writer: profile " + std::to_string(profileId)
                         + " is not being streamed");
    return *it->second;
}

void CacheWriter::flushChunk(int64_t profileId, StreamedProfile &stream)
{
    if (stream.stacks.empty())
        return;
    SqliteStatement chunk(m_cache.handle(), kInsertChunk);
    insertChunk(chunk, profileId, stream.nextSeq++, stream.stacks, stream.times, stream.weights,
                stream.repeats);
    stream.stacks.clear();
    stream.times.clear();
    stream.weights.clear();
    stream.repeats.clear();
}

void CacheWriter::appendSamples(int64_t profileId, const ProfileData &samples, size_t first,
                                size_t count)
{
    StreamedProfile &s = stream(profileId);
    const size_t end = std::min(first + count, samples.sampleCount());
    for (size_t i = first; i < end; ++i) {
        const int32_t stack = samples.sampleStack[i];
        if (stack >= 0) {
            if (size_t(stack) >= s.usedStack.size())
                s.usedStack.resize(std::max(size_t(stack) + 1, s.usedStack.size() * 2), false);
            s.usedStack[size_t(stack)] = true;
        }
        s.weightSum += samples.sampleWeight[i];
        s.stacks.push_back(stack);
        s.times.push_back(samples.sampleTime[i]);
        s.weights.push_back(samples.sampleWeight[i]);
        s.repeats.push_back(samples.fileSamples(i));
        if (s.stacks.size() == SampleChunkCodec::kSamplesPerChunk)
            flushChunk(profileId, s);
    }
}

int64_t CacheWriter::finishProfile(int64_t profileId, const ProfileData &profile)
{
    StreamedProfile &s = stream(profileId);
    appendSamples(profileId, profile, 0, profile.sampleCount());
    flushChunk(profileId, s);
    const double totalWeight
        = profile.kind == ProfileKind::Evented ? profile.totalWeight() : s.weightSum;
    const int64_t frameCount = usedFrameCount(profile.stacks, profile.frames.size(), s.usedStack);
    m_streams.erase(profileId);

    SqliteStatement update(m_cache.handle(),
                           std::string("UPDATE profile SET (") + kProfileColumns + ") = ("
                               + kProfileValues + ") WHERE id = ?");
    const QByteArray stacks = stackBlob(profile.stacks);
    bindProfileRow(update, profile, totalWeight, frameCount, size_t(stacks.size()));
    update.bind(kProfileColumnCount + 1, profileId);
    update.exec();
    writeStacks(profileId, stacks);
    insertFrames(profileId, profile.frames);
    return profileId;
}

void CacheWriter::abandonProfile(int64_t profileId)
{
    stream(profileId); // throws for a profile that is not being streamed
    m_streams.erase(profileId);
    SqliteStatement remove(m_cache.handle(), "DELETE FROM profile WHERE id = ?");
    remove.bind(1, profileId);
    remove.exec(); // its chunks go with it (ON DELETE CASCADE)
}

void CacheWriter::addSpan(const SpanRecord &span)
{
    if (!m_insertSpan)
        m_insertSpan = std::make_unique<SqliteStatement>(
            m_cache.handle(),
            "INSERT INTO span (source_id, ordinal, trace_id, span_id, parent_span_id, name, op, "
            "service, kind, status, is_error, start_ns, end_ns, segment_id, is_segment, "
            "profile_id, profiler_id, thread_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement &insert = *m_insertSpan;
    // The record outlives exec(): its strings are bound without copies.
    insert.bind(1, m_sourceId)
        .bind(2, m_spanOrdinal++)
        .bindStatic(3, std::string_view(span.traceId))
        .bindStatic(4, std::string_view(span.spanId))
        .bindStatic(5, std::string_view(span.parentSpanId))
        .bindStatic(6, std::string_view(span.name))
        .bindStatic(7, std::string_view(span.op))
        .bindStatic(8, std::string_view(span.service))
        .bindStatic(9, std::string_view(span.kind))
        .bindStatic(10, std::string_view(span.status))
        .bind(11, int64_t(span.isError))
        .bind(12, span.startNs)
        .bind(13, span.endNs)
        .bindStatic(14, std::string_view(span.segmentId))
        .bind(15, int64_t(span.isSegment))
        .bindStatic(16, std::string_view(span.profileId))
        .bindStatic(17, std::string_view(span.profilerId))
        .bindStatic(18, std::string_view(span.threadId))
        .bindStatic(19,
                    std::string_view(span.details.empty() ? std::string_view("{}") : span.details));
    insert.exec();
}

void CacheWriter::addLog(const LogRecord &log)
{
    if (!m_logBlock)
        m_logBlock = std::make_unique<LogBlockBuilder>();
    m_logBlock->add(log);
    ++m_logLinesAdded;
    if (m_logBlock->isFull())
        submitLogBlock();
}

void CacheWriter::addLogBlocks(std::function<std::vector<EncodedLogBlock>()> makeBlocks)
{
    if (m_logBlock && m_logBlock->size() > 0)
        submitLogBlock(); // the lines added before come first
    submitLogJob(std::move(makeBlocks), 0);
}

void CacheWriter::finishLogs()
{
    if (m_logBlock && m_logBlock->size() > 0)
        submitLogBlock();
    if (m_logPipeline)
        writeLogBlocks(m_logPipeline->take(true));
}

void CacheWriter::submitLogBlock()
{
    // A job must be copyable: the builder is shared with it.
    std::shared_ptr<const LogBlockBuilder> builder(std::move(m_logBlock));
    submitLogJob([builder] { return std::vector<EncodedLogBlock> {builder->encode()}; },
                 builder->size());
}

void CacheWriter::submitLogJob(std::function<std::vector<EncodedLogBlock>()> job,
                               int64_t addedLines)
{
    if (!m_logPipeline)
        m_logPipeline = std::make_unique<LogBlockPipeline>();
    m_logPipeline->submit(std::move(job));
    m_logJobAddedLines.push_back(addedLines);
    writeLogBlocks(m_logPipeline->take(false));
}

void CacheWriter::writeLogBlocks(const std::vector<std::vector<EncodedLogBlock>> &jobs)
{
    if (!m_logTable)
        m_logTable = std::make_unique<LogBlockTable>(m_cache.handle());
    for (const std::vector<EncodedLogBlock> &blocks : jobs) {
        m_logLinesAdded -= m_logJobAddedLines.front(); // now counted as written
        m_logJobAddedLines.pop_front();
        for (const EncodedLogBlock &block : blocks) {
            if (block.count == 0)
                continue;
            m_logTable->insert(m_sourceId, m_logOrdinal, block);
            m_logOrdinal += block.count;
        }
    }
}

void CacheWriter::addError(const ErrorRecord &error)
{
    if (!m_insertError)
        m_insertError = std::make_unique<SqliteStatement>(
            m_cache.handle(),
            "INSERT INTO error_event (source_id, ordinal, event_id, time_ns, level, type, value, "
            "group_key, culprit, trace_id, span_id, release, environment, replay_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement &insert = *m_insertError;
    insert.bind(1, m_sourceId).bind(2, m_errorOrdinal++).bind(3, std::string_view(error.eventId));
    if (error.timeNs != 0)
        insert.bind(4, error.timeNs);
    else
        insert.bindNull(4);
    insert.bind(5, std::string_view(error.level))
        .bind(6, std::string_view(error.type))
        .bind(7, std::string_view(error.value))
        .bind(8, std::string_view(errorGroupKey(error.type, error.value)))
        .bind(9, std::string_view(error.culprit))
        .bind(10, std::string_view(error.traceId))
        .bind(11, std::string_view(error.spanId))
        .bind(12, std::string_view(error.release))
        .bind(13, std::string_view(error.environment))
        .bind(14, std::string_view(error.replayId))
        .bind(15, std::string_view(error.details.empty() ? std::string_view("{}") : error.details));
    insert.exec();
}

void CacheWriter::addWarning(const QString &message)
{
    SqliteStatement insert(m_cache.handle(),
                           "INSERT INTO import_warning (source_id, seq, message) VALUES (?, ?, ?)");
    insert.bind(1, m_sourceId).bind(2, int64_t(m_warningCount++)).bind(3, message);
    insert.exec();
}

CacheWriter::Outcome CacheWriter::commit(const QString &contentHash)
{
    if (!m_streams.empty())
        throw StoreError("cache writer: a streamed profile was never finished");
    Outcome outcome;
    outcome.sourceId = m_sourceId;
    if (const auto existing = m_cache.sourceWithHash(contentHash)) {
        rollback();
        outcome.sourceId = *existing;
        outcome.duplicateOf = *existing;
        return outcome;
    }
    SqliteStatement update(m_cache.handle(), "UPDATE source SET content_hash = ? WHERE id = ?");
    update.bind(1, contentHash).bind(2, m_sourceId);
    update.exec();
    if (m_spanOrdinal > 0 || m_errorOrdinal > 0) {
        TraceSummaries::markTracesOf(m_cache.handle(), m_sourceId);
        TraceSummaries::rebuildMarked(m_cache.handle());
    }
    finishLogs();
    m_logPipeline.reset();
    m_logTable.reset();
    m_insertSpan.reset();
    m_insertError.reset();
    // The commit leaves the import's pages in the write-ahead log: copying them into the
    // database file (a second for a gigabyte of logs) waits for Cache::checkpoint(),
    // after the import is reported. Readers find them in the log meanwhile.
    m_cache.execute("PRAGMA wal_autocheckpoint = 0");
    try {
        m_cache.execute("COMMIT");
    } catch (...) {
        m_cache.execute("PRAGMA wal_autocheckpoint = 1000");
        throw;
    }
    m_cache.execute("PRAGMA wal_autocheckpoint = 1000");
    m_open = false;
    return outcome;
}

void CacheWriter::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_insertSpan.reset(); // a statement still prepared would keep the transaction busy
    m_logPipeline.reset();
    m_logBlock.reset();
    m_logTable.reset();
    m_insertError.reset();
    sqlite3_exec(m_cache.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace eg::store
