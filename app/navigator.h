#pragma once

#include <QObject>

#include <cstdint>
#include <vector>

namespace eg::app {

// What the user is looking at, as a reference to an entity in the cache.
struct EntityRef
{
    enum class Kind { None, Source, Profile };
    Kind kind = Kind::None;
    int64_t id = 0;

    bool operator==(const EntityRef &) const = default;
};

// The one shared selection of the app (STYLE.md): views signal into it and follow it,
// instead of wiring every view to every other. Keeps a back/forward history like a
// browser's.
class Navigator : public QObject
{
    Q_OBJECT
public:
    explicit Navigator(QObject *parent = nullptr);

    EntityRef current() const;
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < int(m_history.size()); }

    // Makes `target` current; forward history is dropped, as in a browser.
    void navigate(const EntityRef &target);
    void goBack();
    void goForward();
    // Forgets every reference to an entity that no longer exists (a removed source).
    void forget(const EntityRef &target);

Q_SIGNALS:
    void currentChanged(const eg::app::EntityRef &current);
    void historyChanged();

private:
    std::vector<EntityRef> m_history;
    int m_position = -1;
};

} // namespace eg::app
