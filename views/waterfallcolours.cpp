#include "waterfallcolours.h"

namespace eg::views {

namespace {

// Tableau 10 without its red, plus a light blue and a sage to make ten.
constexpr std::array<QRgb, WaterfallColours::kHues> kHueRgb {
    0x4e79a7, 0xf28e2b, 0x76b7b2, 0x59a14f, 0xedc948,
    0xb07aa1, 0xa0cbe8, 0x9c755f, 0xbab0ac, 0x8cd17d,
};
constexpr QRgb kErrorRgb = 0xd62728;
constexpr QRgb kPlaceholderRgb = 0xc8c8c8;
constexpr QRgb kCriticalRgb = 0x2a1a6e; // dark indigo: apart from every hue and from red
const QColor kBackground(0xf4, 0xf4, 0xf4);

QColor blend(const QColor &colour, const QColor &with, float keep)
{
    return QColor::fromRgbF(colour.redF() * keep + with.redF() * (1 - keep),
                            colour.greenF() * keep + with.greenF() * (1 - keep),
                            colour.blueF() * keep + with.blueF() * (1 - keep));
}

std::array<QColor, WaterfallColours::kPaletteSize> makePalette()
{
    std::array<QColor, WaterfallColours::kPaletteSize> palette;
    for (int c = 0; c < WaterfallColours::kBarColours; ++c) {
        const QColor base(c < WaterfallColours::kHues         ? kHueRgb[size_t(c)]
                              : c == WaterfallColours::kError ? kErrorRgb
                                                              : kPlaceholderRgb);
        const QColor self = base.darker(140);
        palette[size_t(c)] = base;
        palette[size_t(WaterfallColours::kSelf + c)] = self.toRgb();
        palette[size_t(WaterfallColours::kDimmed + c)] = blend(base, kBackground, 0.28f).toRgb();
        palette[size_t(WaterfallColours::kDimmedSelf + c)]
            = blend(self, kBackground, 0.32f).toRgb();
    }
    palette[WaterfallColours::kCritical] = QColor(kCriticalRgb);
    return palette;
}

int32_t keyOf(const store::TraceSpan &span, WaterfallColours::Mode mode)
{
    return mode == WaterfallColours::Mode::Service ? span.service : span.op;
}

// Hue per interned string, in order of first appearance.
std::vector<int32_t> huesOfKeys(const store::TraceData &trace, WaterfallColours::Mode mode,
                                std::vector<int32_t> *order)
{
    std::vector<int32_t> hue(trace.strings.size(), -1);
    int32_t next = 0;
    for (const store::TraceSpan &span : trace.spans) {
        int32_t &h = hue[size_t(keyOf(span, mode))];
        if (h >= 0)
            continue;
        h = next++ % WaterfallColours::kHues;
        if (order)
            order->push_back(keyOf(span, mode));
    }
    return hue;
}

} // namespace

QColor WaterfallColours::colour(Index index)
{
    static const auto palette = makePalette();
    return palette[std::min<size_t>(index, palette.size() - 1)];
}

std::vector<WaterfallColours::Index> WaterfallColours::spanColours(const store::TraceData &trace,
                                                                   Mode mode)
{
    const std::vector<int32_t> hue = huesOfKeys(trace, mode, nullptr);
    std::vector<Index> colours(trace.spans.size());
    for (size_t i = 0; i < trace.spans.size(); ++i) {
        const store::TraceSpan &span = trace.spans[i];
        colours[i] = span.isError ? kError : Index(hue[size_t(keyOf(span, mode))]);
    }
    return colours;
}

std::vector<WaterfallColours::LegendEntry> WaterfallColours::legend(const store::TraceData &trace,
                                                                    Mode mode)
{
    std::vector<int32_t> order;
    const std::vector<int32_t> hue = huesOfKeys(trace, mode, &order);
    std::vector<LegendEntry> entries;
    for (size_t i = 0; i < order.size() && i < size_t(kHues); ++i) {
        const std::string_view text = trace.text(order[i]);
        QString label = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (label.isEmpty())
            label = mode == Mode::Service ? tr("(no service)") : tr("(no op)");
        entries.push_back({colour(Index(hue[size_t(order[i])])), label});
    }
    if (order.size() > size_t(kHues)) {
        const QString more = QString::number(order.size() - size_t(kHues));
        entries.push_back({QColor(),
                           mode == Mode::Service
                               ? tr("%1 more services share these colours").arg(more)
                               : tr("%1 more ops share these colours").arg(more)});
    }
    for (const store::TraceSpan &span : trace.spans) {
        if (span.isError) {
            entries.push_back({colour(kError), tr("failed (error status)")});
            break;
        }
    }
    return entries;
}

} // namespace eg::views
