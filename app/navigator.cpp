#include "navigator.h"

#include <algorithm>

namespace eg::app {

Navigator::Navigator(QObject *parent)
    : QObject(parent)
{ }

EntityRef Navigator::current() const
{
    return m_position >= 0 ? m_history[size_t(m_position)] : EntityRef {};
}

void Navigator::navigate(const EntityRef &target)
{
    if (target == current())
        return;
    m_history.resize(size_t(m_position + 1));
    m_history.push_back(target);
    m_position = int(m_history.size()) - 1;
    Q_EMIT currentChanged(target);
    Q_EMIT historyChanged();
}

void Navigator::updateCurrent(const EntityRef &target)
{
    if (m_position < 0) {
        m_history.push_back(target);
        m_position = 0;
        Q_EMIT historyChanged();
        return;
    }
    m_history[size_t(m_position)] = target;
}

void Navigator::goBack()
{
    if (!canGoBack())
        return;
    --m_position;
    Q_EMIT currentChanged(current());
    Q_EMIT historyChanged();
}

void Navigator::goForward()
{
    if (!canGoForward())
        return;
    ++m_position;
    Q_EMIT currentChanged(current());
    Q_EMIT historyChanged();
}

void Navigator::forget(const EntityRef &target)
{
    const EntityRef before = current();
    for (size_t i = m_history.size(); i-- > 0;) {
        // The entity, whatever range or filters the page kept with it.
        const EntityRef &entry = m_history[i];
        if (entry.kind == target.kind && entry.id == target.id && entry.key == target.key) {
            m_history.erase(m_history.begin() + qsizetype(i));
            if (int(i) <= m_position)
                --m_position;
        }
    }
    // Collapse neighbours that became equal after the removal.
    m_history.erase(std::unique(m_history.begin(), m_history.end()), m_history.end());
    m_position = std::min(m_position, int(m_history.size()) - 1);
    if (m_position < 0 && !m_history.empty())
        m_position = 0;
    if (!(current() == before))
        Q_EMIT currentChanged(current());
    Q_EMIT historyChanged();
}

} // namespace eg::app
