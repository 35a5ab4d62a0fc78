#include "testtraces.h"

#include "models/analysis/compressedtimeaxis.h"
#include "models/analysis/criticalpath.h"
#include "models/analysis/profileslice.h"
#include "models/analysis/spangroups.h"
#include "models/analysis/spantree.h"
#include "models/analysis/traceinsights.h"
#include "models/analysis/waterfallrows.h"

#include <QTest>

using namespace eg::analysis;

namespace {

constexpr int64_t kMs = 1'000'000;

// The N+1 shape of the node SDK fixture: a handler that runs one users query, ten order
// queries one after another, then serialises.
eg::store::TraceData nPlusOne()
{
    TestTraceBuilder b;
    b.span(1, 0, "GET /api/orders", 0, 60, "api", "http.server");
    b.span(2, 1, "OrdersService.load", 2, 50, "api", "function");
    b.span(3, 2, "SELECT id, email FROM users", 3, 8, "api", "db.query");
    for (int i = 0; i < 10; ++i)
        b.span(uint64_t(10 + i), 2, "SELECT id, total FROM orders WHERE user_id = $1", 9 + 4 * i,
               12 + 4 * i, "api", "db.query");
    b.span(30, 1, "serialize orders", 51, 58, "api", "serialize");
    return b.take();
}

// The rows WaterfallRows should show, flattened the slow and obvious way from its open and
// closed state, one "kind depth node group" line per row.
void referenceRows(const SpanTree &tree, const SpanGroups &groups, const WaterfallRows &rows,
                   int32_t node, int32_t depth, bool skipChain, QStringList &out);

void referenceChildren(const SpanTree &tree, const SpanGroups &groups, const WaterfallRows &rows,
                       std::span<const int32_t> kids, int32_t depth, QStringList &out)
{
    for (size_t i = 0; i < kids.size(); ++i) {
        const int32_t run = groups.siblingRunAt(kids[i]);
        if (run < 0) {
            referenceRows(tree, groups, rows, kids[i], depth, false, out);
            continue;
        }
        const auto &members = groups.group(run).members;
        const bool open = rows.isGroupOpen(run);
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(open ? 2 : 1)
                   .arg(depth)
                   .arg(members.front())
                   .arg(run);
        if (open)
            for (int32_t member : members)
                referenceRows(tree, groups, rows, member, depth + 1, false, out);
        i += members.size() - 1;
    }
}

void referenceRows(const SpanTree &tree, const SpanGroups &groups, const WaterfallRows &rows,
                   int32_t node, int32_t depth, bool skipChain, QStringList &out)
{
    const int32_t chain = skipChain ? -1 : groups.chainAt(node);
    if (chain >= 0) {
        const bool open = rows.isGroupOpen(chain);
        out << QStringLiteral("%1 %2 %3 %4").arg(open ? 2 : 1).arg(depth).arg(node).arg(chain);
        if (open) {
            referenceRows(tree, groups, rows, node, depth + 1, true, out);
        } else {
            const int32_t last = groups.group(chain).last();
            if (rows.isExpanded(last))
                referenceChildren(tree, groups, rows, tree.children(last), depth + 1, out);
        }
        return;
    }
    out << QStringLiteral("0 %1 %2 -1").arg(depth).arg(node);
    if (rows.isExpanded(node))
        referenceChildren(tree, groups, rows, tree.children(node), depth + 1, out);
}

} // namespace

class TestSpanTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheTreeInStartOrder()
    {
        TestTraceBuilder b;
        b.span(1, 0, "root", 0, 100);
        b.span(3, 1, "second", 50, 90);
        b.span(2, 1, "first", 10, 40);
        b.span(4, 2, "leaf", 20, 30);
        const auto trace = b.take();
        const SpanTree tree(trace);
        QCOMPARE(tree.roots().size(), size_t(1));
        const int32_t root = tree.roots().front();
        QCOMPARE(root, 0);
        const auto kids = tree.children(root);
        QCOMPARE(kids.size(), size_t(2));
        QCOMPARE(kids[0], 2); // "first" starts earlier though it came later in the file
        QCOMPARE(kids[1], 1);
        QCOMPARE(tree.node(3).depth, 2);
        QCOMPARE(tree.maxDepth(), 2);
        // Self time: the root minus its children (30 + 40 ms), "first" minus the leaf.
        QCOMPARE(tree.node(0).selfNs, 30 * kMs);
        QCOMPARE(tree.node(2).selfNs, 20 * kMs);
        QCOMPARE(tree.durationNs(), 100 * kMs);
        QCOMPARE(tree.findSpan(4), 3);
        QCOMPARE(tree.findSpan(99), -1);
        QVERIFY(tree.problemMessages().isEmpty());
    }

    void survivesBrokenParentLinks()
    {
        TestTraceBuilder b;
        b.span(1, 0, "root", 0, 100);
        b.span(2, 77, "orphan a", 10, 20); // parent 77 is not in the trace
        b.span(3, 77, "orphan b", 30, 50);
        b.span(4, 5, "cycle a", 0, 10); // 4 → 5 → 4
        b.span(5, 4, "cycle b", 2, 8);
        b.span(6, 6, "own parent", 0, 1);
        b.span(1, 0, "root again", 0, 100); // a duplicate id
        b.span(7, 1, "backwards", 60, 40); // ends before it starts
        const auto trace = b.take();
        const SpanTree tree(trace);
        const auto &problems = tree.problems();
        QCOMPARE(problems.orphans, int64_t(2));
        QCOMPARE(problems.missingParents, int64_t(1));
        QCOMPARE(problems.cycles, int64_t(2));
        QCOMPARE(problems.duplicateIds, int64_t(1));
        QCOMPARE(problems.endBeforeStart, int64_t(1));
        QCOMPARE(tree.problemMessages().size(), 4);

        // One placeholder holds both orphans and spans their time.
        QCOMPARE(tree.size(), trace.spans.size() + 1);
        const SpanTree::Node &placeholder = tree.node(int32_t(trace.spans.size()));
        QVERIFY(placeholder.isPlaceholder());
        QCOMPARE(placeholder.missingParentId, uint64_t(77));
        QCOMPARE(placeholder.childCount, 2);
        QCOMPARE(placeholder.startNs, 10 * kMs);
        QCOMPARE(placeholder.endNs, 50 * kMs);
        // Every span is reachable from a root exactly once.
        size_t reached = 0;
        std::vector<int32_t> stack(tree.roots().begin(), tree.roots().end());
        while (!stack.empty()) {
            const int32_t at = stack.back();
            stack.pop_back();
            ++reached;
            for (int32_t child : tree.children(at))
                stack.push_back(child);
        }
        QCOMPARE(reached, tree.size());
        // The backwards span has zero duration; the duplicate's children go to the first.
        QCOMPARE(tree.node(7).durationNs(), int64_t(0));
        QCOMPARE(tree.node(7).parent, 0);
    }

    void groupsRepeatedSiblingsAndChains()
    {
        const auto trace = nPlusOne();
        const SpanTree tree(trace);
        const SpanGroups groups(tree);
        QCOMPARE(groups.groups().size(), size_t(1));
        const SpanGroups::Group &run = groups.group(0);
        QCOMPARE(run.kind, SpanGroups::Kind::Siblings);
        QCOMPARE(run.members.size(), size_t(10));
        QCOMPARE(run.totalNs, 30 * kMs);
        QCOMPARE(run.startNs, 9 * kMs);
        QCOMPARE(run.endNs, 48 * kMs);
        QCOMPARE(groups.siblingRunAt(3), 0);
        QCOMPARE(groups.siblingRunOf(12), 0);
        QCOMPARE(groups.label(0, tree),
                 QStringLiteral("10 × db.query SELECT id, total FROM orders WHERE user_id = $1 "
                                "(total 30 ms)"));

        // Four repeats are not a run; a chain of three same-op spans is one.
        TestTraceBuilder b;
        b.span(1, 0, "root", 0, 100, "web", "http.server");
        for (int i = 0; i < 4; ++i)
            b.span(uint64_t(10 + i), 1, "SELECT 1", 10 * i, 10 * i + 5, "web", "db");
        b.span(20, 1, "auth", 50, 90, "web", "middleware");
        b.span(21, 20, "session", 51, 89, "web", "middleware");
        b.span(22, 21, "csrf", 52, 88, "web", "middleware");
        b.span(23, 22, "handler", 53, 87, "web", "function");
        const auto chained = b.take();
        const SpanTree chainTree(chained);
        const SpanGroups chainGroups(chainTree);
        QCOMPARE(chainGroups.groups().size(), size_t(1));
        const SpanGroups::Group &chain = chainGroups.group(0);
        QCOMPARE(chain.kind, SpanGroups::Kind::Chain);
        QCOMPARE(chain.members, (std::vector<int32_t> {5, 6, 7}));
        QCOMPARE(chainGroups.chainAt(5), 0);
        QCOMPARE(chainGroups.chainOf(7), 0);
        QCOMPARE(chainGroups.label(0, chainTree),
                 QStringLiteral("3 nested middleware spans (40 ms)"));
    }

    void flattensOpensAndClosesRows()
    {
        const auto trace = nPlusOne();
        const SpanTree tree(trace);
        const SpanGroups groups(tree);
        WaterfallRows rows(tree, groups);
        // root, service, users query, the run of ten as one row, serialize.
        QCOMPARE(rows.size(), size_t(5));
        QCOMPARE(rows.row(3).kind, WaterfallRows::Kind::Group);
        QCOMPARE(rows.row(3).depth, 2);
        QCOMPARE(rows.rowOfNode(8), 3); // hidden in the closed run
        QCOMPARE(rows.row(4).node, 13);

        rows.setGroupOpen(0, true);
        QCOMPARE(rows.size(), size_t(15));
        QCOMPARE(rows.row(3).kind, WaterfallRows::Kind::GroupHeader);
        QCOMPARE(rows.row(4).depth, 3);
        QCOMPARE(rows.rowOfNode(3), 4);

        rows.setExpanded(1, false); // close the service span: its eleven queries go
        QCOMPARE(rows.size(), size_t(3));
        QVERIFY(!rows.isOpen(rows.row(1)));
        QCOMPARE(rows.rowOfNode(5), -1);

        rows.setGroupOpen(0, false);
        QCOMPARE(rows.reveal(7), 8); // opens the service span and the run again
        QCOMPARE(rows.size(), size_t(15));
        QCOMPARE(rows.row(8).node, 7);
        QCOMPARE(rows.rowStartNs(rows.row(3)), 9 * kMs);
    }

    void opensAndClosesRowsLikeAFullRebuild()
    {
        // A random tree with runs of repeated queries and chains of middleware.
        TestTraceBuilder b;
        uint64_t state = 12345;
        const auto next = [&state] {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        };
        b.span(1, 0, "root", 0, 10000, "web", "http.server");
        uint64_t id = 2;
        for (int i = 0; i < 400; ++i) {
            const uint64_t parent = 1 + next() % (id - 1);
            const int64_t start = int64_t(next() % 9000);
            const uint64_t shape = next() % 10;
            if (shape < 3) {
                for (int q = 0; q < 6; ++q)
                    b.span(id++, parent, "SELECT 1", start + q, start + q + 1, "web", "db");
            } else if (shape < 5) {
                b.span(id, parent, "mw", start, start + 50, "web", "middleware");
                b.span(id + 1, id, "mw", start + 1, start + 49, "web", "middleware");
                id += 2;
            } else {
                b.span(id++, parent, "work", start, start + 20, "web", "function");
            }
        }
        const auto trace = b.take();
        const SpanTree tree(trace);
        const SpanGroups groups(tree);
        WaterfallRows rows(tree, groups);
        const auto check = [&] {
            QStringList expected;
            referenceChildren(tree, groups, rows, tree.roots(), 0, expected);
            QStringList actual;
            for (size_t r = 0; r < rows.size(); ++r) {
                const auto &row = rows.row(r);
                actual << QStringLiteral("%1 %2 %3 %4")
                              .arg(int(row.kind))
                              .arg(row.depth)
                              .arg(row.node)
                              .arg(row.group);
                if (row.kind == WaterfallRows::Kind::Span && rows.rowOfNode(row.node) != int32_t(r))
                    return false;
            }
            if (actual != expected)
                return false;
            // Every node maps to the row that shows it, or the closed group hiding it.
            for (int32_t node = 0; node < int32_t(tree.size()); ++node) {
                const int32_t r = rows.rowOfNode(node);
                if (r < 0)
                    continue;
                const auto &row = rows.row(size_t(r));
                const bool inGroup
                    = groups.siblingRunOf(node) == row.group || groups.chainOf(node) == row.group;
                if (row.node != node && (row.kind != WaterfallRows::Kind::Group || !inGroup))
                    return false;
            }
            return true;
        };
        QVERIFY(groups.groups().size() > 20);
        QVERIFY(check());
        for (int step = 0; step < 300; ++step) {
            const auto &row = rows.row(size_t(next() % rows.size()));
            if (!rows.hasChildren(row))
                continue;
            rows.setOpen(row, !rows.isOpen(row));
            QVERIFY2(check(), qPrintable(QStringLiteral("after step %1").arg(step)));
        }
        // Spans hidden under closed rows keep what was done to them.
        rows.setExpanded(0, false);
        QCOMPARE(rows.size(), size_t(1));
        rows.setExpanded(5, false);
        rows.setExpanded(0, true);
        QVERIFY(check());
        rows.expandAll();
        QVERIFY(check());
    }

    void compressesIdleGaps()
    {
        TestTraceBuilder b;
        b.span(1, 0, "first burst", 0, 100);
        b.span(2, 0, "second burst", 900, 1000);
        b.span(3, 2, "inside", 950, 960);
        b.span(4, 0, "short pause after", 1010, 1020); // a gap of 1% is not compressed
        const auto trace = b.take();
        const SpanTree tree(trace);
        const CompressedTimeAxis plain(tree, false);
        QVERIFY(plain.breaks().empty());
        QCOMPARE(plain.length(), 1020.0 * kMs);

        const CompressedTimeAxis axis(tree, true);
        QCOMPARE(axis.breaks().size(), size_t(1));
        const auto &gap = axis.breaks().front();
        QCOMPARE(gap.fromNs, 100 * kMs);
        QCOMPARE(gap.toNs, 900 * kMs);
        const double breakWidth = 1020.0 * kMs * CompressedTimeAxis::kBreakShare;
        QCOMPARE(axis.length(), 220.0 * kMs + breakWidth);
        QCOMPARE(axis.toAxis(50 * kMs), 50.0 * kMs);
        QCOMPARE(axis.toAxis(950 * kMs), 150.0 * kMs + breakWidth);
        QCOMPARE(axis.fromAxis(150.0 * kMs + breakWidth), 950 * kMs);
        QCOMPARE(axis.hiddenNs(), 800 * kMs);
        QVERIFY(axis.toAxis(500 * kMs) > gap.axisFrom && axis.toAxis(500 * kMs) < gap.axisTo);
    }

    void findsTheCriticalPath()
    {
        // A checkout that waits 610 ms on the payments service, while an analytics call
        // runs in parallel and finishes early.
        TestTraceBuilder b;
        b.span(1, 0, "POST /checkout", 0, 830, "shop", "http.server");
        b.span(2, 1, "load cart", 10, 100, "shop", "db");
        b.span(3, 1, "analytics", 20, 300, "shop", "http.client");
        b.span(4, 1, "charge card", 110, 760, "shop", "http.client");
        b.span(5, 4, "POST /charge", 130, 740, "payments-api", "http.server");
        const auto trace = b.take();
        const SpanTree tree(trace);
        const CriticalPath path(tree);
        QCOMPARE(path.rootNode(), 0);
        QVERIFY(path.contains(0));
        QVERIFY(path.contains(1));
        QVERIFY(!path.contains(2)); // parallel and done long before the end
        QVERIFY(path.contains(3));
        QVERIFY(path.contains(4));
        QCOMPARE(path.criticalNs(4), 610 * kMs);
        QCOMPARE(path.criticalNs(3), 40 * kMs); // before and after the payments call
        QCOMPARE(path.criticalNs(1), 90 * kMs);
        QCOMPARE(path.criticalNs(0), 90 * kMs); // 0–10, 100–110, 760–830
        // The pieces are in time order and cover the root exactly.
        int64_t at = 0;
        for (const CriticalPath::Segment &segment : path.segments()) {
            QCOMPARE(segment.startNs, at);
            at = segment.endNs;
        }
        QCOMPARE(at, 830 * kMs);

        const SpanGroups groups(tree);
        const TraceInsights insights(tree, groups, path);
        QCOMPARE(insights.headline(),
                 QStringLiteral("`POST /checkout` took 830 ms; 610 ms of it "
                                "was waiting on `payments-api`."));
        QVERIFY(insights.repeatedWork().isEmpty());

        // Spans whose parent is missing do not pull the path away from the real root,
        // even when they end later.
        TestTraceBuilder o;
        o.span(1, 0, "GET /", 0, 100, "web", "http.server");
        o.span(2, 1, "render", 10, 90, "web", "function");
        o.span(3, 77, "late orphan", 150, 200, "web", "function");
        const auto orphaned = o.take();
        const SpanTree orphanTree(orphaned);
        const CriticalPath orphanPath(orphanTree);
        QCOMPARE(orphanPath.rootNode(), 0);
        QVERIFY(orphanPath.contains(1));
        QVERIFY(!orphanPath.contains(2));

        // A job queued by the request runs after the request ended: it held nothing up.
        TestTraceBuilder q;
        q.span(1, 0, "POST /order", 0, 100, "web", "http.server");
        q.span(2, 1, "enqueue email", 90, 95, "web", "queue.publish");
        q.span(3, 2, "send email", 400, 480, "mailer", "queue.process");
        const auto queued = q.take();
        const SpanTree queuedTree(queued);
        const CriticalPath queuedPath(queuedTree);
        QVERIFY(queuedPath.contains(1));
        QVERIFY(!queuedPath.contains(2));
        QCOMPARE(queuedPath.criticalNs(1), 5 * kMs);
        QCOMPARE(queuedPath.criticalNs(0), 95 * kMs);
    }

    void namesRepeatedWork()
    {
        const auto trace = nPlusOne();
        const SpanTree tree(trace);
        const SpanGroups groups(tree);
        const CriticalPath path(tree);
        const TraceInsights insights(tree, groups, path);
        QCOMPARE(insights.repeatedGroup(), 0);
        QVERIFY2(insights.repeatedWork().startsWith(
                     QStringLiteral("50% of the trace went to 10 repeated `db.query SELECT id, "
                                    "total FROM orders WHERE user_id = $1` spans under "
                                    "`OrdersService.load`")),
                 qPrintable(insights.repeatedWork()));
        QVERIFY2(insights.headline().startsWith(QStringLiteral("`GET /api/orders` took 60 ms")),
                 qPrintable(insights.headline()));
    }

    // A span's "open the profile" link: only the samples taken while the span ran.
    void slicesTheProfileOfASpan()
    {
        eg::store::ProfileData profile;
        profile.unit = eg::store::WeightUnit::Milliseconds;
        profile.frames = {{"main", "", "", 0, 0, 1}, {"query", "", "", 0, 0, 1}};
        profile.stacks = {{-1, 0}, {0, 1}};
        for (int i = 0; i < 10; ++i)
            profile.appendSample(i >= 4 && i < 7 ? 1 : 0, 10.0 * i, 10, i == 5 ? 3 : 1);
        QVERIFY(!ProfileSlice::canSlice(profile)); // no wall clock yet
        QVERIFY(!ProfileSlice::slice(profile, 0, 1).has_value());

        profile.links.originEpochNs = 1'700'000'000'000'000'000;
        const int64_t spanStart = profile.links.originEpochNs + 40 * kMs;
        const auto part = ProfileSlice::slice(profile, spanStart, spanStart + 20 * kMs);
        QVERIFY(part.has_value());
        QCOMPARE(part->sampleCount(), size_t(3)); // 40, 50 and 60 ms
        QCOMPARE(part->reportedSampleCount, int64_t(5)); // the one at 50 ms stands for three
        QCOMPARE(part->sampleStack, (std::vector<int32_t> {1, 1, 1}));
        QCOMPARE(part->frames.size(), size_t(2));
        QCOMPARE(part->startValue, 40.0);
        QCOMPARE(part->endValue, 60.0);
    }

    void handlesAnEmptyTrace()
    {
        const eg::store::TraceData empty;
        const SpanTree tree(empty);
        const SpanGroups groups(tree);
        const WaterfallRows rows(tree, groups);
        const CriticalPath path(tree);
        QCOMPARE(rows.size(), size_t(0));
        QCOMPARE(TraceInsights(tree, groups, path).headline(),
                 QStringLiteral("This trace has no spans."));
        QVERIFY(CompressedTimeAxis(tree, true).breaks().empty());
    }
};

int runSpanTreeTests(int argc, char *argv[])
{
    TestSpanTree test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_spantree.moc"
