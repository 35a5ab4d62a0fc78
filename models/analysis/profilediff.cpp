#include "profilediff.h"

#include "weightformatter.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace eg::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(eg::analysis::ProfileDiff)
};

// (parent node, function) → node; open addressing as in CallTree, since both trees can
// have a million nodes and a node-based map would allocate once per node.
class PathTable
{
public:
    explicit PathTable(size_t expected)
    {
        const size_t capacity = std::bit_ceil(std::max<size_t>(16, expected * 2));
        m_keys.assign(capacity, kEmpty);
        m_values.resize(capacity);
        m_mask = capacity - 1;
    }
    void insert(int32_t parent, int32_t function, int32_t node)
    {
        const uint64_t key = makeKey(parent, function);
        size_t slot = hash(key);
        while (m_keys[slot] != kEmpty && m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        m_keys[slot] = key;
        m_values[slot] = node;
    }
    int32_t find(int32_t parent, int32_t function) const
    {
        const uint64_t key = makeKey(parent, function);
        for (size_t slot = hash(key);; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key)
                return m_values[slot];
            if (m_keys[slot] == kEmpty)
                return -1;
        }
    }

private:
    static uint64_t makeKey(int32_t parent, int32_t function)
    {
        return (uint64_t(uint32_t(parent)) << 32) | uint32_t(function);
    }
    size_t hash(uint64_t key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask; }

    static constexpr uint64_t kEmpty = ~uint64_t(0);
    std::vector<uint64_t> m_keys;
    std::vector<int32_t> m_values;
    size_t m_mask = 0;
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

    // Functions: one id per distinct (name, file) of either profile.
    std::unordered_map<std::string, int32_t> ids;
    auto functionIds = [&](const store::ProfileData &profile) {
        std::vector<int32_t> result(profile.frames.size());
        std::string key;
        for (size_t f = 0; f < profile.frames.size(); ++f) {
            const auto &frame = profile.frames[f];
            key.assign(frame.name).push_back('\0');
            key.append(frame.file);
            const auto [it, inserted] = ids.try_emplace(key, int32_t(m_functions.size()));
            if (inserted)
                m_functions.push_back({frame.name, frame.file, 0, 0, 0, 0});
            result[f] = it->second;
        }
        return result;
    };
    const std::vector<int32_t> beforeFunction = functionIds(before);
    const std::vector<int32_t> afterFunction = functionIds(after);

    // Nodes: index the before tree by (parent, function), then walk the after tree
    // parents first, so each node's match is looked up under its parent's match.
    PathTable table(size_t(beforeTree.size()));
    for (int32_t i = 1; i < beforeTree.size(); ++i) {
        const auto &n = beforeTree.node(i);
        table.insert(n.parent, beforeFunction[size_t(n.frame)], i);
    }
    std::vector<int32_t> match(size_t(afterTree.size()), -1);
    match[0] = CallTree::rootIndex();
    m_nodes.resize(size_t(afterTree.size()));
    m_nodes[0] = {beforeTree.root().total * m_scale, beforeTree.root().self * m_scale, false};
    double matchedBefore = 0;
    for (int32_t i = 1; i < afterTree.size(); ++i) {
        const auto &n = afterTree.node(i);
        const int32_t parentMatch = match[size_t(n.parent)];
        const int32_t m
            = parentMatch < 0 ? -1 : table.find(parentMatch, afterFunction[size_t(n.frame)]);
        match[size_t(i)] = m;
        NodeDelta &d = m_nodes[size_t(i)];
        if (m < 0) {
            d.isNew = true;
        } else {
            d.before = beforeTree.node(m).total * m_scale;
            d.beforeSelf = beforeTree.node(m).self * m_scale;
            matchedBefore += beforeTree.node(m).self * m_scale;
        }
    }
    m_goneWeight = std::max(0.0, beforeTree.totalWeight() * m_scale - matchedBefore);

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
