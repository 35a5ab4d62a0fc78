#include "acceptancefigures.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace eg::acceptance {

namespace {

// A trace id as a number: lower case without leading zeros. Jaeger's UI writes 64-bit
// ids without them, its domain model with 32 digits, and we pad to 16 or 32 (SpanIdText).
QString idValue(QString id)
{
    id = id.toLower();
    qsizetype zeros = 0;
    while (zeros + 1 < id.size() && id.at(zeros) == QLatin1Char('0'))
        ++zeros;
    return id.mid(zeros);
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

QStringList strings(const std::vector<std::string> &names)
{
    QStringList out;
    for (const std::string &name : names)
        out << QString::fromStdString(name);
    return out;
}

QString listed(QStringList names)
{
    return QLatin1Char('[') + names.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace

// Figures of a trace file: Jaeger's golden conversions (code J) and the self-derived ones
// for Zipkin and OTLP (code X), all under derive_expected.py's rule: span records as
// written, distinct span ids, traces, services (sorted), roots (parent empty or not in
// the trace), and per trace its span count, roots in file order, start and duration in
// microseconds. Zipkin spans without a timestamp are left out of start and duration.
void compareTraces(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    int64_t spans = 0;
    QStringList services;
    QStringList roots;
    std::map<QString, const store::TraceInfo *> ours;
    for (const store::TraceInfo &trace : imported.traces) {
        spans += trace.spanCount;
        for (const std::string &service : trace.services) {
            if (!services.contains(QString::fromStdString(service)))
                services << QString::fromStdString(service);
        }
        roots << strings(trace.roots);
        ours[idValue(QString::fromStdString(trace.traceId))] = &trace;
    }
    const auto check = [&](const char *what, int64_t mine) {
        const int64_t theirs = expected.value(QLatin1String(what)).toInteger();
        if (mine != theirs)
            problems->append(QStringLiteral("%1 %2, expected %3")
                                 .arg(QLatin1String(what))
                                 .arg(mine)
                                 .arg(theirs));
    };
    check("span_count", spans);
    check("distinct_span_ids", imported.distinctSpanIds);
    check("trace_count", int64_t(imported.traces.size()));

    QStringList theirServices = strings(expected.value(QStringLiteral("services")).toArray());
    theirServices.sort();
    services.sort();
    if (services != theirServices)
        problems->append(QStringLiteral("services %1, expected %2")
                             .arg(listed(services), listed(theirServices)));
    // Over the whole file the roots are compared as a set of names: the expectation lists
    // them in file order, we list them trace by trace.
    QStringList theirRoots = strings(expected.value(QStringLiteral("root_span_names")).toArray());
    theirRoots.sort();
    roots.sort();
    if (roots != theirRoots)
        problems->append(
            QStringLiteral("roots %1, expected %2").arg(listed(roots), listed(theirRoots)));

    const QJsonObject traces = expected.value(QStringLiteral("traces")).toObject();
    for (auto it = traces.begin(); it != traces.end(); ++it) {
        const QJsonObject theirs = it.value().toObject();
        const auto found = ours.find(idValue(it.key()));
        if (found == ours.end()) {
            problems->append(QStringLiteral("trace %1 is missing").arg(it.key()));
            continue;
        }
        const store::TraceInfo &trace = *found->second;
        const QString where = QStringLiteral("trace %1: ").arg(it.key());
        const int64_t count = theirs.value(QStringLiteral("span_count")).toInteger();
        if (trace.spanCount != count)
            problems->append(
                where + QStringLiteral("%1 spans, expected %2").arg(trace.spanCount).arg(count));
        const QStringList traceRoots
            = strings(theirs.value(QStringLiteral("root_span_names")).toArray());
        if (strings(trace.roots) != traceRoots)
            problems->append(where
                             + QStringLiteral("roots %1, expected %2")
                                   .arg(listed(strings(trace.roots)), listed(traceRoots)));
        // Each span's nanoseconds are truncated to microseconds in the expectation, its
        // start and its duration separately: the trace's figures may be 2 µs off ours.
        const auto near = [](int64_t a, int64_t b) {
            return std::llabs(a - b) <= 2;
        };
        if (theirs.value(QStringLiteral("start_us")).isNull())
            continue; // no span of the trace has a timestamp
        const int64_t start = theirs.value(QStringLiteral("start_us")).toInteger();
        const int64_t duration = theirs.value(QStringLiteral("duration_us")).toInteger();
        if (!near(trace.startNs / 1000, start))
            problems->append(
                where
                + QStringLiteral("start %1 µs, expected %2").arg(trace.startNs / 1000).arg(start));
        if (!near(trace.durationNs() / 1000, duration))
            problems->append(where
                             + QStringLiteral("duration %1 µs, expected %2")
                                   .arg(trace.durationNs() / 1000)
                                   .arg(duration));
    }
    if (ours.size() > size_t(traces.size()))
        problems->append(QStringLiteral("%1 traces, the expectation lists %2")
                             .arg(ours.size())
                             .arg(traces.size()));
}

} // namespace eg::acceptance
