#include "flamecharttab.h"

#include "analysispool.h"
#include "flamechartminimap.h"
#include "flamechartview.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace eg::views {

FlameChartTab::FlameChartTab(QWidget *parent)
    : ProfileTab(parent)
{
    m_minimap = new FlameChartMinimap(this);
    m_minimap->setFixedHeight(m_minimap->sizeHint().height());
    m_chart = new FlameChartView(this);
    m_chart->setWhatsThis(howToRead());
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Visible time range"));
    m_status->setContentsMargins(6, 2, 6, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_minimap);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);

    connect(m_chart, &FlameChartView::rangeChanged, m_minimap, &FlameChartMinimap::setVisibleRange);
    connect(m_chart, &FlameChartView::rangeChanged, this, &FlameChartTab::updateStatus);
    connect(m_minimap, &FlameChartMinimap::rangeRequested, m_chart, &FlameChartView::setRange);
    connect(m_chart, &FlameChartView::nodeSelected, this, [this](int node) {
        if (node >= 0)
            Q_EMIT nodeSelected(node);
    });
    updateStatus();
}

FlameChartTab::~FlameChartTab()
{
    ++m_generation; // a running build finds nobody waiting for it
}

QString FlameChartTab::title() const
{
    return tr("Flame chart");
}

QString FlameChartTab::howToRead() const
{
    return tr("<p><b>How to read this view</b></p>"
              "<p>Time runs left to right; each row is one level of the call stack, the "
              "outermost function on top and the functions it called below it. A bar is one "
              "call: it starts when the function was first seen on the stack and ends when it "
              "left. Gaps are time with nothing on the stack.</p>"
              "<p>Zoom with the mouse wheel, a pinch, or the + and - keys (0 shows everything); "
              "drag, or press A and D or the arrow keys, to move. Bars too short to tell apart "
              "are drawn as one; click them to zoom in. The strip on top shows the whole "
              "profile: drag its frame to look at another part.</p>");
}

void FlameChartTab::setLoaded(const LoadedProfile &loaded)
{
    m_loaded = loaded;
    const quint64 generation = ++m_generation;
    m_chart->clear();
    m_minimap->setData(nullptr, nullptr);
    if (!loaded.profile) {
        m_building = false;
        updateStatus();
        Q_EMIT layoutReady();
        return;
    }
    auto extras = loaded.extras ? loaded.extras : std::make_shared<ProfileExtras>(loaded.profile);
    // Laid out before (the profile was shown lately or loaded ahead): shown at once.
    if (const auto layout = extras->builtFlameChartLayout()) {
        showLayout(layout);
        return;
    }
    m_building = true;
    updateStatus();
    auto *watcher = new QFutureWatcher<std::shared_ptr<const analysis::FlameChartLayout>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer profile arrived meanwhile
        showLayout(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(AnalysisPool::instance(),
                                         [extras] { return extras->flameChartLayout(); }));
}

void FlameChartTab::showLayout(const std::shared_ptr<const analysis::FlameChartLayout> &layout)
{
    m_building = false;
    m_chart->setData(m_loaded.profile, m_loaded.tree, layout);
    m_minimap->setData(m_loaded.profile, layout);
    m_minimap->setVisibleRange(m_chart->rangeStart(), m_chart->rangeEnd());
    updateStatus();
    Q_EMIT layoutReady();
}

void FlameChartTab::setSearchText(const QString &text)
{
    m_chart->setSearchText(text);
}

QString FlameChartTab::statusText() const
{
    if (m_building)
        return tr("Laying out the calls in time…");
    const auto &layout = m_chart->layout();
    if (!layout)
        return tr("No profile is open.");
    if (!(layout->duration() > 0))
        return tr("This profile has no time to show.");
    const store::WeightUnit unit = layout->unit();
    const double shown = m_chart->rangeEnd() - m_chart->rangeStart();
    const double from = m_chart->rangeStart() - layout->startTime();
    if (from <= 0)
        return tr("Showing %1 of %2, from the start")
            .arg(FlameChartView::formatAmount(shown, unit),
                 FlameChartView::formatAmount(layout->duration(), unit));
    return tr("Showing %1 of %2, from %3")
        .arg(FlameChartView::formatAmount(shown, unit),
             FlameChartView::formatAmount(layout->duration(), unit),
             FlameChartView::formatAmount(from, unit));
}

void FlameChartTab::updateStatus()
{
    m_status->setText(statusText());
}

} // namespace eg::views
