#include "logfieldnames.h"

namespace eg::importers {

namespace {

// The member of `names` (const or not) that `role` names, or nullptr.
template<typename Names> auto *member(Names &names, std::string_view role)
{
    return role == "time"    ? &names.time
        : role == "message"  ? &names.message
        : role == "level"    ? &names.level
        : role == "service"  ? &names.service
        : role == "trace_id" ? &names.traceId
        : role == "span_id"  ? &names.spanId
                             : nullptr;
}

} // namespace

bool LogFieldNames::set(std::string_view role, std::string name)
{
    std::string *field = member(*this, role);
    if (!field)
        return false;
    *field = std::move(name);
    return true;
}

const std::string &LogFieldNames::get(std::string_view role) const
{
    static const std::string none;
    const std::string *field = member(*this, role);
    return field ? *field : none;
}

bool LogFieldNames::empty() const
{
    return time.empty() && message.empty() && level.empty() && service.empty() && traceId.empty()
        && spanId.empty();
}

const char *LogFieldNames::roles()
{
    return "time, message, level, service, trace_id, span_id";
}

} // namespace eg::importers
