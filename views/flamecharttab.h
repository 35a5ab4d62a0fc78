#pragma once

#include "profiletab.h"

#include "models/analysis/flamechartlayout.h"

#include <QFutureWatcher>

#include <memory>

class QLabel;

namespace eg::views {

class FlameChartMinimap;
class FlameChartView;

// The "Flame chart" tab: the overview strip, the chart below it and one line that says in
// plain words which part of the profile is shown. The layout is built off the GUI thread;
// a result that a newer profile has made stale is dropped on arrival.
class FlameChartTab : public ProfileTab
{
    Q_OBJECT

public:
    explicit FlameChartTab(QWidget *parent = nullptr);
    ~FlameChartTab() override;

    QString title() const override;
    QString howToRead() const override;
    void setLoaded(const LoadedProfile &loaded) override;
    void setSearchText(const QString &text) override;

    FlameChartView *chart() const { return m_chart; }
    FlameChartMinimap *minimap() const { return m_minimap; }
    QLabel *statusLabel() const { return m_status; }
    bool isBuilding() const { return m_building; }
    // "Showing 1.2 s of 4.8 s, from 0.6 s".
    QString statusText() const;

Q_SIGNALS:
    // The layout of the latest profile is shown (or the profile had none).
    void layoutReady();

private:
    void updateStatus();
    void showLayout(const std::shared_ptr<const analysis::FlameChartLayout> &layout);

    FlameChartMinimap *m_minimap = nullptr;
    FlameChartView *m_chart = nullptr;
    QLabel *m_status = nullptr;
    LoadedProfile m_loaded;
    quint64 m_generation = 0;
    bool m_building = false;
};

} // namespace eg::views
