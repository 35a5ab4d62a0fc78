#pragma once

#include "models/store/profiledata.h"

#include <string>

namespace eg::analysis {

// Brendan Gregg's collapsed-stack text for a profile: one line per distinct stack, root
// first, frames joined by ';', then a space and the summed weight, lines in byte order
// (CLI.md), so the output compares line by line with stackcollapse-*.pl.
class FoldedStacks
{
public:
    static std::string fromProfile(const store::ProfileData &profile);
};

} // namespace eg::analysis
