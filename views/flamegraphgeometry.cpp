#include "flamegraphgeometry.h"

#include <algorithm>
#include <cmath>

namespace eg::views {

namespace {

using ColourIndex = FlameGraphGeometry::ColourIndex;

// What dimmed colours fade towards: a light grey that reads as "not this" on any
// light background without disappearing.
const QColor kFade(0xee, 0xee, 0xee);

QColor fade(const QColor &colour)
{
    constexpr double keep = 0.2;
    return QColor::fromRgbF(float(colour.redF() * keep + kFade.redF() * (1 - keep)),
                            float(colour.greenF() * keep + kFade.greenF() * (1 - keep)),
                            float(colour.blueF() * keep + kFade.blueF() * (1 - keep)));
}

std::array<QColor, FlameGraphGeometry::kPaletteSize> makePalette()
{
    std::array<QColor, FlameGraphGeometry::kPaletteSize> palette;
    palette.fill(QColor(0xcc, 0xcc, 0xcc));
    palette[FlameGraphGeometry::kRootColour] = QColor(0xc9, 0xce, 0xd6);
    // Eight hues times three saturation/value steps per family, so that neighbours of
    // different names rarely look alike.
    for (int i = 0; i < FlameGraphGeometry::kShades; ++i) {
        const int hueStep = i % 8;
        const int tone = i / 8;
        const float warmHue = float(2 + hueStep * 6.5) / 360.f;
        const float warmSat = std::array {0.62f, 0.50f, 0.72f}[size_t(tone)];
        const float warmVal = std::array {0.97f, 0.99f, 0.93f}[size_t(tone)];
        palette[size_t(FlameGraphGeometry::kWarmBase + i)]
            = QColor::fromHsvF(warmHue, warmSat, warmVal);
        const float coolHue = float(175 + hueStep * 8.5) / 360.f;
        const float coolSat = std::array {0.38f, 0.28f, 0.48f}[size_t(tone)];
        const float coolVal = std::array {0.93f, 0.97f, 0.88f}[size_t(tone)];
        palette[size_t(FlameGraphGeometry::kCoolBase + i)]
            = QColor::fromHsvF(coolHue, coolSat, coolVal);
    }
    // Heat: from near white to a saturated red; the first step stays visible on white.
    for (int i = 0; i < FlameGraphGeometry::kHeatSteps; ++i) {
        const float t = float(i) / float(FlameGraphGeometry::kHeatSteps - 1);
        palette[size_t(FlameGraphGeometry::kHeatBase + i)]
            = QColor::fromHsvF(2.f / 360.f, 0.06f + 0.82f * t, 0.99f - 0.12f * t);
    }
    palette[FlameGraphGeometry::kAppColour] = QColor(0xf2, 0x9a, 0x4a);
    palette[FlameGraphGeometry::kSystemColour] = QColor(0x9f, 0xb8, 0xcf);
    for (int i = 0; i < FlameGraphGeometry::kDiffSteps; ++i) {
        const float t = float(i + 1) / float(FlameGraphGeometry::kDiffSteps);
        palette[size_t(FlameGraphGeometry::kGrowBase + i)]
            = QColor::fromHsvF(0.f, 0.15f + 0.7f * t, 1.f - 0.1f * t);
        palette[size_t(FlameGraphGeometry::kShrinkBase + i)]
            = QColor::fromHsvF(215.f / 360.f, 0.15f + 0.7f * t, 1.f - 0.1f * t);
    }
    palette[FlameGraphGeometry::kNewColour] = QColor(0xb0, 0x5c, 0xd6);
    palette[FlameGraphGeometry::kGoneColour] = QColor(0x9a, 0x9a, 0x9a);
    palette[FlameGraphGeometry::kSameColour] = QColor(0xe0, 0xdd, 0xd5);
    for (int i = 0; i < FlameGraphGeometry::kBaseColours; ++i) {
        palette[size_t(i)] = palette[size_t(i)].toRgb();
        palette[size_t(i + FlameGraphGeometry::kDimmed)] = fade(palette[size_t(i)]).toRgb();
    }
    return palette;
}

const std::array<QColor, FlameGraphGeometry::kPaletteSize> &palette()
{
    static const auto colours = makePalette();
    return colours;
}

// The first index at or after `from` whose rect ends at or after `reach`. Galloping
// (1, 2, 4, ... ahead, then bisecting the last step) instead of bisecting the whole row:
// the answer is almost always a few rects away, and a full binary search over a row of
// a hundred thousand rects would miss the cache on nearly every probe.
size_t firstReaching(std::span<const analysis::FlameGraphLayout::Rect> rects, size_t from,
                     double reach)
{
    size_t low = from;
    size_t step = 1;
    while (low < rects.size() && rects[low].x1() < reach) {
        const size_t probe = low + step;
        if (probe >= rects.size() || rects[probe].x1() >= reach) {
            const auto end = rects.begin() + ptrdiff_t(std::min(probe, rects.size()));
            return size_t(std::partition_point(rects.begin() + ptrdiff_t(low) + 1, end,
                                               [reach](const auto &r) { return r.x1() < reach; })
                          - rects.begin());
        }
        low = probe;
        step *= 2;
    }
    return low;
}

} // namespace

QColor FlameGraphGeometry::colour(ColourIndex index)
{
    return palette()[std::min<size_t>(index, kPaletteSize - 1)];
}

QColor FlameGraphGeometry::textColour(ColourIndex index)
{
    return index >= kDimmed ? QColor(0x8a, 0x8a, 0x8a) : QColor(0x1e, 0x1e, 0x1e);
}

ColourIndex FlameGraphGeometry::colourForFrame(const store::Frame &frame)
{
    // FNV-1a: fixed, unlike std::hash or a seeded qHash, so colours survive restarts.
    uint32_t hash = 2166136261u;
    for (const char c : frame.name) {
        hash ^= uint8_t(c);
        hash *= 16777619u;
    }
    const auto shade = ColourIndex(hash % kShades);
    return ColourIndex((frame.inApp == 0 ? kCoolBase : kWarmBase) + shade);
}

ColourIndex FlameGraphGeometry::colourForKey(std::string_view key)
{
    uint32_t hash = 2166136261u;
    for (const char c : key) {
        hash ^= uint8_t(c);
        hash *= 16777619u;
    }
    return ColourIndex(kWarmBase + hash % (2 * kShades));
}

ColourIndex FlameGraphGeometry::heatColour(double level)
{
    const double clamped = std::isfinite(level) ? std::clamp(level, 0.0, 1.0) : 0.0;
    return ColourIndex(kHeatBase + int(std::lround(clamped * (kHeatSteps - 1))));
}

ColourIndex FlameGraphGeometry::diffColour(double relativeChange)
{
    if (std::isnan(relativeChange) || std::abs(relativeChange) < 0.05)
        return kSameColour;
    // Steps at 5%, 15%, 30%, 60% and 100%+ of change, each way.
    static constexpr std::array<double, kDiffSteps - 1> kLimits {0.15, 0.30, 0.60, 1.0};
    const double size = std::abs(relativeChange);
    int step = 0;
    while (step < kDiffSteps - 1 && size >= kLimits[size_t(step)])
        ++step;
    return ColourIndex((relativeChange > 0 ? kGrowBase : kShrinkBase) + step);
}

double FlameGraphGeometry::toPixel(double weight, double rangeStart, double rangeEnd, double width)
{
    const double span = rangeEnd - rangeStart;
    return span > 0 ? (weight - rangeStart) * width / span : 0;
}

double FlameGraphGeometry::toWeight(double pixel, double rangeStart, double rangeEnd, double width)
{
    return width > 0 ? rangeStart + pixel * (rangeEnd - rangeStart) / width : rangeStart;
}

void FlameGraphGeometry::clear()
{
    m_items.clear();
    m_rowStart.clear();
    m_labels.clear();
    for (auto &batch : m_batches)
        batch.clear();
    m_firstDepth = 0;
    m_lastDepth = -1;
}

void FlameGraphGeometry::addItem(const Item &item)
{
    if (item.count == 1 && item.rect.width() >= m_minLabelWidth)
        m_labels.push_back(int32_t(m_items.size()));
    m_batches[item.colour].push_back(item.rect);
    m_items.push_back(item);
}

void FlameGraphGeometry::build(const Input &in)
{
    clear();
    m_rowHeight = std::max(1.0, in.rowHeight);
    m_scrollY = in.scrollY;
    m_minLabelWidth = in.minLabelWidth;
    const double width = in.size.width();
    const double r0 = in.rangeStart;
    const double r1 = in.rangeEnd;
    if (!in.layout || !in.frameColours || width <= 0 || !(r1 > r0) || in.layout->depthCount() == 0)
        return;

    const auto &layout = *in.layout;
    const auto &colours = *in.frameColours;
    const bool searching = in.matchPrefix && !in.matchPrefix->empty();
    // The view hands in one colour per node or none at all.
    const bool nodeColours = in.nodeColours && !in.nodeColours->empty();
    const double scale = width / (r1 - r0);
    // A run keeps absorbing frames while they are narrower than this and closer than
    // this to the run's end.
    const double minWeight = in.minWidth / scale;

    m_firstDepth = std::max(0, int32_t(std::floor(m_scrollY / m_rowHeight)));
    m_lastDepth = std::min(layout.depthCount() - 1,
                           int32_t(std::floor((m_scrollY + in.size.height()) / m_rowHeight)));
    if (m_lastDepth < m_firstDepth)
        return;

    auto pixelOf = [&](double w) {
        return std::clamp((w - r0) * scale, -2.0, width + 2.0);
    };
    auto colourOf = [&](int32_t frame, int32_t firstNode, int32_t lastNode) {
        ColourIndex c = frame < 0 ? kRootColour
            : nodeColours         ? (*in.nodeColours)[size_t(firstNode)]
                                  : colours[size_t(frame)];
        if (searching) {
            const auto &prefix = *in.matchPrefix;
            if (prefix[size_t(lastNode) + 1] - prefix[size_t(firstNode)] == 0)
                c = ColourIndex(c + kDimmed);
        }
        return c;
    };
    auto push = [&](double x0, double x1, int32_t frame, int32_t firstNode, int32_t lastNode,
                    int32_t count, int32_t depth) {
        double left = std::round(pixelOf(x0));
        double right = std::round(pixelOf(x1));
        if (right - left < 1)
            right = left + 1;
        Item item;
        item.left = left;
        item.right = right;
        // A one-pixel gap separates neighbours where there is room, instead of outlines,
        // which would double the number of primitives.
        const double gap = right - left >= 3 ? 1 : 0;
        item.rect = QRect(int(left), int(std::round(rowTop(depth))), int(right - left - gap),
                          int(m_rowHeight) - 1);
        item.x0 = x0;
        item.x1 = x1;
        item.node = firstNode;
        item.count = count;
        item.depth = depth;
        item.colour = colourOf(frame, firstNode, lastNode);
        addItem(item);
    };

    m_rowStart.reserve(size_t(m_lastDepth - m_firstDepth) + 2);
    for (int32_t depth = m_firstDepth; depth <= m_lastDepth; ++depth) {
        m_rowStart.push_back(int32_t(m_items.size()));
        const auto rects = layout.row(depth);
        const size_t end = rects.size();
        size_t i = layout.firstEndingAfter(depth, r0);
        while (i < end && rects[i].x0 < r1) {
            const auto &r = rects[i];
            if (r.width <= 0) {
                ++i;
                continue;
            }
            if (r.width >= minWeight) {
                push(r.x0, r.x1(), r.frame, r.node, r.node, 1, depth);
                ++i;
                continue;
            }
            // A run of narrow frames: jump over everything that ends within minWeight of
            // the run's end in one search, then take the next frame too if it is
            // narrow and near. Each step moves the end by at least minWidth pixels.
            size_t last = i;
            double runEnd = r.x1();
            for (;;) {
                const size_t next = firstReaching(rects, last + 1, runEnd + minWeight);
                if (next > last + 1) {
                    last = next - 1;
                    runEnd = std::max(runEnd, rects[last].x1());
                }
                if (next < end && rects[next].width < minWeight && rects[next].x0 < r1
                    && rects[next].x0 - runEnd < minWeight) {
                    last = next;
                    runEnd = std::max(runEnd, rects[next].x1());
                    continue;
                }
                break;
            }
            push(r.x0, runEnd, r.frame, r.node, rects[last].node, int32_t(last - i + 1), depth);
            i = last + 1;
        }
    }
    m_rowStart.push_back(int32_t(m_items.size()));
}

const FlameGraphGeometry::Item *FlameGraphGeometry::itemAt(QPointF point) const
{
    if (m_lastDepth < m_firstDepth)
        return nullptr;
    const auto depth = int32_t(std::floor((point.y() + m_scrollY) / m_rowHeight));
    if (depth < m_firstDepth || depth > m_lastDepth)
        return nullptr;
    const auto begin = m_items.begin() + m_rowStart[size_t(depth - m_firstDepth)];
    const auto end = m_items.begin() + m_rowStart[size_t(depth - m_firstDepth) + 1];
    const auto it = std::partition_point(
        begin, end, [x = point.x()](const Item &item) { return item.right <= x; });
    if (it == end || it->left > point.x())
        return nullptr;
    return &*it;
}

} // namespace eg::views
