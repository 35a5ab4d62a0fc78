#pragma once

#include "models/store/profiledata.h"

#include <span>
#include <string>

namespace eg::analysis {

// A profile (or several, one file) in speedscope's file format
// (https://www.speedscope.app/file-format-schema.json): every frame once in
// `shared.frames`, each profile as type "sampled" with its stacks as frame indices root
// first and one weight per sample. speedscope itself and our SpeedscopeImporter read it
// back with the same samples, total weight and per-frame self and total weight.
class SpeedscopeExporter
{
public:
    // `name` is the file's title in speedscope (the source file's name, usually).
    static std::string toJson(std::span<const store::ProfileData *const> profiles,
                              const std::string &name);
    static std::string toJson(const store::ProfileData &profile, const std::string &name);
};

} // namespace eg::analysis
