#include "spantree.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <unordered_map>

namespace eg::analysis {

namespace {

size_t slotOf(uint64_t key, size_t mask)
{
    // Span ids are random already; the multiply spreads sequential test ids too.
    return size_t((key * 0x9e3779b97f4a7c15ull) >> 20) & mask;
}

} // namespace

SpanTree::SpanTree(const store::TraceData &trace)
    : m_trace(&trace)
{
    const size_t count = trace.spans.size();
    m_nodes.resize(count);
    for (size_t i = 0; i < count; ++i) {
        const store::TraceSpan &span = trace.spans[i];
        Node &node = m_nodes[i];
        node.span = int32_t(i);
        node.startNs = span.startNs;
        node.endNs = span.endNs;
        if (node.endNs < node.startNs) {
            node.endNs = node.startNs;
            ++m_problems.endBeforeStart;
        }
    }

    std::vector<int32_t> parentOf(count, -1);
    linkParents(parentOf);
    buildChildren(parentOf);
    computeDepthAndSelfTime();
}

int32_t SpanTree::findSpan(uint64_t spanId) const
{
    if (spanId == 0 || m_idKeys.empty())
        return -1;
    const size_t mask = m_idKeys.size() - 1;
    for (size_t slot = slotOf(spanId, mask);; slot = (slot + 1) & mask) {
        if (m_idKeys[slot] == spanId)
            return m_idNodes[slot];
        if (m_idKeys[slot] == 0)
            return -1;
    }
}

void SpanTree::linkParents(std::vector<int32_t> &parentOf)
{
    const auto &spans = m_trace->spans;
    const size_t count = spans.size();
    m_idKeys.assign(std::bit_ceil(std::max<size_t>(16, count * 2)), 0);
    m_idNodes.assign(m_idKeys.size(), -1);
    const size_t mask = m_idKeys.size() - 1;
    for (size_t i = 0; i < count; ++i) {
        const uint64_t id = spans[i].spanId;
        if (id == 0)
            continue;
        size_t slot = slotOf(id, mask);
        while (m_idKeys[slot] != 0 && m_idKeys[slot] != id)
            slot = (slot + 1) & mask;
        if (m_idKeys[slot] == id) {
            ++m_problems.duplicateIds;
            continue;
        }
        m_idKeys[slot] = id;
        m_idNodes[slot] = int32_t(i);
    }

    // Orphans are grouped under one placeholder per missing parent id, in order of
    // first appearance.
    std::unordered_map<uint64_t, int32_t> placeholderOf;
    for (size_t i = 0; i < count; ++i) {
        const uint64_t parentId = spans[i].parentId;
        if (parentId == 0)
            continue;
        const int32_t parent = findSpan(parentId);
        if (parent == int32_t(i)) { // its own parent: the shortest cycle there is
            ++m_problems.cycles;
            continue;
        }
        if (parent >= 0) {
            parentOf[i] = parent;
            continue;
        }
        ++m_problems.orphans;
        const auto [found, added] = placeholderOf.try_emplace(parentId, int32_t(m_nodes.size()));
        if (added) {
            Node node;
            node.missingParentId = parentId;
            node.startNs = m_nodes[i].startNs;
            node.endNs = m_nodes[i].endNs;
            m_nodes.push_back(node);
            parentOf.push_back(-1);
            ++m_problems.missingParents;
        }
        parentOf[i] = found->second;
        Node &holder = m_nodes[size_t(found->second)];
        holder.startNs = std::min(holder.startNs, m_nodes[i].startNs);
        holder.endNs = std::max(holder.endNs, m_nodes[i].endNs);
    }

    // Cut cycles: walk up from every span; meeting a span of the current walk again
    // means the chain loops, and the span that closes the loop becomes a root.
    enum : uint8_t { Unvisited, OnPath, Done };
    std::vector<uint8_t> state(m_nodes.size(), Unvisited);
    std::vector<int32_t> path;
    for (size_t start = 0; start < count; ++start) {
        if (state[start] != Unvisited)
            continue;
        path.clear();
        int32_t at = int32_t(start);
        while (at >= 0 && state[size_t(at)] == Unvisited) {
            state[size_t(at)] = OnPath;
            path.push_back(at);
            at = parentOf[size_t(at)];
        }
        if (at >= 0 && state[size_t(at)] == OnPath) {
            parentOf[size_t(path.back())] = -1;
            ++m_problems.cycles;
        }
        for (int32_t visited : path)
            state[size_t(visited)] = Done;
    }
}

void SpanTree::buildChildren(const std::vector<int32_t> &parentOf)
{
    const size_t total = m_nodes.size();
    for (size_t i = 0; i < total; ++i) {
        m_nodes[i].parent = parentOf[i];
        if (parentOf[i] >= 0)
            ++m_nodes[size_t(parentOf[i])].childCount;
        else
            m_roots.push_back(int32_t(i));
    }
    int32_t offset = 0;
    for (Node &node : m_nodes) {
        node.childBegin = offset;
        offset += node.childCount;
        node.childCount = 0;
    }
    m_childTable.resize(size_t(offset));
    for (size_t i = 0; i < total; ++i) {
        if (parentOf[i] < 0)
            continue;
        Node &parent = m_nodes[size_t(parentOf[i])];
        m_childTable[size_t(parent.childBegin + parent.childCount++)] = int32_t(i);
    }
    const auto byStart = [this](int32_t a, int32_t b) {
        const Node &x = m_nodes[size_t(a)];
        const Node &y = m_nodes[size_t(b)];
        return x.startNs != y.startNs ? x.startNs < y.startNs : a < b;
    };
    for (const Node &node : m_nodes) {
        auto begin = m_childTable.begin() + node.childBegin;
        // Spans usually arrive in start order already; check before sorting.
        if (!std::is_sorted(begin, begin + node.childCount, byStart))
            std::sort(begin, begin + node.childCount, byStart);
    }
    std::sort(m_roots.begin(), m_roots.end(), byStart);
}

void SpanTree::computeDepthAndSelfTime()
{
    if (m_nodes.empty())
        return;
    m_startNs = m_nodes.front().startNs;
    m_endNs = m_nodes.front().endNs;
    std::vector<int32_t> stack(m_roots.rbegin(), m_roots.rend());
    while (!stack.empty()) {
        const int32_t index = stack.back();
        stack.pop_back();
        Node &node = m_nodes[size_t(index)];
        node.depth = node.parent >= 0 ? m_nodes[size_t(node.parent)].depth + 1 : 0;
        m_maxDepth = std::max(m_maxDepth, node.depth);
        m_startNs = std::min(m_startNs, node.startNs);
        m_endNs = std::max(m_endNs, node.endNs);

        // Self time: the span minus the union of its children, clipped to the span.
        int64_t covered = 0;
        int64_t reach = node.startNs;
        for (int32_t child : children(index)) {
            const Node &c = m_nodes[size_t(child)];
            const int64_t from = std::max(c.startNs, reach);
            const int64_t to = std::min(c.endNs, node.endNs);
            if (to > from) {
                covered += to - from;
                reach = to;
            }
        }
        node.selfNs = node.durationNs() - covered;

        const auto kids = children(index);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.push_back(*it);
    }
}

std::span<const int32_t> SpanTree::children(int32_t node) const
{
    const Node &n = m_nodes[size_t(node)];
    return std::span<const int32_t>(m_childTable.data() + n.childBegin, size_t(n.childCount));
}

QStringList SpanTree::problemMessages() const
{
    QStringList messages;
    // The sentences are marked for lupdate where they are written, translated here.
    const auto say = [&messages](const char *text, int64_t count) {
        if (count > 0)
            messages << QCoreApplication::translate("SpanTree", text, nullptr, int(count));
    };
    say(QT_TRANSLATE_N_NOOP(
            "SpanTree",
            "%n span(s) name a parent that is not in this trace; they are shown under a "
            "\"missing parent\" row."),
        m_problems.orphans);
    say(QT_TRANSLATE_N_NOOP(
            "SpanTree",
            "Parent ids form %n cycle(s); each was cut and its span shown at the top level."),
        m_problems.cycles);
    say(QT_TRANSLATE_N_NOOP(
            "SpanTree",
            "%n span record(s) repeat an earlier span id; both are shown, children attach to the "
            "first."),
        m_problems.duplicateIds);
    say(QT_TRANSLATE_N_NOOP("SpanTree",
                            "%n span(s) end before they start; they are shown with zero duration."),
        m_problems.endBeforeStart);
    return messages;
}

} // namespace eg::analysis
