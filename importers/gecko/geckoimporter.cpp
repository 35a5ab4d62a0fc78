#include "geckoimporter.h"

#include "geckothreadreader.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"

#include "models/store/cachewriter.h"

#include <simdjson.h>

#include <QString>

#include <deque>
#include <string>
#include <vector>

namespace eg::importers {

namespace dom = simdjson::dom;

namespace {

// Gecko profiles are read whole into simdjson's DOM: their tables refer to each other by
// index, and the oldest versions nest whole sub-process profiles as JSON strings. This
// bounds what a mistaken input may claim.
constexpr size_t kMaxTextBytes = size_t(1) << 30;
// Sub-process profiles nest; real ones go two or three levels deep.
constexpr int kMaxProcessDepth = 32;

std::string idText(dom::element element)
{
    std::string_view text;
    if (!element.get_string().get(text))
        return std::string(text);
    int64_t integer = 0;
    if (!element.get_int64().get(integer))
        return std::to_string(integer);
    double number = 0;
    if (!element.get_double().get(number))
        return QString::number(number, 'g', 17).toStdString();
    return {};
}

class GeckoReader
{
public:
    GeckoReader(store::CacheWriter &writer, ImportContext &context)
        : m_writer(writer)
        , m_context(context)
    { }

    dom::element parse(std::string &text, const char *what)
    {
        text.reserve(text.size() + simdjson::SIMDJSON_PADDING);
        dom::parser &parser = m_parsers.emplace_back();
        dom::element root;
        const simdjson::padded_string_view view(text.data(), text.size(), text.capacity());
        if (const auto error = parser.parse(view).get(root))
            throw ImportError(JsonSupport::message(error, what));
        return root;
    }

    // A Gecko profile object: `{meta, threads, processes}`. Threads of this process first,
    // then its sub-processes depth first, as the Firefox Profiler lists them.
    void readProcess(dom::object process, int depth)
    {
        if (depth > kMaxProcessDepth)
            throw ImportError(QStringLiteral("sub-processes nest more than %1 levels deep")
                                  .arg(kMaxProcessDepth));
        dom::array threads;
        if (process["threads"].get_array().get(threads))
            throw ImportError(QStringLiteral("a Gecko profile has no `threads` array"));
        dom::array sharedStrings;
        if (process["shared"]["stringArray"].get_array().get(sharedStrings))
            sharedStrings = m_emptyArray;
        std::vector<dom::element> subprocesses;
        for (dom::element entry : threads) {
            dom::object thread;
            if (!entry.get_object().get(thread))
                readThread(thread, sharedStrings);
            else if (entry.is_string()) // version < 4: a sub-process profile as JSON text
                subprocesses.push_back(entry);
            else
                throw ImportError(QStringLiteral("a thread of a Gecko profile is not an object"));
        }
        dom::array processes;
        if (!process["processes"].get_array().get(processes)) {
            for (dom::element entry : processes)
                subprocesses.push_back(entry);
        }
        for (dom::element entry : subprocesses) {
            dom::object child;
            std::string_view text;
            if (!entry.get_string().get(text)) {
                std::string &copy = m_texts.emplace_back(text);
                if (parse(copy, "a sub-process profile (JSON text)").get_object().get(child))
                    throw ImportError(QStringLiteral("a sub-process profile is not an object"));
            } else if (entry.get_object().get(child)) {
                throw ImportError(QStringLiteral("a sub-process profile is not an object"));
            }
            readProcess(child, depth + 1);
        }
    }

    void setEmptyArray(dom::array empty) { m_emptyArray = empty; }

private:
    void readThread(dom::object thread, dom::array sharedStrings)
    {
        ++m_threadCount;
        std::string name;
        std::string_view text;
        if (!thread["name"].get_string().get(text) && !text.empty())
            name = text;
        else
            name = "Thread " + std::to_string(m_threadCount);
        dom::element element;
        const std::string pid = thread["pid"].get(element) ? std::string() : idText(element);
        const std::string tid = thread["tid"].get(element) ? std::string() : idText(element);

        store::ProfileData profile;
        profile.thread = name;
        profile.name = name;
        if (!pid.empty() && !tid.empty())
            profile.name += " (pid " + pid + ", tid " + tid + ")";
        else if (!pid.empty())
            profile.name += " (pid " + pid + ")";
        GeckoThreadReader(thread, sharedStrings).read(profile);
        m_context.checkCancelled();
        m_writer.addProfile(profile);
    }

    store::CacheWriter &m_writer;
    ImportContext &m_context;
    std::deque<dom::parser> m_parsers; // every DOM stays valid until the import ends
    std::deque<std::string> m_texts;
    dom::array m_emptyArray;
    int m_threadCount = 0;
};

} // namespace

FormatInfo GeckoImporter::format() const
{
    return {QStringLiteral("gecko"),
            QStringLiteral("Firefox Profiler / Gecko profile (JSON)"),
            {QStringLiteral("json"), QStringLiteral("gecko")}};
}

int GeckoImporter::probe(std::string_view head) const
{
    bool meta = false;
    bool threads = false;
    bool wrapped = false;
    // Firefox devtools' performance panel export starts `{"label", "duration", "markers"`
    // and puts the profile after its markers, often beyond the head.
    const std::vector<std::string_view> keys = JsonSupport::topLevelKeys(head);
    if (keys.size() >= 3 && keys[0] == "label" && keys[1] == "duration" && keys[2] == "markers")
        return 70;
    for (const std::string_view key : keys) {
        meta = meta || key == "meta";
        threads = threads || key == "threads";
        wrapped = wrapped || key == "profile";
        // Sentry's v1 profiles also have a `profile` object, but next to these.
        if (key == "platform" || key == "event_id" || key == "version")
            return 0;
    }
    if (meta && threads)
        return 90;
    // The devtools export: `{"profile": {"meta": ..., "threads": ...}, "duration": ...}`.
    if (wrapped && head.find("\"meta\"") != std::string_view::npos
        && head.find("\"threads\"") != std::string_view::npos)
        return 80;
    // Keys may lie beyond the head: `meta` alone, with a Gecko `version` inside.
    if (meta && head.find("\"interval\"") != std::string_view::npos)
        return 60;
    return 0;
}

void GeckoImporter::import(InputStream &input, store::CacheWriter &writer, ImportContext &context)
{
    std::string text
        = input.readAll(context.wholeTextLimit(kMaxTextBytes), simdjson::SIMDJSON_PADDING);
    context.setProgress(0.3);
    GeckoReader reader(writer, context);
    std::string empty = "[]";
    dom::array emptyArray;
    if (reader.parse(empty, "an empty array").get_array().get(emptyArray))
        throw ImportError(QStringLiteral("internal: no empty array"));
    reader.setEmptyArray(emptyArray);

    dom::object root;
    if (reader.parse(text, "a Gecko profile (a JSON object)").get_object().get(root))
        throw ImportError(QStringLiteral("a Gecko profile is a JSON object"));
    dom::object wrapped;
    if (!root["profile"].get_object().get(wrapped))
        root = wrapped;
    dom::object meta;
    if (root["meta"].get_object().get(meta))
        throw ImportError(QStringLiteral("not a Gecko profile: no `meta` object"));
    if (root["meta"]["version"].error())
        throw ImportError(QStringLiteral("not a Gecko profile: `meta` has no `version`"));
    reader.readProcess(root, 0);
    if (writer.profileCount() == 0)
        throw ImportError(QStringLiteral("the Gecko profile holds no threads"));
    context.setProgress(1.0);
}

} // namespace eg::importers
