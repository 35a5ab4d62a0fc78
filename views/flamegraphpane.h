#pragma once

#include "loadedprofile.h"

#include "models/analysis/callfilter.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace eg::views {

class FlameGraphView;

// The flame graph with its own small toolbar: "Colour by" and its legend, and the "Only
// my code" toggle with the patterns that define it. Kept beside the graph rather than in
// the page's toolbar because they change only this view. The panel reloads the profile
// when the filter changes; this pane only keeps the choice (and the patterns in QSettings).
class FlameGraphPane : public QWidget
{
    Q_OBJECT

public:
    explicit FlameGraphPane(FlameGraphView *view, QWidget *parent = nullptr);

    FlameGraphView *view() const { return m_view; }
    QComboBox *colourBox() const { return m_colourBox; }
    QLabel *legendLabel() const { return m_legend; }
    QCheckBox *onlyMyCodeBox() const { return m_onlyMyCode; }
    bool onlyMyCode() const;
    analysis::CallFilter callFilter() const { return analysis::CallFilter(m_patterns); }
    QStringList patterns() const { return m_patterns; }
    // Sets and remembers the "my code" patterns (QSettings), then emits filterChanged.
    void setPatterns(const QStringList &patterns);

    static QStringList savedPatterns();

    // The loaded profile with only the application's own frames: library frames folded
    // into their callers, a new tree, layout and insights. Runs on a worker thread.
    static LoadedProfile onlyMyCode(const LoadedProfile &full, const analysis::CallFilter &filter);

Q_SIGNALS:
    // The toggle or the patterns changed while the toggle is on (or was just switched).
    void filterChanged();

private:
    void updateLegend();
    void editPatterns();

    FlameGraphView *m_view;
    QComboBox *m_colourBox = nullptr;
    QLabel *m_legend = nullptr;
    QCheckBox *m_onlyMyCode = nullptr;
    QToolButton *m_editPatterns = nullptr;
    QStringList m_patterns;
};

} // namespace eg::views
