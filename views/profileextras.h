#pragma once

#include "models/analysis/bottomuptree.h"
#include "models/analysis/flamechartlayout.h"
#include "models/analysis/functiontable.h"
#include "models/analysis/stackweights.h"
#include "models/store/profiledata.h"

#include <memory>
#include <mutex>

namespace eg::views {

// What the tabs of the profile page derive from one loaded profile beyond its call tree:
// the flame chart's layout, the stack weights and function table that the call tree
// tables and the sandwich both read, the bottom-up tree. Each is built once, on the first
// request from any thread (a second request waits for the first), and kept as long as the
// profile is: a tab shown again, a thread switched back to, or a profile loaded ahead of
// time finds it ready, and two tabs never build the same thing twice.
class ProfileExtras
{
public:
    explicit ProfileExtras(std::shared_ptr<const store::ProfileData> profile);

    const std::shared_ptr<const store::ProfileData> &profile() const { return m_profile; }

    // Built on first call; call them off the GUI thread.
    std::shared_ptr<const analysis::StackWeights> stackWeights();
    std::shared_ptr<const analysis::FunctionTable> functionTable();
    std::shared_ptr<const analysis::FlameChartLayout> flameChartLayout();
    // Opens nodes lazily afterwards, so once built it belongs to the GUI thread.
    std::shared_ptr<const analysis::BottomUpTree> bottomUpTree();
    // Everything above, as a profile loaded ahead of time wants it.
    void buildAll();

    // Without building: null until built (what the GUI thread can show at once).
    std::shared_ptr<const analysis::StackWeights> builtStackWeights() const;
    std::shared_ptr<const analysis::FunctionTable> builtFunctionTable() const;
    std::shared_ptr<const analysis::FlameChartLayout> builtFlameChartLayout() const;
    std::shared_ptr<const analysis::BottomUpTree> builtBottomUpTree() const;

private:
    // One result: built under `building` (so that it is built once), published under
    // `reading` (so that looking does not wait for a build).
    template<class T> struct Slot
    {
        std::mutex building;
        mutable std::mutex reading;
        std::shared_ptr<const T> value;

        template<class Build> std::shared_ptr<const T> get(Build build)
        {
            std::lock_guard buildLock(building);
            if (auto done = peek())
                return done;
            std::shared_ptr<const T> made = build();
            std::lock_guard readLock(reading);
            value = made;
            return made;
        }
        std::shared_ptr<const T> peek() const
        {
            std::lock_guard readLock(reading);
            return value;
        }
    };

    std::shared_ptr<const store::ProfileData> m_profile;
    Slot<analysis::StackWeights> m_weights;
    Slot<analysis::FunctionTable> m_functions;
    Slot<analysis::FlameChartLayout> m_flameChart;
    Slot<analysis::BottomUpTree> m_bottomUp;
};

} // namespace eg::views
