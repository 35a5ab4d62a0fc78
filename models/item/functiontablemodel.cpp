#include "functiontablemodel.h"

#include "searchmarks.h"

#include "models/analysis/weightformatter.h"

namespace eg::itemmodels {

using analysis::WeightFormatter;

FunctionTableModel::FunctionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

FunctionTableModel::~FunctionTableModel() = default;

void FunctionTableModel::setTable(std::shared_ptr<const store::ProfileData> profile,
                                  std::shared_ptr<const analysis::FunctionTable> table)
{
    beginResetModel();
    m_profile = std::move(profile);
    m_table = m_profile ? std::move(table) : nullptr;
    m_frameMatches.reset();
    endResetModel();
}

void FunctionTableModel::setFrameMatches(std::shared_ptr<const std::vector<char>> frameMatches)
{
    m_frameMatches = m_table ? std::move(frameMatches) : nullptr;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {Qt::FontRole, Qt::BackgroundRole, SearchMarks::SearchRole});
}

void FunctionTableModel::clear()
{
    setTable(nullptr, nullptr);
}

QModelIndex FunctionTableModel::indexForFrame(int32_t frame, int column) const
{
    if (!m_table)
        return {};
    const int32_t row = m_table->rowOfFrame(frame);
    return row < 0 ? QModelIndex() : index(row, column);
}

int FunctionTableModel::rowCount(const QModelIndex &parent) const
{
    return !m_table || parent.isValid() ? 0 : int(m_table->rows().size());
}

int FunctionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_table || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &row = m_table->rows()[size_t(index.row())];
    const double whole = m_table->busyWeight();
    const auto unit = m_table->unit();
    double value = row.total;
    if (index.column() == SelfColumn)
        value = row.self;
    else if (index.column() == SamplesColumn)
        value = double(row.samples);
    const store::Frame &frame = m_profile->frames[size_t(row.frame)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FunctionColumn:
            return frame.name.empty() ? tr("(unnamed function)")
                                      : QString::fromStdString(frame.name);
        case SamplesColumn:
            return WeightFormatter::formatCount(value);
        default:
            return WeightFormatter::formatWeightAndShare(value, whole, unit);
        }
    case Qt::ToolTipRole: {
        QStringList lines {index.siblingAtColumn(FunctionColumn).data().toString()};
        if (!frame.file.empty())
            lines << (frame.line > 0
                          ? tr("%1:%2").arg(QString::fromStdString(frame.file)).arg(frame.line)
                          : QString::fromStdString(frame.file));
        lines << tr("Total: %1 in this function and what it called, seen in %2.")
                     .arg(WeightFormatter::formatWeightAndShare(row.total, whole, unit),
                          WeightFormatter::formatCount(double(row.samples)));
        lines << tr("Self: %1 in its own code.")
                     .arg(WeightFormatter::formatWeightAndShare(row.self, whole, unit));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == FunctionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case CostRole:
        if (index.column() == SamplesColumn)
            return m_table->busySamples() > 0 ? value / double(m_table->busySamples()) : 0.0;
        return whole > 0 ? value / whole : 0.0;
    case WeightRole:
        return value;
    case FrameRole:
        return row.frame;
    case SearchMarks::SearchRole:
    case Qt::FontRole:
    case Qt::BackgroundRole: {
        if (!m_frameMatches || index.column() != FunctionColumn)
            return {};
        const auto &matches = *m_frameMatches;
        const bool match = size_t(row.frame) < matches.size() && matches[size_t(row.frame)];
        const uint8_t marks = match ? SearchMarks::Match : SearchMarks::None;
        return role == SearchMarks::SearchRole ? QVariant(int(marks))
                                               : SearchMarks::look(marks, role);
    }
    default:
        return {};
    }
}

QVariant FunctionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        case SamplesColumn:
            return tr("Samples");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case FunctionColumn:
            return tr("Every function that appears in the profile.");
        case SelfColumn:
            return tr("What was spent in the function's own code, and its share of the whole "
                      "profile.");
        case TotalColumn:
            return tr("What was spent in the function and everything it called (counted once "
                      "when it calls itself), and its share of the whole profile.");
        case SamplesColumn:
            return tr("How many samples had the function on their call stack.");
        }
    } else if (role == Qt::TextAlignmentRole && section != FunctionColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

} // namespace eg::itemmodels
