#pragma once

#include "models/store/logreader.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <vector>

class QThreadPool;

namespace eg::store {
class Cache;
}

namespace eg::itemmodels {

// The log records a filter keeps, as a table that never holds them all: rows are read
// from the cache a page at a time when a view first asks for them, and only the last few
// pages stay in memory, so that ten million lines scroll as smoothly as ten.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, ServiceColumn, MessageColumn, TraceColumn, ColumnCount };
    enum Role {
        LogIdRole = Qt::UserRole + 1, // qint64: the record's row in the cache
        LevelRole, // int: store::LogLevel
        TraceIdRole, // QString: canonical hex, empty when the record names no trace
        SpanIdRole, // QString
        // QList<QPair<int, int>> on the message column: start and length of each place
        // where a searched word matches the message text, for the delegate to mark.
        MatchRangesRole,
    };
    static constexpr int kPageSize = 256;
    static constexpr size_t kCachedPages = 8;

    explicit LogTableModel(QObject *parent = nullptr);
    ~LogTableModel() override;

    // Reads through this connection (the GUI thread's own, outliving the model), a page
    // at once when a row of it is first asked for; nullptr empties the table.
    void setCache(const store::Cache *cache);
    const store::Cache *cache() const { return m_cache; }
    // Reads pages on `pool`'s threads instead, each with its own connection to the cache
    // at `cachePath` (ARCHITECTURE.md, Threads): a page deep in a large cache can take
    // longer than a frame. Rows whose page has not arrived show as loading; dataChanged
    // says when it has. The connection set with setCache() still marks the table as
    // having a cache to read. An empty path goes back to reading on the GUI thread.
    void setBackgroundReading(const QString &cachePath, QThreadPool *pool);
    // Whether a row's page is being read in the background.
    bool isLoading(int row) const;
    // Counts what the filter keeps, here and now, and starts over.
    void setFilter(const store::LogFilter &filter);
    // Starts over with a filter whose count and first page were read elsewhere (off the
    // GUI thread, for a large cache); later pages are read when they are scrolled to.
    void setFilterResult(const store::LogFilter &filter, int64_t count,
                         std::vector<store::LogRow> firstPage);
    const store::LogFilter &filter() const { return m_filter; }
    int64_t totalCount() const { return m_count; }

    // The record on a row, reading its page if needed; null outside the table, and while
    // its page is read in the background.
    const store::LogRow *rowAt(int row) const;
    // How many page queries ran since the last reset, so tests can see the paging.
    int pagesRead() const { return m_pagesRead; }
    // Pages held now.
    size_t pagesHeld() const { return m_pages.size(); }

    // Where the words of a search occur in `text`: case-insensitively, at the start of a
    // word, as the full-text index matches them (each word a prefix). Sorted, merged.
    static QList<QPair<int, int>> matchRanges(const QString &text, const QString &words);
    // The message as one line of the table: line breaks and tabs become spaces.
    static QString messageLine(const std::string &body);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const std::vector<store::LogRow> *page(int64_t pageIndex) const;
    void requestPage(int64_t pageIndex) const;
    void keepPage(int64_t pageIndex, std::vector<store::LogRow> rows) const;
    void clearPages();
    QVariant display(const store::LogRow &row, int column) const;

    const store::Cache *m_cache = nullptr;
    store::LogFilter m_filter;
    int64_t m_count = 0;
    // Pages read, by index, and the order they were last used in (most recent last).
    mutable std::map<int64_t, std::vector<store::LogRow>> m_pages;
    mutable std::deque<int64_t> m_recent;
    mutable int m_pagesRead = 0;
    // Background reading: where, on which threads, the pages asked for and not arrived,
    // and the generation of the filter they were asked for (results of an older one are
    // dropped).
    QString m_cachePath;
    QThreadPool *m_pool = nullptr;
    mutable std::set<int64_t> m_requested;
    quint64 m_generation = 0;
};

} // namespace eg::itemmodels
