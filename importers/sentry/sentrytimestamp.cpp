#include "sentrytimestamp.h"

#include "sentrysampletables.h"

#include <cmath>

namespace eg::importers {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t daysFromCivil(int64_t year, int64_t month, int64_t day)
{
    year -= month <= 2 ? 1 : 0;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const int64_t yearOfEra = year - era * 400;
    const int64_t dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// Reads exactly `count` digits at `*pos`.
bool digits(std::string_view text, size_t *pos, int count, int64_t *out)
{
    if (*pos + size_t(count) > text.size())
        return false;
    int64_t value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[*pos + size_t(i)];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *pos += size_t(count);
    *out = value;
    return true;
}

bool expect(std::string_view text, size_t *pos, char c)
{
    if (*pos >= text.size() || text[*pos] != c)
        return false;
    ++*pos;
    return true;
}

std::string_view trimmed(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    while (!token.empty() && token.front() == ' ')
        token.remove_prefix(1);
    return token;
}

} // namespace

bool SentryTimestamp::parseRfc3339(std::string_view text, int64_t *ns)
{
    text = trimmed(text);
    size_t pos = 0;
    int64_t year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, &pos, 4, &year) || !expect(text, &pos, '-') || !digits(text, &pos, 2, &month)
        || !expect(text, &pos, '-') || !digits(text, &pos, 2, &day))
        return false;
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' '))
        return false;
    ++pos;
    if (!digits(text, &pos, 2, &hour) || !expect(text, &pos, ':') || !digits(text, &pos, 2, &minute)
        || !expect(text, &pos, ':') || !digits(text, &pos, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    int64_t fraction = 0;
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        int64_t scale = 100'000'000;
        size_t count = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (count < 9) {
                fraction += (text[pos] - '0') * scale;
                scale /= 10;
            } else if (count == 9 && text[pos] >= '5') {
                ++fraction; // round to the nearest nanosecond
            }
            ++count;
            ++pos;
        }
        if (count == 0)
            return false;
    }
    int64_t offsetSeconds = 0;
    if (pos < text.size()) {
        const char zone = text[pos];
        if (zone == 'Z' || zone == 'z') {
            ++pos;
        } else if (zone == '+' || zone == '-') {
            ++pos;
            int64_t offsetHours = 0, offsetMinutes = 0;
            if (!digits(text, &pos, 2, &offsetHours))
                return false;
            expect(text, &pos, ':');
            if (!digits(text, &pos, 2, &offsetMinutes))
                return false;
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == '+' ? 1 : -1);
        }
    }
    if (pos != text.size())
        return false;
    const int64_t seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60
        + second - offsetSeconds;
    *ns = seconds * 1'000'000'000 + fraction;
    return true;
}

bool SentryTimestamp::parseSeconds(std::string_view token, int64_t *ns)
{
    token = trimmed(token);
    if (SentrySampleTables::secondsTokenToNs(token, ns))
        return true;
    // An exponent or a sign: the rare cases a double is good enough for.
    if (token.empty() || token.size() > 40)
        return false;
    const std::string text(token);
    char *end = nullptr;
    const double seconds = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !(seconds >= 0 && seconds < 9.2e9))
        return false;
    *ns = std::llround(seconds * 1e9);
    return true;
}

bool SentryTimestamp::read(JsonSupport &json, JsonSupport::Value &value, const char *what,
                           int64_t *ns)
{
    const auto type = json.take(value.type(), what);
    switch (type) {
    case simdjson::ondemand::json_type::null:
        return false;
    case simdjson::ondemand::json_type::number:
        if (parseSeconds(value.raw_json_token(), ns))
            return true;
        json.fail(QStringLiteral("expected epoch seconds from 1970 on as %1")
                      .arg(QString::fromUtf8(what)));
    case simdjson::ondemand::json_type::string: {
        const std::string_view text = json.string(value, what);
        if (text.empty())
            return false;
        if (parseRfc3339(text, ns) || parseSeconds(text, ns))
            return true;
        json.fail(QStringLiteral("expected an RFC 3339 time or epoch seconds as %1, not \"%2\"")
                      .arg(QString::fromUtf8(what), QString::fromUtf8(text.substr(0, 40))));
    }
    default:
        break;
    }
    json.fail(QStringLiteral("expected an RFC 3339 time or epoch seconds as %1")
                  .arg(QString::fromUtf8(what)));
}

} // namespace eg::importers
