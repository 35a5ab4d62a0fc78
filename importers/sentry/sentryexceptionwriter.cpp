#include "sentryexceptionwriter.h"

namespace eg::importers {

namespace {

using simdjson::ondemand::json_type;

// Frame keys in both spellings, and the name the details give them.
struct FrameKey
{
    std::string_view input;
    std::string_view output;
};

constexpr FrameKey kTextKeys[] = {
    {"function", "function"},
    {"module", "module"},
    {"package", "package"},
    {"filename", "file"},
    {"abs_path", "abs_path"},
    {"absPath", "abs_path"},
    {"context_line", "context_line"},
    {"instruction_addr", "instruction_addr"},
    {"instructionAddr", "instruction_addr"},
};
constexpr FrameKey kNumberKeys[] = {
    {"lineno", "line"},
    {"lineNo", "line"},
    {"colno", "column"},
    {"colNo", "column"},
};

} // namespace

SentryExceptionWriter::SentryExceptionWriter(JsonSupport &json, JsonTextBuilder &out)
    : m_json(json)
    , m_out(out)
{ }

void SentryExceptionWriter::writeChain(JsonSupport::Value &value)
{
    forEachValue(value, "`{\"values\": [...]}` or an array as `exception`",
                 &SentryExceptionWriter::writeException);
}

void SentryExceptionWriter::writeThreads(JsonSupport::Value &value)
{
    forEachValue(value, "`{\"values\": [...]}` or an array as `threads`",
                 &SentryExceptionWriter::writeThread);
}

void SentryExceptionWriter::forEachValue(JsonSupport::Value &value, const char *expected,
                                         void (SentryExceptionWriter::*write)(JsonSupport::Value &))
{
    if (m_json.isNull(value))
        return;
    if (m_json.take(value.type(), expected) == json_type::object) {
        JsonSupport::Object object = m_json.object(value, expected);
        for (auto item : object) {
            auto field = m_json.take(std::move(item), expected);
            if (field.key() == "values" && !m_json.isNull(field.value()))
                forEachValue(field.value(), expected, write);
        }
        return;
    }
    JsonSupport::Array list = m_json.array(value, expected);
    for (auto element : list) {
        JsonSupport::Value v = m_json.take(std::move(element), expected);
        (this->*write)(v);
    }
}

void SentryExceptionWriter::writeThread(JsonSupport::Value &value)
{
    JsonSupport::Object object = m_json.object(value, "a thread (a JSON object)");
    m_frameCulprit.clear();
    bool crashed = false;
    m_out.beginObject();
    for (auto item : object) {
        auto field = m_json.take(std::move(item), "a key of a thread");
        const std::string_view key = m_json.take(field.unescaped_key(), "a key of a thread");
        JsonSupport::Value &v = field.value();
        if (m_json.isNull(v))
            continue;
        if (key == "stacktrace") {
            writeStacktrace(v);
        } else if (key == "crashed") {
            crashed = m_json.take(v.get_bool(), "true or false as a thread's `crashed`");
            m_out.key(key).boolean(crashed);
        } else if (key == "id" || key == "name" || key == "current" || key == "main"
                   || key == "state") {
            m_out.key(key).copy(m_json, v, "a field of a thread");
        }
    }
    m_out.endObject();
    ++m_count;
    if (crashed)
        m_culprit = m_frameCulprit;
}

void SentryExceptionWriter::writeException(JsonSupport::Value &value)
{
    JsonSupport::Object object = m_json.object(value, "an exception (a JSON object)");
    ++m_count;
    m_type.clear();
    m_value.clear();
    m_frameCulprit.clear();
    m_out.beginObject();
    for (auto item : object) {
        auto field = m_json.take(std::move(item), "a key of an exception");
        const auto key = field.key();
        JsonSupport::Value &v = field.value();
        if (m_json.isNull(v))
            continue;
        if (key == "type") {
            m_type.assign(m_out.key("type").copyString(m_json, v,
                                                       "a string as an exception's "
                                                       "`type`"));
        } else if (key == "value") {
            m_value.assign(m_out.key("value").copyString(m_json, v,
                                                         "a string as an exception's "
                                                         "`value`"));
        } else if (key == "module") {
            m_out.key("module").copyString(m_json, v, "a string as an exception's `module`");
        } else if (key == "mechanism") {
            m_out.key("mechanism").copy(m_json, v, "an exception's `mechanism`");
        } else if (key == "stacktrace") {
            writeStacktrace(v);
        }
    }
    m_out.endObject();
    m_culprit = m_frameCulprit;
}

void SentryExceptionWriter::writeStacktrace(JsonSupport::Value &value)
{
    JsonSupport::Object object = m_json.object(value, "an object as an exception's `stacktrace`");
    for (auto item : object) {
        auto field = m_json.take(std::move(item), "a key of `stacktrace`");
        if (field.key() != "frames" || m_json.isNull(field.value()))
            continue;
        JsonSupport::Array frames = m_json.array(field.value(), "an array of frames in `frames`");
        m_out.key("frames").beginArray();
        for (auto element : frames) {
            JsonSupport::Value frame = m_json.take(std::move(element), "a stack frame");
            writeFrame(frame);
        }
        m_out.endArray();
    }
}

void SentryExceptionWriter::writeFrame(JsonSupport::Value &value)
{
    JsonSupport::Object object = m_json.object(value, "a stack frame (a JSON object)");
    m_out.beginObject();
    m_contextPairs.clear();
    int64_t line = -1;
    bool inApp = false;
    std::string_view function;
    for (auto item : object) {
        auto field = m_json.take(std::move(item), "a key of a stack frame");
        const std::string_view key = m_json.take(field.unescaped_key(), "a key of a stack frame");
        JsonSupport::Value &v = field.value();
        if (m_json.isNull(v))
            continue;
        bool done = false;
        for (const FrameKey &k : kTextKeys) {
            if (key == k.input) {
                const std::string_view text
                    = m_out.key(k.output).copyString(m_json, v, "a string in a stack frame");
                if (k.output == "function")
                    function = text;
                done = true;
                break;
            }
        }
        for (const FrameKey &k : kNumberKeys) {
            if (!done && key == k.input) {
                const int64_t number = m_json.integer(v,
                                                      "a whole number as a frame's line or "
                                                      "column");
                m_out.key(k.output).integer(number);
                if (k.output == "line")
                    line = number;
                done = true;
            }
        }
        if (done)
            continue;
        if (key == "in_app" || key == "inApp") {
            inApp = m_json.take(v.get_bool(), "true or false as a frame's `in_app`");
            m_out.key("in_app").boolean(inApp);
        } else if (key == "pre_context" || key == "post_context") {
            m_out.key(key).copy(m_json, v, "an array of source lines in a stack frame");
        } else if (key == "context") {
            JsonSupport::Array pairs = m_json.array(v, "an array of [line, text] as `context`");
            for (auto element : pairs) {
                JsonSupport::Value pairValue = m_json.take(std::move(element), "a [line, text]");
                JsonSupport::Array pair = m_json.array(pairValue, "a [line, text] in `context`");
                std::pair<int64_t, std::string> entry {-1, {}};
                for (auto part : pair) {
                    JsonSupport::Value p = m_json.take(std::move(part), "a [line, text]");
                    if (entry.first < 0)
                        entry.first = m_json.integer(p, "a line number in `context`");
                    else if (!m_json.isNull(p))
                        entry.second.assign(m_json.string(p, "source text in `context`"));
                }
                m_contextPairs.push_back(std::move(entry));
            }
        }
    }
    writeContextPairs(line);
    m_out.endObject();
    if (inApp && !function.empty())
        m_frameCulprit.assign(function); // frames run oldest first: the last one wins
}

void SentryExceptionWriter::writeContextPairs(int64_t line)
{
    if (m_contextPairs.empty() || line < 0)
        return;
    m_out.key("pre_context").beginArray();
    for (const auto &[number, text] : m_contextPairs) {
        if (number < line)
            m_out.string(text);
    }
    m_out.endArray();
    for (const auto &[number, text] : m_contextPairs) {
        if (number == line)
            m_out.key("context_line").string(text);
    }
    m_out.key("post_context").beginArray();
    for (const auto &[number, text] : m_contextPairs) {
        if (number > line)
            m_out.string(text);
    }
    m_out.endArray();
}

} // namespace eg::importers
