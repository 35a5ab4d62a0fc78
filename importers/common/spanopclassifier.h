#pragma once

#include <cstdint>
#include <string_view>

namespace eg::importers {

// A span's `op` for spans that do not write one (OpenTelemetry, Jaeger, Zipkin), derived
// from the attribute keys of the semantic conventions so that the waterfall can colour
// and group by it: "db", "messaging", "rpc", "http.client", "http.server", "http", or
// empty. Only keys are looked at (a span with `db.system` is a database call whatever
// the system); the span's attributes are fed one key at a time as the importer reads
// them, so nothing is stored.
class SpanOpClassifier
{
public:
    void reset() { m_seen = 0; }
    void observe(std::string_view attributeKey);
    // `kind` as SpanRecord spells it ("client", "server", ...).
    std::string_view op(std::string_view kind) const;

private:
    enum Seen : uint8_t { Database = 1, Messaging = 2, Rpc = 4, Http = 8 };
    uint8_t m_seen = 0;
};

} // namespace eg::importers
