#include "cachewriter.h"

#include "cache.h"
#include "samplechunkcodec.h"
#include "sqlitestatement.h"
#include "tracesummaries.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>

namespace eg::store {

namespace {

void putVarint(std::vector<uint8_t> &out, uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(uint8_t(value) | 0x80);
        value >>= 7;
    }
    out.push_back(uint8_t(value));
}

} // namespace

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

    std::vector<uint8_t> stacks;
    stacks.reserve(profile.stacks.size() * 3);
    for (const StackNode &node : profile.stacks) {
        putVarint(stacks, uint64_t(int64_t(node.parent) + 1));
        putVarint(stacks, uint64_t(node.frame));
    }
    const QByteArray stackBlob = SampleChunkCodec::compress(stacks);

    SqliteStatement insert(
        db,
        "INSERT INTO profile (source_id, ordinal, name, thread, unit, kind, sample_count, "
        "total_weight, frame_count, start_value, end_value, stacks, profile_uuid, "
        "profiler_id, thread_id, trace_id, transaction_id, origin_epoch_ns) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, m_sourceId)
        .bind(2, int64_t(m_profileOrdinal++))
        .bind(3, std::string_view(profile.name))
        .bind(4, std::string_view(profile.thread))
        .bind(5, std::string_view(weightUnitName(profile.unit)))
        .bind(6, std::string_view(profile.kind == ProfileKind::Evented ? "evented" : "sampled"))
        .bind(7, profile.reportedSampleCount)
        .bind(8, profile.totalWeight())
        .bind(9, profile.usedFrameCount())
        .bind(10, profile.startValue)
        .bind(11, profile.endValue)
        .bindBlob(12, stackBlob.constData(), size_t(stackBlob.size()))
        .bind(13, std::string_view(profile.links.profileId))
        .bind(14, std::string_view(profile.links.profilerId))
        .bind(15, std::string_view(profile.links.threadId))
        .bind(16, std::string_view(profile.links.traceId))
        .bind(17, std::string_view(profile.links.transactionId))
        .bind(18, profile.links.originEpochNs);
    insert.exec();
    const int64_t profileId = sqlite3_last_insert_rowid(db);

    SqliteStatement frame(db,
                          "INSERT INTO profile_frame (profile_id, idx, name, file, module, "
                          "line, col, in_app) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < profile.frames.size(); ++i) {
        const Frame &f = profile.frames[i];
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

    SqliteStatement chunk(db,
                          "INSERT INTO profile_sample_chunk (profile_id, seq, first_time, "
                          "last_time, sample_count, data) VALUES (?, ?, ?, ?, ?, ?)");
    const size_t count = profile.sampleCount();
    for (size_t begin = 0, seq = 0; begin < count;
         begin += SampleChunkCodec::kSamplesPerChunk, ++seq) {
        const size_t n = std::min(SampleChunkCodec::kSamplesPerChunk, count - begin);
        const QByteArray data
            = SampleChunkCodec::encode(std::span(profile.sampleStack).subspan(begin, n),
                                       std::span(profile.sampleTime).subspan(begin, n),
                                       std::span(profile.sampleWeight).subspan(begin, n),
                                       profile.sampleRepeats.size() == count
                                           ? std::span(profile.sampleRepeats).subspan(begin, n)
                                           : std::span<const uint32_t>());
        chunk.bind(1, profileId)
            .bind(2, int64_t(seq))
            .bind(3, profile.sampleTime[begin])
            .bind(4, profile.sampleTime[begin + n - 1])
            .bind(5, int64_t(n))
            .bindBlob(6, data.constData(), size_t(data.size()));
        chunk.exec();
    }
    return profileId;
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
    insert.bind(1, m_sourceId)
        .bind(2, m_spanOrdinal++)
        .bind(3, std::string_view(span.traceId))
        .bind(4, std::string_view(span.spanId))
        .bind(5, std::string_view(span.parentSpanId))
        .bind(6, std::string_view(span.name))
        .bind(7, std::string_view(span.op))
        .bind(8, std::string_view(span.service))
        .bind(9, std::string_view(span.kind))
        .bind(10, std::string_view(span.status))
        .bind(11, int64_t(span.isError))
        .bind(12, span.startNs)
        .bind(13, span.endNs)
        .bind(14, std::string_view(span.segmentId))
        .bind(15, int64_t(span.isSegment))
        .bind(16, std::string_view(span.profileId))
        .bind(17, std::string_view(span.profilerId))
        .bind(18, std::string_view(span.threadId))
        .bind(19, std::string_view(span.details.empty() ? std::string_view("{}") : span.details));
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
    if (m_spanOrdinal > 0) {
        TraceSummaries::markTracesOf(m_cache.handle(), m_sourceId);
        TraceSummaries::rebuildMarked(m_cache.handle());
    }
    m_insertSpan.reset();
    m_cache.execute("COMMIT");
    m_open = false;
    return outcome;
}

void CacheWriter::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_insertSpan.reset(); // a statement still prepared would keep the transaction busy
    sqlite3_exec(m_cache.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace eg::store
