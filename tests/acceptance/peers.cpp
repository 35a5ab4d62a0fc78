#include "acceptancefigures.h"

namespace eg::acceptance {

void compareSpeedscope(const QJsonObject &expected, const Imported &imported,
                       QStringList *problems);
void compareFirefox(const QJsonObject &expected, const Imported &imported, QStringList *problems);
void comparePerfetto(const QJsonObject &expected, const Imported &imported, QStringList *problems);
void compareFlameGraph(const QJsonObject &expected, const Imported &imported,
                       QStringList *problems);
void compareFlameGraphSvg(const QJsonObject &expected, const Imported &imported,
                          QStringList *problems);
void comparePprofUtils(const QJsonObject &expected, const Imported &imported,
                       QStringList *problems);

// Every peer whose figures the corpus holds, by its `format_peer` name. A new peer adds
// its comparison file and one line here.
PeerComparison peerComparison(const QString &peer)
{
    static const std::map<QString, PeerComparison> comparisons = {
        {QStringLiteral("speedscope"), compareSpeedscope},
        {QStringLiteral("firefox-profiler"), compareFirefox},
        {QStringLiteral("perfetto trace_processor"), comparePerfetto},
        {QStringLiteral("FlameGraph stackcollapse-perf.pl"), compareFlameGraph},
        {QStringLiteral("FlameGraph flamegraph.pl SVG"), compareFlameGraphSvg},
        {QStringLiteral("pprofutils (google/pprof profile package)"), comparePprofUtils},
        {QStringLiteral("jaeger-query"), compareTraces},
        {QStringLiteral("jaeger elasticsearch tracestore"), compareTraces},
        {QStringLiteral("jaeger uimodel converter"), compareTraces},
    };
    const auto it = comparisons.find(peer);
    return it == comparisons.end() ? nullptr : it->second;
}

} // namespace eg::acceptance
