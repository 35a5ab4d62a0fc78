#include "searchmarks.h"

#include "costsortproxy.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace eg::itemmodels {

std::shared_ptr<const std::vector<char>>
SearchMarks::matchingFrames(const store::ProfileData &profile, const QString &text)
{
    if (text.trimmed().isEmpty())
        return nullptr;
    const QRegularExpression pattern = CostSortProxy::searchPattern(text);
    auto matches = std::make_shared<std::vector<char>>();
    if (!pattern.isValid())
        return matches;
    matches->resize(profile.frames.size(), 0);
    for (size_t f = 0; f < profile.frames.size(); ++f) {
        const std::string &name = profile.frames[f].name;
        (*matches)[f]
            = pattern.match(QString::fromUtf8(name.data(), qsizetype(name.size()))).hasMatch();
    }
    return matches;
}

std::vector<uint8_t> SearchMarks::markTree(std::span<const analysis::TreeNode> nodes,
                                           const std::vector<char> &frameMatches)
{
    std::vector<uint8_t> marks(nodes.size(), None);
    if (frameMatches.empty())
        return marks;
    // Children come after their parent: walking backwards, every node's children are
    // done before it passes what it holds to its parent.
    for (size_t i = nodes.size(); i-- > 0;) {
        const auto &n = nodes[i];
        if (n.frame >= 0 && size_t(n.frame) < frameMatches.size() && frameMatches[size_t(n.frame)])
            marks[i] |= Match;
        if (n.parent >= 0 && marks[i] != None)
            marks[size_t(n.parent)] |= MatchBelow;
    }
    return marks;
}

QVariant SearchMarks::look(uint8_t marks, int role)
{
    if (role == Qt::FontRole && (marks & Match)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::BackgroundRole) {
        // A strong highlight on the match, a faint one on the rows that lead to it.
        if (marks & Match)
            return QBrush(QColor(0xff, 0xe0, 0x70, 0xa0));
        if (marks & MatchBelow)
            return QBrush(QColor(0xff, 0xe0, 0x70, 0x38));
    }
    return {};
}

} // namespace eg::itemmodels
