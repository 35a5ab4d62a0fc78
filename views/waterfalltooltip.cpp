#include "waterfalltooltip.h"

#include "models/analysis/weightformatter.h"

#include <QLocale>

namespace eg::views {

using analysis::SpanGroups;
using analysis::SpanTree;
using analysis::WaterfallRows;
using analysis::WeightFormatter;

namespace {

QString duration(int64_t ns)
{
    return WeightFormatter::formatDuration(double(ns));
}

} // namespace

QString WaterfallToolTip::text(const LoadedTrace &loaded, const WaterfallRows &rows, int32_t row)
{
    if (!loaded.tree || row < 0 || size_t(row) >= rows.size())
        return {};
    const store::TraceData &trace = *loaded.trace;
    const SpanTree &tree = *loaded.tree;
    const analysis::CriticalPath &path = *loaded.path;
    const auto text = [&trace](int32_t index) {
        const std::string_view raw = trace.text(index);
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    };
    const WaterfallRows::Row &r = rows.row(size_t(row));
    const int64_t sinceStart = rows.rowStartNs(r) - tree.startNs();

    if (r.kind != WaterfallRows::Kind::Span) {
        const SpanGroups::Group &group = loaded.groups->group(r.group);
        QString words = loaded.groups->label(r.group, tree) + QLatin1Char('\n');
        if (group.kind == SpanGroups::Kind::Siblings)
            // Runs have five members or more: never one.
            words += tr("The same work done %1 times one after another, from %2 to %3 into "
                        "the trace.")
                         .arg(QLocale().toString(qlonglong(group.members.size())),
                              duration(group.startNs - tree.startNs()),
                              duration(group.endNs - tree.startNs()));
        else
            words += tr("Each of these spans did little but start the next, from %1 into the "
                        "trace.")
                         .arg(duration(sinceStart));
        words += QLatin1Char('\n')
            + (r.kind == WaterfallRows::Kind::Group
                   ? tr("Open the row (Enter, → or a double-click) to see them one by one.")
                   : tr("Close the row (Enter or ←) to see them as one."));
        return words;
    }

    const SpanTree::Node &node = tree.node(r.node);
    if (node.isPlaceholder())
        return tr("Missing parent %1")
                   .arg(QString::fromStdString(store::TraceData::spanIdText(node.missingParentId)))
            + QLatin1Char('\n')
            + (node.childCount == 1
                   ? tr("One span names this span as its parent, but the trace does not "
                        "contain it. Perhaps it was dropped by sampling or sent elsewhere.")
                   : tr("%1 spans name this span as their parent, but the trace does not "
                        "contain it. Perhaps it was dropped by sampling or sent elsewhere.")
                         .arg(QLocale().toString(node.childCount)));

    const store::TraceSpan &span = trace.spans[size_t(node.span)];
    QString what = text(span.op);
    const QString name = text(span.name);
    if (!name.isEmpty())
        what = what.isEmpty() ? name : what + QLatin1Char(' ') + name;
    if (what.isEmpty())
        what = tr("(unnamed span)");
    if (span.service != 0)
        what = tr("%1 in %2").arg(what, text(span.service));
    QString words = what + QLatin1Char('\n');
    words += node.selfNs == node.durationNs()
        ? tr("%1, all of it its own work").arg(duration(node.durationNs()))
        : tr("%1, of which %2 its own work")
              .arg(duration(node.durationNs()), duration(node.selfNs));
    if (path.contains(r.node))
        words += path.criticalNs(r.node) > 0
            ? tr("; on the critical path (%1 of it held up the trace)")
                  .arg(duration(path.criticalNs(r.node)))
            : tr("; on the critical path");
    words += QLatin1Char('\n') + tr("Started %1 into the trace").arg(duration(sinceStart));
    if (span.isError)
        words += QLatin1Char('\n')
            + (span.status != 0 ? tr("Failed with status %1").arg(text(span.status))
                                : tr("Failed"));
    return words;
}

} // namespace eg::views
