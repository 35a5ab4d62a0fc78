#pragma once

#include "loadedprofile.h"
#include "loadedprofilecache.h"

#include "models/store/cache.h"

#include <QString>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace eg::itemmodels {
class CallTreeModel;
}

namespace eg::views {

class FlameGraphPane;
class FlameGraphView;
class ProfileSummaryPanel;
class ProfileTab;

// The profile page: the plain-words headline, a profile picker, a search field, and the
// views of the profile as tabs. The first tab is the flame graph beside the call tree,
// which follow each other's selection; further views are ProfileTabs added with addTab().
class ProfilePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePanel(QWidget *parent = nullptr);
    ~ProfilePanel() override;

    // Lists `profiles` (of the cache at cachePath) in the picker and loads the one at
    // `index` in the background. Results of earlier, slower loads are dropped.
    void showProfiles(const QString &cachePath, const std::vector<store::ProfileInfo> &profiles,
                      int index);
    // Loads another of the listed profiles.
    void showProfile(int index);
    // From the next showProfiles() on, shows only the samples recorded between two
    // wall-clock times (a span's start and end, ns since the epoch); `what` names the
    // span for the headline. clearTimeWindow() goes back to whole profiles.
    void setTimeWindow(int64_t fromEpochNs, int64_t toEpochNs, const QString &what);
    void clearTimeWindow() { setTimeWindow(0, 0, QString()); }
    bool hasTimeWindow() const { return m_windowToNs > m_windowFromNs; }
    int currentIndex() const { return m_currentIndex; }
    bool isLoading() const { return m_loading; }
    // Whether another profile of the list is being loaded in the background, so that
    // switching to it is instant.
    bool isLoadingAhead() const { return m_prefetching.has_value(); }
    // The plain-words sentence on top of the page, without markup.
    QString headline() const { return m_headlineText; }
    const LoadedProfile &loaded() const { return m_loaded; }

    // The headline as plain text (names still in `backticks`).
    QString headlineText() const { return m_headlineText; }
    ProfileSummaryPanel *summaryPanel() const { return m_summary; }
    FlameGraphView *flameGraph() const { return m_flameGraph; }
    QTreeView *callTreeView() const { return m_treeView; }
    itemmodels::CallTreeModel *callTreeModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    // The ".*" toggle and the ◀ ▶ buttons of the search bar.
    QToolButton *regexToggle() const { return m_regex; }
    QToolButton *previousMatchButton() const { return m_previousMatch; }
    QToolButton *nextMatchButton() const { return m_nextMatch; }
    QLabel *matchLabel() const { return m_matches; }
    FlameGraphPane *flameGraphPane() const { return m_flamePane; }
    QComboBox *profilePicker() const { return m_picker; }

    // Adds a view as a tab after the existing ones; the panel owns it from then on and
    // hands it every loaded profile and search text.
    void addTab(ProfileTab *tab);
    QTabWidget *tabs() const { return m_tabs; }

    // Selects a call tree node in both views.
    void selectNode(int32_t node);
    // The next (previous) match of the search in the tab on show: its own when it walks
    // them (the call tree tables), the flame graph's otherwise.
    void nextMatch();
    void previousMatch();

    // The whole background job, public so that benchmarks and the CLI can time it alone.
    // `cancelled` is polled between stages; a cancelled load returns an empty result.
    // With a window (to > from), only the samples in it; LoadedProfile::error says why
    // when the profile has no wall clock to place the window on.
    static LoadedProfile load(const QString &cachePath, int64_t profileId,
                              const std::function<bool()> &cancelled = {}, int64_t fromEpochNs = 0,
                              int64_t toEpochNs = 0);
    static QString howToReadText();

Q_SIGNALS:
    void profileLoaded(int index);
    void loadFailed(const QString &message);
    // A node was selected in either view (for the app's Navigator).
    void nodeSelected(int node);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setHeadline(const QString &plain);
    void applyLoaded(LoadedProfile loaded);
    // Shows a loaded profile with the headline of how it was loaded.
    void showLoaded(int index, LoadedProfile loaded, bool onlyMyCode);
    // What a profile of the list is once loaded with the page's filter and time window.
    LoadedProfileCache::Key keyFor(const store::ProfileInfo &info) const;
    // Loads the next profile of the list that is not loaded yet in the background, when
    // the cache of loaded profiles has room for it: switching to it is then instant.
    void prefetchNext();
    void onSearchChanged(const QString &text);
    // The search as tabs read it: the text as typed, or "/text/" for a regular expression.
    QString searchTextForTabs() const;
    void updateMatches();
    void onFlameGraphSelected(int node);
    void onTreeCurrentChanged(const QModelIndex &current);
    void expandTo(int32_t node);
    void fitFigureColumns();
    void showHowToRead();

    QLabel *m_headline = nullptr;
    ProfileSummaryPanel *m_summary = nullptr;
    QComboBox *m_picker = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matches = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_previousMatch = nullptr;
    QToolButton *m_nextMatch = nullptr;
    FlameGraphPane *m_flamePane = nullptr;
    QToolButton *m_help = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::vector<ProfileTab *> m_extraTabs;
    QSplitter *m_splitter = nullptr;
    FlameGraphView *m_flameGraph = nullptr;
    QTreeView *m_treeView = nullptr;
    itemmodels::CallTreeModel *m_model = nullptr;

    QString m_cachePath;
    std::vector<store::ProfileInfo> m_profiles;
    int m_currentIndex = -1;
    bool m_loading = false;
    bool m_syncing = false;
    QString m_headlineText;
    LoadedProfile m_loaded;
    int64_t m_windowFromNs = 0;
    int64_t m_windowToNs = 0;
    QString m_windowWhat;
    // The latest request; workers compare their own number against it to stop early, and
    // results that are not the latest are dropped on arrival.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    // Profiles loaded lately or ahead of time; the one being loaded ahead, if any, and
    // whether the page waits for it (it was asked for while loading).
    LoadedProfileCache m_recent;
    std::optional<LoadedProfileCache::Key> m_prefetching;
    bool m_waitingForPrefetch = false;
    // Bumped when the list of profiles changes: loading ahead for the old one stops.
    std::shared_ptr<std::atomic<quint64>> m_listGeneration;
};

} // namespace eg::views
