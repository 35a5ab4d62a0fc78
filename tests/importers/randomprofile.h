#pragma once

// A literal transcription of speedscope's V8 profile import (src/import/chrome.ts) over
// random profiles, for tst_importers' cross-check of our cpuprofile walker.

#include <QByteArray>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <vector>

namespace eg::testing {

// A random V8 profile with every kind of node speedscope treats specially, also in
// places V8 never puts them (children under "(program)", "native dummy.js" mid-tree),
// unknown sample ids and negative deltas.
struct RandomProfile
{
    struct Node
    {
        int64_t id = 0;
        int parent = -1;
        QByteArray name;
        QByteArray url;
        int line = 0;
        int column = 0;
    };
    // A sample id no node has.
    static constexpr int64_t kUnknownId = 424242;

    std::vector<Node> nodes;
    std::vector<int64_t> samples;
    std::vector<double> deltas;

    explicit RandomProfile(unsigned seed)
    {
        std::mt19937 random(seed);
        const auto pick = [&](int n) {
            return int(random() % unsigned(n));
        };
        const int count = 2 + pick(40);
        const int64_t idScale = pick(3) == 0 ? 1000003 : 1; // sometimes sparse ids
        for (int i = 0; i < count; ++i) {
            Node node;
            node.id = (i + 1) * idScale;
            node.parent = i == 0 ? -1 : pick(i);
            const int kind = pick(20);
            node.name = i == 0 ? QByteArray("(root)")
                : kind == 0    ? QByteArray("(program)")
                : kind == 1    ? QByteArray("(garbage collector)")
                : kind == 2    ? QByteArray("(idle)")
                : kind == 3    ? QByteArray()
                               : "f" + QByteArray::number(pick(8));
            node.url = kind == 4 ? QByteArray("native dummy.js")
                                 : "file:///s/m" + QByteArray::number(pick(3)) + ".js";
            node.line = pick(4) - 1;
            node.column = pick(3);
            nodes.push_back(node);
        }
        const int length = pick(60);
        for (int i = 0; i < length; ++i) {
            const int64_t id = pick(15) == 0 ? kUnknownId : nodes[size_t(pick(count))].id;
            samples.push_back(i > 0 && pick(3) == 0 ? samples.back() : id);
            deltas.push_back(double(pick(120)) - 20);
        }
    }

    QByteArray json() const
    {
        QByteArray out = "{\"nodes\":[";
        for (size_t i = 0; i < nodes.size(); ++i) {
            const Node &n = nodes[i];
            out += i ? "," : "";
            out += "{\"id\":" + QByteArray::number(n.id) + ",\"callFrame\":{\"functionName\":\""
                + n.name + "\",\"url\":\"" + n.url
                + "\",\"lineNumber\":" + QByteArray::number(n.line)
                + ",\"columnNumber\":" + QByteArray::number(n.column) + "}";
            // Half the links as `parent`, half as the parent's `children`.
            if (n.parent >= 0 && i % 2 == 0)
                out += ",\"parent\":" + QByteArray::number(nodes[size_t(n.parent)].id);
            QByteArrayList children;
            for (size_t c = 0; c < nodes.size(); ++c) {
                if (nodes[c].parent == int(i) && c % 2 == 1)
                    children << QByteArray::number(nodes[c].id);
            }
            out += ",\"children\":[" + children.join(',') + "]}";
        }
        out += "],\"startTime\":0,\"endTime\":1,\"samples\":[";
        for (size_t i = 0; i < samples.size(); ++i)
            out += (i ? "," : "") + QByteArray::number(samples[i]);
        out += "],\"timeDeltas\":[";
        for (size_t i = 0; i < deltas.size(); ++i)
            out += (i ? "," : "") + QByteArray::number(deltas[i]);
        return out + "]}";
    }

    QByteArray frameKey(int index) const
    {
        const Node &n = nodes[size_t(index)];
        const QByteArray line = QByteArray::number(n.line + 1);
        QByteArray name = n.name;
        if (name.isEmpty()) {
            name = n.url.isEmpty()
                ? QByteArray("(anonymous)")
                : "(anonymous " + n.url.mid(n.url.lastIndexOf('/') + 1) + ":" + line + ")";
        }
        return name + ":" + n.url + ":" + line + ":" + QByteArray::number(n.column + 1);
    }

    // speedscope's importFromChromeCPUProfile, transcribed literally: weight per stack
    // (frame keys joined by ';'), and the number of distinct frames it opens.
    std::map<QByteArray, double> speedscopeWeights(size_t *frameCount) const
    {
        const auto indexOf = [&](int64_t id) -> int {
            int found = -1;
            for (size_t i = 0; i < nodes.size(); ++i) {
                if (nodes[i].id == id)
                    found = int(i);
            }
            return found;
        };
        const auto ignored = [&](int i) {
            return nodes[size_t(i)].url == "native dummy.js" || nodes[size_t(i)].name == "(root)"
                || nodes[size_t(i)].name == "(idle)";
        };
        const auto onTop = [&](int i) {
            return nodes[size_t(i)].name == "(program)"
                || nodes[size_t(i)].name == "(garbage collector)";
        };
        std::vector<int64_t> runNodes;
        std::vector<double> runTimes;
        double elapsed = deltas.empty() ? 0 : deltas[0];
        double lastValid = elapsed;
        std::optional<int64_t> lastNode;
        const auto clampPush = [&](int64_t id) {
            runNodes.push_back(id);
            if (elapsed < lastValid) {
                runTimes.push_back(lastValid);
            } else {
                runTimes.push_back(elapsed);
                lastValid = elapsed;
            }
        };
        for (size_t i = 0; i < samples.size(); ++i) {
            if (!lastNode || samples[i] != *lastNode)
                clampPush(samples[i]);
            if (i == samples.size() - 1) {
                if (lastNode)
                    clampPush(*lastNode);
            } else {
                elapsed += deltas[i + 1];
                lastNode = samples[i];
            }
        }
        std::map<QByteArray, double> weights;
        std::set<QByteArray> frames;
        std::vector<int> prev;
        double lastValue = 0;
        const auto accrue = [&](double value) {
            if (!prev.empty() && value > lastValue) {
                QByteArrayList keys;
                for (int n : prev)
                    keys << frameKey(n);
                weights[keys.join(';')] += value - lastValue;
            }
            lastValue = value;
        };
        const auto contains = [&](int n) {
            return std::find(prev.begin(), prev.end(), n) != prev.end();
        };
        for (size_t i = 0; i < runNodes.size(); ++i) {
            const int top = indexOf(runNodes[i]);
            if (top < 0)
                continue;
            int lca = top;
            while (lca >= 0 && !contains(lca))
                lca = onTop(lca) ? (prev.empty() ? -1 : prev.back()) : nodes[size_t(lca)].parent;
            accrue(runTimes[i]);
            while (!prev.empty() && prev.back() != lca)
                prev.pop_back();
            std::vector<int> toOpen;
            for (int n = top; n >= 0 && n != lca && !ignored(n);
                 n = onTop(n) ? (prev.empty() ? -1 : prev.back()) : nodes[size_t(n)].parent)
                toOpen.push_back(n);
            for (auto it = toOpen.rbegin(); it != toOpen.rend(); ++it) {
                prev.push_back(*it);
                frames.insert(frameKey(*it));
            }
        }
        if (!runTimes.empty())
            accrue(runTimes.back());
        *frameCount = frames.size();
        return weights;
    }
};

} // namespace eg::testing
