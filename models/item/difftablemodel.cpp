#include "difftablemodel.h"

#include "models/analysis/weightformatter.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace eg::itemmodels {

using analysis::WeightFormatter;

namespace {

QString signedWeight(double delta, store::WeightUnit unit)
{
    if (delta == 0)
        return WeightFormatter::formatWeight(0, unit);
    const QString sign = delta > 0 ? QStringLiteral("+") : QString(QChar(0x2212));
    return sign + WeightFormatter::formatWeight(std::abs(delta), unit);
}

} // namespace

DiffTableModel::DiffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

DiffTableModel::~DiffTableModel() = default;

void DiffTableModel::setDiff(std::shared_ptr<const analysis::ProfileDiff> diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    endResetModel();
}

QString DiffTableModel::describeChange(double before, double after, store::WeightUnit unit)
{
    const QString amount = signedWeight(after - before, unit);
    if (before <= 0)
        return after > 0 ? tr("%1 (new)").arg(amount) : amount;
    if (after <= 0)
        return tr("%1 (gone)").arg(amount);
    const double ratio = (after - before) / before;
    const QString percent = WeightFormatter::formatPercent(std::abs(ratio));
    // "<0.1%" needs no sign: it says the change is too small to have one worth reading.
    const QString sign = percent.startsWith(QLatin1Char('<')) ? QString()
        : ratio >= 0                                          ? QStringLiteral("+")
                                                              : QString(QChar(0x2212));
    return tr("%1 (%2%3)").arg(amount, sign, percent);
}

int DiffTableModel::rowCount(const QModelIndex &parent) const
{
    if (!m_diff || parent.isValid())
        return 0;
    return int(std::min<size_t>(m_diff->functions().size(), kMaxRows));
}

int DiffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_diff || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &f = m_diff->functions()[size_t(index.row())];
    const store::WeightUnit unit = m_diff->unit();
    const auto column = Column(index.column());
    double before = f.selfBefore;
    double after = f.selfAfter;
    if (column >= TotalBeforeColumn) {
        before = f.totalBefore;
        after = f.totalAfter;
    }
    const bool isChange = column == SelfChangeColumn || column == TotalChangeColumn;
    const double value = isChange                                   ? after - before
        : column == SelfBeforeColumn || column == TotalBeforeColumn ? before
                                                                    : after;
    const QString name = f.name.empty() ? tr("(unnamed function)") : QString::fromStdString(f.name);
    switch (role) {
    case Qt::DisplayRole:
        if (column == FunctionColumn)
            return name;
        if (isChange)
            return describeChange(before, after, unit);
        // A function one profile does not have: a dash, not a figure of nothing.
        if ((column == SelfBeforeColumn || column == TotalBeforeColumn) ? f.isNew() : f.isGone())
            return QStringLiteral("\u2013");
        return WeightFormatter::formatWeight(value, unit);
    case Qt::ToolTipRole: {
        QStringList lines {name};
        if (!f.file.empty())
            lines << QString::fromStdString(f.file);
        lines << tr("Own code: %1 before, %2 after; %3.")
                     .arg(WeightFormatter::formatWeight(f.selfBefore, unit),
                          WeightFormatter::formatWeight(f.selfAfter, unit),
                          describeChange(f.selfBefore, f.selfAfter, unit));
        lines << tr("With what it called: %1 before, %2 after; %3.")
                     .arg(WeightFormatter::formatWeight(f.totalBefore, unit),
                          WeightFormatter::formatWeight(f.totalAfter, unit),
                          describeChange(f.totalBefore, f.totalAfter, unit));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (column == FunctionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        // Red where time grew, blue where it shrank, as the flame graph colours paths.
        if (isChange && value != 0)
            return QBrush(value > 0 ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x1c, 0x4f, 0xb0));
        return {};
    case WeightRole:
        if (column == FunctionColumn)
            return {};
        return value;
    default:
        return {};
    }
}

QVariant DiffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == FunctionColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case FunctionColumn:
            return tr("Function");
        case SelfBeforeColumn:
            return tr("Self before");
        case SelfAfterColumn:
            return tr("Self after");
        case SelfChangeColumn:
            return tr("Self change");
        case TotalBeforeColumn:
            return tr("Total before");
        case TotalAfterColumn:
            return tr("Total after");
        case TotalChangeColumn:
            return tr("Total change");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case FunctionColumn:
            return tr("The functions whose time changed most, the biggest change of their own "
                      "time first.");
        case SelfBeforeColumn:
        case SelfAfterColumn:
            return tr("Time in the function's own code, not in what it called.");
        case SelfChangeColumn:
            return tr("How its own time changed: red grew, blue shrank.");
        case TotalBeforeColumn:
        case TotalAfterColumn:
            return tr("Time in the function and everything it called, counted once when it "
                      "calls itself.");
        case TotalChangeColumn:
            return tr("How its time with everything it called changed: red grew, blue "
                      "shrank.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace eg::itemmodels
