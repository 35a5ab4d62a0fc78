#pragma once

#include "models/analysis/treenode.h"
#include "models/store/profiledata.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace eg::itemmodels {

// What the search marks on the rows of the call tree tables, and how a mark looks. A row
// matches when its function's name does; a row "holds a match" when a row below it
// matches, so that a collapsed branch shows that something is inside, and walking the
// matches knows which branches to open. The models answer SearchRole with the marks of a
// row once they were given the matching frames; the search text is read as every tab of
// the profile page reads it (CostSortProxy::searchPattern).
class SearchMarks
{
public:
    enum Mark : uint8_t { None = 0, Match = 1, MatchBelow = 2 };
    // The marks of a row (an int), on column 0; invalid while nothing is searched.
    static constexpr int SearchRole = Qt::UserRole + 5;

    // Per frame of the profile, whether its name matches; null when the text searches for
    // nothing, an empty vector when it is an invalid expression.
    static std::shared_ptr<const std::vector<char>>
    matchingFrames(const store::ProfileData &profile, const QString &text);
    // The marks of every node of a tree whose nodes come parents first.
    static std::vector<uint8_t> markTree(std::span<const analysis::TreeNode> nodes,
                                         const std::vector<char> &frameMatches);
    // Qt::FontRole and Qt::BackgroundRole of a row with these marks; invalid otherwise.
    static QVariant look(uint8_t marks, int role);
};

} // namespace eg::itemmodels
