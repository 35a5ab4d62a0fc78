#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace eg::itemmodels {

// One stack frame of an exception, as the error page shows it.
struct ErrorFrame
{
    QString function;
    QString module;
    QString file;
    int line = 0; // 0: unknown
    int column = 0;
    bool inApp = false; // the app's own code, not a library's or the runtime's
    QString contextLine; // the source line itself, when the SDK sent it
    QStringList preContext; // the lines before it, oldest first
    QStringList postContext;

    // "app.mjs:153" (the file's last path part), or the module when there is no file.
    QString location() const;
};

struct ErrorException
{
    QString type;
    QString value;
    QString mechanism; // how it was caught ("generic", "onerror", "chained"), or empty
    std::optional<bool> handled;
    QList<ErrorFrame> frames; // newest first: the frame that raised it on top
};

struct ErrorBreadcrumb
{
    std::optional<double> timeSeconds; // since the epoch
    QString category;
    QString type;
    QString level; // "info" when the breadcrumb names none, as Sentry does
    QString message;
    QList<QPair<QString, QString>> data;
};

// The `details` JSON of an error event (store::ErrorRecord) read into what the error page
// shows, reordered the way people read it: the exception chain outermost first (Sentry
// lists the innermost cause first) and each stack newest frame first (Sentry lists the
// oldest first). Anything missing or of the wrong type is simply left out.
class ErrorDetails
{
public:
    // `outermostType` is the event's own type column: it tells which end of the chain is
    // the outermost when the list order is not Sentry's.
    static ErrorDetails parse(std::string_view json, const QString &outermostType = {});

    QList<ErrorException> exceptions; // outermost first; each next one caused the previous
    QList<ErrorBreadcrumb> breadcrumbs; // oldest first
    QList<QPair<QString, QString>> tags; // sorted by key
    // Flattened: "runtime.name" → "node"; sorted by key.
    QList<QPair<QString, QString>> contexts;
    QString message;
    QString transaction;
};

} // namespace eg::itemmodels
