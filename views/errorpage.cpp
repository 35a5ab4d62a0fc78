#include "errorpage.h"

#include "breadcrumbtimeline.h"
#include "keyvaluetable.h"
#include "plainwordshtml.h"
#include "stacktraceview.h"
#include "titledpane.h"

#include "models/store/logrecord.h"
#include "models/store/tracereader.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace eg::views {

using itemmodels::ErrorException;
using itemmodels::ErrorFrame;

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Data shown between backticks must not close them (PlainWordsHtml bolds what they hold).
QString named(const QString &text)
{
    return QLatin1Char('`') + QString(text).replace(QLatin1Char('`'), QLatin1Char('\''))
        + QLatin1Char('`');
}

QString unquoted(const QString &text)
{
    return QString(text).replace(QLatin1Char('`'), QLatin1Char('\''));
}

QDateTime localTime(int64_t ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000).toLocalTime();
}

QString dateAndTime(int64_t ns)
{
    return QLocale().toString(localTime(ns), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A later time on the same day needs no date again.
QString timeAfter(int64_t ns, int64_t earlierNs)
{
    if (localTime(ns).date() == localTime(earlierNs).date())
        return QLocale().toString(localTime(ns), QStringLiteral("HH:mm:ss"));
    return dateAndTime(ns);
}

bool sameCall(const ErrorFrame &a, const ErrorFrame &b)
{
    return a.function == b.function && a.file == b.file && a.module == b.module && a.line == b.line
        && a.column == b.column;
}

// How many of the oldest frames a cause has in common with the exception it caused (a
// chained error is usually built a line away from where it is thrown); the newest frame
// always stays its own.
int sharedOldestFrames(const QList<ErrorFrame> &cause, const QList<ErrorFrame> &caused)
{
    int shared = 0;
    while (shared < int(cause.size()) - 1 && shared < int(caused.size())
           && sameCall(cause[cause.size() - 1 - shared], caused[caused.size() - 1 - shared]))
        ++shared;
    return shared;
}

QLabel *sectionNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #606060"));
    return label;
}

// A section's content: the widgets one under the other.
QWidget *stacked(std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 2, 0, 10);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return box;
}

} // namespace

ErrorPage::ErrorPage(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_openTrace(new QPushButton(tr("Open trace"), this))
    , m_openLogs(new QPushButton(tr("Logs of this trace"), this))
    , m_stackNote(sectionNote(tr("Each stack trace starts with the newest call, the line that "
                                 "raised the error, and goes down to the oldest. Your own code "
                                 "is highlighted with the lines around it; library and runtime "
                                 "code is folded: click a fold to open it."),
                              this))
    , m_chain(new QWidget(this))
    , m_chainLayout(new QVBoxLayout(m_chain))
    , m_breadcrumbs(new BreadcrumbTimeline(this))
    , m_noBreadcrumbs(sectionNote(tr("The app recorded no steps before this error."), this))
    , m_tags(new KeyValueTable(this))
    , m_noTags(sectionNote(tr("No tags."), this))
    , m_contexts(new KeyValueTable(this))
    , m_noContexts(sectionNote(tr("No contexts."), this))
{
    m_headline->setObjectName(QStringLiteral("errorHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_headline->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_headline->setFont(larger);
    m_facts->setWordWrap(true);
    m_facts->setStyleSheet(QStringLiteral("color: #606060"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chainLayout->setContentsMargins(0, 0, 0, 0);
    m_openTrace->setObjectName(QStringLiteral("openTrace"));
    m_openLogs->setObjectName(QStringLiteral("openLogs"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openTrace);
    buttons->addWidget(m_openLogs);
    buttons->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_headline);
    layout->addWidget(m_facts);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(new TitledPane(tr("What was raised"), stacked({m_stackNote, m_chain})));
    layout->addWidget(
        new TitledPane(tr("What happened before"), stacked({m_breadcrumbs, m_noBreadcrumbs})));
    layout->addWidget(new TitledPane(tr("Tags"), stacked({m_tags, m_noTags})));
    layout->addWidget(new TitledPane(tr("Contexts"), stacked({m_contexts, m_noContexts})));
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_openTrace, &QPushButton::clicked, this, [this] {
        Q_EMIT openTraceRequested(fromStd(m_event.traceId), fromStd(m_event.spanId));
    });
    connect(m_openLogs, &QPushButton::clicked, this,
            [this] { Q_EMIT openLogsRequested(fromStd(m_event.traceId)); });
    clear();
}

void ErrorPage::setCache(const store::Cache *cache)
{
    m_cache = cache;
}

bool ErrorPage::showErrorEvent(qint64 eventRow)
{
    if (!m_cache) {
        clear();
        return false;
    }
    const store::ErrorReader reader(*m_cache);
    const std::optional<store::ErrorEvent> event = reader.event(eventRow);
    if (!event) {
        clear();
        return false;
    }
    setEvent(*event, reader.group(store::errorGroupKey(event->type, event->value)));
    return true;
}

void ErrorPage::clear()
{
    setEvent(store::ErrorEvent {});
    m_headlineText = tr("No error is selected.");
    m_headline->setText(m_headlineText);
    m_facts->clear();
}

void ErrorPage::setEvent(const store::ErrorEvent &event,
                         const std::optional<store::ErrorGroup> &kind)
{
    m_event = event;
    m_details = itemmodels::ErrorDetails::parse(event.details, fromStd(event.type));
    m_headlineText = headline(kind);
    m_headline->setText(PlainWordsHtml::boldNames(m_headlineText));

    QStringList facts;
    const auto fact = [&facts](const QString &label, const std::string &value) {
        if (!value.empty())
            facts << label.arg(fromStd(value));
    };
    fact(tr("Level: %1"), event.level);
    fact(tr("Release: %1"), event.release);
    fact(tr("Environment: %1"), event.environment);
    fact(tr("Event: %1"), event.eventId);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));

    const bool hasTrace = !event.traceId.empty();
    m_openTrace->setEnabled(hasTrace);
    m_openLogs->setEnabled(hasTrace);
    const QString noTrace = tr("This error was not captured during a trace.");
    m_openTrace->setToolTip(
        hasTrace ? tr("Show trace %1 with the span that was running").arg(fromStd(event.traceId))
                 : noTrace);
    m_openLogs->setToolTip(
        hasTrace ? tr("Show the log lines of trace %1").arg(fromStd(event.traceId)) : noTrace);

    rebuildChain();
    QString errorTitle = unquoted(m_details.message);
    if (!m_details.exceptions.isEmpty())
        errorTitle = m_details.exceptions.front().type + QStringLiteral(": ")
            + m_details.exceptions.front().value;
    else if (errorTitle.isEmpty())
        errorTitle = fromStd(event.value);
    std::optional<double> errorSeconds;
    if (event.timeNs)
        errorSeconds = double(*event.timeNs) / 1e9;
    m_breadcrumbs->setBreadcrumbs(m_details.breadcrumbs, errorSeconds, errorTitle);
    m_breadcrumbs->setVisible(!m_details.breadcrumbs.isEmpty());
    m_noBreadcrumbs->setVisible(m_details.breadcrumbs.isEmpty());
    showKeyValues(m_tags, m_noTags, m_details.tags);
    showKeyValues(m_contexts, m_noContexts, m_details.contexts);
}

QStringList ErrorPage::chainTypes() const
{
    QStringList types;
    for (const ErrorException &exception : m_details.exceptions)
        types << exception.type;
    return types;
}

QString ErrorPage::headline(const std::optional<store::ErrorGroup> &kind) const
{
    if (m_event.row == 0 && m_event.eventId.empty())
        return {};
    QString text;
    if (m_details.exceptions.isEmpty()) {
        const QString message
            = m_details.message.isEmpty() ? fromStd(m_event.value) : m_details.message;
        text = tr("A message was reported as %1: “%2”.")
                   .arg(m_event.level.empty() ? tr("an error") : fromStd(m_event.level),
                        unquoted(message));
    } else {
        const ErrorException &outermost = m_details.exceptions.front();
        text = named(outermost.type) + QStringLiteral(": ") + unquoted(outermost.value);
        const auto raising = std::find_if(outermost.frames.begin(), outermost.frames.end(),
                                          [](const ErrorFrame &frame) { return frame.inApp; });
        if (raising != outermost.frames.end())
            text += tr(" — raised in %1 (your code, %2)")
                        .arg(named(raising->function), unquoted(raising->location()));
        else if (!outermost.frames.isEmpty())
            text += tr(" — raised in %1 (library code, %2)")
                        .arg(named(outermost.frames.front().function),
                             unquoted(outermost.frames.front().location()));
        for (qsizetype i = 1; i < m_details.exceptions.size(); ++i)
            text += tr(", caused by %1: %2")
                        .arg(named(m_details.exceptions[i].type),
                             unquoted(m_details.exceptions[i].value));
        text += QLatin1Char('.');
    }

    // How often (the reader counts an event once however many files hold it) and when.
    const int times = kind ? int(kind->count) : 0;
    const int64_t firstNs = kind ? kind->firstSeenNs : 0;
    const int64_t lastNs = kind ? kind->lastSeenNs : 0;
    text += QLatin1Char(' ');
    if (times > 1 && firstNs != 0) {
        text += tr("It happened %n times between %1 and %2", nullptr, times)
                    .arg(dateAndTime(firstNs), timeAfter(lastNs, firstNs));
        if (m_event.timeNs)
            text += tr("; this time at %1").arg(timeAfter(*m_event.timeNs, firstNs));
    } else if (m_event.timeNs) {
        text += times > 1 ? tr("It happened %n times, this time at %1", nullptr, times)
                                .arg(dateAndTime(*m_event.timeNs))
                          : tr("It happened at %1").arg(dateAndTime(*m_event.timeNs));
    } else {
        text += tr("Its time is not known");
    }
    if (!m_event.traceId.empty()) {
        // The trace by its transaction, else by its root span when the cache holds it (the
        // culprit would read as the trace's name, and the sentence names it already).
        QString during = m_details.transaction;
        if (during.isEmpty() && m_cache) {
            try {
                if (const auto trace = store::TraceReader(*m_cache).trace(m_event.traceId))
                    during = fromStd(trace->rootName);
            } catch (const std::exception &) {
                // A cache that cannot say: the trace goes by its id alone.
            }
        }
        text += during.isEmpty()
            ? tr(", during trace %1").arg(fromStd(m_event.traceId.substr(0, 8)))
            : tr(", during trace %1 (%2)")
                  .arg(fromStd(m_event.traceId.substr(0, 8)), named(during));
    } else {
        text += tr(", outside any trace");
    }
    text += QLatin1Char('.');

    if (!m_details.exceptions.isEmpty() && m_details.exceptions.front().handled) {
        text += QLatin1Char(' ')
            + (*m_details.exceptions.front().handled
                   ? tr("The app caught it and reported it (handled).")
                   : tr("Nothing in the app caught it (unhandled)."));
    }
    return text;
}

void ErrorPage::rebuildChain()
{
    while (QLayoutItem *item = m_chainLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_stacks.clear();
    m_chainTitles.clear();
    m_stackNote->setVisible(!m_details.exceptions.isEmpty());
    if (m_details.exceptions.isEmpty()) {
        m_chainLayout->addWidget(sectionNote(
            m_event.eventId.empty() ? QString()
                                    : tr("No exception: the app reported a message, so there "
                                         "is no stack trace."),
            m_chain));
        return;
    }
    for (qsizetype i = 0; i < m_details.exceptions.size(); ++i) {
        const ErrorException &exception = m_details.exceptions[i];
        QString plain = (i == 0 ? QString() : tr("caused by") + QLatin1Char(' '))
            + named(exception.type) + QStringLiteral(": ") + unquoted(exception.value);
        QStringList how;
        if (exception.handled)
            how << (*exception.handled ? tr("handled") : tr("unhandled"));
        if (!exception.mechanism.isEmpty())
            how << tr("mechanism: %1").arg(exception.mechanism);
        if (!how.isEmpty())
            plain += QStringLiteral(" (") + how.join(QStringLiteral(", ")) + QLatin1Char(')');
        auto *title = new QLabel(PlainWordsHtml::boldNames(plain), m_chain);
        title->setObjectName(QStringLiteral("chainTitle"));
        title->setWordWrap(true);
        title->setTextFormat(Qt::RichText);
        title->setStyleSheet(QStringLiteral("color: #b71c1c; margin-top: 6px"));
        auto *stack = new StackTraceView(m_chain);
        if (i == 0)
            stack->setFrames(exception.frames);
        else
            stack->setFrames(
                exception.frames,
                sharedOldestFrames(exception.frames, m_details.exceptions[i - 1].frames),
                m_details.exceptions[i - 1].type);
        m_chainLayout->addWidget(title);
        m_chainLayout->addWidget(stack);
        m_chainTitles.append(title);
        m_stacks.append(stack);
    }
}

void ErrorPage::showKeyValues(KeyValueTable *table, QLabel *none,
                              const QList<QPair<QString, QString>> &rows)
{
    table->setRows(rows);
    table->setVisible(!rows.isEmpty());
    none->setVisible(rows.isEmpty() && !m_event.eventId.empty());
}

} // namespace eg::views
