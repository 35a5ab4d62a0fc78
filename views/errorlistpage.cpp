#include "errorlistpage.h"

#include "plainwordshtml.h"

#include "models/item/erroreventlistmodel.h"
#include "models/item/errorgroupmodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace eg::views {

using itemmodels::ErrorEventListModel;
using itemmodels::ErrorGroupModel;

namespace {

void setUpTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

// Whether every word is in the kind's type, message or culprit, whatever the case.
bool matchesEveryWord(const store::ErrorGroup &group, const QString &culprit,
                      const QStringList &words)
{
    const QString type = ErrorGroupModel::typeText(group);
    const QString message = QString::fromStdString(group.value);
    return std::all_of(words.begin(), words.end(), [&](const QString &word) {
        return type.contains(word, Qt::CaseInsensitive)
            || message.contains(word, Qt::CaseInsensitive)
            || culprit.contains(word, Qt::CaseInsensitive);
    });
}

QString clockTime(int64_t ns)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ns / 1'000'000).toLocalTime(),
                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

ErrorListPage::ErrorListPage(QWidget *parent)
    : QWidget(parent)
    , m_groups(new ErrorGroupModel(this))
    , m_events(new ErrorEventListModel(this))
    , m_headline(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_matchCount(new QLabel(this))
    , m_groupTable(new QTableView(this))
    , m_eventsTitle(new QLabel(this))
    , m_eventTable(new QTableView(this))
{
    m_headline->setObjectName(QStringLiteral("errorsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_search->setObjectName(QStringLiteral("errorSearch"));
    m_search->setPlaceholderText(tr("Search errors by type, message or culprit…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Keeps the kinds of error whose type, message or culprit (where "
                            "it was raised) holds all these words, in any case"));
    m_search->setAccessibleName(tr("Search errors"));
    m_matchCount->setObjectName(QStringLiteral("errorMatchCount"));
    m_matchCount->setTextFormat(Qt::PlainText);
    m_matchCount->hide(); // only while searching: the field takes the whole width otherwise
    m_groupTable->setObjectName(QStringLiteral("errorGroupTable"));
    m_eventTable->setObjectName(QStringLiteral("errorEventTable"));
    setUpTable(m_groupTable, m_groups);
    m_groupTable->setSortingEnabled(true);
    m_groupTable->sortByColumn(ErrorGroupModel::CountColumn, Qt::DescendingOrder);
    m_groupTable->horizontalHeader()->setSectionResizeMode(ErrorGroupModel::TypeColumn,
                                                           QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setSectionResizeMode(ErrorGroupModel::MessageColumn,
                                                           QHeaderView::Stretch);
    m_groupTable->setColumnWidth(ErrorGroupModel::CountColumn, 70);
    m_groupTable->setColumnWidth(ErrorGroupModel::FirstSeenColumn, 160);
    m_groupTable->setColumnWidth(ErrorGroupModel::LastSeenColumn, 160);
    setUpTable(m_eventTable, m_events);
    m_eventTable->horizontalHeader()->setSectionResizeMode(ErrorEventListModel::ReleaseColumn,
                                                           QHeaderView::Stretch);
    m_eventTable->setColumnWidth(ErrorEventListModel::TimeColumn, 190);
    m_eventTable->setColumnWidth(ErrorEventListModel::LevelColumn, 80);
    m_eventTable->setColumnWidth(ErrorEventListModel::EnvironmentColumn, 120);
    m_eventTable->setColumnWidth(ErrorEventListModel::TraceColumn, 130);
    QFont bold = m_eventsTitle->font();
    bold.setBold(true);
    m_eventsTitle->setFont(bold);

    auto *eventsPane = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPane);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_eventsTitle);
    eventsLayout->addWidget(m_eventTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_groupTable);
    splitter->addWidget(eventsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search, 1);
    searchBar->addWidget(m_matchCount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(searchBar);
    layout->addWidget(splitter, 1);

    // The kinds are in memory: each key narrows them at once.
    connect(m_search, &QLineEdit::textChanged, this, &ErrorListPage::applySearch);
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ErrorListPage::showEventsOfSelectedGroup);
    const auto openGroup = [this](const QModelIndex &index) {
        if (const store::ErrorGroup *group = m_groups->groupAt(index.row()))
            Q_EMIT errorGroupActivated(QString::fromStdString(group->groupKey),
                                       qint64(group->latestEventRow));
    };
    connect(m_groupTable, &QTableView::activated, this, openGroup);
    connect(m_groupTable, &QTableView::doubleClicked, this, openGroup);
    const auto openEvent = [this](const QModelIndex &index) {
        if (const store::ErrorEvent *event = m_events->eventAt(index.row()))
            Q_EMIT eventActivated(qint64(event->row));
    };
    connect(m_eventTable, &QTableView::activated, this, openEvent);
    connect(m_eventTable, &QTableView::doubleClicked, this, openEvent);
    // The trace cell is a link: one click follows it.
    connect(m_eventTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const store::ErrorEvent *event = m_events->eventAt(index.row());
        if (event && index.column() == ErrorEventListModel::TraceColumn && !event->traceId.empty())
            Q_EMIT openTraceRequested(QString::fromStdString(event->traceId),
                                      QString::fromStdString(event->spanId));
    });
    showErrors({}, {});
}

void ErrorListPage::setCache(const store::Cache *cache)
{
    m_cache = cache;
}

void ErrorListPage::showErrors(const store::ErrorFilter &filter, const QString &scope)
{
    m_filter = filter;
    m_scope = scope.isEmpty() ? tr("the cache") : scope;
    std::vector<store::ErrorGroup> groups;
    int64_t events = 0;
    if (m_cache) {
        const store::ErrorReader reader(*m_cache);
        groups = reader.groups(filter);
        events = reader.count(filter);
    }
    updateHeadline(groups, events);
    m_culprits.clear();
    if (m_cache) {
        // One row by its key per kind: the latest event's culprit, as its message is.
        const store::ErrorReader reader(*m_cache);
        for (const store::ErrorGroup &group : groups) {
            const auto latest = reader.event(group.latestEventRow);
            m_culprits.push_back(latest ? QString::fromStdString(latest->culprit) : QString());
        }
    }
    m_culprits.resize(groups.size());
    m_allGroups = std::move(groups);
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_groups->setGroups(m_allGroups);
    m_events->setEvents({});
    m_eventsTitle->clear();
    m_matchCount->clear();
    m_matchCount->hide();
    if (m_groups->rowCount() > 0)
        m_groupTable->setCurrentIndex(m_groups->index(0, ErrorGroupModel::TypeColumn));
}

void ErrorListPage::applySearch()
{
    const store::ErrorGroup *selected = m_groups->groupAt(m_groupTable->currentIndex().row());
    const QString selectedKey = selected ? QString::fromStdString(selected->groupKey) : QString();
    const QStringList words
        = m_search->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<store::ErrorGroup> kept;
    for (size_t i = 0; i < m_allGroups.size(); ++i)
        if (matchesEveryWord(m_allGroups[i], m_culprits[i], words))
            kept.push_back(m_allGroups[i]);
    const int total = int(m_allGroups.size());
    m_matchCount->setText(words.isEmpty() ? QString()
                                          : tr("Showing %1 of %n kinds of error", nullptr, total)
                                                .arg(QLocale().toString(qlonglong(kept.size()))));
    m_matchCount->setVisible(!words.isEmpty());
    m_groups->setGroups(std::move(kept));
    int row = selectedKey.isEmpty() ? -1 : m_groups->rowOfGroup(selectedKey);
    if (row < 0 && m_groups->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_groupTable->setCurrentIndex(m_groups->index(row, ErrorGroupModel::TypeColumn));
    else
        showEventsOfSelectedGroup(); // nothing left: no occurrences either
}

QString ErrorListPage::matchCountText() const
{
    return m_matchCount->text();
}

bool ErrorListPage::selectGroup(const QString &groupKey)
{
    const int row = m_groups->rowOfGroup(groupKey);
    if (row < 0)
        return false;
    m_groupTable->setCurrentIndex(m_groups->index(row, ErrorGroupModel::TypeColumn));
    return true;
}

void ErrorListPage::showEventsOfSelectedGroup()
{
    const store::ErrorGroup *group = m_groups->groupAt(m_groupTable->currentIndex().row());
    if (!group || !m_cache) {
        m_events->setEvents({});
        m_eventsTitle->clear();
        return;
    }
    m_events->setEvents(store::ErrorReader(*m_cache).eventsOfGroup(group->groupKey, m_filter));
    const int count = m_events->rowCount();
    const QString kind = ErrorGroupModel::typeText(*group);
    m_eventsTitle->setText(count == 1
                               ? tr("The one time %1 happened (double-click to open it)").arg(kind)
                               : tr("Each of the %n times %1 happened (double-click one to open "
                                    "it)",
                                    nullptr, count)
                                     .arg(kind));
}

void ErrorListPage::updateHeadline(const std::vector<store::ErrorGroup> &groups, int64_t events)
{
    if (groups.empty()) {
        m_headlineText = tr("There are no errors in %1.").arg(m_scope);
        m_headline->setText(PlainWordsHtml::boldNames(m_headlineText));
        return;
    }
    // English has no plural translation loaded, so its two forms are spelled out.
    const int kinds = int(groups.size());
    const QString kindsText
        = kinds == 1 ? tr("1 kind of error") : tr("%n kinds of error", nullptr, kinds);
    const QString eventsText = events == 1 ? tr("1 event") : tr("%n events", nullptr, int(events));
    const store::ErrorGroup &top = groups.front(); // the reader lists the most frequent first
    QString text = tr("%1, %2 in %3.").arg(kindsText, eventsText, m_scope);
    const QString name = QLatin1Char('`')
        + ErrorGroupModel::typeText(top).replace(QLatin1Char('`'), QLatin1Char('\''))
        + QLatin1Char('`');
    const QString message
        = QString::fromStdString(top.value).replace(QLatin1Char('`'), QLatin1Char('\''));
    text += QLatin1Char(' ');
    if (top.count == 1)
        text += tr("The most frequent: %1 “%2”, once").arg(name, message);
    else
        text += tr("The most frequent: %1 “%2”, %n times", nullptr, int(top.count))
                    .arg(name, message);
    if (top.lastSeenNs != 0)
        text += tr(", last at %1").arg(clockTime(top.lastSeenNs));
    text += QStringLiteral(". ")
        + tr("Select a kind to see each time it happened; open one to see its stack trace and "
             "what led up to it.");
    m_headlineText = text;
    m_headline->setText(PlainWordsHtml::boldNames(text));
}

} // namespace eg::views
