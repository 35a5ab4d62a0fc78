#include "logtablemodel.h"

#include "loglevelpalette.h"

#include "models/store/cache.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPalette>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <exception>

namespace eg::itemmodels {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Long bodies are cut for the table; the details pane shows them whole.
constexpr qsizetype kMaxMessageChars = 2000;

} // namespace

LogTableModel::LogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

LogTableModel::~LogTableModel() = default;

void LogTableModel::clearPages()
{
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    m_pagesRead = 0;
    ++m_generation;
}

void LogTableModel::setCache(const store::Cache *cache)
{
    beginResetModel();
    m_cache = cache;
    m_count = 0;
    clearPages();
    endResetModel();
}

void LogTableModel::setBackgroundReading(const QString &cachePath, QThreadPool *pool)
{
    beginResetModel();
    m_cachePath = pool ? cachePath : QString();
    m_pool = pool;
    m_count = 0;
    clearPages();
    endResetModel();
}

bool LogTableModel::isLoading(int row) const
{
    return row >= 0 && m_requested.count(row / kPageSize) > 0;
}

void LogTableModel::setFilter(const store::LogFilter &filter)
{
    const int64_t count = m_cache ? store::LogReader(*m_cache).count(filter) : 0;
    setFilterResult(filter, count, {});
}

void LogTableModel::setFilterResult(const store::LogFilter &filter, int64_t count,
                                    std::vector<store::LogRow> firstPage)
{
    if (m_cache && filter == m_filter && m_count > 0 && count > m_count) {
        // The count of a search shown by its first lines: the rows found since follow,
        // and the rows, scroll position and selection on screen stay.
        beginInsertRows(QModelIndex(), int(m_count), int(std::min<int64_t>(count, INT_MAX) - 1));
        m_count = count;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_filter = filter;
    m_count = m_cache ? count : 0;
    clearPages();
    if (m_count > 0 && !firstPage.empty()) {
        if (firstPage.size() > size_t(kPageSize))
            firstPage.resize(size_t(kPageSize));
        m_pages.emplace(0, std::move(firstPage));
        m_recent.push_back(0);
    }
    endResetModel();
}

const std::vector<store::LogRow> *LogTableModel::page(int64_t pageIndex) const
{
    const auto found = m_pages.find(pageIndex);
    if (found != m_pages.end()) {
        if (m_recent.back() != pageIndex) {
            m_recent.erase(std::find(m_recent.begin(), m_recent.end(), pageIndex));
            m_recent.push_back(pageIndex);
        }
        return &found->second;
    }
    if (!m_cache)
        return nullptr;
    if (!m_cachePath.isEmpty()) {
        requestPage(pageIndex);
        return nullptr;
    }
    keepPage(pageIndex,
             store::LogReader(*m_cache).page(m_filter, pageIndex * kPageSize, kPageSize));
    return &m_pages.find(pageIndex)->second;
}

void LogTableModel::keepPage(int64_t pageIndex, std::vector<store::LogRow> rows) const
{
    ++m_pagesRead;
    while (m_pages.size() >= kCachedPages) {
        m_pages.erase(m_recent.front());
        m_recent.pop_front();
    }
    m_recent.push_back(pageIndex);
    m_pages.emplace(pageIndex, std::move(rows));
}

void LogTableModel::requestPage(int64_t pageIndex) const
{
    if (!m_requested.insert(pageIndex).second)
        return;
    // The watcher is the model's child: a model destroyed meanwhile drops the result.
    auto *self = const_cast<LogTableModel *>(this);
    auto *watcher = new QFutureWatcher<std::vector<store::LogRow>>(self);
    connect(watcher, &QFutureWatcher<std::vector<store::LogRow>>::finished, self,
            [self, watcher, pageIndex, generation = m_generation] {
                watcher->deleteLater();
                if (generation != self->m_generation)
                    return; // asked for a filter no longer shown
                self->m_requested.erase(pageIndex);
                self->keepPage(pageIndex, watcher->result());
                const int first = int(pageIndex * kPageSize);
                const int last = std::min(self->rowCount(), first + kPageSize) - 1;
                if (last >= first)
                    Q_EMIT self->dataChanged(self->index(first, 0),
                                             self->index(last, ColumnCount - 1));
            });
    watcher->setFuture(QtConcurrent::run(
        m_pool, [path = m_cachePath, filter = m_filter, offset = pageIndex * kPageSize] {
            try {
                const store::Cache cache(path);
                return store::LogReader(cache).page(filter, offset, kPageSize);
            } catch (const std::exception &) {
                return std::vector<store::LogRow>(); // shown as empty rows, not a crash
            }
        }));
}

const store::LogRow *LogTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const std::vector<store::LogRow> *rows = page(row / kPageSize);
    const size_t offset = size_t(row % kPageSize);
    return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<int64_t>(m_count, INT_MAX));
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogTableModel::messageLine(const std::string &body)
{
    QString line = QString::fromUtf8(
        body.data(), qsizetype(std::min(body.size(), size_t(kMaxMessageChars) * 4)));
    if (line.size() > kMaxMessageChars)
        line = line.left(kMaxMessageChars) + QChar(0x2026);
    for (QChar &c : line)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return line;
}

QList<QPair<int, int>> LogTableModel::matchRanges(const QString &text, const QString &words)
{
    QList<QPair<int, int>> ranges;
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : parts) {
        word.remove(QLatin1Char('"'));
        if (word.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
            // The index matches whole tokens from their start: "pay" finds "payment"
            // but not "repay".
            if (at > 0 && text[at - 1].isLetterOrNumber() && word[0].isLetterOrNumber())
                continue;
            ranges.append({int(at), int(word.size())});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second)
            merged.last().second
                = std::max(merged.last().second, range.first + range.second - merged.last().first);
        else
            merged.append(range);
    }
    return merged;
}

QVariant LogTableModel::display(const store::LogRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        if (!row.timeNs)
            return row.timeProblem == store::LogRecord::TimeProblem::Unreadable
                ? tr("unreadable time")
                : tr("no time");
        return QDateTime::fromMSecsSinceEpoch(*row.timeNs / 1'000'000)
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    case LevelColumn:
        return LogLevelPalette::name(row.level);
    case ServiceColumn:
        return fromStd(row.service);
    case MessageColumn:
        return messageLine(row.body);
    case TraceColumn:
        return row.traceId.empty() ? QString() : fromStd(row.traceId).left(8);
    default:
        return {};
    }
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::LogRow *row = rowAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == MessageColumn && isLoading(index.row()))
            return tr("Loading…");
        return {};
    }
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, column);
    case Qt::ToolTipRole:
        if (column == TimeColumn && row->timeNs)
            return QDateTime::fromMSecsSinceEpoch(*row->timeNs / 1'000'000)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
        if (column == LevelColumn)
            return tr("Written as “%1”").arg(fromStd(row->levelText));
        if (column == TraceColumn && !row->traceId.empty())
            return tr("Trace %1: double-click to open its waterfall").arg(fromStd(row->traceId));
        if (column == MessageColumn)
            return display(*row, column);
        return {};
    case Qt::ForegroundRole:
        if (column == LevelColumn)
            return QBrush(LogLevelPalette::colour(row->level));
        if (column == TimeColumn && !row->timeNs)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        if (column == TraceColumn)
            return QBrush(QGuiApplication::palette().color(QPalette::Link));
        return {};
    case Qt::DecorationRole:
        if (column == LevelColumn)
            return LogLevelPalette::colour(row->level);
        return {};
    case Qt::FontRole:
        if (column == LevelColumn && row->level >= store::LogLevel::Error) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (column == TraceColumn) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case LogIdRole:
        return qint64(row->id);
    case LevelRole:
        return int(row->level);
    case TraceIdRole:
        return fromStd(row->traceId);
    case SpanIdRole:
        return fromStd(row->spanId);
    case MatchRangesRole:
        if (column == MessageColumn && m_filter.hasText())
            return QVariant::fromValue(matchRanges(messageLine(row->body), m_filter.text));
        return {};
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ServiceColumn:
        return tr("Service");
    case MessageColumn:
        return tr("Message");
    case TraceColumn:
        return tr("Trace");
    default:
        return {};
    }
}

} // namespace eg::itemmodels
