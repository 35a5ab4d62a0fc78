#pragma once

// What the acceptance test imported from one corpus input, and what every comparison
// with a peer (another tool whose published figures we match) shares. Each peer has its
// own file (speedscopepeer.cpp, firefoxpeer.cpp, selfderivedpeer.cpp, ...) and a line in
// peers.cpp's table.

#include "models/store/logreader.h"
#include "models/store/profiledata.h"
#include "models/store/tracedata.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

class QJsonArray;

namespace eg::acceptance {

bool near(double a, double b);
QString num(double value);

// What we imported from one input, as the comparisons need it.
struct ProfileFigures
{
    store::ProfileData data; // the profile as loaded back from the cache
    QString name;
    int64_t samples = 0;
    double totalWeight = 0;
    int64_t frames = 0;
    double busyWeight = 0;
    std::map<QString, double> selfByName; // summed per frame name
    std::map<QString, double> totalByName;
    // The largest total weight of a frame of each name: speedscope's expectations list
    // frames of one name (two columns of one anonymous function) by their largest total.
    std::map<QString, double> largestTotalByName;
};

struct Imported
{
    std::vector<ProfileFigures> profiles;
    std::vector<store::TraceInfo> traces; // in the order the file first names them
    int64_t distinctSpanIds = 0; // distinct (trace, span id) pairs
    std::vector<store::LogRow> logs; // in file order
    std::vector<QJsonObject> logAttributes; // of each log
    QString error; // the ImportError message when the import failed
};

// Imports one file into a fresh cache and reads every profile and trace back.
Imported importFile(const QString &path);

// A peer's top-5 list of [name, weight] against our weights summed per name, compared as
// sets: each listed name must weigh the same, and no name left off may outweigh the
// lightest listed one (or weigh anything, when the list is shorter than five). Ties at
// the cut may be listed in any order.
void compareTop(const QString &what, const QJsonArray &expected,
                const std::map<QString, double> &ours, QStringList *problems);

// A comparison with one peer's expectation file (`format_peer`), adding what differs.
using PeerComparison
    = void (*)(const QJsonObject &expected, const Imported &imported, QStringList *problems);
// nullptr for a peer we have no comparison for.
PeerComparison peerComparison(const QString &peer);
void compareSelfDerived(const QJsonObject &expected, const Imported &imported,
                        QStringList *problems);
// Trace figures (Jaeger's golden conversions, and self-derived ones for Zipkin and OTLP).
void compareTraces(const QJsonObject &expected, const Imported &imported, QStringList *problems);
// Log figures (self-derived ones for OTLP logs).
void compareLogs(const QJsonObject &expected, const Imported &imported, QStringList *problems);

} // namespace eg::acceptance
