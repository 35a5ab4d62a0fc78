#include "spangroups.h"

#include "weightformatter.h"

#include <QCoreApplication>

#include <algorithm>

namespace eg::analysis {

namespace {

// Two spans do "the same thing" when op and name match and at least one is set.
bool sameWork(const store::TraceData &trace, const SpanTree::Node &a, const SpanTree::Node &b)
{
    if (a.isPlaceholder() || b.isPlaceholder())
        return false;
    const store::TraceSpan &x = trace.spans[size_t(a.span)];
    const store::TraceSpan &y = trace.spans[size_t(b.span)];
    return x.op == y.op && x.name == y.name && (x.op != 0 || x.name != 0);
}

} // namespace

SpanGroups::SpanGroups(const SpanTree &tree)
{
    const size_t count = tree.size();
    m_siblingRunAt.assign(count, -1);
    m_siblingRunOf.assign(count, -1);
    m_chainAt.assign(count, -1);
    m_chainOf.assign(count, -1);
    if (!tree.trace())
        return;
    const store::TraceData &trace = *tree.trace();

    const auto groupRuns = [&](std::span<const int32_t> siblings) {
        size_t begin = 0;
        while (begin < siblings.size()) {
            size_t end = begin + 1;
            const SpanTree::Node &first = tree.node(siblings[begin]);
            while (end < siblings.size() && sameWork(trace, first, tree.node(siblings[end])))
                ++end;
            if (end - begin >= kMinSiblingRun) {
                Group group;
                group.kind = Kind::Siblings;
                group.members.assign(siblings.begin() + begin, siblings.begin() + end);
                group.startNs = first.startNs;
                group.endNs = first.endNs;
                for (int32_t member : group.members) {
                    const SpanTree::Node &node = tree.node(member);
                    group.endNs = std::max(group.endNs, node.endNs);
                    group.totalNs += node.durationNs();
                    m_siblingRunOf[size_t(member)] = int32_t(m_groups.size());
                }
                m_siblingRunAt[size_t(group.first())] = int32_t(m_groups.size());
                m_groups.push_back(std::move(group));
            }
            begin = end;
        }
    };
    groupRuns(tree.roots());
    for (size_t i = 0; i < count; ++i)
        groupRuns(tree.children(int32_t(i)));

    // Chains start at a span whose parent does not continue one.
    for (size_t i = 0; i < count; ++i) {
        const SpanTree::Node &top = tree.node(int32_t(i));
        if (top.isPlaceholder() || trace.spans[size_t(top.span)].op == 0)
            continue;
        const int32_t op = trace.spans[size_t(top.span)].op;
        const auto continues = [&](int32_t index) {
            const SpanTree::Node &node = tree.node(index);
            if (node.childCount != 1)
                return false;
            const SpanTree::Node &child = tree.node(tree.children(index).front());
            return !child.isPlaceholder() && trace.spans[size_t(child.span)].op == op;
        };
        if (top.parent >= 0 && continues(top.parent)
            && trace.spans[size_t(tree.node(top.parent).span)].op == op)
            continue; // inside a chain that starts higher up
        Group group;
        group.kind = Kind::Chain;
        int32_t at = int32_t(i);
        group.members.push_back(at);
        while (continues(at)) {
            at = tree.children(at).front();
            group.members.push_back(at);
        }
        if (group.members.size() < kMinChainLength)
            continue;
        group.startNs = top.startNs;
        group.endNs = top.endNs;
        group.totalNs = top.durationNs();
        m_chainAt[i] = int32_t(m_groups.size());
        for (int32_t member : group.members)
            m_chainOf[size_t(member)] = int32_t(m_groups.size());
        m_groups.push_back(std::move(group));
    }
}

int32_t SpanGroups::siblingRunAt(int32_t node) const
{
    return size_t(node) < m_siblingRunAt.size() ? m_siblingRunAt[size_t(node)] : -1;
}

int32_t SpanGroups::chainAt(int32_t node) const
{
    return size_t(node) < m_chainAt.size() ? m_chainAt[size_t(node)] : -1;
}

int32_t SpanGroups::chainOf(int32_t node) const
{
    return size_t(node) < m_chainOf.size() ? m_chainOf[size_t(node)] : -1;
}

int32_t SpanGroups::siblingRunOf(int32_t node) const
{
    return size_t(node) < m_siblingRunOf.size() ? m_siblingRunOf[size_t(node)] : -1;
}

QString SpanGroups::label(int32_t index, const SpanTree &tree) const
{
    const Group &group = m_groups[size_t(index)];
    const store::TraceData &trace = *tree.trace();
    const store::TraceSpan &first = trace.spans[size_t(tree.node(group.first()).span)];
    const QString op = QString::fromStdString(std::string(trace.text(first.op)));
    QString name = QString::fromStdString(std::string(trace.text(first.name)));
    if (name.size() > 80)
        name = name.left(79) + QChar(0x2026);
    const QString what = op.isEmpty() ? name : name.isEmpty() ? op : op + QLatin1Char(' ') + name;
    if (group.kind == Kind::Siblings)
        return QCoreApplication::translate("SpanGroups", "%1 × %2 (total %3)")
            .arg(group.members.size())
            .arg(what, WeightFormatter::formatDuration(double(group.totalNs)));
    return QCoreApplication::translate("SpanGroups", "%1 nested %2 spans (%3)")
        .arg(group.members.size())
        .arg(op, WeightFormatter::formatDuration(double(group.totalNs)));
}

} // namespace eg::analysis
