#include "calltreemodel.h"

#include "searchmarks.h"

#include "models/analysis/weightformatter.h"

namespace eg::itemmodels {

using analysis::WeightFormatter;

CallTreeModel::CallTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

CallTreeModel::~CallTreeModel() = default;

void CallTreeModel::setTree(std::shared_ptr<const store::ProfileData> profile,
                            std::shared_ptr<const analysis::CallTree> tree)
{
    beginResetModel();
    m_profile = std::move(profile);
    m_tree = m_profile ? std::move(tree) : nullptr;
    m_marks.clear();
    m_frameMatches.reset();
    m_searching = false;
    endResetModel();
}

void CallTreeModel::setFrameMatches(std::shared_ptr<const std::vector<char>> frameMatches)
{
    m_searching = m_tree && frameMatches;
    m_frameMatches = m_searching ? std::move(frameMatches) : nullptr;
    m_marks.clear();
    if (m_tree)
        Q_EMIT dataChanged(index(0, 0), index(0, 0),
                           {Qt::FontRole, Qt::BackgroundRole, SearchMarks::SearchRole});
}

uint8_t CallTreeModel::searchMarks(int32_t node) const
{
    if (m_frameMatches && m_marks.empty())
        m_marks = SearchMarks::markTree(m_tree->nodes(), *m_frameMatches);
    return node >= 0 && size_t(node) < m_marks.size() ? m_marks[size_t(node)]
                                                      : uint8_t(SearchMarks::None);
}

void CallTreeModel::clear()
{
    setTree(nullptr, nullptr);
}

QModelIndex CallTreeModel::indexForNode(int32_t node, int column) const
{
    if (!m_tree || node < 0 || node >= m_tree->size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_tree->row(node), column, quintptr(node));
}

int32_t CallTreeModel::nodeForIndex(const QModelIndex &index)
{
    return index.isValid() ? int32_t(index.internalId()) : -1;
}

QString CallTreeModel::nodeName(int32_t node) const
{
    return m_tree ? nodeName(*m_profile, *m_tree, node) : QString();
}

QString CallTreeModel::nodeToolTip(int32_t node) const
{
    return m_tree ? describeNode(*m_profile, *m_tree, node) : QString();
}

QString CallTreeModel::nodeName(const store::ProfileData &profile, const analysis::CallTree &tree,
                                int32_t node)
{
    if (node < 0 || node >= tree.size())
        return {};
    const int32_t frame = tree.node(node).frame;
    if (frame < 0)
        return tr("All samples");
    const std::string &name = profile.frames[size_t(frame)].name;
    return name.empty() ? tr("(unnamed function)") : QString::fromStdString(name);
}

QString CallTreeModel::describeNode(const store::ProfileData &profile,
                                    const analysis::CallTree &tree, int32_t node)
{
    if (node < 0 || node >= tree.size())
        return {};
    const auto &n = tree.node(node);
    const double whole = tree.totalWeight();
    const auto unit = tree.unit();
    QStringList lines {nodeName(profile, tree, node)};
    if (n.frame < 0) {
        lines << tr("Total: %1 — every sample that has a call stack.")
                     .arg(WeightFormatter::formatWeight(n.total, unit));
        if (tree.idleSamples() > 0)
            lines << tr("Idle, not shown: %1.")
                         .arg(WeightFormatter::formatWeight(tree.idleWeight(), unit));
        return lines.join(QLatin1Char('\n'));
    }
    const store::Frame &frame = profile.frames[size_t(n.frame)];
    QString location = QString::fromStdString(frame.file);
    if (!location.isEmpty() && frame.line > 0)
        location = tr("%1:%2").arg(location).arg(frame.line);
    if (!frame.module.empty()) {
        const QString module = QString::fromStdString(frame.module);
        location = location.isEmpty() ? module : tr("%1 in %2").arg(location, module);
    }
    if (!location.isEmpty())
        lines << location;
    lines << tr("Total: %1 of all samples — this function and everything it called.")
                 .arg(WeightFormatter::formatWeightAndShare(n.total, whole, unit));
    lines << tr("Self: %1 — in this function's own code.")
                 .arg(WeightFormatter::formatWeightAndShare(n.self, whole, unit));
    if (unit != store::WeightUnit::None)
        lines << tr("Seen in %1.").arg(WeightFormatter::formatCount(double(n.samples)));
    return lines.join(QLatin1Char('\n'));
}

QModelIndex CallTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(analysis::CallTree::rootIndex()))
                        : QModelIndex();
    if (parent.column() != 0)
        return {};
    const auto &p = m_tree->node(nodeForIndex(parent));
    if (row >= p.childCount)
        return {};
    return createIndex(row, column, quintptr(p.firstChild + row));
}

QModelIndex CallTreeModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const int32_t parent = m_tree->node(nodeForIndex(child)).parent;
    return parent < 0 ? QModelIndex() : createIndex(m_tree->row(parent), 0, quintptr(parent));
}

int CallTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return m_tree->node(nodeForIndex(parent)).childCount;
}

int CallTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CallTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant CallTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_tree || !index.isValid())
        return {};
    const int32_t node = nodeForIndex(index);
    const auto &n = m_tree->node(node);
    const double whole = m_tree->totalWeight();
    const double weight = index.column() == SelfColumn ? n.self : n.total;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FunctionColumn)
            return nodeName(node);
        return WeightFormatter::formatWeightAndShare(weight, whole, m_tree->unit());
    case Qt::ToolTipRole:
        return nodeToolTip(node);
    case Qt::TextAlignmentRole:
        if (index.column() == FunctionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case CostRole:
        return whole > 0 ? weight / whole : 0.0;
    case NodeRole:
        return node;
    case WeightRole:
        return weight;
    case SearchMarks::SearchRole:
        return m_searching && index.column() == FunctionColumn ? QVariant(int(searchMarks(node)))
                                                               : QVariant();
    case Qt::FontRole:
    case Qt::BackgroundRole:
        return index.column() == FunctionColumn ? SearchMarks::look(searchMarks(node), role)
                                                : QVariant();
    default:
        return {};
    }
}

QVariant CallTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FunctionColumn:
            return tr("Function");
        case SelfColumn:
            return tr("Self");
        case TotalColumn:
            return tr("Total");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case FunctionColumn:
            return tr("Functions as they called each other, the heaviest first.");
        case SelfColumn:
            return tr("What was spent in the function's own code, and its share of the whole "
                      "profile.");
        case TotalColumn:
            return tr("What was spent in the function and everything it called, and its share "
                      "of the whole profile.");
        }
    } else if (role == Qt::TextAlignmentRole && section != FunctionColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

} // namespace eg::itemmodels
