#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace eg::store {

// Severity in the six levels Sentry and OpenTelemetry share (CLI.md).
enum class LogLevel : int8_t { Trace, Debug, Info, Warn, Error, Fatal };

// "trace" … "fatal".
const char *logLevelName(LogLevel level);
// The level a record's own word or number means: the six names, the aliases loggers use
// ("warning", "critical", "err", "panic", "information", single letters "W", "E"), and
// OTLP severity numbers 1–24. A word nobody maps counts as info (CLI.md); `known` says
// whether it was mapped.
LogLevel logLevelFromText(std::string_view text, bool *known = nullptr);
LogLevel logLevelFromSeverityNumber(int64_t number);

// One log record as an importer hands it to the CacheWriter, normalized.
struct LogRecord
{
    enum class TimeProblem : int8_t { None, Missing, Unreadable };

    int64_t timeNs = 0; // ns since the epoch; meaningless unless timeProblem is None
    TimeProblem timeProblem = TimeProblem::None;
    LogLevel level = LogLevel::Info;
    std::string levelText; // as written
    std::string service;
    std::string body;
    std::string traceId; // canonical hex, or empty
    std::string spanId;
    std::string attributes; // JSON object text; empty means {}

    // Empties every field but keeps the strings' memory: an importer reusing one record
    // for millions of lines allocates nothing per line.
    void clear()
    {
        timeNs = 0;
        timeProblem = TimeProblem::None;
        level = LogLevel::Info;
        for (std::string *text : {&levelText, &service, &body, &traceId, &spanId, &attributes})
            text->clear();
    }
};

// One error event (an exception or an error-level message), normalized.
struct ErrorRecord
{
    std::string eventId;
    int64_t timeNs = 0; // 0: unknown
    std::string level; // "error", "fatal", "warning"...
    std::string type; // outermost exception type, or empty for a message event
    std::string value; // its message
    std::string culprit;
    std::string traceId;
    std::string spanId;
    std::string release;
    std::string environment;
    std::string replayId;
    // JSON object: "exceptions" [{type, value, module, mechanism, frames [{function,
    // module, package, file, abs_path, line, column, in_app, context_line, pre_context,
    // post_context, instruction_addr}] oldest first}] in Sentry's order (the innermost
    // cause first, the outermost, `type`, last), "breadcrumbs" [{time_ns, type, category,
    // level, message, data}] oldest first, "tags" {k: "v"}, "contexts" {...}, and when
    // present "threads" [{id, name, crashed, current, main, state, frames}] (native
    // crashes), "message", "transaction", "platform", "request" {...}, "extra" {...}.
    // Members a file leaves out are left out.
    std::string details;
};

// What groups error events in the errors list: the type and the message with the parts
// that differ between occurrences (numbers, hex ids, UUIDs) masked, so that "quantity 7
// exceeds max of 5" and "quantity 9 exceeds max of 5" are one error.
std::string errorGroupKey(std::string_view type, std::string_view value);

} // namespace eg::store
