#include "foldedstacks.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <vector>

namespace eg::analysis {

std::string FoldedStacks::fromProfile(const store::ProfileData &profile)
{
    std::vector<double> stackWeight(profile.stacks.size(), 0.0);
    for (size_t i = 0; i < profile.sampleCount(); ++i) {
        if (profile.sampleStack[i] >= 0)
            stackWeight[size_t(profile.sampleStack[i])] += profile.sampleWeight[i];
    }

    // Different stack ids can spell the same text (frames that differ only in file or
    // line share a name), so sum by the text itself.
    std::map<std::string, double> lines;
    std::vector<int32_t> path;
    for (size_t s = 0; s < profile.stacks.size(); ++s) {
        if (stackWeight[s] == 0)
            continue;
        path.clear();
        for (int32_t n = int32_t(s); n >= 0; n = profile.stacks[size_t(n)].parent)
            path.push_back(profile.stacks[size_t(n)].frame);
        std::string text;
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            if (it != path.rbegin())
                text.push_back(';');
            text.append(profile.frames[size_t(*it)].name);
        }
        lines[text] += stackWeight[s];
    }

    const bool whole = std::all_of(lines.begin(), lines.end(), [](const auto &line) {
        return line.second == std::floor(line.second);
    });
    std::string out;
    for (const auto &[stack, weight] : lines) {
        out.append(stack).push_back(' ');
        char buffer[32];
        const auto end = whole ? std::to_chars(buffer, buffer + sizeof buffer, int64_t(weight)).ptr
                               : std::to_chars(buffer, buffer + sizeof buffer, weight).ptr;
        out.append(buffer, end).push_back('\n');
    }
    return out;
}

} // namespace eg::analysis
