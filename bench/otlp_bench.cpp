// Times an OTLP/JSON trace export from disk into an on-disk cache, end to end (issue 5:
// "OTLP/JSON import at least 100 MB/s into the cache"):
//   otlp_bench [--mb N] [--lines] [--keep] [--file PATH]
// Unless --file names one, the export is generated deterministically into a temporary
// folder (default 100 MB): 8 services, each a resource with the attributes SDKs write,
// traces of 20 spans with about 10 typed attributes each (HTTP, database and messaging
// conventions), a quarter with an exception event, one in 25 failed; one span per line.
// With --lines, each resource is an export request of its own on one line, as the
// Collector's file exporter writes them. Run it once per size: peak RSS is the process's.
#include "benchclock.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importpipeline.h"
#include "models/store/cache.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace eg;

namespace {

const char *const kServices[] = {"frontend",  "checkout", "payments", "orders",
                                 "inventory", "shipping", "email",    "recommendations"};
const char *const kRoutes[] = {"/api/users/{id}",  "/api/cart",     "/api/checkout",
                               "/api/orders/{id}", "/api/products", "/health"};

class ExportWriter
{
public:
    ExportWriter(std::FILE *out, bool lines)
        : m_out(out)
        , m_lines(lines)
    { }
    ~ExportWriter()
    {
        flush();
        std::fclose(m_out);
    }

    int64_t written() const { return m_written; }
    int64_t spans() const { return m_spans; }

    void begin() { put(m_lines ? "" : "{\"resourceSpans\":[\n"); }
    void end() { put(m_lines ? "" : "\n]}\n"); }

    // One resource (a service) with `traces` traces of 20 spans each.
    void resource(int index, int traces)
    {
        const char *service = kServices[index % 8];
        if (m_lines)
            put("{\"resourceSpans\":[");
        else if (index > 0)
            put(",\n");
        put("{\"resource\":{\"attributes\":[");
        attribute("service.name", service);
        put(",");
        attribute("service.version", "1.4." + std::to_string(index % 7));
        put(",");
        attribute("host.name", std::string(service) + "-" + std::to_string(index % 13));
        put(",");
        attribute("k8s.pod.name", std::string(service) + "-7d9f8b6c4-" + std::to_string(index));
        put(",");
        attribute("deployment.environment", "production");
        put(",");
        attribute("telemetry.sdk.language", "java");
        put("]},\"scopeSpans\":[{\"scope\":{\"name\":\"io.opentelemetry.spring-webmvc-6.0\","
            "\"version\":\"2.1.0\"},\"spans\":[");
        put(m_lines ? "" : "\n");
        for (int t = 0; t < traces; ++t) {
            const std::string trace = hex(next(), 16) + hex(next(), 16);
            for (int s = 0; s < 20; ++s)
                span(trace, s, service, t == 0 && s == 0);
        }
        put(m_lines ? "]}]}]}\n" : "]}]}");
    }

private:
    uint64_t next()
    {
        m_seed = m_seed * 6364136223846793005ull + 1442695040888963407ull;
        return m_seed >> 11;
    }

    static std::string hex(uint64_t value, int digits)
    {
        static const char table[] = "0123456789abcdef";
        std::string out(size_t(digits), '0');
        for (int i = digits - 1; i >= 0; --i, value >>= 4)
            out[size_t(i)] = table[value & 15];
        return out;
    }

    void put(const std::string &text)
    {
        m_line += text;
        if (m_line.size() > (1 << 16))
            flush();
    }
    void flush()
    {
        std::fwrite(m_line.data(), 1, m_line.size(), m_out);
        m_written += int64_t(m_line.size());
        m_line.clear();
    }

    void attribute(const char *key, const std::string &value)
    {
        put(std::string("{\"key\":\"") + key + "\",\"value\":{\"stringValue\":\"" + value + "\"}}");
    }
    void intAttribute(const char *key, int64_t value)
    {
        put(std::string("{\"key\":\"") + key + "\",\"value\":{\"intValue\":\""
            + std::to_string(value) + "\"}}");
    }

    void span(const std::string &trace, int index, const char *service, bool firstOfResource)
    {
        const uint64_t id = next();
        m_ids[index] = hex(id, 16);
        const int64_t start = 1700000000000000000 + m_clock;
        const int64_t length = 1000000 + int64_t(next() % 50000000);
        m_clock += 1000 + int64_t(next() % 100000);
        const int kind = index == 0 ? 2 : int(next() % 5) + 1;
        const uint64_t flavour = next() % 4;
        if (!firstOfResource || index > 0)
            put(m_lines ? "," : ",\n");
        put("{\"traceId\":\"" + trace + "\",\"spanId\":\"" + m_ids[index] + "\"");
        if (index > 0)
            put(",\"parentSpanId\":\"" + m_ids[size_t(next() % uint64_t(index))] + "\"");
        put(",\"name\":\"" + std::string(flavour == 1 ? "SELECT orders" : kRoutes[next() % 6])
            + "\",\"kind\":" + std::to_string(kind) + ",\"startTimeUnixNano\":\""
            + std::to_string(start) + "\",\"endTimeUnixNano\":\"" + std::to_string(start + length)
            + "\",\"attributes\":[");
        if (flavour == 1) {
            attribute("db.system", "postgresql");
            put(",");
            attribute("db.statement",
                      "SELECT id, total, status FROM orders WHERE customer_id = $1");
            put(",");
            attribute("db.name", "shop");
            put(",");
            attribute("server.address", "db-primary.internal");
        } else if (flavour == 2) {
            attribute("messaging.system", "kafka");
            put(",");
            attribute("messaging.destination.name", "orders");
            put(",");
            intAttribute("messaging.kafka.partition", int64_t(next() % 12));
            put(",");
            attribute("messaging.operation", "publish");
        } else {
            attribute("http.request.method", index % 3 ? "GET" : "POST");
            put(",");
            attribute("url.path", kRoutes[next() % 6]);
            put(",");
            intAttribute("http.response.status_code", next() % 20 ? 200 : 500);
            put(",");
            attribute("user_agent.original", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0");
        }
        put(",");
        attribute("network.protocol.version", "1.1");
        put(",");
        intAttribute("thread.id", int64_t(next() % 200));
        put(",");
        attribute("thread.name", "http-nio-8080-exec-" + std::to_string(next() % 50));
        put(",");
        attribute("code.function", std::string(service) + ".Controller.handle");
        put(",{\"key\":\"sampled\",\"value\":{\"boolValue\":true}}");
        put(",{\"key\":\"load\",\"value\":{\"doubleValue\":0." + std::to_string(next() % 1000)
            + "}}]");
        if (next() % 4 == 0) {
            put(",\"events\":[{\"timeUnixNano\":\"" + std::to_string(start + length / 2)
                + "\",\"name\":\"exception\",\"attributes\":[");
            attribute("exception.type", "java.net.SocketTimeoutException");
            put(",");
            attribute("exception.message", "Read timed out after 5000 ms");
            put("]}]");
        }
        const bool failed = next() % 25 == 0;
        put(failed ? ",\"status\":{\"code\":2,\"message\":\"Read timed out\"}}"
                   : ",\"status\":{}}");
        ++m_spans;
    }

    std::FILE *m_out;
    bool m_lines;
    std::string m_line;
    std::string m_ids[20];
    uint64_t m_seed = 42;
    int64_t m_clock = 0;
    int64_t m_written = 0;
    int64_t m_spans = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int64_t megabytes = 100;
    bool keep = false;
    bool lines = false;
    QString file;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--mb") && i + 1 < argc)
            megabytes = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--keep"))
            keep = true;
        else if (!std::strcmp(argv[i], "--lines"))
            lines = true;
        else if (!std::strcmp(argv[i], "--file") && i + 1 < argc)
            file = QString::fromLocal8Bit(argv[++i]);
    }
    QTemporaryDir dir(QStringLiteral("/tmp/otlp-bench-XXXXXX"));
    dir.setAutoRemove(!keep);
    const bool generated = file.isEmpty();
    if (generated) {
        file = dir.filePath(QStringLiteral("traces.otlp.json"));
        bench::BenchClock clock;
        std::FILE *out = std::fopen(file.toLocal8Bit().constData(), "wb");
        if (!out)
            return 1;
        int64_t spans = 0;
        {
            ExportWriter writer(out, lines);
            writer.begin();
            for (int resource = 0; writer.written() < megabytes * 1000 * 1000; ++resource)
                writer.resource(resource, 50);
            writer.end();
            spans = writer.spans();
        }
        std::printf("generated %lld spans, %.1f MB\n", static_cast<long long>(spans),
                    double(QFileInfo(file).size()) / 1e6);
        bench::BenchClock::report("generate", clock.elapsedMs());
    }
    const double mb = double(QFileInfo(file).size()) / 1e6;
    store::Cache cache(dir.filePath(QStringLiteral("cache.db")));
    importers::ImportPipeline pipeline(importers::ImporterRegistry::instance());
    importers::ImportContext context;
    bench::BenchClock clock;
    const importers::ImportResult result = pipeline.importFile(file, cache, context);
    const double ms = clock.elapsedMs();
    bench::BenchClock::report("import into the cache", ms);
    std::printf("%lld spans in %lld traces, %.1f MB at %.1f MB/s (10^6 bytes), peak RSS %.1f MiB, "
                "cache %.1f MB\n",
                static_cast<long long>(result.spanCount), static_cast<long long>(result.traceCount),
                mb, mb / (ms / 1000.0), bench::BenchClock::peakRssMiB(),
                double(QFileInfo(cache.path()).size()) / 1e6);
    if (generated && !keep)
        QFile::remove(file);
    return 0;
}
