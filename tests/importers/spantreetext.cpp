#include "spantreetext.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace eg::testing {

namespace {

QString text(const store::TraceData &trace, int32_t index)
{
    return QString::fromUtf8(trace.text(index).data(), qsizetype(trace.text(index).size()));
}

// Span indices by parent key; roots are the spans whose parent is not in the trace.
struct Children
{
    std::multimap<uint64_t, size_t> byParent;
    std::vector<size_t> roots;

    explicit Children(const store::TraceData &trace)
    {
        std::set<uint64_t> ids;
        for (const store::TraceSpan &s : trace.spans)
            ids.insert(s.spanId);
        for (size_t i = 0; i < trace.spans.size(); ++i) {
            if (trace.spans[i].parentId == 0 || !ids.contains(trace.spans[i].parentId))
                roots.push_back(i);
            else
                byParent.emplace(trace.spans[i].parentId, i);
        }
    }

    std::vector<size_t> of(uint64_t spanId) const
    {
        std::vector<size_t> out;
        for (auto [it, end] = byParent.equal_range(spanId); it != end; ++it)
            out.push_back(it->second);
        return out;
    }
};

} // namespace

QString SpanTreeText::tree(const store::TraceData &trace)
{
    const Children children(trace);
    QStringList lines;
    std::function<void(size_t, int)> add = [&](size_t i, int depth) {
        const store::TraceSpan &s = trace.spans[i];
        lines << QString(depth * 2, QLatin1Char(' ')) + text(trace, s.op) + QLatin1Char(' ')
                + text(trace, s.name) + (s.isError ? QStringLiteral(" [error]") : QString());
        std::vector<size_t> kids = children.of(s.spanId);
        std::stable_sort(kids.begin(), kids.end(), [&](size_t a, size_t b) {
            return trace.spans[a].startNs < trace.spans[b].startNs;
        });
        for (size_t k : kids)
            add(k, depth + 1);
    };
    for (size_t r : children.roots)
        add(r, 0);
    return lines.join(QLatin1Char('\n'));
}

QString SpanTreeText::opShape(const store::TraceData &trace, bool dropEmptyServers)
{
    const Children children(trace);
    // An explicit QString: with QT_USE_QSTRINGBUILDER a deduced return type would be a
    // builder that still refers to this call's locals.
    std::function<QString(size_t)> of = [&](size_t i) -> QString {
        QStringList kids;
        for (size_t k : children.of(trace.spans[i].spanId)) {
            const QString kid = of(k);
            if (!dropEmptyServers || kid != QLatin1String("http.server()"))
                kids << kid;
        }
        kids.sort();
        return text(trace, trace.spans[i].op) + QLatin1Char('(') + kids.join(QLatin1Char(','))
            + QLatin1Char(')');
    };
    QStringList roots;
    for (size_t r : children.roots)
        roots << of(r);
    return roots.join(QLatin1Char(';'));
}

int SpanTreeText::maxDepth(const store::TraceData &trace)
{
    std::map<uint64_t, const store::TraceSpan *> byId;
    for (const store::TraceSpan &s : trace.spans)
        byId[s.spanId] = &s;
    int deepest = 0;
    for (const store::TraceSpan &s : trace.spans) {
        int depth = 1;
        for (auto it = byId.find(s.parentId); it != byId.end() && depth <= 1000;
             it = byId.find(it->second->parentId))
            ++depth;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

int SpanTreeText::mostRepeated(const store::TraceData &trace, std::string_view opPrefix)
{
    std::map<std::pair<uint64_t, int32_t>, int> counts;
    int most = 0;
    for (const store::TraceSpan &s : trace.spans) {
        if (trace.text(s.op).substr(0, opPrefix.size()) == opPrefix)
            most = std::max(most, ++counts[{s.parentId, s.name}]);
    }
    return most;
}

QStringList SpanTreeText::segmentParents(const store::TraceData &trace)
{
    std::map<uint64_t, const store::TraceSpan *> byId;
    for (const store::TraceSpan &s : trace.spans)
        byId[s.spanId] = &s;
    QStringList out;
    for (const store::TraceSpan &s : trace.spans) {
        const auto parent = byId.find(s.parentId);
        if (s.isSegment && parent != byId.end())
            out << text(trace, parent->second->op) + QStringLiteral(" -> ") + text(trace, s.op);
    }
    return out;
}

QString SpanTreeText::describe(const std::vector<store::TraceInfo> &traces)
{
    QStringList out;
    for (const store::TraceInfo &t : traces) {
        QStringList roots;
        for (const std::string &r : t.roots)
            roots << QString::fromStdString(r);
        out << QStringLiteral("%1 spans=%2 roots=[%3] ms=%4 errors=%5")
                   .arg(QString::fromStdString(t.traceId))
                   .arg(t.spanCount)
                   .arg(roots.join(QLatin1Char('|')))
                   .arg(QString::number(double(t.durationNs()) / 1e6, 'f', 1))
                   .arg(t.errorCount);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace eg::testing
