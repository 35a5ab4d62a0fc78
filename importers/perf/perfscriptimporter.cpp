#include "perfscriptimporter.h"

#include "perfscripttokenizer.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/linereader.h"
#include "importers/common/profilebuilder.h"

#include "models/store/cachewriter.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace eg::importers {

namespace {

using Header = PerfScriptTokenizer::Header;
using FrameLine = PerfScriptTokenizer::FrameLine;

// Lookups by string_view without building a std::string per frame line.
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
};
using ViewMap = std::unordered_map<std::string, int32_t, ViewHash, std::equal_to<>>;

bool isTimeEvent(std::string_view event)
{
    // Modifiers (`cpu-clock:u`, `task-clock:ppp`) do not change what the period counts.
    const std::string_view base = event.substr(0, event.find(':'));
    return base == "cpu-clock" || base == "task-clock";
}

struct ThreadProfile
{
    explicit ThreadProfile()
        : builder(data)
    { }
    store::ProfileData data;
    ProfileBuilder builder;
    std::string event;
    std::vector<int32_t> localFrame; // raw frame id -> this profile's frame id, or -1
    double runningWeight = 0; // the time axis of files without timestamps
    bool allPeriods = true;
};

class PerfScriptParser
{
public:
    void beginSample(const Header &header)
    {
        endSample();
        m_key.assign(header.event).push_back('\0');
        m_key.append(header.comm).push_back('\0');
        m_key.append(header.pidTid);
        if (m_current < 0 || m_key != m_currentKey) {
            auto [it, inserted] = m_profileIndex.try_emplace(m_key, int32_t(m_profiles.size()));
            if (inserted)
                m_profiles.push_back(newProfile(header));
            m_current = it->second;
            m_currentKey = m_key;
        }
        ThreadProfile &profile = *m_profiles[size_t(m_current)];
        m_weight = header.hasPeriod ? double(header.period) : 1.0;
        profile.allPeriods = profile.allPeriods && header.hasPeriod;
        m_time = header.hasTime ? double(header.timeNs) : profile.runningWeight;
        profile.runningWeight += m_weight;
        m_stack.clear();
        m_open = true;
    }

    void addFrame(const FrameLine &frame)
    {
        m_frameKey.assign(frame.symbol).push_back('\0');
        m_frameKey.append(frame.dso);
        auto it = m_rawFrameIndex.find(std::string_view(m_frameKey));
        if (it == m_rawFrameIndex.end()) {
            store::Frame f;
            PerfScriptTokenizer::tidySymbol(frame.symbol, &f.name);
            f.file = std::string(frame.dso);
            f.module = f.file;
            it = m_rawFrameIndex.emplace(m_frameKey, int32_t(m_rawFrames.size())).first;
            m_rawFrames.push_back(std::move(f));
        }
        m_stack.push_back(it->second);
    }

    bool open() const { return m_open; }

    void endSample()
    {
        if (!m_open)
            return;
        m_open = false;
        ThreadProfile &profile = *m_profiles[size_t(m_current)];
        if (profile.localFrame.size() < m_rawFrames.size())
            profile.localFrame.resize(m_rawFrames.size(), -1);
        // perf lists the leaf first; stacks are interned root first.
        int32_t node = -1;
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            int32_t &local = profile.localFrame[size_t(*it)];
            if (local < 0)
                local = profile.builder.frame(m_rawFrames[size_t(*it)]);
            node = profile.builder.stack(node, local);
        }
        profile.data.appendSample(node, m_time, m_weight);
        ++profile.data.reportedSampleCount;
    }

    size_t profileCount() const { return m_profiles.size(); }

    void write(store::CacheWriter &writer)
    {
        for (const auto &profile : m_profiles) {
            store::ProfileData &data = profile->data;
            data.unit = profile->allPeriods && isTimeEvent(profile->event)
                ? store::WeightUnit::Nanoseconds
                : store::WeightUnit::None;
            if (!data.sampleTime.empty()) {
                data.startValue = data.sampleTime.front();
                data.endValue = std::max(data.sampleTime.back(), data.startValue);
            }
            writer.addProfile(data);
            // Free each profile once stored: a system-wide capture holds many.
            data = store::ProfileData();
        }
    }

private:
    std::unique_ptr<ThreadProfile> newProfile(const Header &header)
    {
        auto profile = std::make_unique<ThreadProfile>();
        profile->event = std::string(header.event.empty() ? std::string_view("-") : header.event);
        std::string thread(header.comm);
        thread.push_back(' ');
        thread.append(header.pidTid);
        profile->data.name = profile->event + ' ' + thread;
        profile->data.thread = std::move(thread);
        profile->data.kind = store::ProfileKind::Sampled;
        return profile;
    }

    std::vector<std::unique_ptr<ThreadProfile>> m_profiles;
    ViewMap m_profileIndex;
    std::string m_key;
    std::string m_currentKey;
    int32_t m_current = -1;

    ViewMap m_rawFrameIndex; // "symbol\0dso" -> raw frame id
    std::vector<store::Frame> m_rawFrames;
    std::string m_frameKey;

    std::vector<int32_t> m_stack; // raw frame ids, leaf first
    double m_time = 0;
    double m_weight = 0;
    bool m_open = false;
};

bool isBlank(std::string_view line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

bool isComment(std::string_view line)
{
    const size_t first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line[first] == '#';
}

} // namespace

FormatInfo PerfScriptImporter::format() const
{
    return {QStringLiteral("perf-script"),
            QStringLiteral("Linux perf script output"),
            {QStringLiteral("perf"), QStringLiteral("txt"), QStringLiteral("script")}};
}

int PerfScriptImporter::probe(std::string_view head) const
{
    // Judge whole lines only: the first sample header (after perf's `#` comments), and
    // whether the line after it is a frame or the end of the sample.
    size_t pos = 0;
    int lines = 0;
    while (pos < head.size() && lines < 200) {
        const size_t newline = head.find('\n', pos);
        if (newline == std::string_view::npos)
            return 0;
        std::string_view line = head.substr(pos, newline - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        pos = newline + 1;
        ++lines;
        if (isBlank(line) || isComment(line))
            continue;
        Header header;
        if (!PerfScriptTokenizer::parseHeader(line, &header) || header.event.empty())
            return 0;
        int confidence = header.hasTime ? 60 : 45;
        const size_t next = head.find('\n', pos);
        if (next != std::string_view::npos) {
            const std::string_view after = head.substr(pos, next - pos);
            FrameLine frame;
            if (isBlank(after)
                || (PerfScriptTokenizer::parseFrame(after, &frame) && !frame.dso.empty()))
                confidence += 20;
        }
        return confidence;
    }
    return 0;
}

void PerfScriptImporter::import(InputStream &input, store::CacheWriter &writer,
                                ImportContext &context)
{
    input.setProgressContext(&context, 0.9);
    LineReader lines(input);
    PerfScriptParser parser;
    Header header;
    FrameLine frame;
    int64_t firstUnknownLine = 0;
    std::string_view line;
    while (lines.next(&line)) {
        if ((lines.lineNumber() & 0xffff) == 0)
            context.checkCancelled();
        if (line.empty()) {
            parser.endSample();
            continue;
        }
        const char first = line.front();
        if (first == '#')
            continue;
        if (first == ' ' || first == '\t') {
            // A frame of the open sample; a line of white space ends the sample.
            if (PerfScriptTokenizer::parseFrame(line, &frame)) {
                if (parser.open())
                    parser.addFrame(frame);
                else if (!isComment(line) && firstUnknownLine == 0)
                    firstUnknownLine = lines.lineNumber();
            } else {
                parser.endSample();
            }
            continue;
        }
        if (PerfScriptTokenizer::parseHeader(line, &header)) {
            parser.beginSample(header);
        } else if (parser.open() && PerfScriptTokenizer::parseFrame(line, &frame)) {
            // Some captures print frames without indentation (FlameGraph's
            // perf-java-stacks-02): inside a sample they are still frames.
            parser.addFrame(frame);
        } else if (firstUnknownLine == 0) {
            firstUnknownLine = lines.lineNumber();
        }
    }
    parser.endSample();
    if (parser.profileCount() == 0) {
        throw ImportError::atLine(
            QStringLiteral("no sample header of the form `comm pid/tid time: event:` (perf "
                           "script output)"),
            firstUnknownLine ? firstUnknownLine : 1);
    }
    context.checkCancelled();
    parser.write(writer);
    context.setProgress(1);
}

} // namespace eg::importers
