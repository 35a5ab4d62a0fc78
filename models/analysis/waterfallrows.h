#pragma once

#include "spangroups.h"
#include "spantree.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace eg::analysis {

// The rows a waterfall shows right now: the span tree flattened in depth-first order,
// with collapsed spans hiding their subtrees and autogroups (SpanGroups) shown as one
// row until the user opens them. Opening or closing one row rebuilds only that row's
// block and shifts the rows after it, so that it stays far below a frame on a trace of a
// million spans; reveal() and expandAll() rebuild everything in one pass.
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
    struct Pending;
    void rebuild();
    // Rows for the items on `stack` (worked from the back), appended to `out`, starting
    // at row `first` of the finished list. The row of each node shown goes to `shown`, or
    // straight into m_rowOfNode when that is null.
    void appendRows(std::vector<Pending> &stack, std::vector<Row> &out, int32_t first,
                    std::vector<std::pair<int32_t, int32_t>> *shown);
    // Row `index` changed state: replaces it and the rows below it with fresh ones.
    void rebuildBlock(size_t index);
    // The row that shows a group (closed or opened), or -1 when it is hidden.
    int32_t rowOfGroup(int32_t group) const;

    const SpanTree &m_tree;
    const SpanGroups &m_groups;
    std::vector<uint8_t> m_collapsed; // per node
    std::vector<uint8_t> m_groupOpen; // per group
    std::vector<Row> m_rows;
    std::vector<int32_t> m_rowOfNode; // per node; -1 when hidden
};

} // namespace eg::analysis
