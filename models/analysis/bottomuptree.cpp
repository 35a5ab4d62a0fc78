#include "bottomuptree.h"

#include "treeorder.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace eg::analysis {

BottomUpTree::BottomUpTree()
    : m_nodes(1)
    , m_pending(1)
{
    m_nodes.front().childCount = 0;
}

BottomUpTree::BottomUpTree(const store::ProfileData &profile, const StackWeights &weights)
    : m_profile(&profile)
    , m_nodes(1)
    , m_pending(1)
    , m_groupOfFrame(profile.frames.size(), -1)
    , m_wholeWeight(weights.busyWeight)
    , m_wholeSamples(weights.busySamples)
    , m_unit(profile.unit)
{
    const auto &stacks = profile.stacks;
    const auto stackCount = int32_t(stacks.size());
    const auto frameCount = int32_t(profile.frames.size());

    // Which stacks StackWeights::framesLeafFirst could read, decided once per stack rather
    // than once per walk: opening nodes later follows parents without checking again.
    enum : int8_t { Unknown, Readable, Unreadable, OnWalk };
    std::vector<int8_t> state(stacks.size(), Unknown);
    std::vector<int32_t> walk;
    auto readable = [&](int32_t start) {
        walk.clear();
        int8_t result = Readable;
        for (int32_t s = start; s >= 0; s = stacks[size_t(s)].parent) {
            if (s >= stackCount) {
                result = Unreadable;
                break;
            }
            if (state[size_t(s)] == Readable || state[size_t(s)] == Unreadable) {
                result = state[size_t(s)];
                break;
            }
            if (state[size_t(s)] == OnWalk) { // a cycle: the walk would never end
                result = Unreadable;
                break;
            }
            walk.push_back(s);
            const int32_t frame = stacks[size_t(s)].frame;
            if (frame < 0 || frame >= frameCount) {
                result = Unreadable;
                break;
            }
            state[size_t(s)] = OnWalk;
        }
        for (const int32_t s : walk)
            state[size_t(s)] = result;
        return result == Readable;
    };

    // The root's candidates are the stacks themselves, grouped by their leaf frame.
    std::vector<Entry> leaves;
    Node &root = m_nodes.front();
    const size_t count = std::min(weights.samples.size(), stacks.size());
    for (size_t s = 0; s < count; ++s) {
        if (weights.samples[s] == 0 || !readable(int32_t(s)))
            continue;
        leaves.push_back({int32_t(s), weights.samples[s], weights.weight[s]});
        root.total += weights.weight[s];
        root.samples += weights.samples[s];
    }
    makeChildren(rootIndex(), leaves);
}

void BottomUpTree::makeChildren(int32_t index, const std::vector<Entry> &candidates) const
{
    const auto &stacks = m_profile->stacks;
    struct Group
    {
        Node node;
        std::vector<Entry> entries;
    };
    std::vector<Group> groups;
    for (const Entry &e : candidates) {
        const store::StackNode &stack = stacks[size_t(e.stack)];
        int32_t &slot = m_groupOfFrame[size_t(stack.frame)];
        if (slot < 0) {
            slot = int32_t(groups.size());
            groups.emplace_back().node.frame = stack.frame;
        }
        Group &group = groups[size_t(slot)];
        group.node.total += e.weight;
        group.node.samples += e.samples;
        if (stack.parent < 0) {
            // The thread's outermost frame: the path ends here.
            group.node.self += e.weight;
            group.node.selfSamples += e.samples;
        } else {
            group.entries.push_back(e);
        }
    }
    for (const Group &group : groups)
        m_groupOfFrame[size_t(group.node.frame)] = -1;

    // Heaviest first, ties by name, as FrameTree::Builder orders children, so that the
    // lazy tree and the whole one list rows alike.
    std::vector<int32_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    const auto &frames = m_profile->frames;
    std::sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
        return TreeOrder::heavierFirst(groups[size_t(a)].node, groups[size_t(b)].node, frames);
    });

    Node &parent = m_nodes[size_t(index)];
    parent.childCount = int32_t(groups.size());
    parent.firstChild = groups.empty() ? -1 : size();
    const int32_t depth = parent.depth + 1;
    for (const int32_t g : order) {
        Group &group = groups[size_t(g)];
        group.node.parent = index;
        group.node.depth = depth;
        group.node.childCount = group.entries.empty() ? 0 : -1;
        m_nodes.push_back(group.node);
        m_pending.push_back(std::move(group.entries));
    }
}

void BottomUpTree::expand(int32_t index) const
{
    if (m_nodes[size_t(index)].childCount >= 0)
        return;
    // One step towards the thread's start: each entry's caller is its parent stack. The
    // node's own entries are not needed once its children hold theirs.
    std::vector<Entry> entries = std::exchange(m_pending[size_t(index)], {});
    const auto &stacks = m_profile->stacks;
    for (Entry &e : entries)
        e.stack = stacks[size_t(e.stack)].parent;
    makeChildren(index, entries);
}

int32_t BottomUpTree::childCount(int32_t index) const
{
    expand(index);
    return node(index).childCount;
}

int32_t BottomUpTree::firstChild(int32_t index) const
{
    expand(index);
    return node(index).firstChild;
}

bool BottomUpTree::hasChildren(int32_t index) const
{
    const Node &n = node(index);
    return n.childCount < 0 || n.childCount > 0;
}

int32_t BottomUpTree::row(int32_t index) const
{
    const int32_t parent = node(index).parent;
    return parent < 0 ? 0 : index - node(parent).firstChild;
}

int32_t BottomUpTree::topFrame(int32_t index) const
{
    while (index > rootIndex() && node(index).depth > 1)
        index = node(index).parent;
    return node(index).frame;
}

std::vector<char> BottomUpTree::callerMatches(const std::vector<char> &frameMatches) const
{
    if (!m_profile)
        return {};
    const auto &stacks = m_profile->stacks;
    const std::vector<char> holds = StackWeights::pathsHolding(*m_profile, frameMatches);
    std::vector<char> result(stacks.size(), 0);
    for (size_t s = 0; s < stacks.size(); ++s) {
        const int32_t parent = stacks[s].parent;
        result[s] = parent >= 0 && size_t(parent) < stacks.size() && holds[size_t(parent)];
    }
    return result;
}

bool BottomUpTree::callersMatch(int32_t index, const std::vector<char> &frameMatches,
                                const std::vector<char> &callerMatches) const
{
    const Node &n = node(index);
    if (n.childCount < 0) {
        for (const Entry &e : m_pending[size_t(index)]) {
            if (size_t(e.stack) < callerMatches.size() && callerMatches[size_t(e.stack)])
                return true;
        }
        return false;
    }
    for (int32_t c = n.firstChild; c >= 0 && c < n.firstChild + n.childCount; ++c) {
        const int32_t frame = node(c).frame;
        if ((frame >= 0 && size_t(frame) < frameMatches.size() && frameMatches[size_t(frame)])
            || callersMatch(c, frameMatches, callerMatches))
            return true;
    }
    return false;
}

const FrameTree &BottomUpTree::tree() const
{
    if (m_whole)
        return *m_whole;
    if (!m_profile) {
        m_whole.emplace();
        return *m_whole;
    }
    // Every path that ends somewhere, fed to the builder that makes the other frame trees,
    // so that the numbering is breadth first like theirs.
    FrameTree::Builder builder(*m_profile, m_profile->stacks.size());
    std::vector<int32_t> path;
    std::vector<int32_t> todo {rootIndex()};
    while (!todo.empty()) {
        const int32_t index = todo.back();
        todo.pop_back();
        const Node &n = node(index);
        path.resize(size_t(n.depth));
        if (n.depth > 0)
            path.back() = n.frame;
        if (n.selfSamples > 0)
            builder.add(path, n.self, n.selfSamples);
        const int32_t first = firstChild(index);
        for (int32_t c = childCount(index) - 1; c >= 0; --c)
            todo.push_back(first + c);
    }
    m_whole = builder.build(m_wholeWeight, m_wholeSamples);
    return *m_whole;
}

} // namespace eg::analysis
