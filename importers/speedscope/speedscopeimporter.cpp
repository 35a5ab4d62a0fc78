#include "speedscopeimporter.h"

#include "importers/common/importcontext.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonsupport.h"
#include "importers/common/profilebuilder.h"

#include "models/store/cachewriter.h"

#include <QString>

#include <algorithm>
#include <string>
#include <vector>

namespace eg::importers {

namespace {

// speedscope files are read whole (On-Demand needs the text in one piece); this bounds
// the memory a hostile or mistaken input can claim.
constexpr size_t kMaxTextBytes = size_t(2) << 30;

using JsonObject = JsonSupport::Object;
using JsonValue = JsonSupport::Value;

struct ProfileHeader
{
    std::string type;
    std::string name;
    std::string unit;
    double startValue = 0;
    double endValue = 0;
};

class SpeedscopeReader
{
public:
    SpeedscopeReader(JsonSupport &json, ImportContext &context, store::CacheWriter &writer,
                     std::string fallbackName)
        : m_json(json)
        , m_context(context)
        , m_writer(writer)
        , m_fallbackName(std::move(fallbackName))
    { }

    void read()
    {
        // Pass 1: the shared frames, wherever they are. Files written by speedscope put
        // `profiles` before `shared` when their keys are sorted, and profiles need the
        // frames, so the profiles are read in a second pass (skipping is cheap: simdjson
        // walks its structural index without parsing the skipped values).
        JsonObject root = m_json.rootObject("a speedscope file (a JSON object)");
        bool hasProfiles = false;
        for (auto item : root) {
            auto field = m_json.take(std::move(item), "a key of the speedscope file");
            const auto key = field.key();
            if (key == "shared") {
                readShared(field.value());
            } else if (key == "profiles") {
                hasProfiles = true;
            } else if (key == "name") {
                if (!m_json.isNull(field.value()))
                    m_groupName = std::string(m_json.string(field.value(), "a string in `name`"));
            }
        }
        if (!hasProfiles)
            m_json.fail(QStringLiteral("missing `profiles`, the list of profiles"));

        // Pass 2: the profiles.
        root = m_json.rootObject("a speedscope file (a JSON object)");
        JsonValue profilesValue = m_json.take(root["profiles"], "`profiles`");
        auto profiles = m_json.array(profilesValue, "an array in `profiles`");
        int index = 0;
        for (auto item : profiles) {
            JsonValue value = m_json.take(std::move(item), "a profile in `profiles`");
            JsonObject profile = m_json.object(value, "a profile (a JSON object) in `profiles`");
            readProfile(profile, index++);
        }
    }

private:
    void readShared(JsonValue &shared)
    {
        JsonObject object = m_json.object(shared, "an object in `shared`");
        for (auto item : object) {
            auto field = m_json.take(std::move(item), "a key of `shared`");
            if (field.key() == "frames")
                readFrames(field.value());
        }
    }

    void readFrames(JsonValue &framesValue)
    {
        auto frames = m_json.array(framesValue, "an array in `shared.frames`");
        for (auto item : frames) {
            JsonValue value = m_json.take(std::move(item), "a frame in `shared.frames`");
            JsonObject object = m_json.object(value, "a frame (a JSON object) in `shared.frames`");
            store::Frame frame;
            bool named = false;
            for (auto fieldItem : object) {
                auto field = m_json.take(std::move(fieldItem), "a key of a frame");
                const auto key = field.key();
                JsonValue &v = field.value();
                if (key == "name") {
                    frame.name = std::string(m_json.string(v, "a string as a frame's `name`"));
                    named = true;
                } else if (key == "file") {
                    if (!m_json.isNull(v))
                        frame.file = std::string(m_json.string(v, "a string as a frame's `file`"));
                } else if (key == "line") {
                    if (!m_json.isNull(v))
                        frame.line = int32_t(m_json.number(v, "a number as a frame's `line`"));
                } else if (key == "col") {
                    if (!m_json.isNull(v))
                        frame.column = int32_t(m_json.number(v, "a number as a frame's `col`"));
                }
            }
            if (!named)
                m_json.fail(QStringLiteral("frame %1 in `shared.frames` has no `name`")
                                .arg(m_frames.size()));
            m_frames.push_back(std::move(frame));
            tick();
        }
    }

    ProfileHeader readHeader(JsonObject &object)
    {
        ProfileHeader header;
        for (auto item : object) {
            auto field = m_json.take(std::move(item), "a key of a profile");
            const auto key = field.key();
            JsonValue &v = field.value();
            if (key == "type") {
                header.type = std::string(m_json.string(v, "a string as a profile's `type`"));
            } else if (key == "name") {
                if (!m_json.isNull(v))
                    header.name = std::string(m_json.string(v, "a string as a profile's `name`"));
            } else if (key == "unit") {
                header.unit = std::string(m_json.string(v, "a string as a profile's `unit`"));
            } else if (key == "startValue") {
                header.startValue = m_json.number(v, "a number as a profile's `startValue`");
            } else if (key == "endValue") {
                header.endValue = m_json.number(v, "a number as a profile's `endValue`");
            }
        }
        // The events or samples are read next, in a second walk over this object,
        // because their times are relative to `startValue`, wherever that key is.
        bool reset = false;
        if (const auto error = object.reset().get(reset))
            m_json.fail(error, "a profile object");
        return header;
    }

    void readProfile(JsonObject &object, int index)
    {
        const ProfileHeader header = readHeader(object);
        store::ProfileData profile;
        profile.name = !header.name.empty() ? header.name
            : !m_groupName.empty()          ? m_groupName
                                            : m_fallbackName;
        if (index > 0 && header.name.empty())
            profile.name += " (" + std::to_string(index + 1) + ")";
        profile.thread = profile.name;
        profile.unit = store::WeightUnit::None;
        // speedscope shows raw values for units it does not know; so do we.
        store::weightUnitFromName(header.unit, &profile.unit);

        m_profileFrame.assign(m_frames.size(), -1);
        ProfileBuilder builder(profile);
        if (header.type == "evented") {
            readEvented(object, header, profile, builder);
        } else if (header.type == "sampled") {
            readSampled(object, header, profile, builder);
        } else if (header.type.empty()) {
            m_json.fail(QStringLiteral("profile %1 has no `type`; expected `evented` or `sampled`")
                            .arg(index + 1));
        } else {
            m_json.fail(QStringLiteral("profile %1 has the unknown type `%2`; expected "
                                       "`evented` or `sampled`")
                            .arg(index + 1)
                            .arg(QString::fromStdString(header.type)));
        }
        m_writer.addProfile(profile);
    }

    // The profile's frame for an index into `shared.frames`, added on first use so that
    // each profile holds only the frames it uses.
    int32_t frameFor(int64_t index, ProfileBuilder &builder)
    {
        if (index < 0 || uint64_t(index) >= m_frames.size()) {
            m_json.fail(QStringLiteral("frame index %1 is out of range: `shared.frames` has %2 "
                                       "frames")
                            .arg(index)
                            .arg(m_frames.size()));
        }
        int32_t &id = m_profileFrame[size_t(index)];
        if (id < 0)
            id = builder.frame(m_frames[size_t(index)]);
        return id;
    }

    void readEvented(JsonObject &object, const ProfileHeader &header, store::ProfileData &profile,
                     ProfileBuilder &builder)
    {
        JsonValue eventsValue = m_json.take(object["events"], "`events` in an evented profile");
        auto events = m_json.array(eventsValue, "an array in `events`");
        double last = 0;
        bool any = false;
        for (auto item : events) {
            JsonValue value = m_json.take(std::move(item), "an event in `events`");
            JsonObject event = m_json.object(value, "an event (a JSON object) in `events`");
            char type = 0;
            int64_t frameIndex = -1;
            double at = 0;
            bool hasFrame = false;
            bool hasAt = false;
            for (auto fieldItem : event) {
                auto field = m_json.take(std::move(fieldItem), "a key of an event");
                const auto key = field.key();
                JsonValue &v = field.value();
                if (key == "type") {
                    const std::string_view t
                        = m_json.string(v, "\"O\" or \"C\" as an event's `type`");
                    type = t.size() == 1 ? t[0] : '?';
                } else if (key == "frame") {
                    frameIndex
                        = m_json.integer(v, "a frame index (an integer) as an event's `frame`");
                    hasFrame = true;
                } else if (key == "at") {
                    at = m_json.number(v, "a number as an event's `at`");
                    hasAt = true;
                }
            }
            // speedscope skips events of other types; the spec has only these two.
            if (type != 'O' && type != 'C')
                continue;
            if (!hasFrame || !hasAt)
                m_json.fail(QStringLiteral("an event has no `%1`")
                                .arg(hasFrame ? QStringLiteral("at") : QStringLiteral("frame")));
            // Times are relative to the profile's start, as speedscope reports them.
            const double relative = at - header.startValue;
            if (any && relative < last) {
                m_json.fail(
                    QStringLiteral("events are out of order: an event at %1 follows one at %2")
                        .arg(relative)
                        .arg(last));
            }
            const int32_t frame = frameFor(frameIndex, builder);
            try {
                if (type == 'O')
                    builder.enter(frame, relative);
                else
                    builder.leave(frame, relative);
            } catch (const ImportError &error) {
                throw ImportError::atOffset(error.message(), m_json.offset());
            }
            last = relative;
            any = true;
            tick();
        }
        const double endRelative = std::max(header.endValue - header.startValue, any ? last : 0.0);
        try {
            builder.finishEvented(endRelative);
        } catch (const ImportError &error) {
            throw ImportError::atOffset(error.message(), m_json.offset());
        }
        // The builder counts from the first event; keep the file's own clock instead.
        for (double &t : profile.sampleTime)
            t += header.startValue;
        profile.startValue = header.startValue;
        profile.endValue = header.startValue + std::max(endRelative, 0.0);
    }

    void readSampled(JsonObject &object, const ProfileHeader &header, store::ProfileData &profile,
                     ProfileBuilder &builder)
    {
        std::vector<int32_t> stacks;
        {
            JsonValue samplesValue
                = m_json.take(object["samples"], "`samples` in a sampled profile");
            auto samples = m_json.array(samplesValue, "an array in `samples`");
            std::vector<int32_t> frames;
            for (auto item : samples) {
                JsonValue value = m_json.take(std::move(item), "a stack in `samples`");
                auto stack
                    = m_json.array(value, "a stack (an array of frame indices) in `samples`");
                frames.clear();
                for (auto frameItem : stack) {
                    const int64_t index = m_json.take(frameItem.get_int64(),
                                                      "a frame index (an integer) in `samples`");
                    frames.push_back(frameFor(index, builder));
                }
                stacks.push_back(builder.stackOf(frames));
                tick();
            }
        }
        std::vector<double> weights;
        weights.reserve(stacks.size());
        {
            JsonValue weightsValue
                = m_json.take(object["weights"], "`weights` in a sampled profile");
            auto array = m_json.array(weightsValue, "an array in `weights`");
            for (auto item : array) {
                weights.push_back(m_json.take(item.get_double(), "a number in `weights`"));
                tick();
            }
        }
        if (stacks.size() != weights.size()) {
            m_json.fail(QStringLiteral("Expected samples.length (%1) to equal weights.length (%2)")
                            .arg(stacks.size())
                            .arg(weights.size()));
        }
        profile.kind = store::ProfileKind::Sampled;
        profile.sampleStack.reserve(stacks.size());
        profile.sampleTime.reserve(stacks.size());
        profile.sampleWeight.reserve(stacks.size());
        double time = header.startValue;
        for (size_t i = 0; i < stacks.size(); ++i) {
            profile.appendSample(stacks[i], time, weights[i]);
            time += weights[i];
        }
        profile.reportedSampleCount = int64_t(stacks.size());
        profile.startValue = header.startValue;
        profile.endValue = std::max(header.endValue, time);
    }

    void tick()
    {
        if ((++m_items & 0xfff) != 0)
            return;
        m_context.checkCancelled();
        m_context.setProgress(0.5 + 0.5 * m_json.fractionDone());
    }

    JsonSupport &m_json;
    ImportContext &m_context;
    store::CacheWriter &m_writer;
    std::string m_fallbackName;
    std::string m_groupName;
    std::vector<store::Frame> m_frames;
    std::vector<int32_t> m_profileFrame;
    uint64_t m_items = 0;
};

} // namespace

FormatInfo SpeedscopeImporter::format() const
{
    return {QStringLiteral("speedscope"),
            QStringLiteral("speedscope profile"),
            {QStringLiteral("speedscope.json"), QStringLiteral("json")}};
}

int SpeedscopeImporter::probe(std::string_view head) const
{
    const size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] != '{')
        return 0;
    // The schema URL is speedscope's signature (FORMATS.md); searched in the raw prefix,
    // which may end in the middle of a token.
    if (head.find("\"$schema\"") == std::string_view::npos
        || head.find("speedscope.app/file-format-schema.json") == std::string_view::npos)
        return 0;
    return 100;
}

void SpeedscopeImporter::import(InputStream &input, store::CacheWriter &writer,
                                ImportContext &context)
{
    input.setProgressContext(&context, 0.5);
    const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
    context.checkCancelled();
    JsonSupport json(text);
    SpeedscopeReader reader(json, context, writer,
                            input.displayName().section(QLatin1Char('/'), -1).toStdString());
    reader.read();
}

} // namespace eg::importers
