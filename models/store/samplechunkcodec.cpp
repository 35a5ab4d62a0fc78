#include "samplechunkcodec.h"

#include "storeerror.h"
#include "varintcodec.h"

#include <zstd.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace eg::store {

namespace {

enum ColumnEncoding : uint8_t { DeltaVarint = 0, RawDouble = 1 };
// Tags the optional column after the weights.
constexpr uint8_t kRepeatsColumn = 0x52; // 'R'

bool allWhole(std::span<const double> values)
{
    for (double v : values) {
        // 2^53: beyond it doubles are not exact integers anyway.
        if (v != std::floor(v) || std::fabs(v) > 9007199254740992.0)
            return false;
    }
    return true;
}

void putDoubleColumn(std::vector<uint8_t> &out, std::span<const double> values)
{
    if (allWhole(values)) {
        out.push_back(DeltaVarint);
        int64_t previous = 0;
        for (double v : values) {
            const auto current = int64_t(v);
            putVarint(out, zigzag(current - previous));
            previous = current;
        }
        return;
    }
    out.push_back(RawDouble);
    const size_t at = out.size();
    out.resize(at + values.size() * sizeof(double));
    std::memcpy(out.data() + at, values.data(), values.size() * sizeof(double));
}

class Reader : public VarintReader
{
public:
    explicit Reader(const std::vector<uint8_t> &data)
        : VarintReader(data.data(), data.data() + data.size(), "sample chunk")
    { }

    void doubles(size_t count, std::vector<double> *out)
    {
        const size_t bytes = count * sizeof(double);
        const uint8_t *from = VarintReader::bytes(bytes);
        const size_t at = out->size();
        out->resize(at + count);
        std::memcpy(out->data() + at, from, bytes);
    }

    void doubleColumn(size_t count, std::vector<double> *out)
    {
        if (byte() == RawDouble) {
            doubles(count, out);
            return;
        }
        int64_t previous = 0;
        for (size_t i = 0; i < count; ++i) {
            previous += unzigzag(varint());
            out->push_back(double(previous));
        }
    }
};

} // namespace

QByteArray SampleChunkCodec::encode(std::span<const int32_t> stacks, std::span<const double> times,
                                    std::span<const double> weights,
                                    std::span<const uint32_t> repeats)
{
    std::vector<uint8_t> raw;
    raw.reserve(stacks.size() * 4 + 16);
    putVarint(raw, stacks.size());
    int64_t previous = 0;
    for (int32_t s : stacks) {
        putVarint(raw, zigzag(int64_t(s) - previous));
        previous = s;
    }
    putDoubleColumn(raw, times);
    putDoubleColumn(raw, weights);
    const bool allOnes
        = std::all_of(repeats.begin(), repeats.end(), [](uint32_t r) { return r == 1; });
    if (!allOnes && repeats.size() == stacks.size()) {
        raw.push_back(kRepeatsColumn);
        for (uint32_t r : repeats)
            putVarint(raw, r);
    }
    return compress(raw);
}

void SampleChunkCodec::decode(const QByteArray &blob, std::vector<int32_t> *stacks,
                              std::vector<double> *times, std::vector<double> *weights,
                              std::vector<uint32_t> *repeats)
{
    const std::vector<uint8_t> raw = decompress(blob);
    Reader reader(raw);
    const uint64_t count = reader.varint();
    if (count > raw.size())
        throw StoreError("cache database error: sample chunk claims more samples than it holds");
    const size_t first = stacks->size();
    int64_t previous = 0;
    stacks->reserve(stacks->size() + count);
    for (uint64_t i = 0; i < count; ++i) {
        previous += unzigzag(reader.varint());
        stacks->push_back(int32_t(previous));
    }
    reader.doubleColumn(count, times);
    reader.doubleColumn(count, weights);
    if (reader.atEnd()) {
        // One file sample each: only written out when earlier chunks had other counts.
        if (repeats && !repeats->empty())
            repeats->resize(first + count, 1);
        return;
    }
    if (reader.byte() != kRepeatsColumn)
        throw StoreError("cache database error: unknown column in sample chunk");
    if (!repeats) {
        for (uint64_t i = 0; i < count; ++i)
            reader.varint();
        return;
    }
    repeats->resize(first, 1);
    repeats->reserve(first + count);
    for (uint64_t i = 0; i < count; ++i)
        repeats->push_back(uint32_t(std::min<uint64_t>(reader.varint(), UINT32_MAX)));
}

QByteArray SampleChunkCodec::compress(const std::vector<uint8_t> &raw, int level)
{
    // One zstd context a thread: a log block is four blobs, and a fresh context for each
    // would cost more than compressing the small ones.
    thread_local std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> context(ZSTD_createCCtx(),
                                                                             ZSTD_freeCCtx);
    QByteArray out(qsizetype(ZSTD_compressBound(raw.size())), Qt::Uninitialized);
    const size_t size = ZSTD_compressCCtx(context.get(), out.data(), size_t(out.size()), raw.data(),
                                          raw.size(), level);
    if (ZSTD_isError(size))
        throw StoreError(std::string("cache database error: zstd: ") + ZSTD_getErrorName(size));
    out.truncate(qsizetype(size));
    return out;
}

namespace {

// The decompressed size a stored blob's zstd frame announces.
size_t frameSize(const QByteArray &blob)
{
    const unsigned long long size = ZSTD_getFrameContentSize(blob.constData(), size_t(blob.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        throw StoreError("cache database error: a stored blob is not a zstd frame");
    return size_t(size);
}

void decompressInto(uint8_t *out, size_t size, const QByteArray &blob)
{
    const size_t got = ZSTD_decompress(out, size, blob.constData(), size_t(blob.size()));
    if (ZSTD_isError(got) || got != size)
        throw StoreError("cache database error: a stored blob does not decompress");
}

} // namespace

SampleChunkCodec::Bytes SampleChunkCodec::decompressBytes(const QByteArray &blob)
{
    const size_t size = frameSize(blob);
    Bytes bytes {std::make_unique_for_overwrite<uint8_t[]>(size), size};
    decompressInto(bytes.data.get(), size, blob);
    return bytes;
}

std::vector<uint8_t> SampleChunkCodec::decompress(const QByteArray &blob)
{
    std::vector<uint8_t> raw(frameSize(blob));
    decompressInto(raw.data(), raw.size(), blob);
    return raw;
}

} // namespace eg::store
