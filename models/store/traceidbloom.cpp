#include "traceidbloom.h"

#include <algorithm>

namespace eg::store {

uint64_t TraceIdBloom::hash(std::string_view id)
{
    // FNV-1a, then a final mix: the two halves serve as the two hashes of double hashing.
    uint64_t h = 14695981039346656037ull;
    for (const char c : id) {
        h ^= uint8_t(c);
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

QByteArray TraceIdBloom::build(const std::vector<std::string_view> &ids)
{
    if (ids.empty())
        return {};
    // Lines of one trace come together: counting changes from line to line bounds the
    // distinct ids without a set of them. 16 bits an id with six hashes: about one false
    // "maybe" in two thousand.
    size_t distinct = 1;
    for (size_t i = 1; i < ids.size(); ++i)
        distinct += ids[i] != ids[i - 1];
    const size_t bits = std::max<size_t>(64, (distinct * 16 + 63) / 64 * 64);
    QByteArray filter(qsizetype(1 + bits / 8), '\0');
    filter[0] = char(kHashes);
    auto *data = reinterpret_cast<uint8_t *>(filter.data()) + 1;
    for (const std::string_view id : ids) {
        const uint64_t h = hash(id);
        const uint64_t step = (h >> 32) | 1;
        for (int i = 0; i < kHashes; ++i) {
            const uint64_t bit = (h + uint64_t(i) * step) % bits;
            data[bit / 8] |= uint8_t(1u << (bit % 8));
        }
    }
    return filter;
}

bool TraceIdBloom::mayContain(const QByteArray &filter, std::string_view id)
{
    if (filter.size() < 9)
        return false;
    const int hashes = int(uint8_t(filter[0]));
    const size_t bits = size_t(filter.size() - 1) * 8;
    const auto *data = reinterpret_cast<const uint8_t *>(filter.constData()) + 1;
    const uint64_t h = hash(id);
    const uint64_t step = (h >> 32) | 1;
    for (int i = 0; i < hashes; ++i) {
        const uint64_t bit = (h + uint64_t(i) * step) % bits;
        if (!(data[bit / 8] & (1u << (bit % 8))))
            return false;
    }
    return true;
}

} // namespace eg::store
