#include "jsonwholenumber.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace eg::importers {

int64_t JsonWholeNumber::read(JsonSupport &json, JsonSupport::Value &value, const char *expected)
{
    using simdjson::ondemand::json_type;
    using simdjson::ondemand::number_type;
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    const json_type type = json.take(value.type(), expected);
    if (type == json_type::string) {
        const std::string_view text = json.string(value, expected);
        if (text.empty())
            return 0;
        int64_t out = 0;
        const char *end = text.data() + text.size();
        const auto result = std::from_chars(text.data(), end, out);
        if (result.ec == std::errc::result_out_of_range && result.ptr == end)
            return text.front() == '-' ? -kMax : kMax;
        if (result.ec != std::errc() || result.ptr != end)
            json.fail(QStringLiteral("expected %1, not \"%2\"")
                          .arg(QString::fromUtf8(expected),
                               QString::fromUtf8(text.data(), qsizetype(text.size()))));
        return out;
    }
    if (type != json_type::number)
        json.fail(QStringLiteral("expected %1").arg(QString::fromUtf8(expected)));
    const number_type kind = json.take(value.get_number_type(), expected);
    if (kind == number_type::signed_integer)
        return json.integer(value, expected);
    if (kind == number_type::unsigned_integer)
        return kMax;
    const double number = json.number(value, expected);
    if (!(number < 9.2e18))
        return kMax;
    return number > -9.2e18 ? int64_t(std::llround(number)) : -kMax;
}

} // namespace eg::importers
