#include "foldedimporter.h"

#include "importers/common/importcontext.h"
#include "importers/common/inputstream.h"
#include "importers/common/linereader.h"
#include "importers/common/profilebuilder.h"

#include "models/store/cachewriter.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <limits>
#include <vector>

namespace eg::importers {

namespace {

bool hasUtf16ByteOrderMark(std::string_view head)
{
    return head.size() >= 2
        && ((uchar(head[0]) == 0xff && uchar(head[1]) == 0xfe)
            || (uchar(head[0]) == 0xfe && uchar(head[1]) == 0xff));
}

std::string utf16ToUtf8(std::string_view bytes)
{
    const bool bigEndian = uchar(bytes[0]) == 0xfe;
    std::u16string units;
    units.reserve(bytes.size() / 2);
    for (size_t i = 2; i + 1 < bytes.size(); i += 2) {
        const auto a = uchar(bytes[i]);
        const auto b = uchar(bytes[i + 1]);
        units.push_back(char16_t(bigEndian ? (a << 8) | b : (b << 8) | a));
    }
    return QString::fromUtf16(units.data(), qsizetype(units.size())).toStdString();
}

// Splits `frames count` as FlameGraph's /^(.*)\s+?(\d+(?:\.\d*)?)$/ does. Returns false for
// a line that is not a stack, which the caller skips.
bool splitLine(std::string_view line, std::string_view *frames, double *count)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    const size_t space = line.find_last_of(" \t");
    if (space == std::string_view::npos || space == 0)
        return false;
    const std::string_view number = line.substr(space + 1);
    if (number.empty() || number.front() < '0' || number.front() > '9')
        return false;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), *count);
    if (error != std::errc() || end != number.data() + number.size())
        return false;
    // Only the one separator goes: `a;b;  3` has a last frame of " ", as FlameGraph reads it.
    *frames = line.substr(0, space);
    return !frames->empty();
}

class FoldedParser
{
public:
    FoldedParser(store::ProfileData &profile)
        : m_profile(profile)
        , m_builder(profile)
    { }

    void addLine(std::string_view line)
    {
        std::string_view frames;
        double count = 0;
        if (!splitLine(line, &frames, &count))
            return;
        m_frameIds.clear();
        size_t start = 0;
        while (start <= frames.size()) {
            size_t end = frames.find(';', start);
            if (end == std::string_view::npos)
                end = frames.size();
            m_frameIds.push_back(m_builder.frameNamed(frames.substr(start, end - start)));
            start = end + 1;
        }
        // "a;b 12" is twelve samples of one stack: stored once, counted twelve times. A line
        // of "0" or "0.5" still stands in the tree, as one sample.
        const auto samples = int64_t(count);
        m_profile.appendSample(
            m_builder.stackOf(m_frameIds), m_time, count,
            uint32_t(std::clamp<int64_t>(samples, 1, std::numeric_limits<uint32_t>::max())));
        m_time += count;
        m_profile.reportedSampleCount += samples;
    }

    double endTime() const { return m_time; }

private:
    store::ProfileData &m_profile;
    ProfileBuilder m_builder;
    std::vector<int32_t> m_frameIds;
    double m_time = 0;
};

} // namespace

FormatInfo FoldedImporter::format() const
{
    return {QStringLiteral("folded"),
            QStringLiteral("Collapsed stacks (FlameGraph folded)"),
            {QStringLiteral("folded"), QStringLiteral("collapsed"), QStringLiteral("txt")}};
}

int FoldedImporter::probe(std::string_view head) const
{
    std::string decoded;
    if (hasUtf16ByteOrderMark(head)) {
        decoded = utf16ToUtf8(head.substr(0, head.size() & ~size_t(1)));
        head = decoded;
    }
    const size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] == '{' || head[first] == '[')
        return 0;
    // Judge only whole lines: the head may end in the middle of one.
    int stacks = 0;
    int others = 0;
    size_t pos = 0;
    while (pos < head.size() && stacks + others < 50) {
        const size_t newline = head.find('\n', pos);
        if (newline == std::string_view::npos)
            break;
        std::string_view line = head.substr(pos, newline - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        pos = newline + 1;
        if (line.empty())
            continue;
        std::string_view frames;
        double count = 0;
        if (splitLine(line, &frames, &count))
            ++stacks;
        else
            ++others;
    }
    if (stacks == 0 && pos == 0) {
        // A single line with no newline at all.
        std::string_view frames;
        double count = 0;
        if (splitLine(head, &frames, &count))
            stacks = 1;
    }
    if (stacks == 0)
        return 0;
    return stacks >= others ? 40 : 15;
}

void FoldedImporter::import(InputStream &input, store::CacheWriter &writer, ImportContext &context)
{
    store::ProfileData profile;
    profile.name = input.displayName().section(QLatin1Char('/'), -1).toStdString();
    profile.thread = profile.name;
    profile.unit = store::WeightUnit::None;
    FoldedParser parser(profile);

    if (hasUtf16ByteOrderMark(input.peek(2))) {
        const std::string text = utf16ToUtf8(input.readAll(size_t(1) << 30));
        size_t pos = 0;
        while (pos < text.size()) {
            size_t newline = text.find('\n', pos);
            if (newline == std::string::npos)
                newline = text.size();
            std::string_view line(text.data() + pos, newline - pos);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            parser.addLine(line);
            pos = newline + 1;
        }
    } else {
        input.setProgressContext(&context, 0.95);
        LineReader lines(input);
        std::string_view line;
        while (lines.next(&line)) {
            if ((lines.lineNumber() & 0xffff) == 0)
                context.checkCancelled();
            parser.addLine(line);
        }
    }
    if (profile.sampleCount() == 0)
        throw ImportError(QStringLiteral("no line has the form `frame;frame;frame count`"));
    profile.startValue = 0;
    profile.endValue = parser.endTime();
    writer.addProfile(profile);
}

} // namespace eg::importers
