#include "matchwalker.h"

#include "models/item/searchmarks.h"

#include <QTreeView>

namespace eg::views {

using itemmodels::SearchMarks;

int MatchWalker::marks(const QModelIndex &index)
{
    return index.siblingAtColumn(0).data(SearchMarks::SearchRole).toInt();
}

QModelIndex MatchWalker::firstIn(const QAbstractItemModel &model, const QModelIndex &parent,
                                 int fromRow)
{
    // Rows from `fromRow` on, each before the rows below it.
    const int rows = model.rowCount(parent);
    for (int row = std::max(0, fromRow); row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const int m = marks(index);
        if (m & SearchMarks::Match)
            return index;
        if (m & SearchMarks::MatchBelow) {
            const QModelIndex below = firstIn(model, index, 0);
            if (below.isValid())
                return below;
        }
    }
    return {};
}

QModelIndex MatchWalker::lastIn(const QAbstractItemModel &model, const QModelIndex &parent,
                                int fromRow)
{
    // Rows from `fromRow` back, each after the rows below it.
    for (int row = std::min(fromRow, model.rowCount(parent) - 1); row >= 0; --row) {
        const QModelIndex index = model.index(row, 0, parent);
        const int m = marks(index);
        if (m & SearchMarks::MatchBelow) {
            const QModelIndex below = lastIn(model, index, model.rowCount(index) - 1);
            if (below.isValid())
                return below;
        }
        if (m & SearchMarks::Match)
            return index;
    }
    return {};
}

QModelIndex MatchWalker::next(const QAbstractItemModel &model, const QModelIndex &from,
                              bool forward)
{
    const QModelIndex start = from.siblingAtColumn(0);
    if (start.isValid()) {
        if (forward && (marks(start) & SearchMarks::MatchBelow)) {
            const QModelIndex below = firstIn(model, start, 0);
            if (below.isValid())
                return below;
        }
        // Climb: the rows after (before) each ancestor, and going back, the ancestor itself.
        for (QModelIndex at = start; at.isValid(); at = at.parent()) {
            const QModelIndex parent = at.parent();
            const QModelIndex found = forward ? firstIn(model, parent, at.row() + 1)
                                              : lastIn(model, parent, at.row() - 1);
            if (found.isValid())
                return found;
            if (!forward && parent.isValid() && (marks(parent) & SearchMarks::Match))
                return parent;
        }
    }
    // Past the end (or the start): around to the first (last) match.
    return forward ? firstIn(model, {}, 0) : lastIn(model, {}, model.rowCount() - 1);
}

bool MatchWalker::goTo(QTreeView *view, bool forward)
{
    const QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model)
        return false;
    const QModelIndex match = next(*model, view->currentIndex(), forward);
    if (!match.isValid())
        return false;
    for (QModelIndex above = match.parent(); above.isValid(); above = above.parent())
        view->expand(above);
    view->selectionModel()->setCurrentIndex(
        match, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(match);
    return true;
}

} // namespace eg::views
