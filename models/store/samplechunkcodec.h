#pragma once

#include <QByteArray>

#include <cstdint>
#include <span>
#include <vector>

namespace eg::store {

// Encodes a run of samples as one compact blob: three columns (stack ids, times,
// weights), each delta- and zigzag-varint-encoded when its values are whole numbers
// and kept as raw doubles otherwise, then compressed with zstd. A chunk of 64k
// samples of a typical profile takes a few tens of kilobytes.
class SampleChunkCodec
{
public:
    static constexpr size_t kSamplesPerChunk = 65536;

    static QByteArray encode(std::span<const int32_t> stacks, std::span<const double> times,
                             std::span<const double> weights);
    // Appends the decoded samples to the three vectors; throws StoreError on a corrupt blob.
    static void decode(const QByteArray &blob, std::vector<int32_t> *stacks,
                       std::vector<double> *times, std::vector<double> *weights);

    // zstd helpers shared by every blob the cache stores.
    static QByteArray compress(const std::vector<uint8_t> &raw, int level = 3);
    static std::vector<uint8_t> decompress(const QByteArray &blob);
};

} // namespace eg::store
