#pragma once

#include "profiletab.h"

#include "models/analysis/functiontable.h"
#include "models/analysis/sandwich.h"
#include "models/analysis/stackweights.h"

#include <atomic>
#include <memory>

class QLabel;
class QModelIndex;
class QTreeView;

namespace eg::itemmodels {
class CostSortProxy;
class FrameTreeModel;
class FunctionTableModel;
} // namespace eg::itemmodels

namespace eg::views {

// speedscope's sandwich: a table of every function (self, total, samples) to pick from;
// for the picked function, who called it above and what it called below, with one
// sentence in plain words that says what the two trees show.
class SandwichTab : public ProfileTab
{
    Q_OBJECT

public:
    explicit SandwichTab(QWidget *parent = nullptr);
    ~SandwichTab() override;

    QString title() const override;
    QString howToRead() const override;
    void setLoaded(const LoadedProfile &loaded) override;
    void setSearchText(const QString &text) override;
    // The next (previous) function of the table, which shows only the matches.
    bool goToMatch(bool forward) override;

    // Whether the function table of the current profile is built.
    bool isReady() const { return m_ready; }
    // Shows the sandwich of a function (also selects it in the table).
    void pickFrame(int32_t frame);
    int32_t pickedFrame() const { return m_pickedFrame; }
    // The sandwich on show, once built; null before.
    const std::shared_ptr<const analysis::Sandwich> &sandwich() const { return m_sandwich; }

    QTreeView *functionView() const { return m_functionView; }
    QTreeView *callersView() const { return m_callersView; }
    QTreeView *calleesView() const { return m_calleesView; }
    // The sentence above the trees, names in `backticks`.
    QString summaryText() const { return m_summary; }

    // "`parse_json` took 620 ms (62%) in total, 540 ms of it in its own code; it was
    // called from 2 places, mostly `load_config` (90%)."
    static QString describe(const store::ProfileData &profile, const analysis::Sandwich &sandwich);

private:
    struct Tables
    {
        std::shared_ptr<const analysis::StackWeights> weights;
        std::shared_ptr<const analysis::FunctionTable> functions;
    };

    void applyTables(Tables tables);
    void applySandwich(std::shared_ptr<const analysis::Sandwich> sandwich);
    void onFunctionCurrentChanged(const QModelIndex &current);
    void setSummary(const QString &plain);

    LoadedProfile m_loaded;
    bool m_ready = false;
    int32_t m_pickedFrame = -1;
    QString m_searchText;
    QString m_summary;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::shared_ptr<const analysis::StackWeights> m_weights;
    std::shared_ptr<const analysis::Sandwich> m_sandwich;

    QLabel *m_summaryLabel = nullptr;
    QTreeView *m_functionView = nullptr;
    QTreeView *m_callersView = nullptr;
    QTreeView *m_calleesView = nullptr;
    itemmodels::FunctionTableModel *m_functionModel = nullptr;
    itemmodels::FrameTreeModel *m_callersModel = nullptr;
    itemmodels::FrameTreeModel *m_calleesModel = nullptr;
    itemmodels::CostSortProxy *m_functionProxy = nullptr;
    itemmodels::CostSortProxy *m_callersProxy = nullptr;
    itemmodels::CostSortProxy *m_calleesProxy = nullptr;
};

} // namespace eg::views
