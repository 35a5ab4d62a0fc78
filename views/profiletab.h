#pragma once

#include "loadedprofile.h"

#include <QWidget>

namespace eg::views {

// One view of a loaded profile, shown as a tab of the ProfilePanel (flame chart, sandwich,
// bottom-up tree, ...). The panel loads the profile once, off the GUI thread, and hands the
// immutable result to every tab; a tab that needs more analysis builds it itself, off the
// GUI thread too, and drops results that a newer profile has made stale.
class ProfileTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // One paragraph (rich text) for the panel's "How to read this view" button.
    virtual QString howToRead() const = 0;
    // A new profile (or an empty LoadedProfile when none is shown).
    virtual void setLoaded(const LoadedProfile &loaded) = 0;
    // The panel's search text; tabs highlight what matches.
    virtual void setSearchText(const QString &text) { Q_UNUSED(text); }
    // Moves to the next (previous) match of the search, as F3 and Enter in the search
    // field ask. False when the tab has no matches of its own to walk: the panel then
    // walks the flame graph's.
    virtual bool goToMatch(bool forward)
    {
        Q_UNUSED(forward);
        return false;
    }

Q_SIGNALS:
    // A call tree node (of LoadedProfile::tree) was picked in this tab.
    void nodeSelected(int node);
};

} // namespace eg::views
