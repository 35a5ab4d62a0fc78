#pragma once

#include "models/store/logreader.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace eg::views {

// Everything the log timeline shows for one filter, read together off the GUI thread
// (counting and binning ten million lines takes longer than a frame) and then only read:
// the page swaps it in at once, as LoadedTrace is for the trace page.
struct LogQueryResult
{
    // What to read: the table's part (count, first page) comes back fast even for a large
    // cache, the overview (counts per level and service, the histogram) reads every
    // record kept; the page asks for both at once and shows each when it arrives.
    // FirstPage: only the table's first page, which a search over millions of lines finds
    // long before it has counted every match.
    enum class Part { Table, Overview, Both, FirstPage };

    store::LogFilter filter; // what was asked, time window included
    int64_t count = 0; // records the filter keeps
    std::vector<store::LogRow> firstPage; // the table's first page, so it shows at once
    // Per level, what the filter keeps with every level let through: the level buttons
    // say how many lines each would add.
    std::array<int64_t, 6> byLevel {};
    // Per service, what the filter keeps with any service: the service picker's choices.
    std::vector<std::pair<std::string, int64_t>> services;
    // What the chart spans: the window asked for, or the times of the records kept.
    std::optional<std::pair<int64_t, int64_t>> extent;
    // The times of the records kept, whatever the window: how far the chart may zoom out.
    std::optional<std::pair<int64_t, int64_t>> dataExtent;
    std::vector<store::LogBin> bins; // the stacked histogram over the extent
    QString error; // set instead of the above when the query failed
    bool firstPageRead = false; // firstPage, without the count
    bool tableRead = false;
    bool overviewRead = false;

    // Opens its own connection (one per thread, ARCHITECTURE.md), so it may run on a
    // worker thread.
    static LogQueryResult run(const QString &cachePath, const store::LogFilter &filter,
                              int binCount, Part part = Part::Both);
    // The same on a connection at hand (tests, the GUI thread for a small cache).
    static LogQueryResult read(const store::LogReader &reader, const store::LogFilter &filter,
                               int binCount, Part part = Part::Both);
    // Takes the part `other` read (of the same filter) into this one.
    void merge(LogQueryResult &&other);
};

} // namespace eg::views
