#include "testerrorevents.h"

#include "models/store/cache.h"
#include "models/store/cachewriter.h"
#include "models/store/logrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace eg::testsupport {

namespace {

using store::ErrorRecord;

constexpr int64_t kSecondNs = 1'000'000'000;
const QString kApp = QStringLiteral("/srv/app/node11/app.mjs");
const QString kTrace
    = QStringLiteral("/srv/app/node11/node_modules/@sentry/core/build/esm/tracing/trace.js");

QJsonArray lines(std::initializer_list<const char *> texts)
{
    QJsonArray array;
    for (const char *text : texts)
        array.append(QString::fromUtf8(text));
    return array;
}

QJsonObject frame(const char *function, const QString &file, int line, int column, bool inApp,
                  const char *contextLine = nullptr, QJsonArray pre = {}, QJsonArray post = {})
{
    QJsonObject object {{QStringLiteral("function"), QString::fromUtf8(function)},
                        {QStringLiteral("file"), file},
                        {QStringLiteral("line"), line},
                        {QStringLiteral("column"), column},
                        {QStringLiteral("in_app"), inApp}};
    if (file.startsWith(QLatin1String("/srv/app/node11/app")))
        object.insert(QStringLiteral("module"), QStringLiteral("app"));
    if (contextLine) {
        object.insert(QStringLiteral("context_line"), QString::fromUtf8(contextLine));
        object.insert(QStringLiteral("pre_context"), pre);
        object.insert(QStringLiteral("post_context"), post);
    }
    return object;
}

// The http server's own frames under the handler, as the node SDK reports them.
QJsonArray serverFrames()
{
    return {
        frame("processTicksAndRejections", QStringLiteral("node:internal/process/task_queues"), 95,
              5, false),
        frame("Server.emit", QStringLiteral("node:events"), 517, 28, false),
        frame("parserOnIncoming", QStringLiteral("node:_http_server"), 1143, 12, false),
        frame("Server.?", kApp, 200, 22, true, "        const data = await checkoutHandler(body);",
              lines({"    try {", "      if (req.url === '/api/checkout') {",
                     "        const body = await readBody(req);",
                     "        // the handler validates before charging",
                     "        res.setHeader('content-type', 'application/json');"}),
              lines({"        res.end(JSON.stringify(data));", "        return;", "      }",
                     "    } catch (err) {", "      Sentry.captureException(err);"})),
        frame("?", kApp, 162, 9, true, "        validateCart(body);",
              lines({"  return Sentry.startSpan({ name: 'checkout.validate' }, async () => {",
                     "    const cart = body;", "    {", "      // cart rules first", "      {"}),
              lines({"      }", "    }", "    return charge(cart);", "  });", "}"}))};
}

QJsonObject checkoutException(int quantity)
{
    QJsonArray causeFrames = serverFrames();
    causeFrames.append(frame(
        "validateCart", kApp, 152, 19, true,
        "    const cause = new RangeError(`quantity ${cart.items[0].qty} exceeds max of 5 for "
        "sku ${cart.items[0].sku}`);",
        lines({"", "function validateCart(cart) {", "  // deliberately failing validation",
               "  if (cart.items[0].qty > 5) {", "    // the cause, chained below"}),
        lines({"    throw new PaymentDeclinedError('Checkout failed: payment provider declined "
               "the charge', { cause });",
               "  }", "}", "", "async function charge(cart) {"})));
    QJsonArray outerFrames = serverFrames();
    outerFrames.append(frame(
        "validateCart", kApp, 153, 11, true,
        "    throw new PaymentDeclinedError('Checkout failed: payment provider declined the "
        "charge', { cause });",
        lines({"function validateCart(cart) {", "  // deliberately failing validation",
               "  if (cart.items[0].qty > 5) {", "    // the cause, chained below",
               "    const cause = new RangeError(`quantity ${cart.items[0].qty} exceeds max of "
               "5 for sku ${cart.items[0].sku}`);"}),
        lines({"  }", "}", "", "async function charge(cart) {", "  return cart;"})));
    QJsonObject cause {
        {QStringLiteral("type"), QStringLiteral("RangeError")},
        {QStringLiteral("value"),
         QStringLiteral("quantity %1 exceeds max of 5 for sku SKU-467").arg(quantity)},
        {QStringLiteral("mechanism"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("chained")},
                      {QStringLiteral("handled"), true}}},
        {QStringLiteral("frames"), causeFrames}};
    QJsonObject outer {{QStringLiteral("type"), QStringLiteral("PaymentDeclinedError")},
                       {QStringLiteral("value"),
                        QStringLiteral("Checkout failed: payment provider declined the charge")},
                       {QStringLiteral("mechanism"),
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("generic")},
                                     {QStringLiteral("handled"), true}}},
                       {QStringLiteral("frames"), outerFrames}};
    return {{QStringLiteral("exceptions"), QJsonArray {cause, outer}}};
}

QJsonObject breadcrumb(double seconds, const char *category, const char *type, const char *level,
                       const char *message, QJsonObject data = {})
{
    // As the importers store it (logrecord.h): nanoseconds since the epoch.
    QJsonObject object {{QStringLiteral("time_ns"), std::round(seconds * 1e9)},
                        {QStringLiteral("category"), QString::fromUtf8(category)}};
    if (type)
        object.insert(QStringLiteral("type"), QString::fromUtf8(type));
    if (level)
        object.insert(QStringLiteral("level"), QString::fromUtf8(level));
    if (message)
        object.insert(QStringLiteral("message"), QString::fromUtf8(message));
    if (!data.isEmpty())
        object.insert(QStringLiteral("data"), data);
    return object;
}

QJsonObject http(int status, const char *url, const char *method = "GET")
{
    return {{QStringLiteral("status_code"), status},
            {QStringLiteral("url"), QString::fromUtf8(url)},
            {QStringLiteral("http.request.method"), QString::fromUtf8(method)}};
}

// The four breadcrumbs of the fixture's checkout error, oldest first, then the checkout.
QJsonArray checkoutBreadcrumbs(double errorSeconds)
{
    return {breadcrumb(errorSeconds - 0.6, "workload", nullptr, "info", "starting seed 1"),
            breadcrumb(errorSeconds - 0.507, "http", "http", nullptr, nullptr,
                       http(200, "http://127.0.0.1:33509/api/orders")),
            breadcrumb(errorSeconds - 0.128, "http", "http", nullptr, nullptr,
                       http(200, "http://127.0.0.1:33509/api/report")),
            breadcrumb(errorSeconds - 0.015, "http", "http", "warning", nullptr,
                       http(404, "http://127.0.0.1:33509/api/does-not-exist-1")),
            breadcrumb(errorSeconds - 0.004, "console", "debug", "error",
                       "checkout rejected: cart over the quantity limit")};
}

QJsonObject nodeContexts(const char *traceId, const char *spanId)
{
    QJsonObject contexts {{QStringLiteral("runtime"),
                           QJsonObject {{QStringLiteral("name"), QStringLiteral("node")},
                                        {QStringLiteral("version"), QStringLiteral("v20.20.2")}}},
                          {QStringLiteral("os"),
                           QJsonObject {{QStringLiteral("name"), QStringLiteral("Debian")},
                                        {QStringLiteral("version"), QStringLiteral("12.11")}}},
                          {QStringLiteral("cart"),
                           QJsonObject {{QStringLiteral("items"), 2},
                                        {QStringLiteral("currency"), QStringLiteral("EUR")}}}};
    if (traceId)
        contexts.insert(QStringLiteral("trace"),
                        QJsonObject {{QStringLiteral("trace_id"), QString::fromUtf8(traceId)},
                                     {QStringLiteral("span_id"), QString::fromUtf8(spanId)}});
    return contexts;
}

ErrorRecord checkoutError(int index, const char *traceId, const char *spanId)
{
    const int64_t seconds = TestErrorEvents::kFirstSeconds + 60 * index;
    ErrorRecord error;
    error.eventId = QStringLiteral("a0c1e2%1b3d4f5a6b7c8d9e0f1a2b3c4d")
                        .arg(index, 2, 10, QLatin1Char('0'))
                        .left(32)
                        .toStdString();
    error.timeNs = seconds * kSecondNs + 252'000'000;
    error.level = "error";
    error.type = "PaymentDeclinedError";
    error.value = "Checkout failed: payment provider declined the charge";
    error.culprit = "POST /api/checkout";
    error.traceId = traceId ? traceId : "";
    error.spanId = spanId ? spanId : "";
    error.release = index < 2 ? "sdkdata-node-app@1.0.0" : "sdkdata-node-app@1.0.1";
    error.environment = "capture";
    QJsonObject details = checkoutException(7 + index);
    details.insert(QStringLiteral("breadcrumbs"),
                   checkoutBreadcrumbs(double(error.timeNs) / double(kSecondNs)));
    details.insert(QStringLiteral("tags"),
                   QJsonObject {{QStringLiteral("workload.seed"), QStringLiteral("1")},
                                {QStringLiteral("checkout.step"), QStringLiteral("validate")}});
    details.insert(QStringLiteral("contexts"), nodeContexts(traceId, spanId));
    details.insert(QStringLiteral("transaction"), QStringLiteral("POST /api/checkout"));
    error.details = QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString();
    return error;
}

// The fixture's 0007 event: a TypeError inside a span, seven SDK frames deep.
ErrorRecord receiptError()
{
    ErrorRecord error;
    error.eventId = "c7d1a5e9b3f74c2e8a6d0b4f2e9c1a37";
    error.timeNs = (TestErrorEvents::kFirstSeconds + 30) * kSecondNs + 256'000'000;
    error.level = "error";
    error.type = "TypeError";
    error.value = "Cannot read receipt: server said \"Checkout failed: payment provider declined "
                  "the charge\"";
    error.culprit = "receipt.parse";
    error.traceId = TestErrorEvents::kCheckoutTrace;
    error.spanId = "9e8d7c6b5a493827";
    error.release = "sdkdata-node-app@1.0.0";
    error.environment = "capture";
    const QString scope = QStringLiteral(
        "/srv/app/node11/node_modules/@sentry/server-utils/build/esm/async-context.js");
    QJsonArray frames {
        frame("AsyncLocalStorage.run", QStringLiteral("node:async_hooks"), 346, 14, false),
        frame("?", scope, 21, 14, false, "      return callback(scope);"),
        frame("?", kTrace, 122, 12, false, "    return callback(scope);"),
        frame("?", kTrace, 390, 14, false, "      return callback2();"),
        frame("?", kTrace, 394, 11, false, "    () => handleCallbackErrors("),
        frame("handleCallbackErrors",
              QStringLiteral("/srv/app/node11/node_modules/@sentry/core/build/esm/utils/"
                             "handleCallbackErrors.js"),
              9, 26, false, "    maybePromiseResult = fn();"),
        frame("?", kTrace, 395, 13, false, "      () => callback(),"),
        frame("?", kApp, 273, 11, true, "          parseReceipt(text);",
              lines({"      const text = await resp.text();",
                     "      await Sentry.startSpan({ name: 'receipt.parse' }, async (span) => {",
                     "        try {"}),
              lines({"        } catch (err) {", "          Sentry.captureException(err);"})),
        frame("parseReceipt", kApp, 233, 22, true,
              "  if (!obj.ok) throw new TypeError(`Cannot read receipt: server said "
              "\"${obj.error}\"`);",
              lines({"function parseReceipt(text) {", "  const obj = JSON.parse(text);"}),
              lines({"  return obj;", "}"}))};
    QJsonObject exception {{QStringLiteral("type"), QString::fromStdString(error.type)},
                           {QStringLiteral("value"), QString::fromStdString(error.value)},
                           {QStringLiteral("mechanism"),
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("generic")},
                                         {QStringLiteral("handled"), true}}},
                           {QStringLiteral("frames"), frames}};
    QJsonObject details {
        {QStringLiteral("exceptions"), QJsonArray {exception}},
        {QStringLiteral("tags"), QJsonObject {{QStringLiteral("side"), QStringLiteral("client")}}},
        {QStringLiteral("contexts"),
         nodeContexts(TestErrorEvents::kCheckoutTrace, "9e8d7c6b5a493827")}};
    error.details = QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString();
    return error;
}

// An error-level message without an exception: no stack, no chain.
ErrorRecord lagMessage(int index, int minutes)
{
    ErrorRecord error;
    error.eventId
        = QStringLiteral("f00d%1000000000000000000000000000").arg(index).left(32).toStdString();
    error.timeNs = (TestErrorEvents::kFirstSeconds + 90 + 10 * index) * kSecondNs;
    error.level = "warning";
    error.value = QStringLiteral("inventory sync lagging by %1 minutes").arg(minutes).toStdString();
    error.release = "sdkdata-node-app@1.0.0";
    error.environment = "capture";
    QJsonObject details {{QStringLiteral("message"), QString::fromStdString(error.value)}};
    error.details = QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString();
    return error;
}

} // namespace

int64_t TestErrorEvents::write(const QString &cachePath)
{
    store::Cache cache(cachePath);
    store::CacheWriter writer(cache,
                              {QStringLiteral("/tmp/node-run1.envelope"),
                               QStringLiteral("node-run1.envelope"),
                               QStringLiteral("sentry-envelope"), 4096});
    writer.addError(checkoutError(0, kCheckoutTrace, kCheckoutSpan));
    writer.addError(receiptError());
    writer.addError(lagMessage(1, 12));
    writer.addError(checkoutError(1, kOtherTrace, "1b2c3d4e5f607182"));
    writer.addError(lagMessage(2, 14));
    writer.addError(checkoutError(2, nullptr, nullptr));
    return writer.commit(QStringLiteral("test-error-events")).sourceId;
}

} // namespace eg::testsupport
