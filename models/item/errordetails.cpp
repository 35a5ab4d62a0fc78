#include "errordetails.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace eg::itemmodels {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString firstText(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (const QString text = str(object, key); !text.isEmpty())
            return text;
    return {};
}

// Scalars as they read, arrays and objects as compact JSON.
QString scalarText(const QJsonValue &value)
{
    if (value.isArray() || value.isObject()) {
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
        return QString::number(qint64(value.toDouble()));
    return value.toVariant().toString();
}

// Nested objects become dotted keys, one row per leaf: "os.name" → "Debian".
void flatten(const QJsonObject &object, const QString &prefix, QList<QPair<QString, QString>> &rows)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            flatten(it.value().toObject(), key, rows);
        else
            rows.append({key, scalarText(it.value())});
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList lines;
    for (const QJsonValue &line : value.toArray())
        lines << line.toString();
    return lines;
}

ErrorFrame frameFrom(const QJsonObject &object)
{
    ErrorFrame frame;
    frame.function = str(object, "function");
    frame.module = str(object, "module");
    // The documented names first, then Sentry's own, should an importer keep them.
    frame.file = firstText(object, {"file", "filename", "abs_path"});
    frame.line
        = object.value(QLatin1String("line")).toInt(object.value(QLatin1String("lineno")).toInt());
    frame.column
        = object.value(QLatin1String("column")).toInt(object.value(QLatin1String("colno")).toInt());
    frame.inApp = object.value(QLatin1String("in_app")).toBool();
    frame.contextLine = str(object, "context_line");
    frame.preContext = stringList(object.value(QLatin1String("pre_context")));
    frame.postContext = stringList(object.value(QLatin1String("post_context")));
    return frame;
}

ErrorException exceptionFrom(const QJsonObject &object)
{
    ErrorException exception;
    exception.type = str(object, "type");
    exception.value = str(object, "value");
    const QJsonValue mechanism = object.value(QLatin1String("mechanism"));
    if (mechanism.isObject()) {
        exception.mechanism = str(mechanism.toObject(), "type");
        const QJsonValue handled = mechanism.toObject().value(QLatin1String("handled"));
        if (handled.isBool())
            exception.handled = handled.toBool();
    } else {
        exception.mechanism = mechanism.toString();
    }
    QJsonArray frames = object.value(QLatin1String("frames")).toArray();
    if (frames.isEmpty())
        frames = object.value(QLatin1String("stacktrace"))
                     .toObject()
                     .value(QLatin1String("frames"))
                     .toArray();
    for (qsizetype i = frames.size() - 1; i >= 0; --i)
        exception.frames.append(frameFrom(frames[i].toObject()));
    return exception;
}

std::optional<double> secondsFrom(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    // Sentry also writes RFC 3339; an importer may have kept it.
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        return double(time.toMSecsSinceEpoch()) / 1000.0;
    return std::nullopt;
}

ErrorBreadcrumb breadcrumbFrom(const QJsonObject &object)
{
    ErrorBreadcrumb crumb;
    // Importers store nanoseconds; Sentry's own `timestamp` (seconds or RFC 3339) is read
    // too, for details written before that.
    const QJsonValue ns = object.value(QLatin1String("time_ns"));
    crumb.timeSeconds = ns.isDouble() ? std::optional<double>(ns.toDouble() / 1e9)
                                      : secondsFrom(object.value(QLatin1String("timestamp")));
    crumb.category = str(object, "category");
    crumb.type = str(object, "type");
    crumb.level = str(object, "level");
    if (crumb.level.isEmpty())
        crumb.level = QStringLiteral("info");
    crumb.message = str(object, "message");
    flatten(object.value(QLatin1String("data")).toObject(), {}, crumb.data);
    return crumb;
}

void sortByKey(QList<QPair<QString, QString>> &rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

QString ErrorFrame::location() const
{
    const QString name = file.isEmpty() ? module : file.section(QLatin1Char('/'), -1);
    if (name.isEmpty() || line <= 0)
        return name;
    return name + QLatin1Char(':') + QString::number(line);
}

ErrorDetails ErrorDetails::parse(std::string_view json, const QString &outermostType)
{
    ErrorDetails details;
    const QJsonObject root
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())))
              .object();
    for (const QJsonValue &exception : root.value(QLatin1String("exceptions")).toArray())
        details.exceptions.append(exceptionFrom(exception.toObject()));
    // Sentry's order puts the outermost last; an importer that already reversed it is
    // recognised by the event's type standing first instead.
    const bool outermostFirst = details.exceptions.size() > 1 && !outermostType.isEmpty()
        && details.exceptions.front().type == outermostType
        && details.exceptions.back().type != outermostType;
    if (!outermostFirst)
        std::reverse(details.exceptions.begin(), details.exceptions.end());
    for (const QJsonValue &crumb : root.value(QLatin1String("breadcrumbs")).toArray())
        details.breadcrumbs.append(breadcrumbFrom(crumb.toObject()));
    const QJsonObject tags = root.value(QLatin1String("tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        details.tags.append({it.key(), scalarText(it.value())});
    sortByKey(details.tags);
    flatten(root.value(QLatin1String("contexts")).toObject(), {}, details.contexts);
    sortByKey(details.contexts);
    details.message = str(root, "message");
    details.transaction = str(root, "transaction");
    return details;
}

} // namespace eg::itemmodels
