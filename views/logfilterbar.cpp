#include "logfilterbar.h"

#include "models/item/loglevelpalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace eg::views {

using itemmodels::LogLevelPalette;

namespace {

// Long enough to finish a word, short enough to feel immediate.
constexpr int kTypingPauseMs = 300;

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &LogFilterBar::filterChanged);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search log messages…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Keeps the lines whose message holds all these words (the last "
                            "one may be the start of a word); matches are marked"));
    m_search->setAccessibleName(tr("Search log messages"));
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        Q_EMIT filterChanged();
    });

    // Two rows: the fields to type in, wide enough to read what is typed, then the level
    // buttons, whose counts grow long in a large cache.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    auto *levelRow = new QHBoxLayout;
    rows->addLayout(levelRow);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    layout->addWidget(m_search, 2);
    for (int level = 0; level < LogLevelPalette::kLevelCount; ++level) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(swatch(LogLevelPalette::colour(LogLevelPalette::level(level))));
        button->setText(LogLevelPalette::name(LogLevelPalette::level(level)));
        button->setToolTip(tr("Show or hide the %1 lines")
                               .arg(LogLevelPalette::name(LogLevelPalette::level(level))));
        connect(button, &QToolButton::toggled, this, &LogFilterBar::filterChanged);
        m_levels[size_t(level)] = button;
        levelRow->addWidget(button);
    }
    levelRow->addStretch(1);

    m_service = new QComboBox(this);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_service->setAccessibleName(tr("Service"));
    m_service->setToolTip(tr("Only the lines of one service"));
    m_service->addItem(tr("All services"));
    connect(m_service, &QComboBox::activated, this, &LogFilterBar::filterChanged);
    layout->addWidget(m_service);

    m_attribute = new QLineEdit(this);
    m_attribute->setPlaceholderText(tr("attribute=value"));
    m_attribute->setClearButtonEnabled(true);
    m_attribute->setToolTip(tr("Only the lines whose attribute has this value, for example "
                               "http.status_code=500"));
    m_attribute->setAccessibleName(tr("Attribute filter"));
    connect(m_attribute, &QLineEdit::textChanged, this, [this] {
        updateAttributeLook();
        if (!attributeInvalid())
            m_typingPause->start();
    });
    connect(m_attribute, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        Q_EMIT filterChanged();
    });
    m_attribute->setMinimumWidth(fontMetrics().horizontalAdvance(m_attribute->placeholderText())
                                 + 48);
    layout->addWidget(m_attribute, 1);
}

void LogFilterBar::applyTo(store::LogFilter &filter) const
{
    filter.text = m_search->text().trimmed();
    filter.levels = 0;
    for (int level = 0; level < LogLevelPalette::kLevelCount; ++level)
        if (m_levels[size_t(level)]->isChecked())
            filter.levels |= uint8_t(1 << level);
    if (m_service->currentIndex() > 0)
        filter.service = m_service->currentData().toString().toStdString();
    const QString attribute = m_attribute->text().trimmed();
    const qsizetype equals = attribute.indexOf(QLatin1Char('='));
    if (equals > 0) {
        filter.attributeKey = attribute.left(equals).trimmed().toStdString();
        filter.attributeValue = attribute.mid(equals + 1).trimmed().toStdString();
    }
}

void LogFilterBar::reset()
{
    setState(LogFilterState {});
}

LogFilterState LogFilterBar::state() const
{
    LogFilterState state;
    state.text = m_search->text();
    state.levels = 0;
    for (int level = 0; level < LogLevelPalette::kLevelCount; ++level)
        if (m_levels[size_t(level)]->isChecked())
            state.levels |= uint8_t(1 << level);
    if (m_service->currentIndex() > 0)
        state.service = m_service->currentData().toString();
    state.attribute = m_attribute->text();
    return state;
}

void LogFilterBar::setState(const LogFilterState &state)
{
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockAttribute(m_attribute);
    m_search->setText(state.text);
    m_attribute->setText(state.attribute);
    for (int level = 0; level < LogLevelPalette::kLevelCount; ++level) {
        QToolButton *button = m_levels[size_t(level)];
        const QSignalBlocker block(button);
        button->setChecked((state.levels & (1 << level)) != 0);
    }
    int service = state.service.isEmpty() ? 0 : m_service->findData(state.service);
    if (service < 0) {
        // Not among the choices yet: the query's counts replace this item (setServices).
        m_service->addItem(state.service, state.service);
        service = m_service->count() - 1;
    }
    m_service->setCurrentIndex(service);
    m_typingPause->stop();
    updateAttributeLook();
}

void LogFilterBar::setLevelCounts(const std::array<int64_t, 6> &counts)
{
    for (int level = 0; level < LogLevelPalette::kLevelCount; ++level)
        m_levels[size_t(level)]->setText(
            tr("%1 %2").arg(LogLevelPalette::name(LogLevelPalette::level(level)),
                            QLocale().toString(qlonglong(counts[size_t(level)]))));
}

void LogFilterBar::setServices(const std::vector<std::pair<std::string, int64_t>> &services)
{
    const QString current = m_service->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("All services"));
    for (const auto &[name, count] : services) {
        if (name.empty())
            continue;
        const QString service = QString::fromStdString(name);
        m_service->addItem(tr("%1 (%2)").arg(service, QLocale().toString(qlonglong(count))),
                           service);
    }
    const int index = current.isEmpty() ? 0 : m_service->findData(current);
    if (index < 0) {
        // Still picked, though nothing of it is left under the other filters.
        m_service->addItem(tr("%1 (0)").arg(current), current);
        m_service->setCurrentIndex(m_service->count() - 1);
    } else {
        m_service->setCurrentIndex(index);
    }
}

bool LogFilterBar::attributeInvalid() const
{
    const QString text = m_attribute->text().trimmed();
    return !text.isEmpty() && text.indexOf(QLatin1Char('=')) <= 0;
}

void LogFilterBar::updateAttributeLook()
{
    m_attribute->setStyleSheet(attributeInvalid()
                                   ? QStringLiteral("QLineEdit { border: 1px solid #d93025; }")
                                   : QString());
}

} // namespace eg::views
