#include "frametreemodel.h"

#include "searchmarks.h"

#include "models/analysis/weightformatter.h"

namespace eg::itemmodels {

using analysis::FrameTree;
using analysis::WeightFormatter;

FrameTreeModel::FrameTreeModel(Kind kind, QObject *parent)
    : QAbstractItemModel(parent)
    , m_kind(kind)
{
    // A caller's "self" would be where the thread started, which nobody asks about: the
    // inverted trees show one figure, the weight that went through the path.
    if (kind == Kind::Callees)
        m_columns = {FunctionColumn, SelfColumn, TotalColumn, SamplesColumn};
    else
        m_columns = {FunctionColumn, TotalColumn, SamplesColumn};
}

FrameTreeModel::~FrameTreeModel() = default;

void FrameTreeModel::setTree(std::shared_ptr<const store::ProfileData> profile,
                             std::shared_ptr<const analysis::FrameTree> tree)
{
    beginResetModel();
    m_profile = std::move(profile);
    m_tree = m_profile ? std::move(tree) : nullptr;
    m_bottomUp.reset();
    clearSearch();
    endResetModel();
}

void FrameTreeModel::setBottomUpTree(std::shared_ptr<const store::ProfileData> profile,
                                     std::shared_ptr<const analysis::BottomUpTree> tree)
{
    beginResetModel();
    // Keeping the profile here also keeps alive what the lazy tree reads when it grows.
    m_profile = std::move(profile);
    m_bottomUp = m_profile ? std::move(tree) : nullptr;
    m_tree.reset();
    clearSearch();
    endResetModel();
}

void FrameTreeModel::clearSearch()
{
    m_frameMatches.reset();
    m_marks.clear();
    m_callerMatches.clear();
    m_lazyMarks.clear();
}

void FrameTreeModel::setFrameMatches(std::shared_ptr<const std::vector<char>> frameMatches)
{
    clearSearch();
    if (!hasTree() || !frameMatches)
        return;
    m_frameMatches = std::move(frameMatches);
    if (!m_bottomUp)
        m_marks = SearchMarks::markTree(m_tree->nodes(), *m_frameMatches);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {Qt::FontRole, Qt::BackgroundRole, SearchMarks::SearchRole});
}

uint8_t FrameTreeModel::searchMarks(int32_t node) const
{
    if (!m_frameMatches || node < 0)
        return SearchMarks::None;
    if (!m_bottomUp)
        return size_t(node) < m_marks.size() ? m_marks[size_t(node)] : uint8_t(SearchMarks::None);
    // Worked out when a row first asks, so that searching costs nothing while the
    // bottom-up tree is not on show.
    if (m_callerMatches.empty())
        m_callerMatches = m_bottomUp->callerMatches(*m_frameMatches);
    if (size_t(node) >= m_lazyMarks.size())
        m_lazyMarks.resize(size_t(m_bottomUp->size()), -1);
    int8_t &marks = m_lazyMarks[size_t(node)];
    if (marks < 0) {
        const int32_t frame = m_bottomUp->node(node).frame;
        const auto &matches = *m_frameMatches;
        marks = int8_t(frame >= 0 && size_t(frame) < matches.size() && matches[size_t(frame)]
                           ? SearchMarks::Match
                           : SearchMarks::None);
        if (m_bottomUp->callersMatch(node, matches, m_callerMatches))
            marks = int8_t(marks | SearchMarks::MatchBelow);
    }
    return uint8_t(marks);
}

void FrameTreeModel::clear()
{
    setTree(nullptr, nullptr);
}

int32_t FrameTreeModel::nodeCount() const
{
    return m_bottomUp ? m_bottomUp->size() : m_tree->size();
}

const FrameTree::Node &FrameTreeModel::nodeAt(int32_t node) const
{
    return m_bottomUp ? m_bottomUp->node(node) : m_tree->node(node);
}

int32_t FrameTreeModel::childCountOf(int32_t node) const
{
    return m_bottomUp ? m_bottomUp->childCount(node) : m_tree->node(node).childCount;
}

int32_t FrameTreeModel::firstChildOf(int32_t node) const
{
    return m_bottomUp ? m_bottomUp->firstChild(node) : m_tree->node(node).firstChild;
}

int32_t FrameTreeModel::rowOf(int32_t node) const
{
    return m_bottomUp ? m_bottomUp->row(node) : m_tree->row(node);
}

int32_t FrameTreeModel::topFrameOf(int32_t node) const
{
    return m_bottomUp ? m_bottomUp->topFrame(node) : m_tree->topFrame(node);
}

double FrameTreeModel::wholeWeight() const
{
    return m_bottomUp ? m_bottomUp->wholeWeight() : m_tree->wholeWeight();
}

int64_t FrameTreeModel::wholeSamples() const
{
    return m_bottomUp ? m_bottomUp->wholeSamples() : m_tree->wholeSamples();
}

store::WeightUnit FrameTreeModel::unit() const
{
    return m_bottomUp ? m_bottomUp->unit() : m_tree->unit();
}

int FrameTreeModel::columnOf(Column column) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i] == column)
            return int(i);
    }
    return -1;
}

QModelIndex FrameTreeModel::indexForNode(int32_t node, int column) const
{
    if (!hasTree() || node <= FrameTree::rootIndex() || node >= nodeCount() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(rowOf(node), column, quintptr(node));
}

int32_t FrameTreeModel::nodeForIndex(const QModelIndex &index)
{
    return index.isValid() ? int32_t(index.internalId()) : FrameTree::rootIndex();
}

QModelIndex FrameTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasTree() || row < 0 || column < 0 || column >= columnCount()
        || (parent.isValid() && parent.column() != 0))
        return {};
    const int32_t p = nodeForIndex(parent);
    if (row >= childCountOf(p))
        return {};
    return createIndex(row, column, quintptr(firstChildOf(p) + row));
}

QModelIndex FrameTreeModel::parent(const QModelIndex &child) const
{
    if (!hasTree() || !child.isValid())
        return {};
    const int32_t parent = nodeAt(nodeForIndex(child)).parent;
    if (parent <= FrameTree::rootIndex())
        return {};
    return createIndex(rowOf(parent), 0, quintptr(parent));
}

int FrameTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!hasTree() || (parent.isValid() && parent.column() != 0))
        return 0;
    return childCountOf(nodeForIndex(parent));
}

int FrameTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_columns.size());
}

bool FrameTreeModel::hasChildren(const QModelIndex &parent) const
{
    // Asked for every visible row to draw its expander: answered without making children.
    if (m_bottomUp && (!parent.isValid() || parent.column() == 0))
        return m_bottomUp->hasChildren(nodeForIndex(parent));
    return rowCount(parent) > 0;
}

QString FrameTreeModel::frameName(int32_t frame) const
{
    if (frame < 0 || size_t(frame) >= m_profile->frames.size())
        return {};
    const std::string &name = m_profile->frames[size_t(frame)].name;
    return name.empty() ? tr("(unnamed function)") : QString::fromStdString(name);
}

double FrameTreeModel::figure(const FrameTree::Node &node, Column column) const
{
    switch (column) {
    case SelfColumn:
        return node.self;
    case SamplesColumn:
        return double(node.samples);
    case FunctionColumn:
    case TotalColumn:
        break;
    }
    return node.total;
}

QString FrameTreeModel::toolTip(int32_t node) const
{
    const auto &n = nodeAt(node);
    const double whole = wholeWeight();
    const auto unit = this->unit();
    const QString name = frameName(n.frame);
    const QString weight = WeightFormatter::formatWeightAndShare(n.total, whole, unit);
    const QString samples = WeightFormatter::formatCount(double(n.samples));
    QStringList lines {name};
    if (n.depth == 1) {
        switch (m_kind) {
        case Kind::BottomUp:
            lines << tr("Self: %1 of all samples spent in this function's own code, seen in "
                        "%2. Open it to see who called it.")
                         .arg(weight, samples);
            break;
        case Kind::Callers:
            lines << tr("Total: %1 of all samples in this function and what it called. Below: "
                        "the functions that called it.")
                         .arg(weight);
            break;
        case Kind::Callees:
            lines << tr("Total: %1 of all samples; self: %2. Below: the functions it called.")
                         .arg(weight, WeightFormatter::formatWeightAndShare(n.self, whole, unit));
            break;
        }
        return lines.join(QLatin1Char('\n'));
    }
    const QString top = frameName(topFrameOf(node));
    const QString below = frameName(nodeAt(n.parent).frame);
    switch (m_kind) {
    case Kind::BottomUp:
        lines << tr("Called %1: %2 of %3's own time came through this chain of calls.")
                     .arg(below, weight, top);
        break;
    case Kind::Callers:
        lines << tr("Called %1: %2 of the time in %3 came through this chain of calls.")
                     .arg(below, weight, top);
        break;
    case Kind::Callees:
        lines << tr("Called by %1: %2 in total, %3 in its own code.")
                     .arg(below, weight,
                          WeightFormatter::formatWeightAndShare(n.self, whole, unit));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant FrameTreeModel::data(const QModelIndex &index, int role) const
{
    if (!hasTree() || !index.isValid() || index.column() >= columnCount())
        return {};
    const int32_t node = nodeForIndex(index);
    const auto &n = nodeAt(node);
    const Column column = m_columns[size_t(index.column())];
    const double value = figure(n, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == FunctionColumn)
            return frameName(n.frame);
        if (column == SamplesColumn)
            return WeightFormatter::formatCount(value);
        return WeightFormatter::formatWeightAndShare(value, wholeWeight(), unit());
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        if (column == FunctionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case CostRole:
        if (column == SamplesColumn)
            return wholeSamples() > 0 ? value / double(wholeSamples()) : 0.0;
        return wholeWeight() > 0 ? value / wholeWeight() : 0.0;
    case NodeRole:
        return node;
    case WeightRole:
        return value;
    case FrameRole:
        return n.frame;
    case SearchMarks::SearchRole:
        return m_frameMatches && index.column() == 0 ? QVariant(int(searchMarks(node)))
                                                     : QVariant();
    case Qt::FontRole:
    case Qt::BackgroundRole:
        return index.column() == 0 ? SearchMarks::look(searchMarks(node), role) : QVariant();
    default:
        return {};
    }
}

QVariant FrameTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const Column column = m_columns[size_t(section)];
    if (role == Qt::TextAlignmentRole && column != FunctionColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::DisplayRole) {
        switch (column) {
        case FunctionColumn:
            return m_kind == Kind::Callers ? tr("Function ← called by") : tr("Function");
        case SelfColumn:
            return tr("Self");
        case TotalColumn:
            return m_kind == Kind::BottomUp ? tr("Self") : tr("Total");
        case SamplesColumn:
            return tr("Samples");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case FunctionColumn:
            return m_kind == Kind::Callees
                ? tr("The function, then what it called, the heaviest first.")
                : tr("Functions, then below each the functions that called it.");
        case SelfColumn:
            return tr("What was spent in the function's own code.");
        case TotalColumn:
            return m_kind == Kind::BottomUp
                ? tr("The top-level function's own time that went through this chain of "
                     "callers, and its share of the whole profile.")
                : tr("What was spent in the function and everything it called, through "
                     "this chain of calls, and its share of the whole profile.");
        case SamplesColumn:
            return tr("How many samples went through this row.");
        }
    }
    return {};
}

} // namespace eg::itemmodels
