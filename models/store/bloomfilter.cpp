#include "bloomfilter.h"

#include <algorithm>

namespace eg::store {

uint64_t BloomFilter::hash(std::string_view text)
{
    // FNV-1a, then a final mix: the two halves serve as the two hashes of double hashing.
    uint64_t h = 14695981039346656037ull;
    for (const char c : text) {
        h ^= uint8_t(c);
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

QByteArray BloomFilter::build(const std::vector<std::string_view> &texts)
{
    if (texts.empty())
        return {};
    // Texts come in runs (the lines of one trace): counting changes from one to the next
    // bounds the distinct ones without a set of them. 12 bits a text with six hashes: about one
    // false "maybe" in three hundred; 16 bits made a search for a number read a third more.
    size_t distinct = 1;
    for (size_t i = 1; i < texts.size(); ++i)
        distinct += texts[i] != texts[i - 1];
    const size_t bits = std::max<size_t>(64, (distinct * 12 + 63) / 64 * 64);
    QByteArray filter(qsizetype(1 + bits / 8), '\0');
    filter[0] = char(kHashes);
    auto *data = reinterpret_cast<uint8_t *>(filter.data()) + 1;
    for (const std::string_view text : texts) {
        const uint64_t h = hash(text);
        const uint64_t step = (h >> 32) | 1;
        for (int i = 0; i < kHashes; ++i) {
            const uint64_t bit = (h + uint64_t(i) * step) % bits;
            data[bit / 8] |= uint8_t(1u << (bit % 8));
        }
    }
    return filter;
}

bool BloomFilter::mayContain(std::string_view filter, std::string_view text)
{
    if (filter.size() < 9)
        return false;
    const int hashes = int(uint8_t(filter[0]));
    const size_t bits = size_t(filter.size() - 1) * 8;
    const auto *data = reinterpret_cast<const uint8_t *>(filter.data()) + 1;
    const uint64_t h = hash(text);
    const uint64_t step = (h >> 32) | 1;
    for (int i = 0; i < hashes; ++i) {
        const uint64_t bit = (h + uint64_t(i) * step) % bits;
        if (!(data[bit / 8] & (1u << (bit % 8))))
            return false;
    }
    return true;
}

} // namespace eg::store
