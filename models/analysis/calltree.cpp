#include "calltree.h"

#include "childtable.h"
#include "treeorder.h"

#include <algorithm>

namespace eg::analysis {

namespace {

constexpr int32_t kUnmapped = -2;
constexpr int32_t kVisiting = -3;
constexpr int32_t kInvalid = -1;

} // namespace

CallTree::CallTree()
    : m_nodes(1)
    , m_depthStart {0, 1}
{ }

CallTree::CallTree(const store::ProfileData &profile)
    : m_unit(profile.unit)
{
    const auto &stacks = profile.stacks;
    const auto stackCount = int32_t(stacks.size());
    const auto frameCount = int32_t(profile.frames.size());

    // 1. Weight per distinct stack: one pass over the samples, no tree work per sample.
    std::vector<double> stackWeight(size_t(stackCount), 0.0);
    std::vector<int64_t> stackSamples(size_t(stackCount), 0);
    const size_t sampleCount = std::min(profile.sampleStack.size(), profile.sampleWeight.size());
    for (size_t i = 0; i < sampleCount; ++i) {
        const int32_t s = profile.sampleStack[i];
        const double w = profile.sampleWeight[i];
        const int64_t n = profile.fileSamples(i);
        if (s < 0) {
            m_idleWeight += w;
            m_idleSamples += n;
        } else if (s < stackCount) {
            stackWeight[size_t(s)] += w;
            stackSamples[size_t(s)] += n;
        }
    }

    // 2. Map every used stack to a node keyed by (parent node, frame), so stacks that
    // spell the same frame path merge even when the stack table has duplicates. Nodes are
    // created parents first, which step 3 relies on.
    std::vector<Node> nodes(1);
    nodes.reserve(size_t(stackCount) + 1);
    ChildTable table(size_t(stackCount) + 1);
    std::vector<int32_t> stackNode(size_t(stackCount), kUnmapped);
    std::vector<int32_t> path;
    for (int32_t s = 0; s < stackCount; ++s) {
        if (stackSamples[size_t(s)] == 0)
            continue;
        path.clear();
        int32_t anchor = rootIndex();
        for (int32_t cur = s; cur >= 0;) {
            if (cur >= stackCount) {
                anchor = kInvalid;
                break;
            }
            const int32_t known = stackNode[size_t(cur)];
            if (known != kUnmapped) {
                // A stack met again on its own way up is a cycle in a corrupt table.
                anchor = known == kVisiting ? kInvalid : known;
                break;
            }
            stackNode[size_t(cur)] = kVisiting;
            path.push_back(cur);
            cur = stacks[size_t(cur)].parent;
        }
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            const int32_t frame = stacks[size_t(*it)].frame;
            if (anchor < 0 || frame < 0 || frame >= frameCount) {
                anchor = kInvalid;
            } else {
                bool inserted = false;
                const auto fresh = int32_t(nodes.size());
                const int32_t node = table.findOrInsert(anchor, frame, fresh, &inserted);
                if (inserted) {
                    Node &n = nodes.emplace_back();
                    n.frame = frame;
                    n.parent = anchor;
                    n.depth = nodes[size_t(anchor)].depth + 1;
                }
                anchor = node;
            }
            stackNode[size_t(*it)] = anchor;
        }
        const int32_t leaf = stackNode[size_t(s)];
        if (leaf >= 0) {
            nodes[size_t(leaf)].self += stackWeight[size_t(s)];
            nodes[size_t(leaf)].selfSamples += stackSamples[size_t(s)];
        }
    }
    stackWeight = {};
    stackSamples = {};
    stackNode = {};

    // 3. Totals, children heaviest first, breadth-first numbering.
    m_nodes = TreeOrder::finish(std::move(nodes), profile.frames);
    const size_t count = m_nodes.size();

    m_depthStart.clear();
    for (size_t k = 0; k < count; ++k) {
        while (int32_t(m_depthStart.size()) <= m_nodes[k].depth)
            m_depthStart.push_back(int32_t(k));
    }
    m_depthStart.push_back(int32_t(count));
}

std::span<const CallTree::Node> CallTree::children(int32_t index) const
{
    const Node &n = node(index);
    if (n.childCount == 0)
        return {};
    return std::span<const Node>(m_nodes).subspan(size_t(n.firstChild), size_t(n.childCount));
}

int32_t CallTree::row(int32_t index) const
{
    const int32_t parent = node(index).parent;
    return parent < 0 ? 0 : index - node(parent).firstChild;
}

std::vector<int32_t> CallTree::heaviestPath() const
{
    std::vector<int32_t> path {rootIndex()};
    for (int32_t i = rootIndex(); node(i).childCount > 0;) {
        i = node(i).firstChild;
        path.push_back(i);
    }
    return path;
}

std::vector<int32_t> CallTree::pathTo(int32_t index) const
{
    std::vector<int32_t> path;
    for (int32_t i = index; i >= 0; i = node(i).parent)
        path.push_back(i);
    std::reverse(path.begin(), path.end());
    return path;
}

int32_t CallTree::findPath(std::span<const int32_t> frames) const
{
    int32_t current = rootIndex();
    for (const int32_t frame : frames) {
        const Node &n = node(current);
        int32_t found = -1;
        for (int32_t c = n.firstChild; c >= 0 && c < n.firstChild + n.childCount; ++c) {
            if (node(c).frame == frame) {
                found = c;
                break;
            }
        }
        if (found < 0)
            return -1;
        current = found;
    }
    return current;
}

} // namespace eg::analysis
