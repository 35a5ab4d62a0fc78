#include "geckothreadreader.h"

#include "importers/common/importerror.h"
#include "importers/common/profilebuilder.h"

#include <QString>

#include <charconv>
#include <cmath>

namespace eg::importers {

namespace dom = simdjson::dom;

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw ImportError(message);
}

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int32_t toInt(std::string_view digits)
{
    int32_t value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

bool numberOf(dom::element element, double &out)
{
    if (element.is_null())
        return false;
    return !element.get_double().get(out) && std::isfinite(out);
}

} // namespace

GeckoThreadReader::GeckoThreadReader(dom::object thread, dom::array sharedStrings)
    : m_thread(thread)
{
    // Raw Gecko threads and older processed ones carry their own strings.
    dom::array strings = sharedStrings;
    dom::array own;
    if (!m_thread["stringTable"].get_array().get(own)
        || !m_thread["stringArray"].get_array().get(own))
        strings = own;
    m_strings.reserve(strings.size());
    for (dom::element element : strings) {
        std::string_view text;
        if (element.get_string().get(text))
            fail(QStringLiteral("a thread's string table holds something else than a string"));
        m_strings.push_back(text);
    }
}

GeckoThreadReader::Table GeckoThreadReader::table(const char *name, const char *lengthField,
                                                  bool required)
{
    Table t;
    dom::object object;
    if (m_thread[name].get_object().get(object)) {
        if (required)
            fail(QStringLiteral("a thread has no `%1` table").arg(QLatin1String(name)));
        return t;
    }
    t.present = true;
    dom::array rows;
    if (!object["data"].get_array().get(rows)) {
        if (object["schema"].get_object().get(t.schema))
            fail(QStringLiteral("the `%1` table has `data` but no `schema`")
                     .arg(QLatin1String(name)));
        for (dom::element row : rows) {
            dom::array values;
            if (row.get_array().get(values))
                fail(QStringLiteral("a row of `%1` is not an array").arg(QLatin1String(name)));
            t.rows.push_back(values);
        }
        t.length = t.rows.size();
        return t;
    }
    t.columnar = true;
    for (dom::key_value_pair field : object) {
        dom::array column;
        if (field.value.get_array().get(column))
            continue; // `length` and other plain values
        std::vector<dom::element> &values = t.columns[std::string(field.key)];
        values.reserve(column.size());
        for (dom::element element : column)
            values.push_back(element);
    }
    const auto it = t.columns.find(std::string_view(lengthField));
    if (it != t.columns.end())
        t.length = it->second.size();
    return t;
}

bool GeckoThreadReader::cell(const Table &t, std::string_view field, size_t row,
                             dom::element &out) const
{
    if (!t.present || row >= t.length)
        return false;
    if (t.columnar) {
        const auto it = t.columns.find(field);
        if (it == t.columns.end() || row >= it->second.size())
            return false;
        out = it->second[row];
        return !out.is_null();
    }
    int64_t index = 0;
    if (t.schema[field].get_int64().get(index) || index < 0)
        return false;
    // Rows may be shorter than the schema: trailing fields are left off when absent.
    const dom::array &values = t.rows[row];
    if (size_t(index) >= values.size())
        return false;
    return !values.at(size_t(index)).get(out) && !out.is_null();
}

bool GeckoThreadReader::integerCell(const Table &t, std::string_view field, size_t row,
                                    int64_t &out) const
{
    dom::element element;
    if (!cell(t, field, row, element))
        return false;
    double value = 0;
    if (!numberOf(element, value) || value != std::floor(value))
        fail(QStringLiteral("`%1` of row %2 is not an index").arg(QLatin1String(field)).arg(row));
    out = int64_t(value);
    return true;
}

std::string_view GeckoThreadReader::string(int64_t index) const
{
    if (index < 0 || size_t(index) >= m_strings.size())
        fail(QStringLiteral("string index %1 is not in the thread's string table").arg(index));
    return m_strings[size_t(index)];
}

// speedscope's reading of a location (src/import/firefox.ts), so that frames compare:
// `(.*)\s+\((.*?)(?::(\d+))?(?::(\d+))?\)$`; columns are 0-based there, 1-based here.
// A location without that shape (a native label) is a frame named by the whole text.
store::Frame GeckoThreadReader::frameFromLocation(std::string_view location) const
{
    store::Frame frame;
    frame.name = location;
    if (location.size() < 3 || location.back() != ')')
        return frame;
    size_t open = location.size() - 1;
    for (;;) {
        open = location.rfind('(', open - 1);
        if (open == std::string_view::npos || open == 0)
            return frame;
        const char before = location[open - 1];
        if (before == ' ' || before == '\t' || before == '\n' || before == '\r')
            break;
    }
    frame.name = location.substr(0, open - 1);
    std::string_view inner = location.substr(open + 1, location.size() - open - 2);
    // Up to two trailing `:digits`, the first being the line.
    std::string_view parts[2];
    int count = 0;
    while (count < 2) {
        const size_t colon = inner.rfind(':');
        if (colon == std::string_view::npos || !isDigits(inner.substr(colon + 1)))
            break;
        parts[count++] = inner.substr(colon + 1);
        inner = inner.substr(0, colon);
    }
    frame.file = inner;
    if (count == 2) {
        frame.line = toInt(parts[1]);
        frame.column = toInt(parts[0]) + 1;
    } else if (count == 1) {
        frame.line = toInt(parts[0]);
    }
    return frame;
}

int32_t GeckoThreadReader::frameOf(int64_t geckoFrame, ProfileBuilder &builder)
{
    if (geckoFrame < 0 || size_t(geckoFrame) >= m_frames.length)
        fail(QStringLiteral("a stack points at frame %1, past the frame table").arg(geckoFrame));
    int32_t &id = m_frameIds[size_t(geckoFrame)];
    if (id >= 0)
        return id;
    const auto row = size_t(geckoFrame);
    int64_t index = 0;
    store::Frame frame;
    if (integerCell(m_frames, "location", row, index)) {
        frame = frameFromLocation(string(index));
    } else if (integerCell(m_frames, "func", row, index)) {
        // Processed layout: the function carries the name and the file.
        const auto func = size_t(index);
        int64_t nameIndex = 0;
        if (!integerCell(m_funcs, "name", func, nameIndex))
            fail(QStringLiteral("function %1 has no name").arg(index));
        frame.name = string(nameIndex);
        int64_t fileIndex = 0;
        if (integerCell(m_funcs, "fileName", func, fileIndex))
            frame.file = string(fileIndex);
        int64_t number = 0;
        if (integerCell(m_frames, "line", row, number)
            || integerCell(m_funcs, "lineNumber", func, number))
            frame.line = int32_t(number);
        if (integerCell(m_frames, "column", row, number)
            || integerCell(m_funcs, "columnNumber", func, number))
            frame.column = int32_t(number);
    } else {
        fail(QStringLiteral("frame %1 has neither a `location` nor a `func`").arg(geckoFrame));
    }
    id = builder.frame(frame);
    return id;
}

int32_t GeckoThreadReader::stackOf(int64_t geckoStack, ProfileBuilder &builder)
{
    if (geckoStack < 0 || size_t(geckoStack) >= m_stacks.length)
        fail(QStringLiteral("a sample points at stack %1, past the stack table").arg(geckoStack));
    // Prefixes usually come first, but nothing promises it: walk up to a known stack
    // (bounded by the table's size, so that a cycle is an error, not a hang), then down.
    std::vector<int64_t> chain;
    int64_t at = geckoStack;
    while (at >= 0 && m_stackIds[size_t(at)] == -2) {
        if (chain.size() > m_stacks.length)
            fail(QStringLiteral("the stack table has a cycle at stack %1").arg(geckoStack));
        chain.push_back(at);
        int64_t prefix = -1;
        if (!integerCell(m_stacks, "prefix", size_t(at), prefix))
            prefix = -1;
        if (prefix >= int64_t(m_stacks.length))
            fail(
                QStringLiteral("stack %1 has prefix %2, past the stack table").arg(at).arg(prefix));
        at = prefix;
    }
    int32_t parent = at >= 0 ? m_stackIds[size_t(at)] : -1;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        int64_t frame = 0;
        if (!integerCell(m_stacks, "frame", size_t(*it), frame))
            fail(QStringLiteral("stack %1 has no frame").arg(*it));
        parent = builder.stack(parent, frameOf(frame, builder));
        m_stackIds[size_t(*it)] = parent;
    }
    return parent;
}

void GeckoThreadReader::read(store::ProfileData &profile)
{
    m_frames = table("frameTable", "func", true);
    m_funcs = table("funcTable", "name", false);
    m_stacks = table("stackTable", "frame", true);
    const Table samples = table("samples", "stack", true);
    m_frameIds.assign(m_frames.length, -1);
    m_stackIds.assign(m_stacks.length, -2);

    ProfileBuilder builder(profile);
    profile.kind = store::ProfileKind::Sampled;
    profile.unit = store::WeightUnit::Milliseconds;

    // Processed samples may give time deltas instead of times.
    const auto deltaColumn = samples.columns.find(std::string_view("timeDeltas"));
    const bool hasDeltas = samples.columnar && deltaColumn != samples.columns.end();
    double time = 0;
    std::vector<int32_t> stacks;
    std::vector<double> times;
    stacks.reserve(samples.length);
    times.reserve(samples.length);
    for (size_t i = 0; i < samples.length; ++i) {
        dom::element element;
        if (hasDeltas) {
            double delta = 0;
            if (i < deltaColumn->second.size() && numberOf(deltaColumn->second[i], delta))
                time += delta;
        } else if (!cell(samples, "time", i, element) || !numberOf(element, time)) {
            fail(QStringLiteral("sample %1 has no time").arg(i));
        }
        int64_t stack = -1;
        const int32_t id = integerCell(samples, "stack", i, stack) ? stackOf(stack, builder) : -1;
        // Times never go backwards in a timeline: a late sample is held at the last time.
        if (!times.empty() && time < times.back())
            time = times.back();
        stacks.push_back(id);
        times.push_back(time);
    }
    for (size_t i = 0; i < stacks.size(); ++i) {
        const double weight = i + 1 < times.size() ? times[i + 1] - times[i] : 0;
        profile.appendSample(stacks[i], times[i], weight);
    }
    profile.reportedSampleCount = int64_t(stacks.size());
    profile.startValue = times.empty() ? 0 : times.front();
    profile.endValue = times.empty() ? 0 : times.back();
}

} // namespace eg::importers
