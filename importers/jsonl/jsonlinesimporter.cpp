#include "jsonlinesimporter.h"

#include "importers/common/importcontext.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"
#include "importers/sentry/sentrytimestamp.h"

#include "models/store/cachewriter.h"
#include "models/store/ids.h"
#include "models/store/logblockbuilder.h"

#include <QString>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <cstring>
#include <memory>
#include <mutex>

namespace eg::importers {

namespace {

// Usual spellings of each field, most specific first.
const std::vector<std::string_view> kTimeNames
    = {"timestamp", "@timestamp", "time", "ts", "timeUnixNano", "time_unix_nano", "datetime",
       "date",      "eventTime",  "when", "t"};
const std::vector<std::string_view> kMessageNames
    = {"message", "msg", "body", "@message", "short_message", "text", "log", "event", "@m", "@mt"};
const std::vector<std::string_view> kLevelNames
    = {"level",        "severity", "log.level", "levelname", "severity_text",
       "severityText", "lvl",      "loglevel",  "@l",        "@level"};
const std::vector<std::string_view> kServiceNames
    = {"service",     "service.name", "serviceName", "service_name", "app",
       "application", "component",    "logger",      "name"};
const std::vector<std::string_view> kTraceNames
    = {"trace_id", "traceId", "trace.id", "traceID", "dd.trace_id", "traceid", "@tr"};
const std::vector<std::string_view> kSpanNames
    = {"span_id", "spanId", "span.id", "spanID", "dd.span_id", "spanid", "@sp"};

std::string pick(const std::vector<std::string> &keys, const std::vector<std::string_view> &names)
{
    for (std::string_view name : names)
        for (const std::string &key : keys)
            if (key == name)
                return key;
    return {};
}

// Mostly control bytes: not a log line anyone wrote.
bool looksBinary(std::string_view line)
{
    size_t control = 0;
    for (unsigned char c : line.substr(0, 512))
        control += c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f;
    return control * 10 > std::min<size_t>(line.size(), 512);
}

std::string repairedUtf8(std::string_view line)
{
    // QString replaces every invalid sequence with U+FFFD; back to UTF-8 it is valid.
    return QString::fromUtf8(line.data(), qsizetype(line.size())).toStdString();
}

// Problems met, one counter each, reported once per file.
struct Problems
{
    int64_t notJson = 0;
    int64_t binary = 0;
    int64_t invalidUtf8 = 0;
    int64_t cut = 0;
    int64_t noTime = 0;
    int64_t badTime = 0;
    int64_t unknownLevel = 0;
    int64_t notObject = 0;

    Problems &operator+=(const Problems &other)
    {
        notJson += other.notJson;
        binary += other.binary;
        invalidUtf8 += other.invalidUtf8;
        cut += other.cut;
        noTime += other.noTime;
        badTime += other.badTime;
        unknownLevel += other.unknownLevel;
        notObject += other.notObject;
        return *this;
    }
};

class LineParser
{
public:
    LineParser(const JsonLinesImporter::Fields &fields, Problems &problems)
        : m_fields(fields)
        , m_problems(problems)
    { }

    // Fills `record` from one JSON line; false when the line is not a JSON object.
    // `readableAfter`: bytes of memory past the line simdjson may read ahead into; with
    // fewer than its padding the line is copied first.
    bool parse(std::string_view line, store::LogRecord *record, size_t readableAfter = 0)
    {
        simdjson::padded_string_view text(line.data(), line.size(), line.size() + readableAfter);
        if (readableAfter < simdjson::SIMDJSON_PADDING) {
            m_padded.assign(line);
            m_padded.append(simdjson::SIMDJSON_PADDING, ' ');
            text = simdjson::padded_string_view(m_padded.data(), line.size(), m_padded.size());
        }
        simdjson::ondemand::document document;
        if (m_parser.iterate(text).get(document))
            return false;
        simdjson::ondemand::object object;
        if (document.get_object().get(object))
            return false;
        record->clear();
        record->timeProblem = store::LogRecord::TimeProblem::Missing;
        m_attributes.reset(record->attributes);
        m_attributes.beginObject();
        bool levelSeen = false;
        for (auto member : object) {
            std::string_view key;
            simdjson::ondemand::value value;
            if (member.unescaped_key().get(key) || member.value().get(value))
                return false;
            if (!m_fields.time.empty() && key == m_fields.time) {
                if (!readTime(value, record))
                    return false;
            } else if (!m_fields.message.empty() && key == m_fields.message) {
                if (!readText(value, &record->body))
                    return false;
            } else if (!m_fields.level.empty() && key == m_fields.level) {
                if (!readText(value, &record->levelText))
                    return false;
                bool known = false;
                record->level = store::logLevelFromText(record->levelText, &known);
                m_problems.unknownLevel += !known;
                levelSeen = true;
            } else if (!m_fields.service.empty() && key == m_fields.service) {
                if (!readText(value, &record->service))
                    return false;
            } else if (!m_fields.traceId.empty() && key == m_fields.traceId) {
                if (!readText(value, &m_text))
                    return false;
                store::canonicalHexId(m_text, &record->traceId);
            } else if (!m_fields.spanId.empty() && key == m_fields.spanId) {
                if (!readText(value, &m_text))
                    return false;
                store::canonicalHexId(m_text, &record->spanId);
            } else {
                std::string_view raw;
                if (!rawValue(value, &raw))
                    return false;
                m_attributes.key(key);
                m_attributes.raw(trimmedJson(raw));
            }
        }
        m_attributes.endObject();
        if (!levelSeen)
            record->levelText.clear();
        return true;
    }

private:
    // The JSON text of any value, as written (simdjson 3.0 has raw_json() only on objects
    // and arrays, and a token for the rest).
    static bool rawValue(simdjson::ondemand::value &value, std::string_view *raw)
    {
        simdjson::ondemand::json_type type;
        if (value.type().get(type))
            return false;
        if (type == simdjson::ondemand::json_type::object) {
            simdjson::ondemand::object object;
            return !value.get_object().get(object) && !object.raw_json().get(*raw);
        }
        if (type == simdjson::ondemand::json_type::array) {
            simdjson::ondemand::array array;
            return !value.get_array().get(array) && !array.raw_json().get(*raw);
        }
        *raw = value.raw_json_token();
        return true;
    }

    static std::string_view trimmedJson(std::string_view raw)
    {
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r'))
            raw.remove_suffix(1);
        return raw;
    }

    bool readText(simdjson::ondemand::value &value, std::string *out)
    {
        simdjson::ondemand::json_type type;
        if (value.type().get(type))
            return false;
        if (type == simdjson::ondemand::json_type::string) {
            std::string_view text;
            if (value.get_string().get(text))
                return false;
            out->assign(text);
            return true;
        }
        std::string_view raw;
        if (!rawValue(value, &raw))
            return false;
        out->assign(trimmedJson(raw));
        return true;
    }

    bool readTime(simdjson::ondemand::value &value, store::LogRecord *record)
    {
        simdjson::ondemand::json_type type;
        if (value.type().get(type))
            return false;
        std::string_view text;
        bool isNumber = false;
        if (type == simdjson::ondemand::json_type::number) {
            text = trimmedJson(value.raw_json_token());
            isNumber = true;
        } else if (type == simdjson::ondemand::json_type::string) {
            if (value.get_string().get(text))
                return false;
        } else {
            std::string_view raw;
            if (!rawValue(value, &raw))
                return false;
            text = trimmedJson(raw);
        }
        int64_t ns = 0;
        if (JsonLinesImporter::parseTime(text, isNumber, &ns)) {
            record->timeNs = ns;
            record->timeProblem = store::LogRecord::TimeProblem::None;
        } else {
            record->timeProblem = store::LogRecord::TimeProblem::Unreadable;
            // Kept with the record so that nothing readable is lost.
            m_attributes.key(m_fields.time);
            m_attributes.string(text);
        }
        return true;
    }

    const JsonLinesImporter::Fields &m_fields;
    Problems &m_problems;
    simdjson::ondemand::parser m_parser;
    std::string m_padded;
    std::string m_text;
    JsonTextBuilder m_attributes;
};

// One line into `record`; false for binary garbage, which is left out.
bool readLine(std::string_view line, size_t readableAfter, LineParser &parser, Problems &problems,
              store::LogRecord &record, std::string &repaired)
{
    bool wasCut = false;
    if (line.size() > JsonLinesImporter::kMaxLineBytes) {
        ++problems.cut;
        wasCut = true;
    }
    bool parsed = line.front() == '{' && parser.parse(line, &record, readableAfter);
    // A line that parses is text; only the others are looked at byte by byte.
    if (!parsed && looksBinary(line)) {
        problems.cut -= wasCut;
        ++problems.binary;
        return false;
    }
    if (!parsed && line.front() == '{') {
        // simdjson refuses invalid UTF-8 outright; repair and try once more.
        repaired = repairedUtf8(line);
        if (repaired != line && parser.parse(repaired, &record)) {
            ++problems.invalidUtf8;
            parsed = true;
        }
    }
    if (!parsed) {
        // Not JSON (a stack trace line, a banner): kept as a plain message.
        ++problems.notJson;
        record.clear();
        record.timeProblem = store::LogRecord::TimeProblem::Missing;
        record.body = repairedUtf8(line.substr(0, JsonLinesImporter::kMaxLineBytes));
    }
    if (record.timeProblem == store::LogRecord::TimeProblem::Missing && parsed)
        ++problems.noTime;
    else if (record.timeProblem == store::LogRecord::TimeProblem::Unreadable)
        ++problems.badTime;
    if (wasCut) {
        if (record.body.size() > JsonLinesImporter::kMaxLineBytes)
            record.body.resize(JsonLinesImporter::kMaxLineBytes);
        if (record.attributes.size() > JsonLinesImporter::kMaxLineBytes)
            record.attributes = "{\"emberglass.cut\":true}";
    }
    return true;
}

// Calls line(std::string_view) for each line of `text` that is not blank, without its
// line ending and trailing spaces.
template<class LineFunction> void forEachLine(std::string_view text, LineFunction &&line)
{
    size_t start = 0;
    while (start < text.size()) {
        const void *newline = std::memchr(text.data() + start, '\n', text.size() - start);
        const size_t end
            = newline ? size_t(static_cast<const char *>(newline) - text.data()) : text.size();
        std::string_view one = text.substr(start, end - start);
        while (!one.empty() && (one.back() == '\r' || one.back() == ' '))
            one.remove_suffix(1);
        if (!one.empty())
            line(one);
        start = end + 1;
    }
}

// The bytes of a chunk of lines. Not a std::string, which would zero a megabyte before
// every read into it.
struct ChunkText
{
    std::unique_ptr<char[]> data;
    size_t capacity = 0;
    size_t size = 0;

    std::string_view view() const { return {data.get(), size}; }
    void reserve(size_t bytes)
    {
        if (bytes <= capacity)
            return;
        auto larger = std::make_unique_for_overwrite<char[]>(bytes);
        if (size > 0)
            std::memcpy(larger.get(), data.get(), size);
        data = std::move(larger);
        capacity = bytes;
    }
    void append(const char *bytes, size_t count)
    {
        reserve(size + count);
        std::memcpy(data.get() + size, bytes, count);
        size += count;
    }
};

// Chunk buffers handed back by the pipeline threads for the next reads: new ones of a
// megabyte each would cost their page faults again on every chunk.
class ChunkBuffers
{
public:
    ChunkText take()
    {
        std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return {};
        ChunkText buffer = std::move(m_free.back());
        m_free.pop_back();
        return buffer;
    }

    void give(ChunkText buffer)
    {
        buffer.size = 0;
        std::lock_guard lock(m_mutex);
        if (m_free.size() < 8)
            m_free.push_back(std::move(buffer));
    }

private:
    std::mutex m_mutex;
    std::vector<ChunkText> m_free;
};

// Whole lines read on the import thread, parsed into log blocks on a pipeline thread.
struct LineChunk
{
    // What parsing found, kept after the lines are gone.
    struct Outcome
    {
        Problems problems;
        int64_t records = 0;
    };

    std::vector<store::EncodedLogBlock> parse(const JsonLinesImporter::Fields &fields)
    {
        std::vector<std::string_view> lines;
        forEachLine(std::string_view(text.data.get(), size),
                    [&](std::string_view line) { lines.push_back(line); });
        // Blocks of equal size: 5000 lines are two blocks of 2500, not 4096 and 904.
        const size_t blockCount
            = (lines.size() + store::LogBlockBuilder::kLines - 1) / store::LogBlockBuilder::kLines;
        const size_t perBlock = blockCount ? (lines.size() + blockCount - 1) / blockCount : 0;
        LineParser parser(fields, outcome->problems);
        std::vector<store::EncodedLogBlock> blocks;
        store::LogRecord record;
        std::string repaired;
        for (size_t first = 0; first < lines.size(); first += perBlock) {
            store::LogBlockBuilder block;
            for (size_t i = first; i < std::min(lines.size(), first + perBlock); ++i) {
                const std::string_view line = lines[i];
                // The text ends in simdjson's padding: no line needs a copy.
                const size_t after
                    = text.size - size_t(line.data() + line.size() - text.data.get());
                if (readLine(line, after, parser, outcome->problems, record, repaired)) {
                    block.add(record);
                    ++outcome->records;
                }
            }
            blocks.push_back(block.encode());
        }
        buffers->give(std::move(text));
        return blocks;
    }

    ChunkText text; // whole lines, then the padding
    size_t size = 0; // of the lines
    std::shared_ptr<ChunkBuffers> buffers;
    std::shared_ptr<Outcome> outcome = std::make_shared<Outcome>();
};

std::vector<std::string> keysOf(std::string_view line)
{
    std::vector<std::string> keys;
    for (std::string_view key : JsonSupport::topLevelKeys(line))
        keys.emplace_back(key);
    return keys;
}

} // namespace

FormatInfo JsonLinesImporter::format() const
{
    return {QStringLiteral("jsonl-logs"),
            QStringLiteral("JSON lines logs"),
            {QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("log"),
             QStringLiteral("json")}};
}

int JsonLinesImporter::probe(std::string_view head) const
{
    // Whole lines only: the last one may be cut by the 64 KiB limit. Logs mix in the odd
    // line that is not JSON (a stack trace, a banner), so most lines must be records.
    int records = 0;
    int lines = 0;
    size_t start = 0;
    while (lines < 20) {
        const size_t end = head.find('\n', start);
        if (end == std::string_view::npos)
            break;
        std::string_view line = head.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        if (line.empty())
            continue;
        ++lines;
        if (line.front() != '{' || line.back() != '}')
            continue;
        const Fields fields = detectFields(keysOf(line));
        if (fields.message.empty() || (fields.time.empty() && fields.level.empty()))
            return 0; // a JSON object, but not a log record: some other format
        ++records;
    }
    // One line alone could be any JSON document; several such lines are a log.
    if (records >= 2 && records * 2 >= lines)
        return 70;
    return records == 1 && lines == 1 ? 30 : 0;
}

JsonLinesImporter::Fields JsonLinesImporter::detectFields(const std::vector<std::string> &keys)
{
    Fields fields;
    fields.time = pick(keys, kTimeNames);
    fields.message = pick(keys, kMessageNames);
    fields.level = pick(keys, kLevelNames);
    fields.service = pick(keys, kServiceNames);
    fields.traceId = pick(keys, kTraceNames);
    fields.spanId = pick(keys, kSpanNames);
    return fields;
}

bool JsonLinesImporter::parseTime(std::string_view text, bool isNumber, int64_t *ns)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    // Whole numbers, nearly every time field written as a number: read without a copy of
    // the text or a double. Told apart by size: seconds until the year 5138, then ms, µs,
    // ns.
    int64_t whole = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), whole);
    if (error == std::errc() && end == text.data() + text.size() && whole > 0) {
        const int64_t scale = whole >= 100'000'000'000'000'000 ? 1
            : whole >= 100'000'000'000'000                    ? 1'000
            : whole >= 100'000'000'000                        ? 1'000'000
                                                              : 1'000'000'000;
        if (whole > std::numeric_limits<int64_t>::max() / scale)
            return false;
        *ns = whole * scale;
        return true;
    }
    const bool digitsOnly = !text.empty()
        && std::all_of(text.begin(), text.end(),
                       [](char c) {
                           return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e'
                               || c == 'E' || c == '+';
                       })
        && text.find_first_of("0123456789") != std::string_view::npos
        && (isNumber || text.find('-', 1) == std::string_view::npos);
    if (isNumber || digitsOnly) {
        const double value = std::strtod(std::string(text).c_str(), nullptr);
        if (!std::isfinite(value) || value <= 0)
            return false;
        // Told apart by size: seconds until the year 5138, then ms, µs, ns.
        double scale = 1e9;
        if (value >= 1e17)
            scale = 1;
        else if (value >= 1e14)
            scale = 1e3;
        else if (value >= 1e11)
            scale = 1e6;
        // Whole integers keep every digit (a double holds an epoch in ns only to ~256 ns).
        if (text.find_first_of(".eE") == std::string_view::npos && text.size() <= 19) {
            *ns = std::stoll(std::string(text)) * int64_t(scale);
            return true;
        }
        *ns = int64_t(std::llround(value * scale));
        return true;
    }
    return SentryTimestamp::parseRfc3339(text, ns);
}

void JsonLinesImporter::import(InputStream &input, store::CacheWriter &writer,
                               ImportContext &context)
{
    input.setProgressContext(&context, 0.9);
    // The user's names win; detection fills in the others.
    Fields fields = context.logFieldNames();
    int detectionsLeft = kDetectionLines;
    const auto detect = [&](std::string_view line) {
        if (detectionsLeft <= 0 || line.front() != '{' || looksBinary(line))
            return;
        --detectionsLeft;
        const Fields found = detectFields(keysOf(line));
        bool missing = false;
        for (auto [field, candidate] : {std::pair {&fields.time, &found.time},
                                        {&fields.message, &found.message},
                                        {&fields.level, &found.level},
                                        {&fields.service, &found.service},
                                        {&fields.traceId, &found.traceId},
                                        {&fields.spanId, &found.spanId}}) {
            if (field->empty())
                *field = *candidate;
            missing = missing || field->empty();
        }
        if (!missing)
            detectionsLeft = 0;
    };
    // This thread reads whole lines in chunks of about a block and looks for the field
    // names in the first ones; the lines are parsed where their blocks are made, on the
    // writer's pipeline threads.
    std::vector<std::shared_ptr<LineChunk::Outcome>> outcomes;
    size_t chunkBytes = size_t(1) << 20;
    bool sized = false;
    std::string carry; // the start of a line the last read cut
    const auto buffers = std::make_shared<ChunkBuffers>();
    for (bool end = false; !end;) {
        context.checkCancelled();
        auto chunk = std::make_shared<LineChunk>();
        chunk->buffers = buffers;
        chunk->text = buffers->take();
        ChunkText &text = chunk->text;
        text.reserve(carry.size() + chunkBytes + simdjson::SIMDJSON_PADDING);
        text.size = 0;
        text.append(carry.data(), carry.size());
        size_t got = 0;
        while (got < chunkBytes) {
            const size_t n = input.read(text.data.get() + text.size + got, chunkBytes - got);
            if (n == 0)
                break;
            got += n;
        }
        text.size += got;
        end = got == 0;
        // Up to the last line ending; the rest starts the next chunk.
        const size_t lastNewline = text.view().rfind('\n');
        const size_t whole = end               ? text.size
            : lastNewline == std::string::npos ? 0
                                               : lastNewline + 1;
        carry.assign(text.view().substr(whole));
        text.size = whole;
        if (whole == 0) {
            buffers->give(std::move(text));
            continue;
        }
        if (detectionsLeft > 0) {
            size_t lines = 0;
            forEachLine(text.view(), [&](std::string_view line) {
                detect(line);
                ++lines;
            });
            if (!sized && lines > 0) {
                // Chunks of about one block's lines, by the first chunk's line length.
                chunkBytes = std::clamp<size_t>(whole / lines * store::LogBlockBuilder::kLines,
                                                size_t(64) << 10, size_t(16) << 20);
                sized = true;
            }
        }
        chunk->size = whole;
        static const std::string padding(simdjson::SIMDJSON_PADDING, ' ');
        text.append(padding.data(), padding.size());
        outcomes.push_back(chunk->outcome);
        writer.addLogBlocks([chunk, fields] { return chunk->parse(fields); });
    }
    writer.finishLogs();
    Problems problems;
    int64_t records = 0;
    for (const auto &outcome : outcomes) {
        problems += outcome->problems;
        records += outcome->records;
    }

    // One sentence per kind of problem, its English spelled out for one and for many.
    const auto warn = [&writer](int64_t count, const QString &one, const QString &many) {
        if (count > 0)
            writer.addWarning((count == 1 ? one : many).arg(count));
    };
    warn(problems.notJson,
         QStringLiteral("%1 line is not a JSON object; it was kept as a plain message without "
                        "a time."),
         QStringLiteral("%1 lines are not JSON objects; each was kept as a plain message "
                        "without a time."));
    warn(problems.binary, QStringLiteral("%1 line of binary data was left out."),
         QStringLiteral("%1 lines of binary data were left out."));
    warn(problems.invalidUtf8,
         QStringLiteral("%1 line held invalid UTF-8; the bad bytes were replaced with \uFFFD."),
         QStringLiteral("%1 lines held invalid UTF-8; the bad bytes were replaced with \uFFFD."));
    warn(problems.cut,
         QStringLiteral("%1 line was longer than 1 MB; its message was cut to the first 1 MB."),
         QStringLiteral("%1 lines were longer than 1 MB; their message was cut to the first "
                        "1 MB."));
    if (fields.time.empty() && records > 0)
        writer.addWarning(QStringLiteral("No time field was found (looked for timestamp, time, "
                                         "ts, @timestamp, …); the records are in file order."));
    else
        warn(problems.noTime,
             QStringLiteral("%1 record has no time; it is kept in file order after the others."),
             QStringLiteral("%1 records have no time; they are kept in file order after the "
                            "others."));
    warn(problems.badTime,
         QStringLiteral("%1 record has a time that could not be read; it is kept with the "
                        "record."),
         QStringLiteral("%1 records have a time that could not be read; it is kept with the "
                        "record."));
    warn(problems.unknownLevel,
         QStringLiteral("%1 record has a level that is none of trace, debug, info, warn, "
                        "error, fatal; it counts as info, and the level is kept as written."),
         QStringLiteral("%1 records have a level that is none of trace, debug, info, warn, "
                        "error, fatal; they count as info, and the level is kept as written."));
    context.setProgress(1);
}

} // namespace eg::importers
