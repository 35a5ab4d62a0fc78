#include "costsortproxy.h"

#include "searchmarks.h"

namespace eg::itemmodels {

CostSortProxy::CostSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Models are swapped whole on a reset; re-sorting on every change buys nothing.
    setDynamicSortFilter(false);
}

QRegularExpression CostSortProxy::searchPattern(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(QLatin1Char('/'))
        && trimmed.endsWith(QLatin1Char('/')))
        return QRegularExpression(trimmed.mid(1, trimmed.size() - 2),
                                  QRegularExpression::CaseInsensitiveOption);
    return QRegularExpression(QRegularExpression::escape(trimmed),
                              QRegularExpression::CaseInsensitiveOption);
}

void CostSortProxy::setSearchText(const QString &text)
{
    m_searching = !text.trimmed().isEmpty();
    m_pattern = searchPattern(text);
    if (m_filterRows)
        invalidateFilter();
    if (rowCount() > 0) {
        // The highlight is in data(): tell the views that the names changed (views of
        // trees also repaint their viewport, deeper rows are not covered by this).
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {Qt::FontRole, Qt::BackgroundRole});
    }
}

void CostSortProxy::setFilterRows(bool filter)
{
    m_filterRows = filter;
    invalidateFilter();
}

bool CostSortProxy::matches(const QModelIndex &sourceIndex) const
{
    if (!m_searching || !m_pattern.isValid())
        return false;
    return m_pattern.match(sourceIndex.siblingAtColumn(0).data().toString()).hasMatch();
}

QVariant CostSortProxy::data(const QModelIndex &index, int role) const
{
    // Models that mark their rows themselves (SearchMarks) also know which branches hold
    // a match; the text is matched here only for the others.
    if (m_searching && index.column() == 0 && (role == Qt::FontRole || role == Qt::BackgroundRole)
        && !QSortFilterProxyModel::data(index, SearchMarks::SearchRole).isValid())
        return SearchMarks::look(
            matches(mapToSource(index)) ? SearchMarks::Match : SearchMarks::None, role);
    return QSortFilterProxyModel::data(index, role);
}

bool CostSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(kWeightRole);
    const QVariant b = right.data(kWeightRole);
    if (left.column() != 0 && a.isValid() && b.isValid())
        return a.toDouble() < b.toDouble();
    return QString::compare(left.data().toString(), right.data().toString(), Qt::CaseInsensitive)
        < 0;
}

bool CostSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filterRows || !m_searching)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant marks = index.data(SearchMarks::SearchRole);
    if (marks.isValid())
        return marks.toInt() & SearchMarks::Match;
    return matches(index);
}

} // namespace eg::itemmodels
