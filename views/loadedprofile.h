#pragma once

#include "profileextras.h"

#include "models/analysis/calltree.h"
#include "models/analysis/flamegraphlayout.h"
#include "models/analysis/profileinsights.h"
#include "models/analysis/profilesummary.h"
#include "models/store/profiledata.h"

#include <QString>

#include <memory>

namespace eg::views {

// Everything the profile page shows, built together off the GUI thread and then only
// read: the GUI thread swaps the whole set in at once.
struct LoadedProfile
{
    std::shared_ptr<const store::ProfileData> profile;
    std::shared_ptr<const analysis::CallTree> tree;
    std::shared_ptr<const analysis::FlameGraphLayout> layout;
    std::shared_ptr<const analysis::ProfileInsights> insights;
    std::shared_ptr<const analysis::ProfileSummary> summary;
    // What tabs derive from the profile, built when first asked for and kept with it.
    std::shared_ptr<ProfileExtras> extras;
    QString error; // set instead of the above when loading failed
    // A time window was asked for, but the profile has no wall clock to place it on, so
    // the whole profile was loaded.
    bool windowIgnored = false;
};

} // namespace eg::views
