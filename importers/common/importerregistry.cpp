#include "importerregistry.h"

#include "importers/chrometrace/chrometraceimporter.h"
#include "importers/cpuprofile/cpuprofileimporter.h"
#include "importers/folded/foldedimporter.h"
#include "importers/gecko/geckoimporter.h"
#include "importers/jaeger/jaegerimporter.h"
#include "importers/jsonl/jsonlinesimporter.h"
#include "importers/otlp/otlplogimporter.h"
#include "importers/otlp/otlptraceimporter.h"
#include "importers/perf/perfscriptimporter.h"
#include "importers/pprof/pprofimporter.h"
#include "importers/sentry/sentryenvelopeimporter.h"
#include "importers/sentry/sentryeventimporter.h"
#include "importers/sentry/sentrylogimporter.h"
#include "importers/sentry/sentryprofilechunkimporter.h"
#include "importers/sentry/sentryprofileimporter.h"
#include "importers/sentry/sentrytraceimporter.h"
#include "importers/speedscope/speedscopeimporter.h"
#include "importers/zipkin/zipkinimporter.h"

namespace eg::importers {

const ImporterRegistry &ImporterRegistry::instance()
{
    static const ImporterRegistry registry = [] {
        ImporterRegistry r;
        r.add(std::make_unique<FoldedImporter>());
        r.add(std::make_unique<SpeedscopeImporter>());
        r.add(std::make_unique<CpuProfileImporter>());
        r.add(std::make_unique<ChromeTraceImporter>());
        r.add(std::make_unique<GeckoImporter>());
        r.add(std::make_unique<SentryEnvelopeImporter>());
        r.add(std::make_unique<SentryProfileImporter>());
        r.add(std::make_unique<SentryProfileChunkImporter>());
        r.add(std::make_unique<SentryEventImporter>());
        r.add(std::make_unique<SentryLogImporter>());
        r.add(std::make_unique<SentryTraceImporter>());
        r.add(std::make_unique<PerfScriptImporter>());
        r.add(std::make_unique<PprofImporter>());
        r.add(std::make_unique<JsonLinesImporter>());
        r.add(std::make_unique<OtlpTraceImporter>());
        r.add(std::make_unique<OtlpLogImporter>());
        r.add(std::make_unique<JaegerImporter>());
        r.add(std::make_unique<ZipkinImporter>());
        return r;
    }();
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::move(importer));
}

Importer *ImporterRegistry::byId(const QString &id) const
{
    for (const auto &importer : m_importers) {
        if (importer->format().id == id)
            return importer.get();
    }
    return nullptr;
}

Importer *ImporterRegistry::sniff(std::string_view head) const
{
    Importer *best = nullptr;
    int bestConfidence = 0;
    for (const auto &importer : m_importers) {
        const int confidence = importer->probe(head);
        if (confidence > bestConfidence) {
            best = importer.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

} // namespace eg::importers
