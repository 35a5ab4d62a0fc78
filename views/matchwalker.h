#pragma once

#include <QModelIndex>

class QAbstractItemModel;
class QTreeView;

namespace eg::views {

// Next and previous search match in a call tree table, in the order the rows are shown
// (depth first, as sorted), including rows inside collapsed branches: the models mark
// each row that matches and each row that holds a match below it
// (itemmodels::SearchMarks), so the walk opens only branches that lead to a match and
// never visits the rest of a tree of a million rows.
class MatchWalker
{
public:
    // The match after (before) `from`, wrapping around; `from` may be invalid (then the
    // first or last match). Invalid when nothing matches.
    static QModelIndex next(const QAbstractItemModel &model, const QModelIndex &from, bool forward);
    // Moves the view's current row to the next (previous) match, opening the branches above
    // it, selecting and showing it. False when nothing matches.
    static bool goTo(QTreeView *view, bool forward);

private:
    static int marks(const QModelIndex &index);
    static QModelIndex firstIn(const QAbstractItemModel &model, const QModelIndex &parent,
                               int fromRow);
    static QModelIndex lastIn(const QAbstractItemModel &model, const QModelIndex &parent,
                              int fromRow);
};

} // namespace eg::views
