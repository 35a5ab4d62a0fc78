#include "frametreemodel.h"

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
    endResetModel();
}

void FrameTreeModel::clear()
{
    setTree(nullptr, nullptr);
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
    if (!m_tree || node <= FrameTree::rootIndex() || node >= m_tree->size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(m_tree->row(node), column, quintptr(node));
}

int32_t FrameTreeModel::nodeForIndex(const QModelIndex &index)
{
    return index.isValid() ? int32_t(index.internalId()) : FrameTree::rootIndex();
}

QModelIndex FrameTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= columnCount()
        || (parent.isValid() && parent.column() != 0))
        return {};
    const auto &p = m_tree->node(nodeForIndex(parent));
    if (row >= p.childCount)
        return {};
    return createIndex(row, column, quintptr(p.firstChild + row));
}

QModelIndex FrameTreeModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const int32_t parent = m_tree->node(nodeForIndex(child)).parent;
    if (parent <= FrameTree::rootIndex())
        return {};
    return createIndex(m_tree->row(parent), 0, quintptr(parent));
}

int FrameTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || (parent.isValid() && parent.column() != 0))
        return 0;
    return m_tree->node(nodeForIndex(parent)).childCount;
}

int FrameTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_columns.size());
}

bool FrameTreeModel::hasChildren(const QModelIndex &parent) const
{
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
    const auto &n = m_tree->node(node);
    const double whole = m_tree->wholeWeight();
    const auto unit = m_tree->unit();
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
    const QString top = frameName(m_tree->topFrame(node));
    const QString below = frameName(m_tree->node(n.parent).frame);
    switch (m_kind) {
    case Kind::BottomUp:
        lines << tr("Called %1: %2 of %3's own time came through this chain of calls.")
                     .arg(below, weight, frameName(m_tree->topFrame(node)));
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
    if (!m_tree || !index.isValid() || index.column() >= columnCount())
        return {};
    const int32_t node = nodeForIndex(index);
    const auto &n = m_tree->node(node);
    const Column column = m_columns[size_t(index.column())];
    const double value = figure(n, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == FunctionColumn)
            return frameName(n.frame);
        if (column == SamplesColumn)
            return WeightFormatter::formatCount(value);
        return WeightFormatter::formatWeightAndShare(value, m_tree->wholeWeight(), m_tree->unit());
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        if (column == FunctionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case CostRole:
        if (column == SamplesColumn)
            return m_tree->wholeSamples() > 0 ? value / double(m_tree->wholeSamples()) : 0.0;
        return m_tree->wholeWeight() > 0 ? value / m_tree->wholeWeight() : 0.0;
    case NodeRole:
        return node;
    case WeightRole:
        return value;
    case FrameRole:
        return n.frame;
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
