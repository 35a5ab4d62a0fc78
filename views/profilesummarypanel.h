#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace eg::analysis {
class ProfileSummary;
}

namespace eg::views {

// The summary in sentences under the profile page's headline: total, heaviest functions,
// heaviest path, where the app's code ends. Function names are bold. A click on the
// arrow folds it away, leaving only the one-line headline above it.
class ProfileSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSummaryPanel(QWidget *parent = nullptr);

    // nullptr clears the panel (no profile shown).
    void setSummary(const analysis::ProfileSummary *summary);
    // The sentences as plain text, names still in `backticks`.
    QStringList sentences() const { return m_sentences; }

    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    void updateToggle();

    QToolButton *m_toggle = nullptr;
    QLabel *m_text = nullptr;
    QStringList m_sentences;
    bool m_expanded = true;
};

} // namespace eg::views
