#include "traceinsights.h"

#include "weightformatter.h"

#include <QCoreApplication>

#include <vector>

namespace eg::analysis {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives the tr() calls in TraceInsights' constructor.
    return QCoreApplication::translate("eg::analysis::TraceInsights", text);
}

QString quoted(std::string_view text)
{
    QString name = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (name.size() > 60)
        name = name.left(59) + QChar(0x2026);
    return QLatin1Char('`') + name + QLatin1Char('`');
}

// The largest entry of a tally (the first of equals), if it holds at least `share` of
// `whole`. Tallies are indexed by interned string: a million path segments add up without
// a single allocation.
int32_t notable(const std::vector<int64_t> &tally, int64_t whole, double share, int64_t *amount)
{
    int32_t best = -1;
    *amount = 0;
    for (size_t key = 0; key < tally.size(); ++key) {
        if (tally[key] > *amount) {
            best = int32_t(key);
            *amount = tally[key];
        }
    }
    return double(*amount) >= share * double(whole) ? best : -1;
}

} // namespace

TraceInsights::TraceInsights(const SpanTree &tree, const SpanGroups &groups,
                             const CriticalPath &path)
{
    if (!tree.trace() || tree.size() == 0 || path.rootNode() < 0) {
        m_headline = tr("This trace has no spans.");
        return;
    }
    const store::TraceData &trace = *tree.trace();
    const int64_t total = tree.durationNs();
    const SpanTree::Node &rootNode = tree.node(path.rootNode());
    const store::TraceSpan *root
        = rootNode.isPlaceholder() ? nullptr : &trace.spans[size_t(rootNode.span)];
    const QString rootName = root ? quoted(trace.text(root->name)) : tr("The trace");
    // What the root span took is what its caller waited for; work it queued to run after
    // it ended (an email sent later) makes the trace longer but not the request.
    const int64_t request = root ? rootNode.durationNs() : total;
    const QString took
        = tr("%1 took %2").arg(rootName, WeightFormatter::formatDuration(double(request)));

    // Critical time by service, by op and by span, leaving out the root's own share.
    std::vector<int64_t> byService(trace.strings.size(), 0);
    std::vector<int64_t> byOp(trace.strings.size(), 0);
    int32_t heaviestNode = -1; // the span with the most critical time of its own
    for (const CriticalPath::Segment &segment : path.segments()) {
        const SpanTree::Node &node = tree.node(segment.node);
        if (node.isPlaceholder() || segment.node == path.rootNode())
            continue;
        const store::TraceSpan &span = trace.spans[size_t(node.span)];
        const int64_t length = segment.endNs - segment.startNs;
        if (!root || span.service != root->service)
            byService[size_t(span.service)] += length;
        byOp[size_t(span.op)] += length;
        const int64_t own = path.criticalNs(segment.node);
        if (heaviestNode < 0 || own > path.criticalNs(heaviestNode)
            || (own == path.criticalNs(heaviestNode) && segment.node < heaviestNode))
            heaviestNode = segment.node;
    }
    byService[0] = 0; // no service named
    byOp[0] = 0;

    int64_t amount = 0;
    if (const int32_t service = notable(byService, request, kNotableShare, &amount); service > 0) {
        m_headline = tr("%1; %2 of it was waiting on %3.")
                         .arg(took, WeightFormatter::formatDuration(double(amount)),
                              quoted(trace.text(service)));
    } else if (const int32_t op = notable(byOp, request, kNotableShare, &amount); op > 0) {
        m_headline = tr("%1; %2 of it was spent in %3 spans.")
                         .arg(took, WeightFormatter::formatDuration(double(amount)),
                              quoted(trace.text(op)));
    } else if (heaviestNode >= 0
               && double(path.criticalNs(heaviestNode)) >= kNotableShare * double(request)) {
        m_headline
            = tr("%1; %2 of it was spent in %3.")
                  .arg(took, WeightFormatter::formatDuration(double(path.criticalNs(heaviestNode))),
                       quoted(trace.text(trace.spans[size_t(tree.node(heaviestNode).span)].name)));
    } else if (double(path.criticalNs(path.rootNode())) >= 0.5 * double(request)) {
        m_headline = tr("%1, most of it in %2 itself rather than in the spans it started.")
                         .arg(took, rootName);
    } else {
        m_headline = tr("%1, spread over its spans with none standing out.").arg(took);
    }

    // The heaviest run of repeated sibling spans (the N+1 shape).
    for (size_t g = 0; g < groups.groups().size(); ++g) {
        const SpanGroups::Group &group = groups.group(int32_t(g));
        if (group.kind != SpanGroups::Kind::Siblings)
            continue;
        if (m_repeatedGroup < 0 || group.totalNs > groups.group(m_repeatedGroup).totalNs)
            m_repeatedGroup = int32_t(g);
    }
    if (m_repeatedGroup >= 0) {
        const SpanGroups::Group &group = groups.group(m_repeatedGroup);
        // Repeated calls usually run one after another; their wall time is what they cost.
        const int64_t wall = group.endNs - group.startNs;
        const double share = total > 0 ? double(std::min(wall, group.totalNs)) / double(total) : 0;
        if (share < kNotableRepeatShare) {
            m_repeatedGroup = -1;
            return;
        }
        const store::TraceSpan &first = trace.spans[size_t(tree.node(group.first()).span)];
        const int32_t parent = tree.node(group.first()).parent;
        QString what = quoted(trace.text(first.op != 0 ? first.op : first.name));
        if (first.op != 0 && first.name != 0)
            what = quoted(std::string(trace.text(first.op)) + ' '
                          + std::string(trace.text(first.name)));
        QString sentence = tr("%1 of the trace went to %2 repeated %3 spans")
                               .arg(WeightFormatter::formatPercent(share))
                               .arg(group.members.size())
                               .arg(what);
        if (parent >= 0 && !tree.node(parent).isPlaceholder())
            sentence
                += tr(" under %1")
                       .arg(quoted(trace.text(trace.spans[size_t(tree.node(parent).span)].name)));
        m_repeatedWork = sentence
            + tr(": the same call made one at a time, often a query that "
                 "could be batched.");
    }
}

} // namespace eg::analysis
