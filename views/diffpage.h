#pragma once

#include "flamegraphview.h"
#include "models/analysis/calltree.h"
#include "models/analysis/flamegraphlayout.h"
#include "models/analysis/profilediff.h"
#include "models/store/cache.h"

#include <QString>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace eg::itemmodels {
class CostSortProxy;
class DiffTableModel;
} // namespace eg::itemmodels

namespace eg::views {

// Two profiles compared: a plain-words line on what changed most, a differential flame
// graph of both profiles' paths (red where a path grew, blue where it shrank, purple
// where it is new, darkest blue where it was removed) and a sortable table of the
// functions whose self or total time changed most. Both profiles are loaded and compared
// off the GUI thread; a newer request drops the result of an older one.
class DiffPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiffPage(QWidget *parent = nullptr);
    ~DiffPage() override;

    // Compares the first profile of each list; the pickers offer the others.
    void compare(const QString &cachePath, const std::vector<store::ProfileInfo> &before,
                 const std::vector<store::ProfileInfo> &after, const QString &beforeName,
                 const QString &afterName);
    bool isLoading() const { return m_loading; }
    // The sentence, names in `backticks`, and whether figures are absolute or shares.
    QString summaryText() const { return m_summaryText; }
    QString scalingText() const;

    FlameGraphView *flameGraph() const { return m_flameGraph; }
    QTableView *table() const { return m_table; }
    QComboBox *beforePicker() const { return m_beforePicker; }
    QComboBox *afterPicker() const { return m_afterPicker; }
    const analysis::ProfileDiff *diff() const { return m_result ? m_result->diff.get() : nullptr; }

    struct Result
    {
        std::shared_ptr<const analysis::ProfileDiff> diff;
        // Of the diff's union tree.
        std::shared_ptr<const analysis::FlameGraphLayout> layout;
        QString error;
    };
    // What the colours of the flame graph mean, in plain words.
    static std::vector<FlameGraphView::LegendEntry> legendEntries();

    // The background job, public so that benchmarks can time it alone.
    static Result load(const QString &cachePath, int64_t beforeId, int64_t afterId);

Q_SIGNALS:
    void compared();

private:
    void start();
    void apply(std::shared_ptr<const Result> result);
    QString describeNode(int32_t node) const;
    void setSummary(const QString &plain);

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_scaling = nullptr;
    QComboBox *m_beforePicker = nullptr;
    QComboBox *m_afterPicker = nullptr;
    QLabel *m_legend = nullptr;
    FlameGraphView *m_flameGraph = nullptr;
    QTableView *m_table = nullptr;
    itemmodels::DiffTableModel *m_model = nullptr;
    itemmodels::CostSortProxy *m_proxy = nullptr;

    QString m_cachePath;
    std::vector<store::ProfileInfo> m_before;
    std::vector<store::ProfileInfo> m_after;
    QString m_summaryText;
    bool m_loading = false;
    std::shared_ptr<const Result> m_result;
    std::shared_ptr<std::atomic<quint64>> m_generation;
};

} // namespace eg::views
