#include "pprofimporter.h"

#include "pprof/profile.pb.h" // generated from profile.proto

#include "importers/common/importcontext.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/profilebuilder.h"

#include "models/store/cachewriter.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace eg::importers {

namespace {

// Enough for every real profile; protobuf itself stops at 2 GB.
constexpr size_t kMaxBytes = size_t(1) << 30;
// Memory per byte of input while it is imported (the bytes, the decoded message, what is built
// from it): with the budget, how much may be read whole (ImportContext::wholeTextLimit()).
constexpr double kMemoryPerByte = 3.0;

// One protobuf varint at `pos`; false when it does not end inside `data`.
bool readVarint(std::string_view data, size_t *pos, uint64_t *value)
{
    *value = 0;
    for (int shift = 0; shift < 64 && *pos < data.size(); shift += 7) {
        const auto byte = uint8_t(data[(*pos)++]);
        *value |= uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

// A ValueType message: only fields 1 and 2, both varints.
bool looksLikeValueType(std::string_view data)
{
    size_t pos = 0;
    while (pos < data.size()) {
        uint64_t key = 0;
        uint64_t value = 0;
        if (!readVarint(data, &pos, &key) || (key != 0x08 && key != 0x10)
            || !readVarint(data, &pos, &value))
            return false;
    }
    return true;
}

store::WeightUnit unitFromName(const std::string &unit)
{
    store::WeightUnit result = store::WeightUnit::None;
    if (store::weightUnitFromName(unit, &result))
        return result;
    return store::WeightUnit::None;
}

class StringTable
{
public:
    explicit StringTable(const pprof::Profile &profile)
        : m_profile(profile)
    { }
    const std::string &at(int64_t index, const char *what) const
    {
        if (index < 0 || index >= m_profile.string_table_size()) {
            throw ImportError(QStringLiteral("%1 refers to string %2, but string_table has %3 "
                                             "entries")
                                  .arg(QLatin1String(what))
                                  .arg(index)
                                  .arg(m_profile.string_table_size()));
        }
        return m_profile.string_table(int(index));
    }

private:
    const pprof::Profile &m_profile;
};

} // namespace

FormatInfo PprofImporter::format() const
{
    return {QStringLiteral("pprof"),
            QStringLiteral("pprof profile (profile.proto)"),
            {QStringLiteral("pb.gz"), QStringLiteral("pprof"), QStringLiteral("prof"),
             QStringLiteral("pb")}};
}

int PprofImporter::probe(std::string_view head) const
{
    // profile.proto writers put sample_type (field 1, a message of two varints) ahead of
    // the samples, locations and strings. Demand that, and that every field up to it is a
    // well-formed field profile.proto has: random bytes rarely pass, and a miss only costs
    // the user `--format pprof`.
    size_t pos = 0;
    int fields = 0;
    bool sawSampleType = false;
    while (pos < head.size() && fields < 16) {
        uint64_t key = 0;
        if (!readVarint(head, &pos, &key))
            break; // the head ends inside the key
        const uint64_t field = key >> 3;
        const uint64_t wire = key & 7;
        if (field == 0 || field > 15)
            return 0;
        const bool message = field <= 6 || field == 11 || field == 13;
        if (message && wire == 2) {
            uint64_t length = 0;
            if (!readVarint(head, &pos, &length))
                break;
            if (field == 1) {
                if (length == 0 || length > 40 || pos + length > head.size()
                    || !looksLikeValueType(head.substr(pos, size_t(length))))
                    return 0;
                sawSampleType = true;
            }
            if (length > head.size() - pos)
                break; // runs past the head: fine, judged on what we saw
            pos += size_t(length);
        } else if (!message && wire == 0) {
            uint64_t value = 0;
            if (!readVarint(head, &pos, &value))
                break;
        } else if (field == 13 && wire == 0) {
            uint64_t value = 0;
            if (!readVarint(head, &pos, &value))
                break;
        } else {
            return 0;
        }
        // Writers start with sample_type, or (Go's runtime/pprof) with a few scalars.
        if (!sawSampleType && field != 1 && (field < 7 || field == 11 || field == 13))
            return 0;
        ++fields;
    }
    if (!sawSampleType)
        return 0;
    return fields >= 3 ? 55 : 35;
}

void PprofImporter::import(InputStream &input, store::CacheWriter &writer, ImportContext &context)
{
    input.setProgressContext(&context, 0.5);
    const std::string bytes = input.readAll(context.wholeTextLimit(kMaxBytes, kMemoryPerByte), 0);
    context.checkCancelled();

    pprof::Profile profile;
    if (!profile.ParseFromArray(bytes.data(), int(bytes.size())))
        throw ImportError(QStringLiteral("not a valid pprof profile: the protobuf data is "
                                         "malformed or truncated"));
    context.setProgress(0.6);
    if (profile.sample_type_size() == 0)
        throw ImportError(QStringLiteral("the pprof profile lists no sample_type"));
    const StringTable strings(profile);

    std::unordered_map<uint64_t, int> functionIndex;
    for (int i = 0; i < profile.function_size(); ++i)
        functionIndex.emplace(profile.function(i).id(), i);
    std::unordered_map<uint64_t, int> mappingIndex;
    for (int i = 0; i < profile.mapping_size(); ++i)
        mappingIndex.emplace(profile.mapping(i).id(), i);

    // Frames and stacks once, shared by every sample type's profile.
    store::ProfileData base;
    ProfileBuilder builder(base);
    // Per location: its frames, innermost first (pprof's order of Line entries).
    std::unordered_map<uint64_t, std::vector<int32_t>> locationFrames;
    for (const pprof::Location &location : profile.location()) {
        std::vector<int32_t> frames;
        std::string module;
        if (const auto m = mappingIndex.find(location.mapping_id()); m != mappingIndex.end())
            module = strings.at(profile.mapping(m->second).filename(), "a mapping's filename");
        for (const pprof::Line &line : location.line()) {
            const auto f = functionIndex.find(line.function_id());
            if (f == functionIndex.end()) {
                throw ImportError(QStringLiteral("location %1 refers to function %2, which the "
                                                 "profile does not define")
                                      .arg(location.id())
                                      .arg(line.function_id()));
            }
            const pprof::Function &function = profile.function(f->second);
            store::Frame frame;
            frame.name = strings.at(function.name(), "a function's name");
            if (frame.name.empty())
                frame.name = strings.at(function.system_name(), "a function's system_name");
            frame.file = strings.at(function.filename(), "a function's filename");
            frame.line = int32_t(std::clamp<int64_t>(function.start_line(), 0, INT32_MAX));
            frame.module = module;
            frames.push_back(builder.frame(frame));
        }
        if (frames.empty()) {
            // Not symbolized: the address is all there is, as pprof shows it.
            store::Frame frame;
            frame.name
                = "0x" + QByteArray::number(qulonglong(location.address()), 16).toStdString();
            frame.module = module;
            frames.push_back(builder.frame(frame));
        }
        locationFrames[location.id()] = std::move(frames);
    }

    const int types = profile.sample_type_size();
    std::vector<int32_t> sampleStacks;
    sampleStacks.reserve(size_t(profile.sample_size()));
    std::vector<int32_t> rootFirst;
    for (int s = 0; s < profile.sample_size(); ++s) {
        const pprof::Sample &sample = profile.sample(s);
        if (sample.value_size() != types) {
            throw ImportError(QStringLiteral("sample %1 has %2 values, but the profile has %3 "
                                             "sample types")
                                  .arg(s + 1)
                                  .arg(sample.value_size())
                                  .arg(types));
        }
        rootFirst.clear();
        for (int l = sample.location_id_size() - 1; l >= 0; --l) {
            const auto it = locationFrames.find(sample.location_id(l));
            if (it == locationFrames.end()) {
                throw ImportError(QStringLiteral("sample %1 refers to location %2, which the "
                                                 "profile does not define")
                                      .arg(s + 1)
                                      .arg(sample.location_id(l)));
            }
            rootFirst.insert(rootFirst.end(), it->second.rbegin(), it->second.rend());
        }
        sampleStacks.push_back(builder.stackOf(rootFirst));
        if ((s & 0xffff) == 0)
            context.checkCancelled();
    }

    for (int t = 0; t < types; ++t) {
        const pprof::ValueType &type = profile.sample_type(t);
        store::ProfileData data;
        data.name = strings.at(type.type(), "a sample_type's type");
        if (data.name.empty())
            data.name = "samples";
        data.thread = data.name;
        data.unit = unitFromName(strings.at(type.unit(), "a sample_type's unit"));
        data.kind = store::ProfileKind::Sampled;
        data.frames = base.frames;
        data.stacks = base.stacks;
        double position = 0;
        for (int s = 0; s < profile.sample_size(); ++s) {
            // A sample that weighs nothing in this type (memory still in use, say) is
            // not part of this type's picture.
            const auto value = double(profile.sample(s).value(t));
            if (value == 0)
                continue;
            data.appendSample(sampleStacks[size_t(s)], position, value);
            position += value;
            ++data.reportedSampleCount;
        }
        data.startValue = 0;
        data.endValue = position;
        writer.addProfile(data);
    }
    context.setProgress(1);
}

} // namespace eg::importers
