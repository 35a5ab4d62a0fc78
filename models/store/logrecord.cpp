#include "logrecord.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace eg::store {

namespace {

struct Alias
{
    const char *name;
    LogLevel level;
};

// Lower-case words loggers use for the six levels (pino, bunyan, winston, log4j, zap,
// Python logging, syslog, .NET, Go's slog).
constexpr Alias kAliases[] = {
    {"trace", LogLevel::Trace},
    {"verbose", LogLevel::Trace},
    {"finest", LogLevel::Trace},
    {"finer", LogLevel::Trace},
    {"silly", LogLevel::Trace},
    {"t", LogLevel::Trace},
    {"debug", LogLevel::Debug},
    {"fine", LogLevel::Debug},
    {"d", LogLevel::Debug},
    {"dbug", LogLevel::Debug},
    {"info", LogLevel::Info},
    {"information", LogLevel::Info},
    {"informational", LogLevel::Info},
    {"notice", LogLevel::Info},
    {"log", LogLevel::Info},
    {"i", LogLevel::Info},
    {"warn", LogLevel::Warn},
    {"warning", LogLevel::Warn},
    {"w", LogLevel::Warn},
    {"error", LogLevel::Error},
    {"err", LogLevel::Error},
    {"e", LogLevel::Error},
    {"severe", LogLevel::Error},
    {"fatal", LogLevel::Fatal},
    {"critical", LogLevel::Fatal},
    {"crit", LogLevel::Fatal},
    {"alert", LogLevel::Fatal},
    {"emerg", LogLevel::Fatal},
    {"emergency", LogLevel::Fatal},
    {"panic", LogLevel::Fatal},
    {"f", LogLevel::Fatal},
    {"c", LogLevel::Fatal},
};

} // namespace

const char *logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return "trace";
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warn:
        return "warn";
    case LogLevel::Error:
        return "error";
    case LogLevel::Fatal:
        return "fatal";
    }
    return "info";
}

LogLevel logLevelFromSeverityNumber(int64_t number)
{
    if (number < 1)
        return LogLevel::Info;
    if (number > 24)
        return LogLevel::Fatal;
    return LogLevel((number - 1) / 4);
}

LogLevel logLevelFromText(std::string_view text, bool *known)
{
    if (known)
        *known = true;
    std::string word;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            word.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    for (const Alias &alias : kAliases)
        if (word == alias.name)
            return alias.level;
    // pino and bunyan write numbers: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal.
    if (!word.empty() && std::all_of(word.begin(), word.end(), ::isdigit) && word.size() <= 3) {
        const int number = std::stoi(word);
        if (number >= 10 && number % 10 == 0 && number <= 60)
            return LogLevel(number / 10 - 1);
    }
    if (known)
        *known = false;
    return LogLevel::Info;
}

std::string errorGroupKey(std::string_view type, std::string_view value)
{
    std::string key(type);
    key += ": ";
    const auto isHex = [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) != 0;
    };
    const auto isDigit = [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    };
    for (size_t i = 0; i < value.size();) {
        const bool wordStart = i == 0 || !std::isalnum(static_cast<unsigned char>(value[i - 1]));
        if (wordStart && isHex(value[i])) {
            // A run of hex digits and dashes: an id when long, a number when all digits.
            size_t end = i;
            bool digitsOnly = true;
            while (end < value.size() && (isHex(value[end]) || value[end] == '-')) {
                digitsOnly = digitsOnly && (isDigit(value[end]) || value[end] == '.');
                ++end;
            }
            const bool wordEnd
                = end == value.size() || !std::isalnum(static_cast<unsigned char>(value[end]));
            if (wordEnd && end - i >= 8) {
                key += "<id>";
                i = end;
                continue;
            }
            if (wordEnd && digitsOnly) {
                key += "<n>";
                i = end;
                continue;
            }
        }
        if (isDigit(value[i]) && wordStart) {
            size_t end = i;
            while (end < value.size() && (isDigit(value[end]) || value[end] == '.'))
                ++end;
            key += "<n>";
            i = end;
            continue;
        }
        key.push_back(value[i]);
        ++i;
    }
    return key;
}

} // namespace eg::store
