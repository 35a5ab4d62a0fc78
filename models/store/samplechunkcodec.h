#pragma once

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace eg::store {

// Encodes a run of samples as one compact blob: three columns (stack ids, times,
// weights), each delta- and zigzag-varint-encoded when its values are whole numbers
// and kept as raw doubles otherwise, then compressed with zstd. A chunk of 64k
// samples of a typical profile takes a few tens of kilobytes.
//
// A fourth column, how many file samples each stored sample stands for
// (ProfileData::sampleRepeats), follows only when one of them is not 1. Chunks written
// before it existed end after the weights and decode as one file sample each.
class SampleChunkCodec
{
public:
    static constexpr size_t kSamplesPerChunk = 65536;

    // `repeats` is empty (one each) or as long as `stacks`.
    static QByteArray encode(std::span<const int32_t> stacks, std::span<const double> times,
                             std::span<const double> weights,
                             std::span<const uint32_t> repeats = {});
    // Appends the decoded samples to the vectors; throws StoreError on a corrupt blob.
    // `repeats` follows ProfileData::sampleRepeats: it stays empty while every sample
    // decoded so far is one, and is filled up with ones once one of them is not.
    static void decode(const QByteArray &blob, std::vector<int32_t> *stacks,
                       std::vector<double> *times, std::vector<double> *weights,
                       std::vector<uint32_t> *repeats = nullptr);

    // zstd helpers shared by every blob the cache stores.
    static QByteArray compress(const std::vector<uint8_t> &raw, int level = 3);
    static std::vector<uint8_t> decompress(const QByteArray &blob);
    // The same into memory that is not zeroed first: a log block's messages are hundreds
    // of kilobytes, and a search decodes thousands of them.
    struct Bytes
    {
        std::unique_ptr<uint8_t[]> data;
        size_t size = 0;
    };
    static Bytes decompressBytes(const QByteArray &blob);
};

} // namespace eg::store
