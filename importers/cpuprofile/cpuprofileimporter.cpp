#include "cpuprofileimporter.h"

#include "cpuprofilewalker.h"

#include "importers/common/importcontext.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"
#include "importers/common/profilebuilder.h"

#include "models/store/cachewriter.h"

#include <QString>

#include <algorithm>
#include <limits>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eg::importers {

namespace {

constexpr size_t kMaxTextBytes = size_t(4) << 30;
constexpr uint64_t kTickMask = 0xffff; // cancel and progress every 65536 values
// The old format nests its call tree; each level is a recursion of the reader and two
// levels of JSON (the node and its `children`), and simdjson follows at most 1024.
constexpr int kMaxTreeDepth = 500;

using JsonValue = JsonSupport::Value;

// Node id → index into the node table. V8 numbers nodes 1..n, so a plain vector serves;
// a hash map takes over when the ids are sparse.
class NodeIndex
{
public:
    void build(const std::vector<CpuProfileNode> &nodes)
    {
        int64_t lowest = std::numeric_limits<int64_t>::max();
        int64_t highest = std::numeric_limits<int64_t>::min();
        for (const CpuProfileNode &node : nodes) {
            lowest = std::min(lowest, node.id);
            highest = std::max(highest, node.id);
        }
        m_dense = !nodes.empty() && lowest >= 0 && highest < int64_t(nodes.size()) * 4 + 1024;
        if (m_dense)
            m_byId.assign(size_t(highest) + 1, -1);
        // A repeated id refers to its last node, as in speedscope's Map.
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (m_dense)
                m_byId[size_t(nodes[i].id)] = int32_t(i);
            else
                m_sparse[nodes[i].id] = int32_t(i);
        }
    }

    int32_t find(int64_t id) const
    {
        if (m_dense)
            return id >= 0 && uint64_t(id) < m_byId.size() ? m_byId[size_t(id)] : -1;
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? -1 : it->second;
    }

private:
    bool m_dense = false;
    std::vector<int32_t> m_byId;
    std::unordered_map<int64_t, int32_t> m_sparse;
};

class CpuProfileReader
{
public:
    CpuProfileReader(JsonSupport &json, ImportContext &context, store::ProfileData &profile)
        : m_json(json)
        , m_context(context)
        , m_profile(profile)
        , m_builder(profile)
    { }

    void read()
    {
        // Keys are read in file order, in one pass. V8 writes nodes, samples and
        // timeDeltas in that order; then the deltas stream straight into the walker and
        // only the samples are held. Other orders keep both arrays until the end.
        auto root = m_json.rootObject("a V8 CPU profile (a JSON object)");
        for (auto item : root) {
            auto field = m_json.take(std::move(item), "a key of the CPU profile");
            const auto key = field.key();
            JsonValue &value = field.value();
            if (key == "nodes") {
                readNodes(value);
            } else if (key == "samples") {
                readSamples(value);
            } else if (key == "timeDeltas") {
                readTimeDeltas(value);
            } else if (key == "head") {
                readHead(value);
            } else if (key == "timestamps") {
                readTimestamps(value);
            } else if (key == "startTime") {
                m_startTime = m_json.number(value, "a number in `startTime`");
            } else if (key == "endTime") {
                m_endTime = m_json.number(value, "a number in `endTime`");
                m_hasEndTime = true;
            }
        }
        if (!m_hasNodes)
            m_json.fail(QStringLiteral("missing `nodes`, the call tree of the profile"));
        if (!m_hasSamples)
            m_json.fail(QStringLiteral("missing `samples`, the node id of every sample"));
        if (m_oldFormat) {
            // The v8-profiler module wrote seconds (speedscope's chromeTreeToNodes).
            m_startTime *= 1e6;
            m_endTime *= 1e6;
        }
        if (!m_hasDeltas && !m_hasTimestamps && m_sampleCount > 0)
            m_json.fail(QStringLiteral("missing `timeDeltas`, the time between samples"));
        if (m_deltaCount < m_sampleCount) {
            m_json.fail(QStringLiteral("`%1` has %2 entries but `samples` has %3")
                            .arg(m_hasTimestamps ? QStringLiteral("timestamps")
                                                 : QStringLiteral("timeDeltas"))
                            .arg(m_deltaCount)
                            .arg(m_sampleCount));
        }
        if (!m_walker) {
            if (m_hasTimestamps) {
                // Absolute microseconds; the first one counts from the start time.
                double previous = m_startTime;
                for (double &t : m_deltas) {
                    const double timestamp = t;
                    t = timestamp - previous;
                    previous = timestamp;
                }
            }
            walkStored();
        }
        if (m_walker)
            m_walker->finish(m_startTime);

        m_profile.kind = store::ProfileKind::Sampled;
        m_profile.unit = store::WeightUnit::Microseconds;
        m_profile.reportedSampleCount = m_sampleCount;
        m_profile.startValue = m_startTime;
        double last = m_startTime;
        if (!m_profile.sampleTime.empty())
            last = m_profile.sampleTime.back() + m_profile.sampleWeight.back();
        m_profile.endValue = m_hasEndTime ? std::max(m_endTime, last) : last;
    }

private:
    void tick()
    {
        if ((++m_items & kTickMask) != 0)
            return;
        m_context.checkCancelled();
        m_context.setProgress(0.5 + 0.5 * m_json.fractionDone());
    }

    void readNodes(JsonValue &value)
    {
        if (m_hasNodes)
            m_json.fail(QStringLiteral("the call tree appears twice (`nodes` or `head`)"));
        auto nodes = m_json.array(value, "an array in `nodes`");
        for (auto item : nodes) {
            JsonValue nodeValue = m_json.take(std::move(item), "a node in `nodes`");
            auto object = m_json.object(nodeValue, "a node (a JSON object) in `nodes`");
            CpuProfileNode node;
            bool hasId = false;
            const auto self = int32_t(m_nodes.size());
            for (auto fieldItem : object) {
                auto field = m_json.take(std::move(fieldItem), "a key of a node");
                const auto key = field.key();
                JsonValue &v = field.value();
                if (key == "id") {
                    node.id = m_json.integer(v, "an integer as a node's `id`");
                    hasId = true;
                } else if (key == "callFrame") {
                    readCallFrame(v, node);
                } else if (key == "parent") {
                    node.parentId = m_json.integer(v, "an integer as a node's `parent`");
                    node.hasParentId = true;
                } else if (key == "children") {
                    auto children = m_json.array(v, "an array of node ids in `children`");
                    for (auto child : children)
                        m_childLinks.emplace_back(
                            self,
                            m_json.take(child.get_int64(), "a node id (an integer) in `children`"));
                }
            }
            if (!hasId)
                m_json.fail(QStringLiteral("node %1 in `nodes` has no `id`").arg(self + 1));
            m_nodes.push_back(std::move(node));
            tick();
        }
        finishNodes();
    }

    // The node table is complete: index it, link parents, resolve samples read before it.
    void finishNodes()
    {
        m_hasNodes = true;
        m_index.build(m_nodes);
        for (CpuProfileNode &node : m_nodes) {
            if (node.hasParentId)
                node.parent = m_index.find(node.parentId);
        }
        for (const auto &[parent, childId] : m_childLinks) {
            const int32_t child = m_index.find(childId);
            if (child >= 0)
                m_nodes[size_t(child)].parent = parent;
        }
        m_childLinks = {};
        if (m_hasSamples) {
            // Samples came first; their ids can be resolved now.
            m_sampleNodes.resize(m_sampleIds.size());
            for (size_t i = 0; i < m_sampleIds.size(); ++i)
                m_sampleNodes[i] = m_index.find(m_sampleIds[i]);
            m_sampleIds = {};
        }
    }

    void readCallFrame(JsonValue &value, CpuProfileNode &node)
    {
        auto object = m_json.object(value, "an object in a node's `callFrame`");
        for (auto item : object) {
            auto field = m_json.take(std::move(item), "a key of a `callFrame`");
            const auto key = field.key();
            JsonValue &v = field.value();
            if (key == "functionName") {
                node.name = std::string(m_json.string(v, "a string as `functionName`"));
            } else if (key == "url") {
                node.url = std::string(m_json.string(v, "a string as `url`"));
            } else if (key == "lineNumber") {
                // 0-based in the file; 1-based everywhere in Emberglass (-1 becomes 0,
                // "unknown").
                node.line = int32_t(m_json.number(v, "a number as `lineNumber`")) + 1;
                node.hasLine = true;
            } else if (key == "columnNumber") {
                node.column = int32_t(m_json.number(v, "a number as `columnNumber`")) + 1;
            }
        }
        assignRole(node);
    }

    static void assignRole(CpuProfileNode &node)
    {
        if (node.name == "(root)" || node.name == "(idle)" || node.url == "native dummy.js")
            node.role = CpuProfileNode::Role::Ignored;
        else if (node.name == "(program)" || node.name == "(garbage collector)")
            node.role = CpuProfileNode::Role::OnTop;
    }

    // The format of the old v8-profiler module (Node 10 and before): one nested tree in
    // `head`, flattened here the way speedscope's v8cpuFormatter does.
    void readHead(JsonValue &value)
    {
        if (m_hasNodes)
            m_json.fail(QStringLiteral("the call tree appears twice (`nodes` or `head`)"));
        m_oldFormat = true;
        readTreeNode(value, 0);
        finishNodes();
    }

    int32_t readTreeNode(JsonValue &value, int depth)
    {
        if (depth > kMaxTreeDepth) {
            m_json.fail(QStringLiteral("the call tree in `head` nests deeper than %1 levels")
                            .arg(kMaxTreeDepth));
        }
        auto object = m_json.object(value, "a node (a JSON object) in the `head` tree");
        const auto self = int32_t(m_nodes.size());
        m_nodes.emplace_back();
        m_nodes.back().column = 1; // the format has no columns; speedscope makes them 0
        bool hasId = false;
        for (auto item : object) {
            auto field = m_json.take(std::move(item), "a key of a node in `head`");
            const auto key = field.key();
            JsonValue &v = field.value();
            if (key == "id") {
                m_nodes[size_t(self)].id = m_json.integer(v, "an integer as a node's `id`");
                hasId = true;
            } else if (key == "functionName") {
                m_nodes[size_t(self)].name
                    = std::string(m_json.string(v, "a string as `functionName`"));
            } else if (key == "url") {
                m_nodes[size_t(self)].url = std::string(m_json.string(v, "a string as `url`"));
            } else if (key == "lineNumber") {
                m_nodes[size_t(self)].line
                    = int32_t(m_json.number(v, "a number as `lineNumber`")) + 1;
                m_nodes[size_t(self)].hasLine = true;
            } else if (key == "children") {
                auto children = m_json.array(v, "an array of nodes in `children`");
                for (auto childItem : children) {
                    JsonValue child = m_json.take(std::move(childItem), "a node in `children`");
                    const int32_t index = readTreeNode(child, depth + 1);
                    m_childLinks.emplace_back(self, m_nodes[size_t(index)].id);
                }
            }
        }
        if (!hasId)
            m_json.fail(QStringLiteral("a node in `head` has no `id`"));
        assignRole(m_nodes[size_t(self)]);
        tick();
        return self;
    }

    void readSamples(JsonValue &value)
    {
        if (m_hasSamples)
            m_json.fail(QStringLiteral("`samples` appears twice"));
        auto samples = m_json.array(value, "an array of node ids in `samples`");
        for (auto item : samples) {
            const int64_t id = m_json.take(item.get_int64(), "a node id (an integer) in `samples`");
            if (m_hasNodes)
                m_sampleNodes.push_back(m_index.find(id));
            else
                m_sampleIds.push_back(id);
            tick();
        }
        m_hasSamples = true;
        m_sampleCount = int64_t(m_hasNodes ? m_sampleNodes.size() : m_sampleIds.size());
    }

    // The old format's sample times: absolute, read whole and turned into deltas at the
    // end. `timeDeltas` wins when a file has both.
    void readTimestamps(JsonValue &value)
    {
        if (m_hasDeltas || m_hasTimestamps)
            return;
        m_hasTimestamps = true;
        auto timestamps = m_json.array(value, "an array of numbers in `timestamps`");
        for (auto item : timestamps) {
            m_deltas.push_back(m_json.take(item.get_double(), "a number in `timestamps`"));
            ++m_deltaCount;
            tick();
        }
    }

    void readTimeDeltas(JsonValue &value)
    {
        if (m_hasDeltas)
            m_json.fail(QStringLiteral("`timeDeltas` appears twice"));
        if (m_hasTimestamps) {
            m_hasTimestamps = false;
            m_deltas.clear();
            m_deltaCount = 0;
        }
        m_hasDeltas = true;
        auto deltas = m_json.array(value, "an array of numbers in `timeDeltas`");
        const bool stream = m_hasNodes && m_hasSamples;
        if (stream)
            startWalker();
        // The first delta is relative to startTime (V8's js_protocol.json).
        double elapsed = 0;
        for (auto item : deltas) {
            const double delta = m_json.take(item.get_double(), "a number in `timeDeltas`");
            if (stream) {
                elapsed += delta;
                if (m_deltaCount < m_sampleCount)
                    m_walker->add(m_sampleNodes[size_t(m_deltaCount)], elapsed);
            } else {
                m_deltas.push_back(delta);
            }
            ++m_deltaCount;
            tick();
        }
        if (stream)
            m_sampleNodes = {};
    }

    void startWalker()
    {
        // At most one entry per sample: reserving it avoids the copies (and the twice-sized
        // peaks) of growing ten-million-entry arrays.
        m_profile.sampleStack.reserve(size_t(m_sampleCount));
        m_profile.sampleTime.reserve(size_t(m_sampleCount));
        m_profile.sampleWeight.reserve(size_t(m_sampleCount));
        m_walker = std::make_unique<CpuProfileWalker>(m_nodes, m_builder, m_profile);
    }

    void walkStored()
    {
        startWalker();
        double elapsed = 0;
        const size_t n = std::min(m_sampleNodes.size(), m_deltas.size());
        for (size_t i = 0; i < n; ++i) {
            elapsed += m_deltas[i];
            m_walker->add(m_sampleNodes[i], elapsed);
            tick();
        }
        m_sampleNodes = {};
        m_deltas = {};
    }

    JsonSupport &m_json;
    ImportContext &m_context;
    store::ProfileData &m_profile;
    ProfileBuilder m_builder;

    std::vector<CpuProfileNode> m_nodes;
    NodeIndex m_index;
    std::vector<std::pair<int32_t, int64_t>> m_childLinks; // (parent index, child id)
    std::vector<int32_t> m_sampleNodes; // node index per sample (-1: unknown id)
    std::vector<int64_t> m_sampleIds; // raw ids, only while the nodes are still ahead
    std::vector<double> m_deltas; // only while the samples are still ahead
    std::unique_ptr<CpuProfileWalker> m_walker;

    double m_startTime = 0;
    double m_endTime = 0;
    bool m_hasEndTime = false;
    bool m_hasNodes = false;
    bool m_hasSamples = false;
    bool m_hasDeltas = false;
    bool m_hasTimestamps = false;
    bool m_oldFormat = false; // `head` instead of `nodes`: times in seconds
    int64_t m_sampleCount = 0;
    int64_t m_deltaCount = 0;
    uint64_t m_items = 0;
};

} // namespace

FormatInfo CpuProfileImporter::format() const
{
    return {QStringLiteral("chrome-cpuprofile"),
            QStringLiteral("V8 CPU profile (.cpuprofile)"),
            {QStringLiteral("cpuprofile"), QStringLiteral("json")}};
}

int CpuProfileImporter::probe(std::string_view head) const
{
    // Only the root object's keys count: a Chrome trace holds `nodes` and `samples` too,
    // but deeper, inside its events.
    bool nodes = false;
    bool tree = false; // the old format's `head`
    bool timing = false;
    for (const std::string_view key : JsonSupport::topLevelKeys(head)) {
        if (key == "nodes")
            nodes = true;
        else if (key == "head")
            tree = true;
        else if (key == "samples" || key == "startTime" || key == "timeDeltas" || key == "endTime"
                 || key == "timestamps")
            timing = true;
        else if (key == "traceEvents")
            return 0;
    }
    // With thousands of nodes the timing keys lie far beyond the head; a V8 call frame
    // near the start tells as much.
    if (nodes && (timing || head.find("\"callFrame\"") != std::string_view::npos))
        return 80;
    if (tree && head.find("\"functionName\"") != std::string_view::npos)
        return 70;
    return 0;
}

void CpuProfileImporter::import(InputStream &input, store::CacheWriter &writer,
                                ImportContext &context)
{
    store::ProfileData profile;
    profile.name = input.displayName().section(QLatin1Char('/'), -1).toStdString();
    profile.thread = "main";
    {
        // The text, its index and the node table go before the profile is written.
        input.setProgressContext(&context, 0.5);
        const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
        context.checkCancelled();
        JsonSupport json(text);
        CpuProfileReader reader(json, context, profile);
        try {
            reader.read();
        } catch (const ImportError &error) {
            // The walker knows nodes, not bytes; say where the reading had got to.
            if (error.location() != ImportError::Location::None)
                throw;
            throw ImportError::atOffset(error.message(), json.offset());
        }
    }
    context.checkCancelled();
    writer.addProfile(profile);
}

} // namespace eg::importers
