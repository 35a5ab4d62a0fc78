#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace eg::itemmodels {

// Sorting and search for the call tree tables: figures sort by their raw value (the
// models' WeightRole, Qt::UserRole + 3), names alphabetically; rows whose function name
// matches the search are shown bold on a highlight, and flat tables may also hide the
// rows that do not match. Models that mark matches themselves (SearchMarks::SearchRole)
// are taken at their word; for the others the proxy matches the names shown.
class CostSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The role every cost model here keeps its raw figure in.
    static constexpr int kWeightRole = Qt::UserRole + 3;

    explicit CostSortProxy(QObject *parent = nullptr);

    // The search as every tab of the profile page reads it: plain text matches anywhere
    // in the name, case-insensitive; text wrapped in slashes ("/^parse_.*/") is a
    // regular expression. An empty text ends the search; an invalid expression matches
    // nothing (pattern.isValid() says so).
    static QRegularExpression searchPattern(const QString &text);

    void setSearchText(const QString &text);
    bool isSearching() const { return m_searching; }
    bool matches(const QModelIndex &sourceIndex) const;
    // Hide rows that do not match (for flat tables; trees only highlight, since a
    // filtered tree of a million nodes would be visited whole).
    void setFilterRows(bool filter);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QRegularExpression m_pattern;
    bool m_searching = false;
    bool m_filterRows = false;
};

} // namespace eg::itemmodels
