#pragma once

#include <QByteArray>

#include <cstdint>
#include <string_view>
#include <vector>

namespace eg::store {

// A Bloom filter over the texts of a block of log lines that take too many values for
// the word index: the trace ids it names, the words with digits in its messages (numbers,
// ids). "Might this block hold trace T, or order 48213?" is answered from a few hundred
// bytes, so that finding them among millions of lines decodes only the blocks that do
// (and about one in three hundred that does not).
class BloomFilter
{
public:
    // A filter sized for `texts`; duplicates are allowed, best next to each other.
    static QByteArray build(const std::vector<std::string_view> &texts);
    // False only when no text of the filter is `text`. An empty filter holds nothing.
    static bool mayContain(std::string_view filter, std::string_view text);
    static bool mayContain(const QByteArray &filter, std::string_view text)
    {
        return mayContain(std::string_view(filter.constData(), size_t(filter.size())), text);
    }

private:
    static constexpr int kHashes = 6;
    static uint64_t hash(std::string_view id);
};

} // namespace eg::store
