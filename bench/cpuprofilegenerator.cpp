#include "cpuprofilegenerator.h"

#include <cstdio>
#include <functional>
#include <vector>

namespace eg::bench {

namespace {

// splitmix64: small, fast and the same on every machine.
class Random
{
public:
    explicit Random(uint64_t seed)
        : m_state(seed)
    {
    }
    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    uint64_t below(uint64_t n) { return next() % n; }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    uint64_t m_state;
};

struct Node
{
    int parent;
    int depth;
    int function;
    std::vector<int> children;
};

void generateInto(const CpuProfileShape &shape, const std::function<void(const std::string &)> &emit)
{
    Random random(shape.seed);
    std::vector<Node> nodes;
    nodes.reserve(size_t(shape.nodes));
    nodes.push_back({-1, 0, -1, {}});
    // Grow the tree by attaching each node under a recent one most of the time, which
    // gives long chains (deep stacks) as well as bushy levels.
    while (int(nodes.size()) < shape.nodes) {
        int parent = 0;
        if (random.unit() < 0.85) {
            const size_t window = std::min<size_t>(nodes.size(), 64);
            parent = int(nodes.size() - 1 - random.below(window));
        } else {
            parent = int(random.below(nodes.size()));
        }
        if (nodes[size_t(parent)].depth >= shape.maxDepth)
            parent = int(random.below(std::min<size_t>(nodes.size(), 16)));
        const int id = int(nodes.size());
        nodes.push_back({parent, nodes[size_t(parent)].depth + 1, int(random.below(uint64_t(shape.functions))), {}});
        nodes[size_t(parent)].children.push_back(id);
    }

    // A few hundred hot nodes take most samples, the rest share the remainder.
    std::vector<int> hot;
    for (int i = 0; i < 300; ++i)
        hot.push_back(1 + int(random.below(nodes.size() - 1)));

    emit("{\"nodes\":[");
    std::string out;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        out.clear();
        if (i)
            out += ',';
        out += "{\"id\":" + std::to_string(i + 1) + ",\"callFrame\":{\"functionName\":\"";
        if (n.function < 0) {
            out += "(root)\",\"scriptId\":\"0\",\"url\":\"\",\"lineNumber\":-1,\"columnNumber\":-1}";
        } else {
            out += "fn_" + std::to_string(n.function) + "\",\"scriptId\":\""
                + std::to_string(1 + n.function % 40) + "\",\"url\":\"file:///app/src/module_"
                + std::to_string(n.function % 40) + ".js\",\"lineNumber\":"
                + std::to_string(n.function * 7 % 900) + ",\"columnNumber\":"
                + std::to_string(n.function % 60) + "}";
        }
        out += ",\"hitCount\":0";
        if (!n.children.empty()) {
            out += ",\"children\":[";
            for (size_t c = 0; c < n.children.size(); ++c) {
                if (c)
                    out += ',';
                out += std::to_string(n.children[c] + 1);
            }
            out += ']';
        }
        out += '}';
        emit(out);
    }
    const int64_t start = 1700000000000;
    emit("],\"startTime\":" + std::to_string(start) + ",\"endTime\":"
         + std::to_string(start + shape.samples * 1000) + ",\"samples\":[");
    out.clear();
    for (int64_t s = 0; s < shape.samples; ++s) {
        if (s)
            out += ',';
        const bool isHot = random.unit() < 0.8;
        const int node = isHot ? hot[random.below(hot.size())] : int(random.below(nodes.size()));
        out += std::to_string(node + 1);
        if (out.size() > (1 << 20)) {
            emit(out);
            out.clear();
        }
    }
    emit(out);
    emit("],\"timeDeltas\":[");
    out.clear();
    for (int64_t s = 0; s < shape.samples; ++s) {
        if (s)
            out += ',';
        out += std::to_string(s == 0 ? 0 : 950 + int(random.below(100)));
        if (out.size() > (1 << 20)) {
            emit(out);
            out.clear();
        }
    }
    emit(out);
    emit("]}");
}

} // namespace

std::string CpuProfileGenerator::generate(const CpuProfileShape &shape)
{
    std::string text;
    generateInto(shape, [&text](const std::string &piece) { text += piece; });
    return text;
}

bool CpuProfileGenerator::writeFile(const CpuProfileShape &shape, const std::string &path)
{
    FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return false;
    bool ok = true;
    generateInto(shape, [&](const std::string &piece) {
        ok = ok && std::fwrite(piece.data(), 1, piece.size(), file) == piece.size();
    });
    return std::fclose(file) == 0 && ok;
}

} // namespace eg::bench
