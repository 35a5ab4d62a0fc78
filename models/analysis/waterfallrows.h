#pragma once

#include "spangroups.h"
#include "spantree.h"

#include <cstdint>
#include <vector>

namespace eg::analysis {

// The rows a waterfall shows right now: the span tree flattened in depth-first order,
// with collapsed spans hiding their subtrees and autogroups (SpanGroups) shown as one
// row until the user opens them. Rebuilt in one pass over what is visible, so that
// opening or closing anything on a trace of a million spans stays far below a frame.
class WaterfallRows
{
public:
    enum class Kind : uint8_t {
        Span, // one span (or a missing-parent placeholder)
        Group, // a sibling run or chain, closed: one row for all of its spans
        GroupHeader, // an opened group: its spans follow one level deeper
    };

    struct Row
    {
        Kind kind = Kind::Span;
        int32_t depth = 0;
        int32_t node = -1; // Span: the node; Group/GroupHeader: the group's first span
        int32_t group = -1; // Group/GroupHeader: index into SpanGroups
    };

    WaterfallRows(const SpanTree &tree, const SpanGroups &groups);

    const std::vector<Row> &rows() const { return m_rows; }
    size_t size() const { return m_rows.size(); }
    const Row &row(size_t index) const { return m_rows[index]; }

    bool isExpanded(int32_t node) const { return !m_collapsed[size_t(node)]; }
    void setExpanded(int32_t node, bool expanded);
    bool isGroupOpen(int32_t group) const { return m_groupOpen[size_t(group)]; }
    void setGroupOpen(int32_t group, bool open);
    // Opens every group and span on the way to `node` so that it has a row; returns it.
    int32_t reveal(int32_t node);
    void expandAll();
    // Whether the row can be opened/closed, and whether it is open now.
    bool hasChildren(const Row &row) const;
    bool isOpen(const Row &row) const;
    void setOpen(const Row &row, bool open);

    // The row showing `node` (a span row, or the closed group that hides it), or -1.
    int32_t rowOfNode(int32_t node) const;

    // Time range a row covers (a group: from its first start to its last end).
    int64_t rowStartNs(const Row &row) const;
    int64_t rowEndNs(const Row &row) const;

private:
    void rebuild();

    const SpanTree &m_tree;
    const SpanGroups &m_groups;
    std::vector<uint8_t> m_collapsed; // per node
    std::vector<uint8_t> m_groupOpen; // per group
    std::vector<Row> m_rows;
    std::vector<int32_t> m_rowOfNode; // per node; -1 when hidden
};

} // namespace eg::analysis
