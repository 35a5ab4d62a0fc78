#include "profilediff.h"

#include "childtable.h"
#include "weightformatter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace eg::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(eg::analysis::ProfileDiff)
};

// Self and total per function over a tree; total once per path even under recursion,
// by a depth-first walk that counts how often each function is open on the path.
void addFunctionWeights(const CallTree &tree, const std::vector<int32_t> &functionOfFrame,
                        double scale, std::vector<double> *self, std::vector<double> *total)
{
    std::vector<int32_t> open(self->size(), 0);
    std::vector<std::pair<int32_t, bool>> todo {{CallTree::rootIndex(), false}};
    while (!todo.empty()) {
        const auto [index, leaving] = todo.back();
        todo.pop_back();
        const auto &n = tree.node(index);
        const int32_t function = n.frame >= 0 ? functionOfFrame[size_t(n.frame)] : -1;
        if (leaving) {
            if (function >= 0)
                --open[size_t(function)];
            continue;
        }
        if (function >= 0) {
            (*self)[size_t(function)] += n.self * scale;
            if (open[size_t(function)]++ == 0)
                (*total)[size_t(function)] += n.total * scale;
        }
        todo.push_back({index, true});
        for (int32_t c = 0; c < n.childCount; ++c)
            todo.push_back({n.firstChild + c, false});
    }
}

} // namespace

ProfileDiff::ProfileDiff(const store::ProfileData &before, const CallTree &beforeTree,
                         const store::ProfileData &after, const CallTree &afterTree,
                         Scaling scaling)
    : m_unit(after.unit)
{
    // Units: the same, or two time units (converted to the after unit).
    double unitScale = 1;
    if (before.unit != after.unit) {
        const double b = store::nanosecondsPerUnit(before.unit);
        const double a = store::nanosecondsPerUnit(after.unit);
        if (b > 0 && a > 0) {
            unitScale = b / a;
        } else {
            m_error = Tr::tr("The profiles measure different things (%1 and %2), so they cannot "
                             "be compared.")
                          .arg(QString::fromUtf8(store::weightUnitName(before.unit)),
                               QString::fromUtf8(store::weightUnitName(after.unit)));
            return;
        }
    }
    m_beforeTotal = beforeTree.totalWeight() * unitScale;
    m_afterTotal = afterTree.totalWeight();
    const bool differ
        = std::abs(m_afterTotal - m_beforeTotal) > 0.01 * std::max(m_afterTotal, m_beforeTotal);
    m_normalised = scaling == Scaling::Shares
        || (scaling == Scaling::Auto && differ && m_beforeTotal > 0 && m_afterTotal > 0);
    m_scale = unitScale * (m_normalised && m_beforeTotal > 0 ? m_afterTotal / m_beforeTotal : 1);

    // Functions: one id per distinct (name, file) of either profile; they are the frames
    // of the union profile too.
    std::unordered_map<std::string, int32_t> ids;
    std::vector<store::Frame> unionFrames;
    auto functionIds = [&](const store::ProfileData &profile) {
        std::vector<int32_t> result(profile.frames.size());
        std::string key;
        for (size_t f = 0; f < profile.frames.size(); ++f) {
            const auto &frame = profile.frames[f];
            key.assign(frame.name).push_back('\0');
            key.append(frame.file);
            const auto [it, inserted] = ids.try_emplace(key, int32_t(m_functions.size()));
            if (inserted) {
                m_functions.push_back({frame.name, frame.file, 0, 0, 0, 0});
                unionFrames.push_back(frame);
            }
            result[f] = it->second;
        }
        return result;
    };
    const std::vector<int32_t> beforeFunction = functionIds(before);
    const std::vector<int32_t> afterFunction = functionIds(after);

    buildUnion(beforeTree, beforeFunction, afterTree, afterFunction, std::move(unionFrames));

    std::vector<double> selfBefore(m_functions.size()), totalBefore(m_functions.size());
    std::vector<double> selfAfter(m_functions.size()), totalAfter(m_functions.size());
    addFunctionWeights(beforeTree, beforeFunction, m_scale, &selfBefore, &totalBefore);
    addFunctionWeights(afterTree, afterFunction, 1, &selfAfter, &totalAfter);
    for (size_t f = 0; f < m_functions.size(); ++f) {
        m_functions[f].selfBefore = selfBefore[f];
        m_functions[f].totalBefore = totalBefore[f];
        m_functions[f].selfAfter = selfAfter[f];
        m_functions[f].totalAfter = totalAfter[f];
    }
    std::stable_sort(m_functions.begin(), m_functions.end(),
                     [](const FunctionDelta &a, const FunctionDelta &b) {
                         const double da = std::abs(a.selfDelta());
                         const double db = std::abs(b.selfDelta());
                         if (da != db)
                             return da > db;
                         return std::abs(a.totalDelta()) > std::abs(b.totalDelta());
                     });
}

void ProfileDiff::buildUnion(const CallTree &beforeTree, const std::vector<int32_t> &beforeFunction,
                             const CallTree &afterTree, const std::vector<int32_t> &afterFunction,
                             std::vector<store::Frame> frames)
{
    auto profile = std::make_shared<store::ProfileData>();
    profile->name = "comparison";
    profile->unit = m_unit;
    profile->frames = std::move(frames);

    // 1. One stack per path of functions of either tree, parents first.
    ChildTable paths(size_t(beforeTree.size() + afterTree.size()));
    auto &stacks = profile->stacks;
    auto stackOf = [&](int32_t parentStack, int32_t function) {
        bool inserted = false;
        const int32_t stack
            = paths.findOrInsert(parentStack, function, int32_t(stacks.size()), &inserted);
        if (inserted)
            stacks.push_back({parentStack, function});
        return stack;
    };
    auto stacksOf = [&](const CallTree &tree, const std::vector<int32_t> &functionOfFrame) {
        std::vector<int32_t> result(size_t(tree.size()), -1);
        for (int32_t i = 1; i < tree.size(); ++i) {
            const auto &n = tree.node(i);
            result[size_t(i)] = stackOf(result[size_t(n.parent)], functionOfFrame[size_t(n.frame)]);
        }
        return result;
    };
    const std::vector<int32_t> afterStack = stacksOf(afterTree, afterFunction);
    const std::vector<int32_t> beforeStack = stacksOf(beforeTree, beforeFunction);

    // 2. The figures of each path on either side. Two nodes of one tree share a path only
    // as siblings (frames that differ by line), whose subtrees are disjoint: their figures add.
    std::vector<NodeDelta> perStack(stacks.size());
    std::vector<char> hasBefore(stacks.size(), 0);
    std::vector<char> hasAfter(stacks.size(), 0);
    for (int32_t i = 1; i < afterTree.size(); ++i) {
        const auto s = size_t(afterStack[size_t(i)]);
        perStack[s].after += afterTree.node(i).total;
        perStack[s].afterSelf += afterTree.node(i).self;
        hasAfter[s] = 1;
    }
    for (int32_t i = 1; i < beforeTree.size(); ++i) {
        const auto s = size_t(beforeStack[size_t(i)]);
        perStack[s].before += beforeTree.node(i).total * m_scale;
        perStack[s].beforeSelf += beforeTree.node(i).self * m_scale;
        hasBefore[s] = 1;
    }

    // 3. The union's samples: every after node's own weight, and the (scaled) own weight
    // of the paths that only "before" has. Leaves without weight still get a sample, so
    // that the union holds every path.
    auto addSamples = [&](const CallTree &tree, const std::vector<int32_t> &stackOfNode,
                          double scale, bool onlyGone) {
        for (int32_t i = 1; i < tree.size(); ++i) {
            const auto &n = tree.node(i);
            const int32_t stack = stackOfNode[size_t(i)];
            if (onlyGone && hasAfter[size_t(stack)])
                continue;
            if (n.self != 0 || n.childCount == 0)
                profile->appendSample(stack, 0, n.self * scale);
            if (onlyGone)
                m_goneWeight += n.self * scale;
        }
    };
    addSamples(afterTree, afterStack, 1, false);
    addSamples(beforeTree, beforeStack, m_scale, true);
    profile->reportedSampleCount = int64_t(profile->sampleCount());
    profile->endValue = profile->totalWeight();
    auto tree = std::make_shared<const CallTree>(*profile);

    // 4. Each path's figures onto its node of the union tree. Stacks were made parents
    // first, so a stack's parent already has its node.
    ChildTable treeChildren(size_t(tree->size()));
    for (int32_t i = 1; i < tree->size(); ++i) {
        bool inserted = false;
        treeChildren.findOrInsert(tree->node(i).parent, tree->node(i).frame, i, &inserted);
    }
    m_nodes.assign(size_t(tree->size()), {});
    NodeDelta &root = m_nodes[size_t(CallTree::rootIndex())];
    root.before = beforeTree.root().total * m_scale;
    root.beforeSelf = beforeTree.root().self * m_scale;
    root.after = afterTree.root().total;
    root.afterSelf = afterTree.root().self;
    std::vector<int32_t> nodeOfStack(stacks.size(), -1);
    for (size_t s = 0; s < stacks.size(); ++s) {
        const int32_t parent = stacks[s].parent;
        const int32_t parentNode = parent < 0 ? CallTree::rootIndex() : nodeOfStack[size_t(parent)];
        const int32_t node = parentNode < 0 ? -1 : treeChildren.find(parentNode, stacks[s].frame);
        nodeOfStack[s] = node;
        if (node < 0)
            continue; // a path with no weight at all below it
        NodeDelta &d = m_nodes[size_t(node)];
        d = perStack[s];
        d.isNew = !hasBefore[s];
        d.isGone = !hasAfter[s];
    }
    m_union = std::move(profile);
    m_unionTree = std::move(tree);
}

QString ProfileDiff::scalingNote() const
{
    if (!m_error.isEmpty())
        return m_error;
    const QString before = WeightFormatter::formatWeight(m_beforeTotal, m_unit);
    const QString after = WeightFormatter::formatWeight(m_afterTotal, m_unit);
    if (m_normalised)
        return Tr::tr("The profiles have different totals (%1 before, %2 after), so the figures "
                      "compare shares: the \"before\" profile is scaled to %2.")
            .arg(before, after);
    return Tr::tr("Absolute figures: %1 before, %2 after.").arg(before, after);
}

QString ProfileDiff::summary() const
{
    if (!m_error.isEmpty())
        return m_error;
    const FunctionDelta *grew = nullptr;
    const FunctionDelta *shrank = nullptr;
    for (const auto &f : m_functions) {
        if (f.selfDelta() > 0 && (!grew || f.selfDelta() > grew->selfDelta()))
            grew = &f;
        if (f.selfDelta() < 0 && (!shrank || f.selfDelta() < shrank->selfDelta()))
            shrank = &f;
    }
    // Changes under half a percent of the profile are noise, not news.
    const double noise = 0.005 * std::max(m_afterTotal, m_beforeTotal * m_scale);
    auto name = [](const FunctionDelta *f) -> QString {
        return QLatin1Char('`')
            + (f->name.empty() ? Tr::tr("(unnamed function)") : QString::fromStdString(f->name))
            + QLatin1Char('`');
    };
    auto change = [this](const FunctionDelta *f) -> QString {
        const QString amount = WeightFormatter::formatWeight(std::abs(f->selfDelta()), m_unit);
        if (f->selfBefore <= 0)
            return amount;
        const double ratio = f->selfDelta() / f->selfBefore;
        const QString percent = WeightFormatter::formatPercent(std::abs(ratio));
        return Tr::tr("%1 (%2%3)")
            .arg(amount, ratio >= 0 ? QStringLiteral("+") : QString(QChar(0x2212)), percent);
    };
    QStringList parts;
    if (grew && grew->selfDelta() > noise)
        parts << (grew->selfBefore <= 0
                      ? Tr::tr("%1 is new and takes %2").arg(name(grew), change(grew))
                      : Tr::tr("%1 grew by %2").arg(name(grew), change(grew)));
    if (shrank && -shrank->selfDelta() > noise)
        parts << (shrank->selfAfter <= 0
                      ? Tr::tr("%1 is gone (it took %2)")
                            .arg(name(shrank),
                                 WeightFormatter::formatWeight(std::abs(shrank->selfDelta()),
                                                               m_unit))
                      : Tr::tr("%1 shrank by %2").arg(name(shrank), change(shrank)));
    if (parts.isEmpty())
        return Tr::tr("No function's own time changed by more than 0.5% of the profile.");
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace eg::analysis
