#pragma once

// What the perf-script importer stores, read back the way each peer needs it: the
// profile name carries the event, command, pid and tid ("<event> <comm> <pid>/<tid>",
// PerfScriptImporter), frames carry the tidied symbol and the dso as file and module,
// sample times are perf's timestamps in nanoseconds and weights are periods (or 1).
// Each peer's own rule (FlameGraph's folded stacks, speedscope's time between samples,
// the Firefox Profiler's one-per-sample threads) is derived from that here, in the
// comparison, never by changing what we store.

#include "acceptancefigures.h"

#include <QString>
#include <QStringList>

namespace eg::acceptance {

struct PerfThreadKey
{
    QString event;
    QString comm;
    QString pid; // "?" when the file has only thread ids, as stackcollapse-perf.pl writes
    QString tid;
    bool hasPid = false;
};

// False when the name is not one the perf-script importer writes.
bool parsePerfProfileName(const QString &name, PerfThreadKey *key);

// Frame indices of a stack, root first.
std::vector<int32_t> stackFramesRootFirst(const store::ProfileData &profile, int32_t stack);

// Our profiles of the event type seen first (both FlameGraph and speedscope keep only it).
std::vector<const ProfileFigures *> firstEventProfiles(const Imported &imported);

} // namespace eg::acceptance
