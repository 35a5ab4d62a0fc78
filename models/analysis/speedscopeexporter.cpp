#include "speedscopeexporter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

namespace eg::analysis {

namespace {

void appendString(std::string &out, std::string_view text)
{
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out.append("\\u00");
                out.push_back(kHex[(c >> 4) & 0xf]);
                out.push_back(kHex[c & 0xf]);
            } else {
                // UTF-8 passes through: JSON text is UTF-8 and so are our names.
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void appendNumber(std::string &out, double value)
{
    // JSON has no NaN or infinity; a corrupt weight is better lost than a broken file.
    if (!std::isfinite(value))
        value = 0;
    char buffer[32];
    const bool whole = value == std::floor(value) && std::fabs(value) < 9e15;
    const auto end = whole ? std::to_chars(buffer, buffer + sizeof buffer, int64_t(value)).ptr
                           : std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

void appendInteger(std::string &out, int64_t value)
{
    char buffer[24];
    out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
}

// Frames are shared across the profiles of a file, keyed the way CLI.md defines a
// distinct frame (name, file, line, column).
using FrameKey = std::tuple<std::string_view, std::string_view, int32_t, int32_t>;

struct SharedFrames
{
    std::map<FrameKey, int32_t> index;
    std::vector<const store::Frame *> frames;

    int32_t add(const store::Frame &frame)
    {
        const FrameKey key {frame.name, frame.file, frame.line, frame.column};
        const auto [it, inserted] = index.emplace(key, int32_t(frames.size()));
        if (inserted)
            frames.push_back(&frame);
        return it->second;
    }
};

void appendProfile(std::string &out, const store::ProfileData &profile,
                   const std::vector<int32_t> &sharedFrame)
{
    // The stack table is a prefix tree; each stack is spelled root first once and reused
    // by every sample that ends in it.
    std::vector<std::string> stackText(profile.stacks.size());
    std::vector<int32_t> path;
    auto spell = [&](int32_t stack) -> const std::string & {
        std::string &text = stackText[size_t(stack)];
        if (!text.empty())
            return text;
        path.clear();
        for (int32_t s = stack; s >= 0; s = profile.stacks[size_t(s)].parent)
            path.push_back(sharedFrame[size_t(profile.stacks[size_t(s)].frame)]);
        text.push_back('[');
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            if (it != path.rbegin())
                text.push_back(',');
            appendInteger(text, *it);
        }
        text.push_back(']');
        return text;
    };

    std::vector<int32_t> stacks;
    std::vector<double> weights;
    stacks.reserve(profile.sampleCount() + 2);
    weights.reserve(profile.sampleCount() + 2);
    const bool evented = profile.kind == store::ProfileKind::Evented;
    // An evented profile's total is end minus start, idle time before the first and after
    // the last event included; written as sampled, that idle time needs samples of its
    // own (empty stacks) for the total to survive the round trip.
    double sum = 0;
    if (evented && profile.sampleCount() > 0 && profile.sampleTime.front() > profile.startValue) {
        stacks.push_back(-1);
        weights.push_back(profile.sampleTime.front() - profile.startValue);
        sum += weights.back();
    }
    for (size_t i = 0; i < profile.sampleCount(); ++i) {
        stacks.push_back(profile.sampleStack[i]);
        weights.push_back(profile.sampleWeight[i]);
        sum += profile.sampleWeight[i];
    }
    if (evented && profile.totalWeight() > sum) {
        stacks.push_back(-1);
        weights.push_back(profile.totalWeight() - sum);
        sum = profile.totalWeight();
    }

    out.append("    {\n      \"type\": \"sampled\",\n      \"name\": ");
    appendString(out, !profile.name.empty() ? profile.name : profile.thread);
    out.append(",\n      \"unit\": ");
    appendString(out, store::weightUnitName(profile.unit));
    out.append(",\n      \"startValue\": ");
    appendNumber(out, profile.startValue);
    out.append(",\n      \"endValue\": ");
    appendNumber(out, std::max(profile.endValue, profile.startValue + sum));
    out.append(",\n      \"samples\": [");
    for (size_t i = 0; i < stacks.size(); ++i) {
        if (i)
            out.push_back(',');
        if (stacks[i] < 0 || size_t(stacks[i]) >= profile.stacks.size())
            out.append("[]");
        else
            out.append(spell(stacks[i]));
    }
    out.append("],\n      \"weights\": [");
    for (size_t i = 0; i < weights.size(); ++i) {
        if (i)
            out.push_back(',');
        appendNumber(out, weights[i]);
    }
    out.append("]\n    }");
}

} // namespace

std::string SpeedscopeExporter::toJson(std::span<const store::ProfileData *const> profiles,
                                       const std::string &name)
{
    SharedFrames shared;
    std::vector<std::vector<int32_t>> sharedFrame(profiles.size());
    for (size_t p = 0; p < profiles.size(); ++p) {
        for (const store::Frame &frame : profiles[p]->frames)
            sharedFrame[p].push_back(shared.add(frame));
    }

    std::string out;
    out.append("{\n  \"$schema\": \"https://www.speedscope.app/file-format-schema.json\",\n"
               "  \"exporter\": \"emberglass\",\n  \"name\": ");
    appendString(out, name);
    out.append(",\n  \"activeProfileIndex\": 0,\n  \"shared\": {\n    \"frames\": [");
    for (size_t f = 0; f < shared.frames.size(); ++f) {
        const store::Frame &frame = *shared.frames[f];
        out.append(f ? ",\n      {\"name\": " : "\n      {\"name\": ");
        appendString(out, frame.name);
        // speedscope treats these as optional; unknown places are left out, not zeroed.
        if (!frame.file.empty()) {
            out.append(", \"file\": ");
            appendString(out, frame.file);
        }
        if (frame.line > 0) {
            out.append(", \"line\": ");
            appendInteger(out, frame.line);
        }
        if (frame.column > 0) {
            out.append(", \"col\": ");
            appendInteger(out, frame.column);
        }
        out.push_back('}');
    }
    out.append(shared.frames.empty() ? "]\n  },\n  \"profiles\": ["
                                     : "\n    ]\n  },\n  \"profiles\": [");
    for (size_t p = 0; p < profiles.size(); ++p) {
        out.append(p ? ",\n" : "\n");
        appendProfile(out, *profiles[p], sharedFrame[p]);
    }
    out.append(profiles.empty() ? "]\n}\n" : "\n  ]\n}\n");
    return out;
}

std::string SpeedscopeExporter::toJson(const store::ProfileData &profile, const std::string &name)
{
    const store::ProfileData *one[] = {&profile};
    return toJson(std::span<const store::ProfileData *const>(one), name);
}

} // namespace eg::analysis
