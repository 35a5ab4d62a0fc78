#pragma once

#include <string>
#include <string_view>

namespace eg::importers {

// Which member of a JSON log record holds what. Importers of JSON lines find the usual
// spellings themselves (time, ts, @timestamp, msg, level, …); these are the names a user
// gives where a logger spells them otherwise (a time field called "when"). Empty: detect.
struct LogFieldNames
{
    std::string time;
    std::string message;
    std::string level;
    std::string service;
    std::string traceId;
    std::string spanId;

    // Sets the member `role` names ("time", "message", "level", "service", "trace_id",
    // "span_id"); false when no member is called that.
    bool set(std::string_view role, std::string name);
    // The member `role` names; empty for a role not known.
    const std::string &get(std::string_view role) const;
    bool empty() const;
    // "time, message, level, service, trace_id, span_id", for messages.
    static const char *roles();
};

} // namespace eg::importers
