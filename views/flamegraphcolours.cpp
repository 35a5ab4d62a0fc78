#include "flamegraphcolours.h"

#include "models/analysis/weightformatter.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace eg::views {

using analysis::WeightFormatter;

std::string FlameGraphColours::moduleKey(const store::Frame &frame)
{
    if (!frame.module.empty())
        return frame.module;
    const size_t slash = frame.file.find_last_of("/\\");
    if (slash != std::string::npos && slash > 0)
        return frame.file.substr(0, slash);
    return {};
}

std::vector<FlameGraphColours::ColourIndex>
FlameGraphColours::frameColours(const store::ProfileData &profile, Mode mode,
                                const analysis::CallFilter &filter)
{
    const auto &frames = profile.frames;
    std::vector<ColourIndex> colours(frames.size());
    for (size_t f = 0; f < frames.size(); ++f) {
        switch (mode) {
        case Mode::Module: {
            const std::string key = moduleKey(frames[f]);
            colours[f] = key.empty() ? FlameGraphGeometry::kSameColour
                                     : FlameGraphGeometry::colourForKey(key);
            break;
        }
        case Mode::Ownership:
            colours[f] = filter.isOwnCode(frames[f]) ? FlameGraphGeometry::kAppColour
                                                     : FlameGraphGeometry::kSystemColour;
            break;
        case Mode::Name:
        case Mode::SelfHeat:
            colours[f] = FlameGraphGeometry::colourForFrame(frames[f]);
            break;
        }
    }
    return colours;
}

std::vector<FlameGraphColours::ColourIndex>
FlameGraphColours::heatColours(const analysis::CallTree &tree)
{
    const auto &nodes = tree.nodes();
    double most = 0;
    for (const auto &n : nodes)
        most = std::max(most, n.self);
    std::vector<ColourIndex> colours(nodes.size(), FlameGraphGeometry::heatColour(0));
    if (!(most > 0))
        return colours;
    // A square root spreads the many small figures over more steps than a straight line,
    // which would leave everything but the one hottest node white.
    for (size_t i = 0; i < nodes.size(); ++i)
        colours[i] = FlameGraphGeometry::heatColour(std::sqrt(nodes[i].self / most));
    return colours;
}

std::vector<FlameGraphColours::LegendEntry>
FlameGraphColours::legend(const store::ProfileData &profile, const analysis::CallTree &tree,
                          Mode mode)
{
    using G = FlameGraphGeometry;
    std::vector<LegendEntry> entries;
    switch (mode) {
    case Mode::Name:
        entries.push_back({G::colour(G::kWarmBase), tr("Application code")});
        entries.push_back({G::colour(G::kCoolBase), tr("Libraries")});
        break;
    case Mode::Ownership:
        entries.push_back({G::colour(G::kAppColour), tr("Your code")});
        entries.push_back({G::colour(G::kSystemColour), tr("Libraries and runtime")});
        break;
    case Mode::SelfHeat: {
        double most = 0;
        for (const auto &n : tree.nodes())
            most = std::max(most, n.self);
        entries.push_back({G::colour(G::heatColour(0)), tr("No self time")});
        entries.push_back(
            {G::colour(G::heatColour(1)),
             tr("Most self time (%1)").arg(WeightFormatter::formatWeight(most, tree.unit()))});
        break;
    }
    case Mode::Module: {
        // Self weight per module: the legend lists where the time is spent, not where
        // the calls pass through.
        std::unordered_map<std::string, double> weights;
        std::vector<const std::string *> keyOfFrame(profile.frames.size(), nullptr);
        for (size_t f = 0; f < profile.frames.size(); ++f)
            keyOfFrame[f] = &weights.try_emplace(moduleKey(profile.frames[f]), 0.0).first->first;
        for (const auto &n : tree.nodes()) {
            if (n.frame >= 0 && size_t(n.frame) < keyOfFrame.size())
                weights[*keyOfFrame[size_t(n.frame)]] += n.self;
        }
        std::vector<std::pair<double, std::string>> sorted;
        for (const auto &[key, weight] : weights) {
            if (weight > 0)
                sorted.emplace_back(weight, key);
        }
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        const double total = tree.totalWeight();
        for (size_t i = 0; i < sorted.size() && i < kLegendModules; ++i) {
            const auto &[weight, key] = sorted[i];
            const QString name = key.empty() ? tr("(unknown module)") : QString::fromStdString(key);
            entries.push_back(
                {G::colour(key.empty() ? G::kSameColour : G::colourForKey(key)),
                 tr("%1 (%2)").arg(
                     name, WeightFormatter::formatPercent(total > 0 ? weight / total : 0))});
        }
        if (sorted.size() > kLegendModules)
            entries.push_back(
                {QColor(), tr("%n more", nullptr, int(sorted.size() - kLegendModules))});
        break;
    }
    }
    return entries;
}

} // namespace eg::views
