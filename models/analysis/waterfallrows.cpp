#include "waterfallrows.h"

#include <algorithm>

namespace eg::analysis {

// Work items of the iterative depth-first walk (traces can be deeper than any stack).
struct WaterfallRows::Pending
{
    enum class What : uint8_t { Node, NodeNoChain, SiblingRun, Children } what;
    int32_t id; // node, or group for SiblingRun, or the parent node for Children (-1: roots)
    int32_t depth;
};

WaterfallRows::WaterfallRows(const SpanTree &tree, const SpanGroups &groups)
    : m_tree(tree)
    , m_groups(groups)
    , m_collapsed(tree.size(), 0)
    , m_groupOpen(groups.groups().size(), 0)
{
    rebuild();
}

void WaterfallRows::setExpanded(int32_t node, bool expanded)
{
    if (m_collapsed[size_t(node)] == uint8_t(!expanded))
        return;
    m_collapsed[size_t(node)] = !expanded;
    // Only the span's own row changes, and only when it shows: a span hidden under a
    // closed ancestor or group keeps its state for later.
    const int32_t row = rowOfNode(node);
    if (row < 0)
        return;
    const Row &shown = m_rows[size_t(row)];
    // A closed chain's row shows the children of its last span.
    const bool chainEnd = shown.kind == Kind::Group
        && m_groups.group(shown.group).kind == SpanGroups::Kind::Chain
        && m_groups.group(shown.group).last() == node;
    if ((shown.kind == Kind::Span && shown.node == node) || chainEnd)
        rebuildBlock(size_t(row));
}

void WaterfallRows::setGroupOpen(int32_t group, bool open)
{
    if (m_groupOpen[size_t(group)] == uint8_t(open))
        return;
    const int32_t row = rowOfGroup(group);
    m_groupOpen[size_t(group)] = open;
    if (row >= 0)
        rebuildBlock(size_t(row));
}

int32_t WaterfallRows::rowOfGroup(int32_t group) const
{
    const int32_t row = rowOfNode(m_groups.group(group).first());
    if (row < 0)
        return -1;
    const Row &shown = m_rows[size_t(row)];
    if (shown.kind == Kind::Group && shown.group == group)
        return row;
    // An opened group's header comes right before its first span.
    if (row > 0 && m_rows[size_t(row) - 1].kind == Kind::GroupHeader
        && m_rows[size_t(row) - 1].group == group)
        return row - 1;
    return -1;
}

void WaterfallRows::expandAll()
{
    std::fill(m_collapsed.begin(), m_collapsed.end(), 0);
    std::fill(m_groupOpen.begin(), m_groupOpen.end(), 1);
    rebuild();
}

int32_t WaterfallRows::reveal(int32_t node)
{
    for (int32_t at = node; at >= 0; at = m_tree.node(at).parent) {
        if (at != node)
            m_collapsed[size_t(at)] = 0;
        if (const int32_t run = m_groups.siblingRunOf(at); run >= 0)
            m_groupOpen[size_t(run)] = 1;
        // A chain's top shows as the chain's row; the spans below it need it open.
        if (const int32_t chain = m_groups.chainOf(at);
            chain >= 0 && at != m_groups.group(chain).first())
            m_groupOpen[size_t(chain)] = 1;
    }
    rebuild();
    return m_rowOfNode[size_t(node)];
}

bool WaterfallRows::hasChildren(const Row &row) const
{
    if (row.kind != Kind::Span)
        return true;
    return m_tree.node(row.node).childCount > 0;
}

bool WaterfallRows::isOpen(const Row &row) const
{
    if (row.kind == Kind::GroupHeader)
        return true;
    if (row.kind == Kind::Group)
        return false;
    return !m_collapsed[size_t(row.node)];
}

void WaterfallRows::setOpen(const Row &row, bool open)
{
    if (row.kind == Kind::Span)
        setExpanded(row.node, open);
    else
        setGroupOpen(row.group, open);
}

int32_t WaterfallRows::rowOfNode(int32_t node) const
{
    return size_t(node) < m_rowOfNode.size() ? m_rowOfNode[size_t(node)] : -1;
}

int64_t WaterfallRows::rowStartNs(const Row &row) const
{
    if (row.kind == Kind::Span)
        return m_tree.node(row.node).startNs;
    return m_groups.group(row.group).startNs;
}

int64_t WaterfallRows::rowEndNs(const Row &row) const
{
    if (row.kind == Kind::Span)
        return m_tree.node(row.node).endNs;
    return m_groups.group(row.group).endNs;
}

void WaterfallRows::rebuild()
{
    m_rows.clear();
    m_rowOfNode.assign(m_tree.size(), -1);
    std::vector<Pending> stack {{Pending::What::Children, -1, 0}};
    appendRows(stack, m_rows, 0, nullptr);
}

void WaterfallRows::rebuildBlock(size_t index)
{
    // The block of a row is the row and everything below it that is deeper.
    const Row row = m_rows[index];
    size_t end = index + 1;
    while (end < m_rows.size() && m_rows[end].depth > row.depth)
        ++end;

    Pending item {Pending::What::Node, row.node, row.depth};
    if (row.kind == Kind::Span) {
        // A span row of a chain's top only shows when its chain is open, under the header.
        if (m_groups.chainAt(row.node) >= 0)
            item.what = Pending::What::NodeNoChain;
    } else if (m_groups.group(row.group).kind == SpanGroups::Kind::Siblings) {
        item = {Pending::What::SiblingRun, row.group, row.depth};
    }
    std::vector<Pending> stack {item};
    std::vector<Row> fresh;
    std::vector<std::pair<int32_t, int32_t>> shown; // node → row of the fresh block
    const int32_t first = int32_t(index);
    const int32_t oldEnd = int32_t(end);
    appendRows(stack, fresh, first, &shown);

    // Nodes of the old block lose their rows, rows after it move by the difference: one
    // pass over every node is cheaper than visiting the moved rows and their groups.
    const int32_t delta = int32_t(fresh.size()) - (oldEnd - first);
    for (int32_t &r : m_rowOfNode) {
        if (r >= oldEnd)
            r += delta;
        else if (r >= first)
            r = -1;
    }
    for (const auto &[node, r] : shown)
        m_rowOfNode[size_t(node)] = r;
    if (delta == 0) {
        std::copy(fresh.begin(), fresh.end(), m_rows.begin() + first);
        return;
    }
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + oldEnd);
    m_rows.insert(m_rows.begin() + first, fresh.begin(), fresh.end());
}

void WaterfallRows::appendRows(std::vector<Pending> &stack, std::vector<Row> &out, int32_t first,
                               std::vector<std::pair<int32_t, int32_t>> *shown)
{
    std::vector<Pending> batch;
    const auto show = [this, shown](int32_t node, int32_t row) {
        if (shown)
            shown->emplace_back(node, row);
        else
            m_rowOfNode[size_t(node)] = row;
    };
    const auto addRow
        = [&out, first, &show](Kind kind, int32_t depth, int32_t node, int32_t group) {
              if (node >= 0 && kind != Kind::GroupHeader)
                  show(node, first + int32_t(out.size()));
              out.push_back({kind, depth, node, group});
          };
    // A closed group's spans all map to its row, so that selection can find them.
    const auto hideInto = [&out, first, &show](const SpanGroups::Group &group) {
        for (int32_t member : group.members)
            show(member, first + int32_t(out.size()) - 1);
    };

    while (!stack.empty()) {
        const Pending item = stack.back();
        stack.pop_back();
        switch (item.what) {
        case Pending::What::Children: {
            const auto kids = item.id < 0 ? m_tree.roots() : m_tree.children(item.id);
            batch.clear();
            for (size_t i = 0; i < kids.size(); ++i) {
                const int32_t run = m_groups.siblingRunAt(kids[i]);
                if (run >= 0) {
                    batch.push_back({Pending::What::SiblingRun, run, item.depth});
                    i += m_groups.group(run).members.size() - 1;
                } else {
                    batch.push_back({Pending::What::Node, kids[i], item.depth});
                }
            }
            stack.insert(stack.end(), batch.rbegin(), batch.rend());
            break;
        }
        case Pending::What::SiblingRun: {
            const SpanGroups::Group &group = m_groups.group(item.id);
            if (!m_groupOpen[size_t(item.id)]) {
                addRow(Kind::Group, item.depth, group.first(), item.id);
                hideInto(group);
                break;
            }
            addRow(Kind::GroupHeader, item.depth, group.first(), item.id);
            for (auto it = group.members.rbegin(); it != group.members.rend(); ++it)
                stack.push_back({Pending::What::Node, *it, item.depth + 1});
            break;
        }
        case Pending::What::Node:
        case Pending::What::NodeNoChain: {
            const int32_t chain = item.what == Pending::What::Node ? m_groups.chainAt(item.id) : -1;
            if (chain >= 0) {
                const SpanGroups::Group &group = m_groups.group(chain);
                if (!m_groupOpen[size_t(chain)]) {
                    addRow(Kind::Group, item.depth, group.first(), chain);
                    hideInto(group);
                    if (!m_collapsed[size_t(group.last())])
                        stack.push_back({Pending::What::Children, group.last(), item.depth + 1});
                } else {
                    addRow(Kind::GroupHeader, item.depth, group.first(), chain);
                    stack.push_back({Pending::What::NodeNoChain, item.id, item.depth + 1});
                }
                break;
            }
            addRow(Kind::Span, item.depth, item.id, -1);
            if (!m_collapsed[size_t(item.id)] && m_tree.node(item.id).childCount > 0)
                stack.push_back({Pending::What::Children, item.id, item.depth + 1});
            break;
        }
        }
    }
}

} // namespace eg::analysis
