#include "tracelistmodel.h"

#include "models/analysis/weightformatter.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cctype>

namespace eg::itemmodels {

namespace {

std::string lowered(std::string text)
{
    for (char &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

QString joinedServices(const store::TraceInfo &trace)
{
    QStringList names;
    for (const std::string &service : trace.services)
        names << QString::fromStdString(service);
    return names.join(QStringLiteral(", "));
}

} // namespace

TraceListModel::TraceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TraceListModel::setTraces(std::vector<store::TraceInfo> traces)
{
    beginResetModel();
    m_traces = std::move(traces);
    m_haystacks.clear();
    m_haystacks.reserve(m_traces.size());
    for (const store::TraceInfo &trace : m_traces) {
        std::string haystack = trace.rootName;
        for (const std::string &service : trace.services)
            haystack += ' ' + service;
        haystack += ' ' + trace.traceId;
        m_haystacks.push_back(lowered(std::move(haystack)));
    }
    applyFilterAndSort();
    endResetModel();
}

void TraceListModel::setFilter(const QString &text, bool errorsOnly)
{
    if (text == m_filterText && errorsOnly == m_errorsOnly)
        return;
    beginResetModel();
    m_filterText = text;
    m_errorsOnly = errorsOnly;
    applyFilterAndSort();
    endResetModel();
}

void TraceListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int32_t> traceOf;
    for (const QModelIndex &index : before)
        traceOf.push_back(m_visible[size_t(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applyFilterAndSort();
    std::vector<int32_t> rowOf(m_traces.size(), -1);
    for (size_t row = 0; row < m_visible.size(); ++row)
        rowOf[size_t(m_visible[row])] = int32_t(row);
    QModelIndexList after;
    for (size_t i = 0; i < size_t(before.size()); ++i) {
        const int32_t row = rowOf[size_t(traceOf[i])];
        after << (row >= 0 ? index(row, before[qsizetype(i)].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TraceListModel::applyFilterAndSort()
{
    std::vector<std::string> words;
    for (const QString &word : m_filterText.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.push_back(lowered(word.toStdString()));
    m_visible.clear();
    m_visible.reserve(m_traces.size());
    for (size_t i = 0; i < m_traces.size(); ++i) {
        if (m_errorsOnly && m_traces[i].errorCount == 0)
            continue;
        const std::string &haystack = m_haystacks[i];
        const bool all = std::all_of(words.begin(), words.end(), [&](const std::string &word) {
            return haystack.find(word) != std::string::npos;
        });
        if (all)
            m_visible.push_back(int32_t(i));
    }

    const auto key = [this](int32_t i) -> const store::TraceInfo & {
        return m_traces[size_t(i)];
    };
    const auto less = [&](int32_t a, int32_t b) {
        const store::TraceInfo &x = key(a);
        const store::TraceInfo &y = key(b);
        switch (m_sortColumn) {
        case RootColumn:
            if (x.rootName != y.rootName)
                return x.rootName < y.rootName;
            break;
        case ServicesColumn:
            if (x.services != y.services)
                return x.services < y.services;
            break;
        case DurationColumn:
            if (x.durationNs() != y.durationNs())
                return x.durationNs() < y.durationNs();
            break;
        case SpansColumn:
            if (x.spanCount != y.spanCount)
                return x.spanCount < y.spanCount;
            break;
        case ErrorsColumn:
            if (x.errorCount != y.errorCount)
                return x.errorCount < y.errorCount;
            break;
        default:
            break;
        }
        // Ties (and the Start column) go by start, then by id: a stable, total order.
        if (x.startNs != y.startNs)
            return x.startNs < y.startNs;
        return a < b;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_visible.begin(), m_visible.end(), less);
    else
        std::sort(m_visible.begin(), m_visible.end(),
                  [&](int32_t a, int32_t b) { return less(b, a); });
}

const store::TraceInfo *TraceListModel::traceAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &m_traces[size_t(m_visible[size_t(row)])];
}

int TraceListModel::rowOfTrace(const QString &traceId) const
{
    const std::string id = traceId.toStdString();
    for (size_t row = 0; row < m_visible.size(); ++row)
        if (m_traces[size_t(m_visible[row])].traceId == id)
            return int(row);
    return -1;
}

int TraceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TraceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceListModel::data(const QModelIndex &index, int role) const
{
    const store::TraceInfo *trace = index.isValid() ? traceAt(index.row()) : nullptr;
    if (!trace)
        return {};
    const QLocale locale;
    if (role == TraceIdRole)
        return QString::fromStdString(trace->traceId);
    if (role == SortValueRole) {
        switch (index.column()) {
        case RootColumn:
            return QString::fromStdString(trace->rootName);
        case ServicesColumn:
            return joinedServices(*trace);
        case StartColumn:
            return qint64(trace->startNs);
        case DurationColumn:
            return qint64(trace->durationNs());
        case SpansColumn:
            return qint64(trace->spanCount);
        case ErrorsColumn:
            return qint64(trace->errorCount);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RootColumn:
            return trace->rootName.empty() ? tr("(unnamed)")
                                           : QString::fromStdString(trace->rootName);
        case ServicesColumn:
            return joinedServices(*trace);
        case StartColumn:
            return locale.toString(
                QDateTime::fromMSecsSinceEpoch(trace->startNs / 1'000'000).toLocalTime(),
                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case DurationColumn:
            return analysis::WeightFormatter::formatDuration(double(trace->durationNs()), locale);
        case SpansColumn:
            return locale.toString(trace->spanCount);
        case ErrorsColumn:
            return trace->errorCount ? locale.toString(trace->errorCount) : QString();
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return tr("Trace %1: %2 spans in %3, starting with %4")
            .arg(QString::fromStdString(trace->traceId), locale.toString(trace->spanCount),
                 analysis::WeightFormatter::formatDuration(double(trace->durationNs()), locale),
                 QString::fromStdString(trace->rootName));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ErrorsColumn && trace->errorCount > 0)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant TraceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RootColumn:
            return tr("Root span");
        case ServicesColumn:
            return tr("Services");
        case StartColumn:
            return tr("Start");
        case DurationColumn:
            return tr("Duration");
        case SpansColumn:
            return tr("Spans");
        case ErrorsColumn:
            return tr("Errors");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RootColumn:
            return tr("The first operation of the trace: usually the request or job that "
                      "started everything else");
        case ServicesColumn:
            return tr("Every service that did part of the work");
        case DurationColumn:
            return tr("From the first span's start to the last span's end");
        case ErrorsColumn:
            return tr("Spans whose status says they failed");
        }
    }
    return {};
}

} // namespace eg::itemmodels
