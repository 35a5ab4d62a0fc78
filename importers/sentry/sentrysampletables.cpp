#include "sentrysampletables.h"

#include "importers/common/hugepages.h"
#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"

#include <cmath>
#include <limits>

namespace eg::importers {

namespace {

constexpr uint64_t kTickMask = 0xffff; // cancel and progress every 65536 values
// {"stack_id":0,"thread_id":0,"timestamp":1} is the shortest a sample is written.
constexpr size_t kMinSampleTextBytes = 40;

using JsonValue = JsonSupport::Value;

std::string_view trimmed(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t' || token.back() == ',' || token.back() == '}'
               || token.back() == ']'))
        token.remove_suffix(1);
    return token;
}

// A string field that files also write as null for "absent".
std::string_view optionalString(JsonSupport &json, JsonValue &value, const char *expected)
{
    if (json.isNull(value))
        return {};
    return json.string(value, expected);
}

int32_t optionalLine(JsonSupport &json, JsonValue &value, const char *expected)
{
    if (json.isNull(value))
        return 0;
    const double number = json.number(value, expected);
    if (!(number >= 0 && number <= double(std::numeric_limits<int32_t>::max())))
        return 0;
    return int32_t(number);
}

} // namespace

bool SentrySampleTables::integerText(std::string_view text, int64_t *out)
{
    if (text.empty() || text.size() > 19)
        return false;
    int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

bool SentrySampleTables::secondsTokenToNs(std::string_view token, int64_t *ns)
{
    // Seconds since the epoch with (usually) microseconds: split at the point so that
    // no digit is lost to a double's 53 bits (1.7e9 s in a double is 240 ns coarse).
    const size_t point = token.find('.');
    const std::string_view whole = token.substr(0, point);
    int64_t seconds = 0;
    if (!integerText(whole, &seconds) || seconds > 9'000'000'000LL)
        return false;
    int64_t fraction = 0;
    if (point != std::string_view::npos) {
        const std::string_view digits = token.substr(point + 1);
        if (digits.empty())
            return false;
        int64_t scale = 100'000'000;
        for (size_t i = 0; i < digits.size(); ++i) {
            const char c = digits[i];
            if (c < '0' || c > '9')
                return false; // an exponent: the caller falls back to a double
            if (i < 9) {
                fraction += (c - '0') * scale;
                scale /= 10;
            } else if (i == 9 && c >= '5') {
                ++fraction; // round to the nearest nanosecond
            }
        }
    }
    *ns = seconds * 1'000'000'000 + fraction;
    return true;
}

std::string SentrySampleTables::frameName(std::string_view function, std::string_view file,
                                          int32_t line, std::string_view address)
{
    if (!function.empty())
        return std::string(function);
    // Appended piece by piece: GCC 12 warns wrongly (-Wrestrict) on `"x" + std::string`.
    std::string name;
    if (!address.empty()) {
        name.append("unknown (").append(address).append(")");
        return name;
    }
    if (!file.empty()) {
        // Anonymous JavaScript functions, named as the cpuprofile importer names them.
        const size_t slash = file.find_last_of("/\\");
        name.append("(anonymous ");
        name.append(slash == std::string_view::npos ? file : file.substr(slash + 1));
        if (line > 0)
            name.append(":").append(std::to_string(line));
        name.append(")");
        return name;
    }
    return "unknown";
}

void SentrySampleTables::read(JsonSupport &json, JsonValue &profile, ImportContext &context)
{
    auto object = json.object(profile, "an object in `profile`");
    bool hasSamples = false;
    bool hasStacks = false;
    bool hasFrames = false;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of `profile`");
        const auto key = field.key();
        JsonValue &value = field.value();
        if (key == "samples") {
            readSamples(json, value, context);
            hasSamples = true;
        } else if (key == "stacks") {
            readStacks(json, value, context);
            hasStacks = true;
        } else if (key == "frames") {
            readFrames(json, value);
            hasFrames = true;
        } else if (key == "thread_metadata") {
            if (!json.isNull(value))
                readThreadMetadata(json, value);
        }
    }
    if (!hasSamples)
        json.fail(QStringLiteral("missing `profile.samples`"));
    if (!hasStacks)
        json.fail(QStringLiteral("missing `profile.stacks`"));
    if (!hasFrames)
        json.fail(QStringLiteral("missing `profile.frames`"));
}

void SentrySampleTables::validate() const
{
    const size_t stacks = stackCount();
    for (size_t i = 0; i < m_samples.size(); ++i) {
        if (m_samples[i].stack < 0 || size_t(m_samples[i].stack) >= stacks) {
            throw ImportError(
                QStringLiteral("sample %1 names stack %2, but `profile.stacks` has %3")
                    .arg(i)
                    .arg(m_samples[i].stack)
                    .arg(stacks));
        }
    }
    for (size_t s = 0; s < stacks; ++s) {
        for (const int32_t *f = stackBegin(s); f != stackEnd(s); ++f) {
            if (*f < 0 || size_t(*f) >= m_frames.size()) {
                throw ImportError(
                    QStringLiteral("stack %1 names frame %2, but `profile.frames` has %3")
                        .arg(s)
                        .arg(*f)
                        .arg(m_frames.size()));
            }
        }
    }
}

int32_t SentrySampleTables::threadIndex(std::string_view id)
{
    // Samples of one thread come in runs: compare with the last one before hashing.
    if (m_lastThread >= 0 && id == m_lastThreadId)
        return m_lastThread;
    std::string key(id);
    auto [it, inserted] = m_threadIndex.try_emplace(key, int32_t(m_threads.size()));
    if (inserted)
        m_threads.push_back({key, {}});
    m_lastThreadId = std::move(key);
    m_lastThread = it->second;
    return it->second;
}

void SentrySampleTables::setThreadName(std::string_view id, std::string_view name)
{
    m_threads[size_t(threadIndex(id))].name = std::string(name);
}

int32_t SentrySampleTables::addFrame(const store::Frame &frame, std::string_view key)
{
    auto [it, inserted] = m_frameKeys.try_emplace(std::string(key), int32_t(m_frames.size()));
    if (inserted)
        m_frames.push_back(frame);
    return it->second;
}

int32_t SentrySampleTables::addStack(const std::vector<int32_t> &framesLeafFirst)
{
    m_stackFrames.insert(m_stackFrames.end(), framesLeafFirst.begin(), framesLeafFirst.end());
    m_stackStart.push_back(uint32_t(m_stackFrames.size()));
    return int32_t(m_stackStart.size() - 2);
}

int32_t SentrySampleTables::readThreadId(JsonSupport &json, JsonValue &value)
{
    const simdjson::ondemand::json_type type
        = json.take(value.type(), "a string or number as `thread_id`");
    if (type == simdjson::ondemand::json_type::string)
        return threadIndex(json.string(value, "a string as `thread_id`"));
    if (type != simdjson::ondemand::json_type::number)
        json.fail(QStringLiteral("expected a string or number as a sample's `thread_id`"));
    return threadIndex(trimmed(value.raw_json_token()));
}

void SentrySampleTables::readSamples(JsonSupport &json, JsonValue &value, ImportContext &context)
{
    auto samples = json.array(value, "an array in `profile.samples`");
    // A sample takes 40 bytes of text at the least: room for as many as the text could
    // hold, so that millions of them never double the array (pages never written cost
    // nothing).
    m_samples.reserve(m_samples.size() + json.textSize() / kMinSampleTextBytes);
    adviseHugePages(m_samples.data() + m_samples.size(),
                    (m_samples.capacity() - m_samples.size()) * sizeof(Sample));
    for (auto element : samples) {
        JsonValue sampleValue = json.take(std::move(element), "a sample in `profile.samples`");
        auto object = json.object(sampleValue, "a sample (a JSON object) in `profile.samples`");
        Sample sample;
        bool hasStack = false;
        bool hasTime = false;
        bool hasThread = false;
        for (auto item : object) {
            auto field = json.take(std::move(item), "a key of a sample");
            const auto key = field.key();
            JsonValue &v = field.value();
            if (key == "stack_id") {
                const int64_t stack = json.integer(v, "an integer as a sample's `stack_id`");
                sample.stack = stack < 0 || stack > std::numeric_limits<int32_t>::max()
                    ? -1
                    : int32_t(stack);
                hasStack = true;
            } else if (key == "thread_id") {
                sample.thread = readThreadId(json, v);
                hasThread = true;
            } else if (key == "elapsed_since_start_ns") {
                // SDKs send a string or a number; Relay re-serialises numbers.
                const simdjson::ondemand::json_type type
                    = json.take(v.type(), "`elapsed_since_start_ns`");
                std::string_view text;
                if (type == simdjson::ondemand::json_type::string)
                    text = json.string(v, "a string as `elapsed_since_start_ns`");
                else if (type == simdjson::ondemand::json_type::number)
                    text = trimmed(v.raw_json_token());
                if (!integerText(text, &sample.time)) {
                    if (type != simdjson::ondemand::json_type::number)
                        json.fail(QStringLiteral(
                            "expected whole nanoseconds (a string or number) as a sample's "
                            "`elapsed_since_start_ns`"));
                    const double ns = json.number(v, "a number as `elapsed_since_start_ns`");
                    if (!(ns >= 0 && ns < 9.2e18))
                        json.fail(QStringLiteral("`elapsed_since_start_ns` is out of range"));
                    sample.time = std::llround(ns);
                }
                if (m_timeKind == TimeKind::None)
                    m_timeKind = TimeKind::ElapsedNs;
                hasTime = true;
            } else if (key == "timestamp") {
                // v2: seconds since the epoch.
                const std::string_view token = trimmed(v.raw_json_token());
                if (!secondsTokenToNs(token, &sample.time)) {
                    const double seconds
                        = json.number(v, "a number of seconds as a sample's `timestamp`");
                    if (!(seconds >= 0 && seconds < 9.2e9))
                        json.fail(QStringLiteral("a sample's `timestamp` is out of range"));
                    sample.time = std::llround(seconds * 1e9);
                }
                if (m_timeKind == TimeKind::None)
                    m_timeKind = TimeKind::EpochNs;
                hasTime = true;
            }
        }
        if (!hasStack)
            json.fail(QStringLiteral("sample %1 has no `stack_id`").arg(m_samples.size()));
        if (!hasTime)
            json.fail(QStringLiteral("sample %1 has no `elapsed_since_start_ns` or `timestamp`")
                          .arg(m_samples.size()));
        if (!hasThread)
            sample.thread = threadIndex("0");
        m_samples.push_back(sample);
        if ((++m_items & kTickMask) == 0)
            context.checkCancelled();
    }
}

void SentrySampleTables::readStacks(JsonSupport &json, JsonValue &value, ImportContext &context)
{
    m_stackFrames.clear();
    m_stackStart.assign(1, 0);
    auto stacks = json.array(value, "an array in `profile.stacks`");
    for (auto element : stacks) {
        JsonValue stackValue = json.take(std::move(element), "a stack in `profile.stacks`");
        auto frames = json.array(stackValue, "an array of frame indices in `profile.stacks`");
        for (auto frame : frames) {
            const int64_t index
                = json.take(frame.get_int64(), "a frame index (an integer) in `profile.stacks`");
            m_stackFrames.push_back(
                index < 0 || index > std::numeric_limits<int32_t>::max() ? -1 : int32_t(index));
        }
        m_stackStart.push_back(uint32_t(m_stackFrames.size()));
        if ((++m_items & kTickMask) == 0)
            context.checkCancelled();
    }
}

void SentrySampleTables::readFrames(JsonSupport &json, JsonValue &value)
{
    m_frames.clear();
    auto frames = json.array(value, "an array in `profile.frames`");
    for (auto element : frames) {
        JsonValue frameValue = json.take(std::move(element), "a frame in `profile.frames`");
        m_frames.push_back(readFrame(json, frameValue));
    }
}

store::Frame SentrySampleTables::readFrame(JsonSupport &json, JsonValue &frameValue)
{
    auto object = json.object(frameValue, "a frame (a JSON object) in `profile.frames`");
    store::Frame frame;
    std::string_view function;
    std::string_view filename;
    std::string_view absPath;
    std::string_view address;
    std::string_view module;
    std::string_view package;
    // Strings live in the parser's buffer only until the next one: copy what is kept.
    std::string functionText;
    std::string addressText;
    for (auto item : object) {
        auto field = json.take(std::move(item), "a key of a frame");
        const auto key = field.key();
        JsonValue &v = field.value();
        if (key == "function") {
            function = optionalString(json, v, "a string as a frame's `function`");
            functionText.assign(function);
        } else if (key == "filename") {
            filename = optionalString(json, v, "a string as a frame's `filename`");
            if (!filename.empty())
                frame.file.assign(filename);
        } else if (key == "abs_path") {
            absPath = optionalString(json, v, "a string as a frame's `abs_path`");
            if (frame.file.empty())
                frame.file.assign(absPath);
        } else if (key == "lineno") {
            frame.line = optionalLine(json, v, "a number as a frame's `lineno`");
        } else if (key == "colno") {
            frame.column = optionalLine(json, v, "a number as a frame's `colno`");
        } else if (key == "module") {
            module = optionalString(json, v, "a string as a frame's `module`");
            if (!module.empty())
                frame.module.assign(module);
        } else if (key == "package") {
            package = optionalString(json, v, "a string as a frame's `package`");
            if (frame.module.empty())
                frame.module.assign(package);
        } else if (key == "in_app") {
            if (!json.isNull(v))
                frame.inApp
                    = json.take(v.get_bool(), "true or false as a frame's `in_app`") ? 1 : 0;
        } else if (key == "instruction_addr") {
            address = optionalString(json, v, "a string as a frame's `instruction_addr`");
            addressText.assign(address);
        }
    }
    frame.name = frameName(functionText, frame.file, frame.line, addressText);
    return frame;
}

void SentrySampleTables::readThreadMetadata(JsonSupport &json, JsonValue &value)
{
    auto object = json.object(value, "an object in `profile.thread_metadata`");
    for (auto item : object) {
        auto field = json.take(std::move(item), "a thread id in `profile.thread_metadata`");
        const std::string id(json.take(field.unescaped_key(), "a thread id"));
        JsonValue &v = field.value();
        if (json.isNull(v))
            continue;
        auto metadata = json.object(v, "an object in `profile.thread_metadata`");
        for (auto metaItem : metadata) {
            auto metaField = json.take(std::move(metaItem), "a key of a thread's metadata");
            if (metaField.key() == "name") {
                const std::string_view name
                    = optionalString(json, metaField.value(), "a string as a thread's `name`");
                setThreadName(id, name);
            }
        }
    }
}

} // namespace eg::importers
