#include "flamegraphpane.h"

#include "flamegraphview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace eg::views {

namespace {

const QString kPatternsKey = QStringLiteral("filters/myCodePatterns");

} // namespace

FlameGraphPane::FlameGraphPane(FlameGraphView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_patterns(savedPatterns())
{
    m_colourBox = new QComboBox(this);
    m_colourBox->setAccessibleName(tr("Colour by"));
    m_colourBox->setToolTip(tr("What the colours of the flame graph stand for"));
    m_colourBox->addItem(tr("Function name"), int(FlameGraphView::ColourMode::Name));
    m_colourBox->addItem(tr("Module or package"), int(FlameGraphView::ColourMode::Module));
    m_colourBox->addItem(tr("Your code vs libraries"), int(FlameGraphView::ColourMode::Ownership));
    m_colourBox->addItem(tr("Self time (heat)"), int(FlameGraphView::ColourMode::SelfHeat));
    auto *colourLabel = new QLabel(tr("Colour by:"), this);
    colourLabel->setBuddy(m_colourBox);

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAccessibleName(tr("Legend"));
    m_legend->setWordWrap(true);

    m_onlyMyCode = new QCheckBox(tr("Only my code"), this);
    m_onlyMyCode->setToolTip(
        tr("Hide library and runtime frames; their time is counted in the function of your "
           "code that called them"));
    m_editPatterns = new QToolButton(this);
    m_editPatterns->setText(tr("Patterns…"));
    m_editPatterns->setToolTip(tr("Which modules, files and functions are not your code"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(colourLabel);
    bar->addWidget(m_colourBox);
    bar->addStretch(1);
    bar->addWidget(m_onlyMyCode);
    bar->addWidget(m_editPatterns);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    // A line of its own: module names are long, and the toolbar row is narrow.
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);

    m_view->setCallFilter(callFilter());
    connect(m_colourBox, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setColourMode(FlameGraphView::ColourMode(m_colourBox->currentData().toInt()));
    });
    connect(m_view, &FlameGraphView::legendChanged, this, &FlameGraphPane::updateLegend);
    connect(m_onlyMyCode, &QCheckBox::toggled, this, &FlameGraphPane::filterChanged);
    connect(m_editPatterns, &QToolButton::clicked, this, &FlameGraphPane::editPatterns);
    updateLegend();
}

bool FlameGraphPane::onlyMyCode() const
{
    return m_onlyMyCode->isChecked();
}

QStringList FlameGraphPane::savedPatterns()
{
    const QSettings settings;
    return settings.contains(kPatternsKey) ? settings.value(kPatternsKey).toStringList()
                                           : analysis::CallFilter::defaultPatterns();
}

void FlameGraphPane::setPatterns(const QStringList &patterns)
{
    m_patterns = analysis::CallFilter(patterns).patterns(); // trimmed, blank lines dropped
    QSettings().setValue(kPatternsKey, m_patterns);
    m_view->setCallFilter(callFilter());
    if (onlyMyCode())
        Q_EMIT filterChanged();
}

void FlameGraphPane::editPatterns()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Not my code"),
        tr("One pattern per line, matched against a frame's module, file and name. "
           "* is any text, ? one character. Frames that match are libraries; a line "
           "starting with + marks your own code instead."),
        m_patterns.join(QLatin1Char('\n')), &ok);
    if (ok)
        setPatterns(text.split(QLatin1Char('\n')));
}

void FlameGraphPane::updateLegend()
{
    QString html;
    for (const auto &entry : m_view->legend()) {
        if (!html.isEmpty())
            html += QStringLiteral("&nbsp;&nbsp; ");
        if (entry.colour.isValid())
            html += QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;")
                        .arg(entry.colour.name());
        html += entry.label.toHtmlEscaped();
    }
    m_legend->setText(html);
}

LoadedProfile FlameGraphPane::onlyMyCode(const LoadedProfile &full,
                                         const analysis::CallFilter &filter)
{
    if (!full.profile)
        return full;
    LoadedProfile result;
    auto profile = std::make_shared<const store::ProfileData>(filter.apply(*full.profile));
    auto tree = std::make_shared<const analysis::CallTree>(*profile);
    result.layout = std::make_shared<const analysis::FlameGraphLayout>(*tree);
    result.insights = std::make_shared<const analysis::ProfileInsights>(*profile, *tree);
    result.extras = std::make_shared<ProfileExtras>(profile);
    result.profile = std::move(profile);
    result.tree = std::move(tree);
    return result;
}

} // namespace eg::views
