#include "logblock.h"

#include "samplechunkcodec.h"
#include "storeerror.h"
#include "varintcodec.h"

namespace eg::store {

namespace {

std::string readText(VarintReader &reader)
{
    const uint64_t length = reader.varint();
    if (length > reader.left())
        throw StoreError("cache database error: truncated log block");
    const uint8_t *bytes = reader.bytes(size_t(length));
    return std::string(reinterpret_cast<const char *>(bytes), size_t(length));
}

// Reads `count` lengths and turns them into starts, the first at `first`.
std::vector<uint32_t> readStarts(VarintReader &reader, size_t count, uint64_t first)
{
    std::vector<uint32_t> starts(count + 1);
    uint64_t at = first;
    for (size_t i = 0; i < count; ++i) {
        starts[i] = uint32_t(at);
        at += reader.varint();
        if (at > UINT32_MAX)
            throw StoreError("cache database error: a log block's texts are too long");
    }
    starts[count] = uint32_t(at);
    return starts;
}

} // namespace

LogBlock LogBlock::decode(const QByteArray &meta)
{
    const std::vector<uint8_t> raw = SampleChunkCodec::decompress(meta);
    VarintReader reader(raw.data(), raw.data() + raw.size(), "log block");
    if (reader.byte() != kVersion)
        throw StoreError("cache database error: a log block of an unknown version");
    const uint64_t count = reader.varint();
    if (count > raw.size())
        throw StoreError("cache database error: a log block claims more lines than it holds");
    LogBlock block;
    const auto readNames = [&](std::vector<std::string> &names) {
        const uint64_t n = reader.varint();
        if (n > reader.left())
            throw StoreError("cache database error: truncated log block");
        for (uint64_t i = 0; i < n; ++i)
            names.push_back(readText(reader));
    };
    readNames(block.m_levelTexts);
    readNames(block.m_services);
    const uint8_t *levels = reader.bytes(size_t(count));
    block.m_levels.assign(levels, levels + count);
    const auto readIndexes = [&](std::vector<uint32_t> &indexes, size_t names) {
        indexes.resize(size_t(count));
        for (uint32_t &index : indexes) {
            index = uint32_t(reader.varint());
            if (index >= names)
                throw StoreError("cache database error: a log block names a missing text");
        }
    };
    readIndexes(block.m_levelTextIndexes, block.m_levelTexts.size());
    readIndexes(block.m_serviceIndexes, block.m_services.size());
    block.m_times.assign(size_t(count), 0);
    int64_t previous = 0;
    for (size_t i = 0; i < count; ++i) {
        if (!block.hasTime(int(i)))
            continue;
        previous += unzigzag(reader.varint());
        block.m_times[i] = previous;
    }
    return block;
}

void LogBlock::decodeBodies(const QByteArray &bodies)
{
    m_bodyBytes = SampleChunkCodec::decompressBytes(bodies);
    const uint8_t *bytes = m_bodyBytes.data.get();
    VarintReader reader(bytes, bytes + m_bodyBytes.size, "log block");
    const size_t count = m_levels.size();
    // Lengths first, then the texts: starts are counted from where the texts begin.
    std::vector<uint32_t> bodyStarts = readStarts(reader, count, 0);
    std::vector<uint32_t> traceStarts = readStarts(reader, count, bodyStarts.back());
    std::vector<uint32_t> spanStarts = readStarts(reader, count, traceStarts.back());
    const size_t textAt = m_bodyBytes.size - reader.left();
    if (reader.left() != spanStarts.back())
        throw StoreError("cache database error: a log block's messages do not add up");
    for (auto *starts : {&bodyStarts, &traceStarts, &spanStarts})
        for (uint32_t &start : *starts)
            start += uint32_t(textAt);
    m_bodies = std::move(bodyStarts);
    m_traceIds = std::move(traceStarts);
    m_spanIds = std::move(spanStarts);
}

void LogBlock::decodeAttributes(const QByteArray &attributes)
{
    m_attributeBytes = SampleChunkCodec::decompressBytes(attributes);
    const uint8_t *bytes = m_attributeBytes.data.get();
    VarintReader reader(bytes, bytes + m_attributeBytes.size, "log block");
    std::vector<uint32_t> starts = readStarts(reader, m_levels.size(), 0);
    const size_t textAt = m_attributeBytes.size - reader.left();
    if (reader.left() != starts.back())
        throw StoreError("cache database error: a log block's attributes do not add up");
    for (uint32_t &start : starts)
        start += uint32_t(textAt);
    m_attributes = std::move(starts);
}

std::string_view LogBlock::attributes(int i) const
{
    const std::string_view stored = text(m_attributeBytes.data.get(), m_attributes, i);
    return stored.empty() ? std::string_view("{}") : stored;
}

std::vector<std::pair<std::string, int64_t>> LogBlock::decodeServices(const QByteArray &services)
{
    const auto *data = reinterpret_cast<const uint8_t *>(services.constData());
    VarintReader reader(data, data + services.size(), "log block's services");
    std::vector<std::pair<std::string, int64_t>> result;
    const uint64_t n = reader.varint();
    if (n > reader.left())
        throw StoreError("cache database error: truncated log block's services");
    for (uint64_t i = 0; i < n; ++i) {
        const auto lines = int64_t(reader.varint());
        result.emplace_back(readText(reader), lines);
    }
    return result;
}

} // namespace eg::store
