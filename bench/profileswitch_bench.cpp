// Times what a user waits for on the profile page when switching the view (tab), the
// thread (the profile picker) or the search term, with two 10,000,000-sample profiles of
// about 1,000,000 call-tree nodes each, at 1920×1080 (the issue asks for under 100 ms):
//   profileswitch_bench [--samples N] [--nodes N] [--rounds R]
// Each figure is wall time from the user's action until the page has painted with the
// result, and the CPU time the GUI thread spent on it (on a busy machine the wall clock
// also counts other programs); a heartbeat timer on the GUI thread also reports the
// longest stall, which is what a user feels while background work finishes. Profiles are
// written to a temporary cache first, as an import would, and loaded back from it as the
// app does.
#include "benchclock.h"
#include "timedprofilegenerator.h"

#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "views/calltreetab.h"
#include "views/flamecharttab.h"
#include "views/profilepanel.h"
#include "views/sandwichtab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

using namespace eg;

namespace {

// The longest gap between ticks of a 1 ms timer on the GUI thread: how long the page
// could not answer the user.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_sinceTick.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// Runs the event loop until `done` holds, looking every millisecond (without spinning,
// which would take a core from the workers and count as GUI work); false after a minute.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || waited.elapsed() > 60000)
            loop.quit();
    });
    if (!done()) {
        poll.start();
        loop.exec();
    }
    return done();
}

void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform says this for every popup; it is not a figure.
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    qt_message_output(type, context, message);
}

void paint(views::ProfilePanel &panel)
{
    QCoreApplication::processEvents();
    panel.repaint();
}

// CPU time of the calling thread, in milliseconds.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall time and GUI-thread CPU time of the actions of one kind.
struct Timings
{
    std::vector<double> wall;
    std::vector<double> cpu;
    bench::BenchClock clock;
    double cpuStart = 0;

    void start()
    {
        clock.restart();
        cpuStart = threadCpuMs();
    }
    void stop()
    {
        wall.push_back(clock.elapsedMs());
        cpu.push_back(threadCpuMs() - cpuStart);
    }
};

void report(const char *name, Timings timings)
{
    if (timings.wall.empty())
        return;
    for (auto *times : {&timings.wall, &timings.cpu})
        std::sort(times->begin(), times->end());
    const auto median = [](const std::vector<double> &t) {
        return t[t.size() / 2];
    };
    std::printf("%-42s wall median %7.1f max %7.1f ms | GUI thread CPU median %6.1f max %6.1f ms"
                "  (%zu times)\n",
                name, median(timings.wall), timings.wall.back(), median(timings.cpu),
                timings.cpu.back(), timings.wall.size());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(dropPlatformNoise);
    QApplication app(argc, argv);
    int samples = 10000000;
    int nodes = 1000000;
    int rounds = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--samples"))
            samples = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--nodes"))
            nodes = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--rounds"))
            rounds = std::max(1, std::atoi(argv[i + 1]));
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    bench::BenchClock clock;
    std::vector<store::ProfileInfo> infos;
    {
        store::Cache cache(path);
        store::CacheWriter writer(cache,
                                  {QStringLiteral("/tmp/bench"), QStringLiteral("bench"),
                                   QStringLiteral("chrome-cpuprofile"), 1});
        for (uint64_t seed : {7, 11}) {
            auto profile = bench::TimedProfileGenerator::generate(samples, nodes, seed);
            profile->thread = "thread " + std::to_string(seed);
            writer.addProfile(*profile);
        }
        const int64_t source = writer.commit(QStringLiteral("bench")).sourceId;
        infos = cache.profiles(source);
    }
    bench::BenchClock::report("generate and store two profiles (not a figure)", clock.elapsedMs());

    views::ProfilePanel panel;
    panel.resize(1920, 1080);
    panel.show();
    auto *chart = panel.findChild<views::FlameChartTab *>();
    auto *calls = panel.findChild<views::CallTreeTab *>();
    auto *sandwich = panel.findChild<views::SandwichTab *>();
    auto tabsReady = [&] {
        return !panel.isLoading() && !chart->isBuilding() && calls->isReady()
            && sandwich->isReady();
    };
    StallMeter stalls;

    // Opening: the first profile, all its views.
    Timings opened, openedReady;
    opened.start();
    openedReady.start();
    stalls.start();
    panel.showProfiles(path, infos, 0);
    waitFor([&] { return !panel.isLoading(); });
    paint(panel);
    opened.stop();
    waitFor(tabsReady);
    openedReady.stop();
    report("open thread 1: flame graph painted", opened);
    report("open thread 1: every tab ready", openedReady);
    std::printf("%-42s %7lld ms\n", "  longest GUI stall meanwhile", stalls.stop());

    // Views: flame graph ↔ flame chart ↔ call tree ↔ sandwich.
    Timings tabSwitches;
    stalls.start();
    for (int r = 0; r < rounds; ++r) {
        for (int tab : {1, 2, 3, 0, 2, 1, 3, 0}) {
            tabSwitches.start();
            panel.tabs()->setCurrentIndex(tab);
            paint(panel);
            tabSwitches.stop();
        }
    }
    report("switch view (tab), painted", tabSwitches);
    std::printf("%-42s %7lld ms\n", "  longest GUI stall meanwhile", stalls.stop());

    // Threads: the picker, with the call tree tab on show. The other thread is loaded
    // ahead once the first is shown; the first switch waits until it is.
    panel.tabs()->setCurrentIndex(2);
    paint(panel);
    clock.restart();
    waitFor([&] { return !panel.isLoadingAhead(); });
    bench::BenchClock::report("(loading the other thread ahead, in the background)",
                              clock.elapsedMs());
    Timings firstSwitch, laterSwitches, readySwitches;
    for (int r = 0; r < rounds; ++r) {
        for (int index : {1, 0}) {
            Timings &timings = r == 0 && index == 1 ? firstSwitch : laterSwitches;
            timings.start();
            readySwitches.start();
            stalls.start();
            panel.showProfile(index);
            waitFor([&] { return !panel.isLoading(); });
            paint(panel);
            timings.stop();
            waitFor(tabsReady);
            paint(panel);
            readySwitches.stop();
            std::printf("%-42s %7lld ms\n", "  longest GUI stall in this switch", stalls.stop());
        }
    }
    report("switch thread, first time, painted", firstSwitch);
    report("switch thread, seen before, painted", laterSwitches);
    report("switch thread, every tab ready", readySwitches);

    // Search terms, typed into the field (every tab searches), with each view on show.
    for (int tab : {0, 1, 2, 3}) {
        panel.tabs()->setCurrentIndex(tab);
        paint(panel);
        Timings searches;
        stalls.start();
        for (int r = 0; r < rounds; ++r) {
            for (const char *term : {"function_12", "function_4999", "func", "", "function_1"}) {
                searches.start();
                panel.searchField()->setText(QString::fromLatin1(term));
                paint(panel);
                searches.stop();
            }
        }
        const char *names[]
            = {"change search term (flame graph), painted",
               "change search term (flame chart), painted",
               "change search term (call tree), painted", "change search term (sandwich), painted"};
        report(names[tab], searches);
        std::printf("%-42s %7lld ms\n", "  longest GUI stall meanwhile", stalls.stop());
    }
    return 0;
}
