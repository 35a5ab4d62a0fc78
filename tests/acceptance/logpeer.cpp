#include "acceptancefigures.h"

#include <QJsonArray>

namespace eg::acceptance {

// Figures of an OTLP logs file (code X, derive_expected.py): the record count, and per
// record in file order its severity text, event name, trace id (null when it has none;
// compared without regard to case, since we keep ids in lower case) and time in ns.
void compareLogs(const QJsonObject &expected, const Imported &imported, QStringList *problems)
{
    if (!imported.error.isEmpty()) {
        problems->append(QStringLiteral("import failed: %1").arg(imported.error));
        return;
    }
    const int64_t count = expected.value(QStringLiteral("log_record_count")).toInteger();
    if (int64_t(imported.logs.size()) != count) {
        problems->append(
            QStringLiteral("%1 log records, expected %2").arg(imported.logs.size()).arg(count));
        return;
    }
    const QJsonArray severities = expected.value(QStringLiteral("severity_texts")).toArray();
    const QJsonArray events = expected.value(QStringLiteral("event_names")).toArray();
    const QJsonArray traces = expected.value(QStringLiteral("trace_ids")).toArray();
    const QJsonArray times = expected.value(QStringLiteral("time_unix_nano")).toArray();
    const auto differ
        = [problems](const char *what, size_t i, const QString &mine, const QString &theirs) {
              problems->append(QStringLiteral("record %1: %2 \"%3\", expected \"%4\"")
                                   .arg(i)
                                   .arg(QLatin1String(what), mine, theirs));
          };
    for (size_t i = 0; i < imported.logs.size(); ++i) {
        const store::LogRow &row = imported.logs[i];
        const qsizetype at = qsizetype(i);
        const QString severity = QString::fromStdString(row.levelText);
        if (severity != severities.at(at).toString())
            differ("severity text", i, severity, severities.at(at).toString());
        const QString event
            = imported.logAttributes[i].value(QStringLiteral("event.name")).toString();
        if (event != events.at(at).toString())
            differ("event name", i, event, events.at(at).toString());
        const QString trace = QString::fromStdString(row.traceId);
        if (trace.compare(traces.at(at).toString(), Qt::CaseInsensitive) != 0)
            differ("trace id", i, trace, traces.at(at).toString());
        const QString time = row.timeNs ? QString::number(*row.timeNs) : QString();
        if (time != times.at(at).toString())
            differ("time", i, time, times.at(at).toString());
    }
}

} // namespace eg::acceptance
