#pragma once

#include "importers/common/jsonsupport.h"
#include "importers/common/jsontextbuilder.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace eg::importers {

// The `exception` interface of a Sentry event (SENTRY.md §2.2, §2.3) written into an
// error's details as the views read it (models/store/logrecord.h): an array of
// exceptions, oldest first as the event lists them, each `{type, value, module,
// mechanism, frames}`, frames oldest first with `function, module, package, file,
// abs_path, line, column, in_app, context_line, pre_context, post_context`. The SDK
// spelling (`abs_path`, `lineno`, `in_app`) and the web API's (§8.7: `absPath`,
// `lineNo`, `inApp`, `context: [[line, text], ...]`) come out the same. Native and mobile
// crashes often put the stack only in `threads` (§2.4): those are written alike, each
// `{id, name, crashed, current, main, state, frames}`.
class SentryExceptionWriter
{
public:
    SentryExceptionWriter(JsonSupport &json, JsonTextBuilder &out);

    // `{"values": [...]}` or a bare array, appended to the array the caller has begun.
    void writeChain(JsonSupport::Value &value);
    // `{"values": [...]}` or a bare array of threads, appended likewise.
    void writeThreads(JsonSupport::Value &value);

    int64_t count() const { return m_count; }
    // Of the newest exception written: the one an error is headlined by.
    const std::string &type() const { return m_type; }
    const std::string &value() const { return m_value; }
    // The function of its newest in-app frame (the culprit when the event names none).
    const std::string &culprit() const { return m_culprit; }

private:
    // The elements of `{"values": [...]}` or of a bare array, each with `write`.
    void forEachValue(JsonSupport::Value &value, const char *expected,
                      void (SentryExceptionWriter::*write)(JsonSupport::Value &));
    void writeException(JsonSupport::Value &value);
    void writeThread(JsonSupport::Value &value);
    void writeStacktrace(JsonSupport::Value &value);
    void writeFrame(JsonSupport::Value &value);
    // The web API's `context` pairs around `line`, as the SDK's three fields.
    void writeContextPairs(int64_t line);

    JsonSupport &m_json;
    JsonTextBuilder &m_out;
    int64_t m_count = 0;
    std::string m_type;
    std::string m_value;
    std::string m_culprit;
    std::string m_frameCulprit; // of the exception being read
    std::vector<std::pair<int64_t, std::string>> m_contextPairs;
};

} // namespace eg::importers
