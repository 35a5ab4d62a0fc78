#include "spanopclassifier.h"

namespace eg::importers {

void SpanOpClassifier::observe(std::string_view key)
{
    // Cheap reject first: every key of interest starts with one of these letters.
    if (key.size() < 7)
        return;
    switch (key.front()) {
    case 'd':
        // OTel `db.system` (`db.system.name` since semconv 1.26), OpenTracing `db.type`,
        // and the statement keys that some instrumentations write without a system.
        if (key == "db.system" || key == "db.system.name" || key == "db.type"
            || key == "db.statement" || key == "db.query.text")
            m_seen |= Database;
        break;
    case 's':
        if (key == "sql.query") // Brave's JDBC/MySQL instrumentation (Zipkin)
            m_seen |= Database;
        break;
    case 'm':
        if (key == "messaging.system" || key == "messaging.destination.name"
            || key == "messaging.destination")
            m_seen |= Messaging;
        break;
    case 'k':
        if (key == "kafka.topic") // Brave's Kafka instrumentation (Zipkin)
            m_seen |= Messaging;
        break;
    case 'r':
        if (key == "rpc.system" || key == "rpc.service" || key == "rpc.method")
            m_seen |= Rpc;
        break;
    case 'h':
        // `http.request.method` since semconv 1.21; `http.method` before it (and in
        // Zipkin and Jaeger tags).
        if (key == "http.request.method" || key == "http.method")
            m_seen |= Http;
        break;
    default:
        break;
    }
}

std::string_view SpanOpClassifier::op(std::string_view kind) const
{
    // A database or messaging call made over HTTP or gRPC is still that call: the most
    // specific category wins.
    if (m_seen & Database)
        return "db";
    if (m_seen & Messaging)
        return "messaging";
    if (m_seen & Rpc)
        return "rpc";
    if (m_seen & Http) {
        if (kind == "client")
            return "http.client";
        if (kind == "server")
            return "http.server";
        return "http";
    }
    return {};
}

} // namespace eg::importers
