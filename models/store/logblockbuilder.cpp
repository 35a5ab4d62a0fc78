#include "logblockbuilder.h"

#include "bloomfilter.h"
#include "logblock.h"
#include "logtokenizer.h"
#include "samplechunkcodec.h"
#include "varintcodec.h"

#include <cstring>
#include <deque>
#include <memory>

namespace eg::store {

namespace {

void putText(std::vector<uint8_t> &out, std::string_view text)
{
    putVarint(out, text.size());
    out.insert(out.end(), text.begin(), text.end());
}

void putColumn(std::vector<uint8_t> &out, const std::vector<uint32_t> &lengths)
{
    for (const uint32_t length : lengths)
        putVarint(out, length);
}

void putBytes(std::vector<uint8_t> &out, const std::string &bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}

// The distinct words of a block's messages. Ten million lines hold a hundred million
// words, so the set hashes views into one folded copy of the text instead of making a
// string of each word.
class BlockWordSet
{
public:
    explicit BlockWordSet(std::string folded)
        : m_text(std::move(folded))
        , m_slots(1 << 14)
    {
        LogTokenizer::forEachRun(m_text, [this](std::string_view run, bool ascii) {
            if (ascii) {
                insert(run);
                return;
            }
            std::string scratch;
            LogTokenizer::forEachWord(run, scratch, [&](std::string_view word) {
                m_unicodeWords.emplace_back(word);
                insert(m_unicodeWords.back());
            });
        });
    }

    // The words without digits, space-separated: the document FTS5 indexes for the
    // block. Those with digits go to `withDigits`.
    std::string indexed(std::vector<std::string_view> *withDigits) const
    {
        std::string out;
        out.reserve(m_bytes + m_count);
        for (const Slot &slot : m_slots) {
            if (slot.word.data() == nullptr)
                continue;
            if (LogTokenizer::hasDigit(slot.word)) {
                withDigits->push_back(slot.word);
                continue;
            }
            if (!out.empty())
                out += ' ';
            out += slot.word;
        }
        return out;
    }

private:
    struct Slot
    {
        std::string_view word;
        uint64_t hash = 0;
    };

    static uint64_t hashOf(std::string_view word)
    {
        uint64_t h = 0x9e3779b97f4a7c15ull ^ word.size();
        size_t i = 0;
        for (; i + 8 <= word.size(); i += 8) {
            uint64_t piece;
            std::memcpy(&piece, word.data() + i, 8);
            h = (h ^ piece) * 0xff51afd7ed558ccdull;
            h ^= h >> 29;
        }
        uint64_t tail = 0;
        std::memcpy(&tail, word.data() + i, word.size() - i);
        h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
        return h ^ (h >> 32);
    }

    void insert(std::string_view word)
    {
        const uint64_t h = hashOf(word);
        size_t mask = m_slots.size() - 1;
        for (size_t at = h & mask;; at = (at + 1) & mask) {
            Slot &slot = m_slots[at];
            if (slot.word.data() == nullptr) {
                slot = {word, h};
                ++m_count;
                m_bytes += word.size();
                if (m_count * 2 > m_slots.size())
                    grow();
                return;
            }
            if (slot.hash == h && slot.word == word)
                return;
        }
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.word.data() == nullptr)
                continue;
            size_t at = slot.hash & mask;
            while (m_slots[at].word.data() != nullptr)
                at = (at + 1) & mask;
            m_slots[at] = slot;
        }
    }

    std::string m_text;
    std::deque<std::string> m_unicodeWords; // a deque: views into it stay valid
    std::vector<Slot> m_slots;
    size_t m_count = 0;
    size_t m_bytes = 0;
};

} // namespace

LogBlockBuilder::LogBlockBuilder()
{
    m_times.reserve(kLines);
    m_levels.reserve(kLines);
    m_levelTextIndexes.reserve(kLines);
    m_serviceIndexes.reserve(kLines);
    m_bodyLengths.reserve(kLines);
    m_traceIdLengths.reserve(kLines);
    m_spanIdLengths.reserve(kLines);
    m_attributeLengths.reserve(kLines);
}

uint32_t LogBlockBuilder::indexOf(std::vector<std::string> &names,
                                  std::unordered_map<std::string, uint32_t> &indexes,
                                  std::string_view name)
{
    // Nearly every line repeats the previous line's service and level word.
    if (!names.empty() && names.back() == name)
        return uint32_t(names.size() - 1);
    const auto found = indexes.find(std::string(name));
    if (found != indexes.end())
        return found->second;
    names.emplace_back(name);
    indexes.emplace(std::string(name), uint32_t(names.size() - 1));
    return uint32_t(names.size() - 1);
}

void LogBlockBuilder::add(const LogRecord &record)
{
    const bool timed = record.timeProblem == LogRecord::TimeProblem::None;
    m_times.push_back(timed ? record.timeNs : 0);
    m_levels.push_back(uint8_t(uint8_t(record.timeProblem) << 4 | uint8_t(record.level)));
    m_levelTextIndexes.push_back(indexOf(m_levelTexts, m_levelTextIndex, record.levelText));
    m_serviceIndexes.push_back(indexOf(m_services, m_serviceIndex, record.service));
    m_bodies += record.body;
    m_bodyLengths.push_back(uint32_t(record.body.size()));
    m_traceIds += record.traceId;
    m_traceIdLengths.push_back(uint32_t(record.traceId.size()));
    m_spanIds += record.spanId;
    m_spanIdLengths.push_back(uint32_t(record.spanId.size()));
    m_attributes += record.attributes;
    m_attributeLengths.push_back(uint32_t(record.attributes.size()));
}

EncodedLogBlock LogBlockBuilder::encode() const
{
    EncodedLogBlock block;
    block.count = size();

    std::vector<uint8_t> raw;
    raw.reserve(size_t(size()) * 8 + 256);
    raw.push_back(LogBlock::kVersion);
    putVarint(raw, uint64_t(size()));
    putVarint(raw, m_levelTexts.size());
    for (const std::string &text : m_levelTexts)
        putText(raw, text);
    putVarint(raw, m_services.size());
    for (const std::string &service : m_services)
        putText(raw, service);
    raw.insert(raw.end(), m_levels.begin(), m_levels.end());
    putColumn(raw, m_levelTextIndexes);
    putColumn(raw, m_serviceIndexes);
    int64_t previous = 0;
    for (size_t i = 0; i < m_times.size(); ++i) {
        if ((m_levels[i] >> 4) != uint8_t(LogRecord::TimeProblem::None))
            continue;
        const int64_t time = m_times[i];
        if (block.timedCount == 0 || time < block.minTimeNs)
            block.minTimeNs = time;
        if (block.timedCount == 0 || time > block.maxTimeNs)
            block.maxTimeNs = time;
        ++block.timedCount;
        putVarint(raw, zigzag(time - previous));
        previous = time;
    }
    block.meta = SampleChunkCodec::compress(raw, 3);

    std::vector<int64_t> perService(m_services.size(), 0);
    for (size_t i = 0; i < m_levels.size(); ++i) {
        ++block.levelCounts[m_levels[i] & 0x0f];
        ++perService[m_serviceIndexes[i]];
    }
    std::vector<uint8_t> services;
    putVarint(services, m_services.size());
    for (size_t s = 0; s < m_services.size(); ++s) {
        putVarint(services, uint64_t(perService[s]));
        putText(services, m_services[s]);
    }
    block.services
        = QByteArray(reinterpret_cast<const char *>(services.data()), qsizetype(services.size()));

    // Messages compress at zstd's fastest useful level: the import's time goes here.
    raw.clear();
    raw.reserve(m_bodies.size() + m_traceIds.size() + m_spanIds.size() + size_t(size()) * 4);
    putColumn(raw, m_bodyLengths);
    putColumn(raw, m_traceIdLengths);
    putColumn(raw, m_spanIdLengths);
    putBytes(raw, m_bodies);
    putBytes(raw, m_traceIds);
    putBytes(raw, m_spanIds);
    block.bodies = SampleChunkCodec::compress(raw, 1);

    raw.clear();
    raw.reserve(m_attributes.size() + size_t(size()) * 2);
    putColumn(raw, m_attributeLengths);
    putBytes(raw, m_attributes);
    block.attributes = SampleChunkCodec::compress(raw, 1);

    std::vector<std::string_view> traceIds;
    traceIds.reserve(m_traceIdLengths.size());
    size_t at = 0;
    for (const uint32_t length : m_traceIdLengths) {
        if (length > 0)
            traceIds.emplace_back(m_traceIds.data() + at, length);
        at += length;
    }
    block.traceBloom = BloomFilter::build(traceIds);

    // Folded to lower case (as the index folds), each line ended by a separator that
    // keeps its last word apart from the next line's first.
    std::string folded;
    folded.reserve(m_bodies.size() + m_bodyLengths.size());
    at = 0;
    for (const uint32_t length : m_bodyLengths) {
        folded.append(m_bodies, at, length);
        folded += '\n';
        at += length;
    }
    LogTokenizer::foldAscii(folded);
    const BlockWordSet words(std::move(folded));
    std::vector<std::string_view> withDigits;
    block.words = words.indexed(&withDigits);
    block.numberBloom = BloomFilter::build(withDigits);
    block.storedWords = SampleChunkCodec::compress(
        std::vector<uint8_t>(block.words.begin(), block.words.end()), 3);
    return block;
}

} // namespace eg::store
