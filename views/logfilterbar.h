#pragma once

#include "logfilterstate.h"

#include "models/store/logreader.h"

#include <QWidget>

#include <array>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace eg::views {

// The filters a user puts on the log timeline: words to search (full text), one toggle
// per level with its count, a service, and an `attribute=value` match. Typing waits for a
// pause before it asks again, so that a large cache is not queried on every key.
class LogFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    // Adds this bar's filters to `filter`.
    void applyTo(store::LogFilter &filter) const;
    // Clears every filter without asking again.
    void reset();
    // The filters as the user set them, and back (without asking again): for the
    // Navigator's history, so that Back shows the same filter.
    LogFilterState state() const;
    void setState(const LogFilterState &state);
    void setLevelCounts(const std::array<int64_t, 6> &counts);
    // The choices of the service picker; the current one stays picked.
    void setServices(const std::vector<std::pair<std::string, int64_t>> &services);
    // Whether the attribute field holds something that is not `key=value`.
    bool attributeInvalid() const;

    QLineEdit *searchField() const { return m_search; }
    QToolButton *levelButton(int level) const { return m_levels[size_t(level)]; }
    QComboBox *serviceCombo() const { return m_service; }
    QLineEdit *attributeField() const { return m_attribute; }

Q_SIGNALS:
    // A filter changed (after a pause in typing).
    void filterChanged();

private:
    void updateAttributeLook();

    QLineEdit *m_search = nullptr;
    std::array<QToolButton *, 6> m_levels {};
    QComboBox *m_service = nullptr;
    QLineEdit *m_attribute = nullptr;
    QTimer *m_typingPause = nullptr;
};

} // namespace eg::views
