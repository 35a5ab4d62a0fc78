#include "chrometraceparser.h"

#include "importers/common/importerror.h"
#include "importers/common/jsonsupport.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace eg::importers {

namespace od = simdjson::ondemand;

namespace {

[[noreturn]] void fail(const QString &message, int64_t offset)
{
    throw ImportError::atOffset(message, offset);
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty()
           && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'
               || s.back() == ','))
        s.remove_suffix(1);
    return s;
}

// A number, or a string holding one (Perfetto and speedscope accept "ts": "123").
bool readNumber(od::value &value, double &out)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    if (type == od::json_type::number)
        return !value.get_double().get(out);
    if (type == od::json_type::string) {
        std::string_view text;
        if (value.get_string().get(text))
            return false;
        while (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
        const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
        return result.ec == std::errc() && std::isfinite(out);
    }
    return false;
}

// pid, tid and id as written: numbers keep their text ("pid 7512"), strings their value.
std::string_view readIdText(od::value &value)
{
    od::json_type type;
    if (value.type().get(type))
        return {};
    std::string_view text;
    if (type == od::json_type::string) {
        if (value.get_string().get(text))
            return {};
        return text;
    }
    if (type == od::json_type::number || type == od::json_type::boolean) {
        return trimmed(value.raw_json_token());
    }
    return {};
}

// The raw text of any value, consuming it.
bool rawValue(od::value &value, std::string_view &out)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    if (type == od::json_type::object) {
        od::object object;
        return !value.get_object().get(object) && !object.raw_json().get(out);
    }
    if (type == od::json_type::array) {
        od::array array;
        return !value.get_array().get(array) && !array.raw_json().get(out);
    }
    out = trimmed(value.raw_json_token());
    return true;
}

// speedscope names a frame `name + ' ' + JSON.stringify(args)`: the args as compact
// JSON. Dropping the white space outside strings gives that for what files hold.
// simdjson skips the args without walking into them, so their depth is checked here:
// false when they nest deeper than simdjson would parse.
bool appendCompact(std::string &out, std::string_view raw)
{
    bool inString = false;
    size_t depth = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (inString) {
            out.push_back(c);
            if (c == '\\' && i + 1 < raw.size())
                out.push_back(raw[++i]);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.push_back(c);
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            if (c == '[' || c == '{') {
                if (++depth > simdjson::DEFAULT_MAX_DEPTH)
                    return false;
            } else if (c == ']' || c == '}') {
                depth = depth > 0 ? depth - 1 : 0;
            }
            out.push_back(c);
        }
    }
    return true;
}

// JavaScript truthiness of args: null, false, 0 and "" add nothing to the name.
bool truthy(std::string_view raw)
{
    return !(raw.empty() || raw == "null" || raw == "false" || raw == "0" || raw == "\"\""
             || raw == "0.0");
}

void assignRole(CpuProfileNode &node)
{
    // The same roles as the .cpuprofile importer (speedscope's chrome.ts).
    if (node.name == "(root)" || node.name == "(idle)" || node.url == "native dummy.js")
        node.role = CpuProfileNode::Role::Ignored;
    else if (node.name == "(program)" || node.name == "(garbage collector)")
        node.role = CpuProfileNode::Role::OnTop;
}

} // namespace

struct ChromeTraceParser::Impl
{
    od::parser events;
    od::parser args;
    std::string argsCopy; // args re-padded when they end too close to the batch's end

    // Parses the raw `args` of an event again, as its own document.
    od::document &parseArgs(std::string_view raw, const std::string &batch, int64_t offset,
                            od::document &doc)
    {
        const size_t room = size_t(batch.data() + batch.capacity() - raw.data());
        simdjson::padded_string_view view(raw.data(), raw.size(), room);
        if (room < raw.size() + simdjson::SIMDJSON_PADDING) {
            argsCopy.assign(raw);
            argsCopy.reserve(raw.size() + simdjson::SIMDJSON_PADDING);
            view = simdjson::padded_string_view(argsCopy.data(), argsCopy.size(),
                                                argsCopy.capacity());
        }
        if (const auto error = args.iterate(view).get(doc))
            fail(JsonSupport::message(error, "the `args` of an event"), offset);
        return doc;
    }
};

ChromeTraceParser::ChromeTraceParser()
    : m_impl(std::make_unique<Impl>())
{ }

ChromeTraceParser::~ChromeTraceParser() = default;

void ChromeTraceParser::doneParsing()
{
    m_impl.reset();
}

const std::string *ChromeTraceParser::threadName(const std::string &pid,
                                                 const std::string &tid) const
{
    std::string key = pid;
    key.push_back('\0');
    key += tid;
    const auto it = m_threadNames.find(key);
    return it == m_threadNames.end() ? nullptr : &it->second;
}

const std::string *ChromeTraceParser::processName(const std::string &pid) const
{
    const auto it = m_processNames.find(pid);
    return it == m_processNames.end() ? nullptr : &it->second;
}

int64_t ChromeTraceParser::memoryBytes() const
{
    int64_t bytes = 0;
    for (const TraceThread &thread : m_threads)
        bytes += int64_t(thread.events.bytes());
    // A string's text and its header, its slot and name: roughly, keys are few.
    for (const std::string &key : m_keys.strings())
        bytes += int64_t(key.capacity() + 64);
    for (const TraceCpuProfile &profile : m_cpuProfiles) {
        bytes += int64_t(profile.nodes.capacity() * (sizeof(CpuProfileNode) + 32));
        bytes += int64_t(profile.samples.capacity() * sizeof(int64_t));
        bytes += int64_t(profile.timeDeltas.capacity() * sizeof(double));
        bytes += int64_t(profile.childLinks.capacity() * sizeof(profile.childLinks[0]));
    }
    return bytes;
}

uint32_t ChromeTraceParser::internKey(std::string_view key, std::string_view name, bool hasName)
{
    bool inserted = false;
    const uint32_t id = m_keys.intern(key, &inserted);
    if (inserted) {
        // Names compare as speedscope compares `ev.name`: an absent name equals only
        // another absent name.
        std::string nameKey = hasName ? std::string("n") : std::string("a");
        nameKey.append(name);
        m_nameOfKey.push_back(m_names.intern(nameKey));
    }
    return id;
}

uint32_t ChromeTraceParser::threadIndex(std::string_view pid, std::string_view tid)
{
    m_scratch.assign(pid);
    m_scratch.push_back('\0');
    m_scratch.append(tid);
    if (!m_threads.empty() && m_scratch == m_lastThreadKey)
        return m_lastThread;
    auto [it, inserted] = m_threadIndex.try_emplace(m_scratch, uint32_t(m_threads.size()));
    if (inserted)
        m_threads.push_back({std::string(pid), std::string(tid), {}});
    m_lastThreadKey = m_scratch;
    m_lastThread = it->second;
    return it->second;
}

TraceCpuProfile &ChromeTraceParser::cpuProfile(std::string_view pid, std::string_view tid,
                                               std::string_view id, double ts)
{
    std::string key(pid);
    key.push_back('\0');
    key.append(id);
    auto [it, inserted] = m_cpuProfileIndex.try_emplace(key, uint32_t(m_cpuProfiles.size()));
    if (inserted) {
        TraceCpuProfile profile;
        profile.pid = pid;
        profile.tid = tid;
        profile.id = id;
        profile.firstTs = ts;
        m_cpuProfiles.push_back(std::move(profile));
    }
    return m_cpuProfiles[it->second];
}

namespace {

template<typename T>
T take(simdjson::simdjson_result<T> &&result, const char *expected, int64_t offset)
{
    T out {};
    if (const simdjson::error_code error = std::move(result).get(out))
        fail(JsonSupport::message(error, expected), offset);
    return out;
}

void readCallFrame(od::value &value, CpuProfileNode &node, int64_t at)
{
    auto object = take(value.get_object(), "an object as a node's `callFrame`", at);
    for (auto item : object) {
        auto field = take(std::move(item), "a key of a `callFrame`", at);
        const auto key = field.key();
        od::value v = field.value();
        double number = 0;
        if (key == "functionName") {
            node.name = std::string(take(v.get_string(), "a string as `functionName`", at));
        } else if (key == "url") {
            node.url = std::string(take(v.get_string(), "a string as `url`", at));
        } else if (key == "lineNumber" && readNumber(v, number)) {
            node.line = int32_t(number) + 1;
            node.hasLine = true;
        } else if (key == "columnNumber" && readNumber(v, number)) {
            node.column = int32_t(number) + 1;
        }
    }
}

void readNodes(od::value &value, TraceCpuProfile &profile, int64_t at)
{
    auto nodes = take(value.get_array(), "an array in `nodes`", at);
    for (auto item : nodes) {
        od::value nodeValue = take(std::move(item), "a node in `nodes`", at);
        auto object = take(nodeValue.get_object(), "a node (a JSON object) in `nodes`", at);
        CpuProfileNode node;
        const auto self = int32_t(profile.nodes.size());
        bool hasId = false;
        for (auto fieldItem : object) {
            auto field = take(std::move(fieldItem), "a key of a node", at);
            const auto key = field.key();
            od::value v = field.value();
            if (key == "id") {
                node.id = take(v.get_int64(), "an integer as a node's `id`", at);
                hasId = true;
            } else if (key == "callFrame") {
                readCallFrame(v, node, at);
            } else if (key == "parent") {
                node.parentId = take(v.get_int64(), "an integer as a node's `parent`", at);
                node.hasParentId = true;
            } else if (key == "children") {
                auto children = take(v.get_array(), "an array of node ids in `children`", at);
                for (auto child : children)
                    profile.childLinks.emplace_back(
                        self, take(child.get_int64(), "a node id in `children`", at));
            }
        }
        if (!hasId)
            fail(QStringLiteral("a node of a CPU profile has no `id`"), at);
        assignRole(node);
        profile.nodes.push_back(std::move(node));
    }
}

void readSamples(od::value &value, TraceCpuProfile &profile, int64_t at)
{
    auto samples = take(value.get_array(), "an array of node ids in `samples`", at);
    for (auto item : samples)
        profile.samples.push_back(take(item.get_int64(), "a node id in `samples`", at));
}

void readDeltas(od::value &value, TraceCpuProfile &profile, int64_t at)
{
    auto deltas = take(value.get_array(), "an array of numbers in `timeDeltas`", at);
    for (auto item : deltas)
        profile.timeDeltas.push_back(take(item.get_double(), "a number in `timeDeltas`", at));
}

// `cpuProfile` of a ProfileChunk (nodes, samples) or of a CpuProfile event (everything).
void readCpuProfileObject(od::value &value, TraceCpuProfile &profile, int64_t at)
{
    auto object = take(value.get_object(), "an object as `cpuProfile`", at);
    for (auto item : object) {
        auto field = take(std::move(item), "a key of `cpuProfile`", at);
        const auto key = field.key();
        od::value v = field.value();
        double number = 0;
        if (key == "nodes")
            readNodes(v, profile, at);
        else if (key == "samples")
            readSamples(v, profile, at);
        else if (key == "timeDeltas")
            readDeltas(v, profile, at);
        else if (key == "startTime" && readNumber(v, number))
            profile.startTime = number;
        else if (key == "endTime" && readNumber(v, number)) {
            profile.endTime = number;
            profile.hasEndTime = true;
        }
    }
}

// `args.data` of Profile, ProfileChunk and CpuProfile events.
void readProfileData(od::document &args, TraceCpuProfile &profile, int64_t at)
{
    od::object root;
    if (args.get_object().get(root))
        return;
    od::value data;
    if (root.find_field_unordered("data").get(data))
        return; // speedscope's "missing arg data" case: nothing to add
    od::object object;
    if (data.get_object().get(object))
        return;
    for (auto item : object) {
        auto field = take(std::move(item), "a key of `args.data`", at);
        const auto key = field.key();
        od::value v = field.value();
        double number = 0;
        if (key == "cpuProfile")
            readCpuProfileObject(v, profile, at);
        else if (key == "timeDeltas")
            readDeltas(v, profile, at);
        else if (key == "startTime" && readNumber(v, number))
            profile.startTime = number;
        else if (key == "endTime" && readNumber(v, number)) {
            profile.endTime = number;
            profile.hasEndTime = true;
        }
    }
}

} // namespace

void ChromeTraceParser::parse(std::string &batch, const std::vector<int64_t> &offsets)
{
    if (batch.capacity() < batch.size() + simdjson::SIMDJSON_PADDING)
        batch.reserve(batch.size() + simdjson::SIMDJSON_PADDING);
    od::document_stream stream;
    const size_t window = std::max<size_t>(batch.size(), simdjson::dom::MINIMAL_BATCH_SIZE);
    if (const auto error
        = m_impl->events.iterate_many(batch.data(), batch.size(), window).get(stream))
        fail(JsonSupport::message(error, "trace events"), offsets.empty() ? 0 : offsets.front());

    size_t index = 0;
    for (auto docResult : stream) {
        const int64_t at = index < offsets.size() ? offsets[index] : offsets.back();
        ++index;
        od::document_reference doc;
        if (const auto error = std::move(docResult).get(doc))
            fail(JsonSupport::message(error, "a trace event (a JSON object)"), at);
        od::object object;
        if (const auto error = doc.get_object().get(object))
            fail(JsonSupport::message(error, "a trace event (a JSON object)"), at);

        char phase = 0;
        double ts = 0;
        double dur = 0;
        double tdur = 0;
        bool hasTs = false;
        bool hasDur = false;
        bool hasTdur = false;
        bool hasName = false;
        std::string_view name;
        std::string_view pid;
        std::string_view tid;
        std::string_view id;
        std::string_view args;
        bool hasArgs = false;
        for (auto item : object) {
            od::field field;
            if (const auto error = std::move(item).get(field))
                fail(JsonSupport::message(error, "a key of a trace event"), at);
            const od::raw_json_string key = field.key();
            od::value value = field.value();
            if (key == "ph") {
                std::string_view text;
                if (!value.get_string().get(text) && !text.empty())
                    phase = text.front();
            } else if (key == "ts") {
                hasTs = readNumber(value, ts);
            } else if (key == "dur") {
                hasDur = readNumber(value, dur);
            } else if (key == "tdur") {
                hasTdur = readNumber(value, tdur);
            } else if (key == "name") {
                hasName = !value.get_string().get(name);
            } else if (key == "pid") {
                pid = readIdText(value);
            } else if (key == "tid") {
                tid = readIdText(value);
            } else if (key == "id") {
                id = readIdText(value);
            } else if (key == "args") {
                hasArgs = rawValue(value, args);
            }
        }
        ++m_eventCount;

        if (hasName && (name == "Profile" || name == "ProfileChunk" || name == "CpuProfile")) {
            // A CpuProfile event holds a whole profile: each one is a profile of its own.
            const std::string cpuId = name == "CpuProfile"
                ? "CpuProfile#" + std::to_string(m_eventCount)
                : std::string(id);
            TraceCpuProfile &profile = cpuProfile(pid, tid, cpuId, ts);
            if (hasArgs && args.size() > 1) {
                od::document argsDoc;
                readProfileData(m_impl->parseArgs(args, batch, at, argsDoc), profile, at);
            }
            continue;
        }

        switch (phase) {
        case 'B':
        case 'E':
        case 'X': {
            if (!hasTs) {
                // Without a time the event has no place; Perfetto drops it too.
                ++m_skipped;
                break;
            }
            m_scratch.clear();
            m_scratch.append(hasName && !name.empty() ? name : std::string_view("(unnamed)"));
            if (hasArgs && truthy(args)) {
                m_scratch.push_back(' ');
                if (!appendCompact(m_scratch, args))
                    fail(JsonSupport::message(simdjson::DEPTH_ERROR, "the `args` of an event"), at);
            }
            const uint32_t key = internKey(m_scratch, name, hasName);
            TraceEventRecord::Phase p = TraceEventRecord::Begin;
            double duration = 0;
            if (phase == 'E') {
                p = TraceEventRecord::End;
            } else if (phase == 'X') {
                p = TraceEventRecord::Complete;
                duration = hasDur ? dur : hasTdur ? tdur : 0;
                if (duration < 0)
                    duration = 0;
            }
            try {
                m_threads[threadIndex(pid, tid)].events.append(ts, duration, key, p);
            } catch (ImportError &error) {
                fail(error.message(), at);
            }
            break;
        }
        case 'M': {
            if (!hasName || !hasArgs || (name != "thread_name" && name != "process_name"))
                break;
            od::document argsDoc;
            od::object argsObject;
            if (m_impl->parseArgs(args, batch, at, argsDoc).get_object().get(argsObject))
                break;
            std::string_view value;
            if (argsObject.find_field_unordered("name").get_string().get(value) || value.empty())
                break;
            if (name == "thread_name") {
                std::string key(pid);
                key.push_back('\0');
                key.append(tid);
                m_threadNames[key] = std::string(value);
            } else {
                m_processNames[std::string(pid)] = std::string(value);
            }
            break;
        }
        default:
            ++m_skipped; // other phases (counters, async, flows, ...) are not profiles
            break;
        }
    }
    if (index != offsets.size()) {
        fail(QStringLiteral("malformed JSON in a trace event"),
             index < offsets.size() ? offsets[index] : offsets.back());
    }
}

} // namespace eg::importers
