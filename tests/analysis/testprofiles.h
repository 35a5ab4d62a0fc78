#pragma once

// Small hand-made profiles and the call tree as indented text, shared by the analysis,
// item model and view tests.

#include "models/analysis/calltree.h"
#include "models/store/profiledata.h"

#include <QString>
#include <QStringList>

#include <map>
#include <random>
#include <utility>

namespace eg::tests {

// One sample per line in the folded format: "main;load_config;parse_json 5" (frames
// outermost first, then the weight). A line with only a weight is an idle sample. With
// shareStacks false every line gets a fresh chain of stack nodes, as a filtered or
// carelessly written stack table would have, so the tree must merge them.
inline store::ProfileData
profileFromFolded(const QStringList &lines,
                  store::WeightUnit unit = store::WeightUnit::Milliseconds, bool shareStacks = true)
{
    store::ProfileData profile;
    profile.unit = unit;
    std::map<std::string, int32_t> frameIds;
    std::map<std::pair<int32_t, int32_t>, int32_t> stackIds;
    double time = 0;
    for (const QString &line : lines) {
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        const double weight = line.mid(space + 1).toDouble();
        const QString stack = line.left(std::max<qsizetype>(space, 0)).trimmed();
        int32_t parent = -1;
        if (!stack.isEmpty()) {
            for (const QString &name : stack.split(QLatin1Char(';'))) {
                const std::string key = name.toStdString();
                auto frame = frameIds.find(key);
                if (frame == frameIds.end()) {
                    frame = frameIds.emplace(key, int32_t(profile.frames.size())).first;
                    store::Frame f;
                    f.name = key;
                    f.file = "src/" + key + ".cpp";
                    f.line = int32_t(key.size()) * 10;
                    f.inApp = key.rfind("lib", 0) == 0 ? 0 : 1;
                    profile.frames.push_back(f);
                }
                const auto stackKey = std::make_pair(parent, frame->second);
                auto found = shareStacks ? stackIds.find(stackKey) : stackIds.end();
                if (found == stackIds.end()) {
                    profile.stacks.push_back({parent, frame->second});
                    found = stackIds.insert_or_assign(stackKey, int32_t(profile.stacks.size() - 1))
                                .first;
                }
                parent = found->second;
            }
        }
        profile.appendSample(parent, time, weight);
        time += weight;
    }
    profile.reportedSampleCount = int64_t(profile.sampleCount());
    profile.endValue = time;
    return profile;
}

// "main 10/3": name, total/self, two spaces of indent per depth, children in tree order.
inline QString treeAsText(const analysis::CallTree &tree, const store::ProfileData &profile)
{
    QString text;
    std::vector<int32_t> todo {analysis::CallTree::rootIndex()};
    while (!todo.empty()) {
        const int32_t i = todo.back();
        todo.pop_back();
        const auto &n = tree.node(i);
        const QString name = n.frame < 0
            ? QStringLiteral("all")
            : QString::fromStdString(profile.frames[size_t(n.frame)].name);
        text += QString(n.depth * 2, QLatin1Char(' ')) + name + QLatin1Char(' ')
            + QString::number(n.total) + QLatin1Char('/') + QString::number(n.self)
            + QLatin1Char('\n');
        for (int32_t c = n.childCount - 1; c >= 0; --c)
            todo.push_back(n.firstChild + c);
    }
    return text;
}

// A big random profile: roughly `stackCount` distinct stacks over a few thousand frames,
// mixing deep chains and wide fan-out, with `sampleCount` samples spread over them.
inline store::ProfileData generatedProfile(int32_t stackCount, int64_t sampleCount,
                                           uint32_t seed = 42)
{
    store::ProfileData profile;
    profile.unit = store::WeightUnit::Nanoseconds;
    std::mt19937 rng(seed);
    const int32_t frameCount = 4000;
    for (int32_t f = 0; f < frameCount; ++f) {
        store::Frame frame;
        frame.name = "function_" + std::to_string(f);
        frame.file = "src/module_" + std::to_string(f % 97) + ".cpp";
        frame.line = f % 500 + 1;
        frame.inApp = int8_t(f % 3 == 0 ? 0 : 1);
        profile.frames.push_back(std::move(frame));
    }
    profile.stacks.reserve(size_t(stackCount));
    for (int32_t i = 0; i < stackCount; ++i) {
        int32_t parent = -1;
        if (i > 8)
            parent = rng() % 2 ? i - 1 : int32_t(rng() % uint32_t(i));
        profile.stacks.push_back({parent, int32_t(rng() % uint32_t(frameCount))});
    }
    profile.sampleStack.reserve(size_t(sampleCount));
    profile.sampleTime.reserve(size_t(sampleCount));
    profile.sampleWeight.reserve(size_t(sampleCount));
    for (int64_t s = 0; s < sampleCount; ++s) {
        // Every stack at least once, then a skewed choice so some paths dominate.
        const auto stack = s < stackCount
            ? int32_t(s)
            : int32_t((uint64_t(rng()) * rng() >> 32) % uint32_t(stackCount));
        profile.appendSample(stack, double(s) * 1000, 1000);
    }
    profile.reportedSampleCount = sampleCount;
    profile.endValue = double(sampleCount) * 1000;
    return profile;
}

} // namespace eg::tests
