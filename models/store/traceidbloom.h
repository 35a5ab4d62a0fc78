#pragma once

#include <QByteArray>

#include <cstdint>
#include <string_view>
#include <vector>

namespace eg::store {

// A Bloom filter over the trace ids a block of log lines names: "might this block hold a
// line of trace T?" answered from a few hundred bytes, so that finding the logs of one
// trace among millions of lines decodes only the blocks that do (and about one in five
// hundred that does not).
class TraceIdBloom
{
public:
    // A filter sized for `ids` (duplicates allowed).
    static QByteArray build(const std::vector<std::string_view> &ids);
    // False only when no id of the filter is `id`. An empty filter holds nothing.
    static bool mayContain(const QByteArray &filter, std::string_view id);

private:
    static constexpr int kHashes = 6;
    static uint64_t hash(std::string_view id);
};

} // namespace eg::store
